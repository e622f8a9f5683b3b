/**
 * Readability scores paragraphs by their commas, so a long list of "Name, Affiliation" lines (the
 * signatories of an open letter) can outscore the letter itself, and the reading is the list alone.
 * When what Readability kept is mostly short lines while the page, outside it, holds a run of
 * prose paragraphs in one container, that container is read too, in its place in the page.
 * The miss is rare: on 182 pages of WCXB's "fit" half (bench/wcxb.ts) even loose limits (prose under
 * 60% of the reading, 40 words in 3 paragraphs) fired once, on a forum page (+0.015 F1); the limits
 * below are set by the open letter's shape, not fitted, and fire on none of those pages.
 */
import { blocksFromElement } from './blocks';
import { CHROME_SELECTOR } from './fallback';
import { proseWordsOf } from './gate';
import { isHidden, MARK } from './restore';
import { countTextWords } from './scripts';
import type { Block } from './types';

export interface ProseOutsideLimits {
  /** The reading is "list-like" when prose holds less than this share of its words. */
  maxReadingProseShare: number;
  /** The container outside holds at least this many words of prose… */
  minProseWords: number;
  /** …in at least this many paragraphs… */
  minParagraphs: number;
  /** …and at least this many times the prose of the reading. */
  minGain: number;
}

export const PROSE_OUTSIDE: ProseOutsideLimits = {
  maxReadingProseShare: 0.25,
  minProseWords: 150,
  minParagraphs: 3,
  minGain: 2,
};

/** A paragraph mostly made of link text is a teaser or a menu, not the article's prose. */
const MAX_LINK_SHARE = 0.25;

export interface ProseOutside {
  /** The new reading's element: the container and Readability's content, in page order. */
  root: Element;
  blocks: Block[];
  /** Prose words in the reading before, and in the container added. */
  readingProse: number;
  addedProse: number;
}

function linkWords(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += countTextWords(a.textContent ?? '');
  return n;
}

/** Prose words of the reading's paragraphs and quotes. */
export function readingProse(blocks: readonly Block[]): { words: number; prose: number } {
  let words = 0;
  let prose = 0;
  for (const b of blocks) {
    if (b.kind === 'code') continue;
    words += countTextWords(b.text);
    if (b.kind === 'paragraph' || b.kind === 'quote') prose += proseWordsOf(b.text);
  }
  return { words, prose };
}

/**
 * `content` is Readability's result (its elements still carry the marks of `pristine`, the page's
 * copy from before Readability ran); `blocks` were read from it. Returns the wider reading, or null
 * when the rule does not apply. Only copies are made: `pristine` and `content` are left as they are.
 */
export function proseOutside(content: Element, pristine: Element, blocks: readonly Block[], limits: ProseOutsideLimits = PROSE_OUTSIDE): ProseOutside | null {
  const reading = readingProse(blocks);
  if (!reading.words || reading.prose >= limits.maxReadingProseShare * reading.words) return null;
  const kept = new Set<string>();
  for (const el of Array.from(content.querySelectorAll(`[${MARK}]`))) kept.add(el.getAttribute(MARK)!);
  const isKept = (el: Element): boolean => kept.has(el.getAttribute(MARK) ?? '');

  const tally = new Map<Element, { words: number; paragraphs: number }>();
  for (const p of Array.from(pristine.querySelectorAll('p'))) {
    if (isKept(p) || p.closest(CHROME_SELECTOR)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = proseWordsOf(text);
    if (!words || linkWords(p) > MAX_LINK_SHARE * words) continue;
    const parent = p.parentElement;
    if (!parent || isKept(parent) || isHidden(p, pristine)) continue;
    const t = tally.get(parent) ?? { words: 0, paragraphs: 0 };
    t.words += words;
    t.paragraphs++;
    tally.set(parent, t);
  }
  let best: Element | null = null;
  let bestWords = 0;
  for (const [el, t] of tally) {
    if (t.paragraphs >= limits.minParagraphs && t.words > bestWords) {
      best = el;
      bestWords = t.words;
    }
  }
  if (!best || bestWords < limits.minProseWords || bestWords < limits.minGain * reading.prose) return null;

  const doc = content.ownerDocument;
  const added = doc.importNode(best, true) as Element;
  // What Readability kept is in the reading already; chrome and hidden parts are not the article.
  for (const el of Array.from(added.querySelectorAll(`[${MARK}]`))) {
    if (isKept(el) || el.matches(CHROME_SELECTOR) || isHidden(el, el.parentElement ?? el)) el.remove();
  }
  const root = doc.createElement('div');
  const firstKept = Math.min(...Array.from(content.querySelectorAll(`[${MARK}]`), (el) => Number(el.getAttribute(MARK))));
  const before = Number(best.getAttribute(MARK)) < firstKept;
  root.append(...(before ? [added, content] : [content, added]));
  return { root, blocks: blocksFromElement(root), readingProse: reading.prose, addedProse: bestWords };
}
