/**
 * Winnow's own simple reader, for pages Readability gets wrong (it returns nothing, or a sliver of
 * a long page). It finds the container holding the most paragraph text, the way early
 * readability tools did, and reads that container minus its navigation and asides.
 */
import { blocksFromElement } from './blocks';
import type { Block } from './types';

/** Never part of an article, wherever they sit. */
export const CHROME_SELECTOR = [
  'nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog', 'script', 'style', 'noscript', 'template',
  'button', 'select', 'textarea', 'iframe', 'object', 'svg',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]',
  '[role="search"]', '[role="dialog"]', '[role="alert"]',
  '[hidden]', '[aria-hidden="true"]',
  // Comment threads and related-story lists can outweigh a short article; they are never it.
  ...['comment', 'disqus', 'respond', 'replies', 'related', 'recommend', 'sidebar', 'promo', 'newsletter', 'share', 'social'].flatMap(
    (word) => [`[class*="${word}" i]`, `[id*="${word}" i]`],
  ),
].join(',');

/** Paragraph-like elements whose text is scored. */
const TEXT_SELECTOR = 'p, pre, blockquote, li, td, dd, div';

/** Shorter pieces are captions, buttons or labels rather than running text. */
const MIN_PIECE_CHARS = 25;
/** A piece mostly made of link text is navigation. */
const MAX_LINK_DENSITY = 0.5;

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += (a.textContent ?? '').trim().length;
  return n;
}

/** A div counts as a paragraph only when it holds text directly rather than other blocks. */
function isTextDiv(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (/^(P|DIV|SECTION|ARTICLE|UL|OL|TABLE|H[1-6]|PRE|BLOCKQUOTE)$/.test(c.tagName)) return false;
  }
  return true;
}

/** The element with the most paragraph text under it, scored on its paragraphs' parents. */
function bestContainer(root: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const el of root.querySelectorAll(TEXT_SELECTOR)) {
    if (el.tagName === 'DIV' && !isTextDiv(el)) continue;
    if (el.closest(CHROME_SELECTOR)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < MIN_PIECE_CHARS) continue;
    if (linkChars(el) / text.length > MAX_LINK_DENSITY) continue;
    // The parent collects a paragraph fully, the grandparent half: text split into sections
    // still gathers in the article element above them.
    const parent = el.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + text.length);
    const grand = parent.parentElement;
    if (grand && root.contains(grand)) scores.set(grand, (scores.get(grand) ?? 0) + text.length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Reads the best container of a document (a clone: it is pruned in place); `root` is that container. */
export function fallbackReading(doc: Document): { root: Element | null; blocks: Block[] } {
  const body = doc.body;
  const best = body ? bestContainer(body) : null;
  if (!best) return { root: null, blocks: [] };
  for (const el of [...best.querySelectorAll(CHROME_SELECTOR)]) el.remove();
  return { root: best, blocks: blocksFromElement(best) };
}
