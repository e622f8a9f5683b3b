/**
 * The article gate: after a page has been read, is what was read an article? The facts are measured
 * here from the reading itself (its blocks and the element they came from), and one small pure
 * function turns them into a verdict, so the bench can report the facts page by page and the
 * thresholds can be fitted on labelled pages (bench/wcxb.ts) rather than chosen by taste.
 */
import { said, type Said } from '../said';
import { countTextWords } from './scripts';
import type { LinkLines } from './widgets';
import type { Block } from './types';

export interface GateFacts {
  /** Words read, code left out. */
  words: number;
  /** Readability's own guess (isProbablyReaderable) on the page. */
  readerable: boolean;
  /** Share of the reading's words that are link text. */
  linkShare: number;
  /** Entries that are mostly one link (a list item, heading or short paragraph): the items of a list of pages. */
  linkedItems: number;
  /** Words in paragraphs and quotes that read as sentences (long enough, ending in a full stop or the like). */
  proseWords: number;
  /** The longest such paragraph, in words. */
  longestProse: number;
  /** Words in list items. */
  listWords: number;
  blocks: number;
  /** The largest set of sibling elements alike in tag and class that each hold a link: cards of a list of pages. */
  cards: number;
  /** Running text on the whole page (outside scripts and site chrome), in words. */
  pageWords: number;
  /** `cards` over the whole page outside its navigation, header, footer and asides. */
  pageCards: number;
  /** The page declares itself a list of items (og:type product.group, schema.org CollectionPage or SearchResultsPage). */
  declaresList: boolean;
}

export type GateVerdict =
  | { kind: 'article' }
  | { kind: 'note'; note: string; said: Said }
  | { kind: 'refuse'; message: string; said: Said };

/** Below this many words of body text a page is not treated as an article. */
export const MIN_ARTICLE_WORDS = 80;
/**
 * A list of pages: at least this many entries that are each mostly one link, and links holding at
 * least this share of the words read. Fitted on WCXB's "fit" half (bench/wcxb.ts).
 */
export const LIST_MIN_ITEMS = 8;
export const LIST_LINK_SHARE = 0.4;
/** A list of pages with at least this share of its words in sentences is read, with a note. */
export const LIST_PROSE_SHARE = 0.3;
/** Page types that name a list of items (a shop's category, search results); no article page in WCXB's fit half declares one. */
const LIST_TYPES = new Set(['og:product.group', 'CollectionPage', 'SearchResultsPage']);

const TOO_LITTLE = "This page doesn't look like an article: there is too little running text to summarize.";
const LIST_OF_LINKS = "This page looks like a list of links to other pages, not an article: open one of them to summarize it.";
const LIST_NOTE = 'This page looks like a list of links to other pages rather than one article: its key points may come from different entries.';

/** A paragraph this long that ends like a sentence is running text, not a label or a teaser line. */
const PROSE_MIN_WORDS = 12;
const SENTENCE_END = /[.!?。！？…:;]["'”’»)\]]*$/u;

/** Words of a paragraph's text when it reads as running prose (long enough, ending like a sentence); 0 otherwise. */
export function proseWordsOf(text: string): number {
  const w = countTextWords(text);
  return w >= PROSE_MIN_WORDS && SENTENCE_END.test(text.trim()) ? w : 0;
}
/** An entry is "a link" when links hold this share of its words. */
const LINKED_ITEM_SHARE = 0.6;
const ITEM_SELECTOR = 'li, dt, dd, p, h2, h3, h4, h5, h6';

function linkWords(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) if (!a.parentElement?.closest('a')) n += countTextWords(a.textContent ?? '');
  return n;
}

/** Cards need a few words each; a row of icon links is not a list of pages. */
const CARD_MIN_WORDS = 3;

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The largest group of siblings alike in tag and class, each holding a link and a few words,
 * outside page chrome. One pass down (chrome) and one pass up (words, links): a page of ten
 * thousand elements costs milliseconds, where asking each element for its text would cost seconds.
 */
function largestCardSet(root: Element): number {
  const els = [root, ...root.querySelectorAll('*')];
  const chrome = new Set<Element>();
  for (const el of els) {
    const parent = el.parentElement;
    if ((parent && chrome.has(parent)) || CHROME_TAGS.has(el.tagName) || CHROME_ROLES.has(el.getAttribute('role') ?? '')) chrome.add(el);
  }
  const words = new Map<Element, number>();
  const linked = new Set<Element>();
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i]!;
    let w = 0;
    let link = el.tagName === 'A';
    if (!NO_TEXT.has(el.tagName)) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) w += countTextWords(c.nodeValue ?? '');
        else if (c.nodeType === 1) {
          w += words.get(c as Element) ?? 0;
          if (linked.has(c as Element)) link = true;
        }
      }
    }
    words.set(el, w);
    if (link) linked.add(el);
  }
  let best = 0;
  for (const parent of els) {
    if (parent.childElementCount < 3 || chrome.has(parent)) continue;
    const groups = new Map<string, number>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (!linked.has(c) || (words.get(c) ?? 0) < CARD_MIN_WORDS) continue;
      const key = `${c.tagName} ${c.getAttribute('class') ?? ''}`;
      const n = (groups.get(key) ?? 0) + 1;
      groups.set(key, n);
      if (n > best) best = n;
    }
  }
  return best;
}

/** Measures a reading: `root` is the element its blocks came from (null for plain text). */
export function gateFacts(
  blocks: readonly Block[],
  root: Element | null,
  page: { readerable: boolean; words: number; body: Element | null; types: readonly string[] },
  /** Link-only paragraphs already dropped from the reading: still evidence of a list of links. */
  dropped: LinkLines = { lines: 0, words: 0 },
): GateFacts {
  const { readerable } = page;
  let words = 0;
  let proseWords = 0;
  let longestProse = 0;
  let listWords = 0;
  for (const b of blocks) {
    if (b.kind === 'code') continue;
    const w = countTextWords(b.text);
    words += w;
    if (b.kind === 'list-item') listWords += w;
    if ((b.kind === 'paragraph' || b.kind === 'quote') && proseWordsOf(b.text)) {
      proseWords += w;
      longestProse = Math.max(longestProse, w);
    }
  }
  let linkShare = 0;
  let linkedItems = 0;
  let cards = 0;
  if (root) {
    cards = largestCardSet(root);
    const all = countTextWords(root.textContent ?? '') + dropped.words;
    linkShare = all ? Math.min(1, (linkWords(root) + dropped.words) / all) : 0;
    linkedItems = dropped.lines;
    for (const el of root.querySelectorAll(ITEM_SELECTOR)) {
      if (el.querySelector(ITEM_SELECTOR)) continue;
      const w = countTextWords(el.textContent ?? '');
      // A heading inside a link (a card) counts as the link's own text.
      const inLink = el.closest('a') ? w : linkWords(el);
      if (w && inLink / w >= LINKED_ITEM_SHARE) linkedItems++;
    }
  }
  return { words, readerable, linkShare, linkedItems, proseWords, longestProse, listWords, blocks: blocks.length, cards, pageWords: page.words, pageCards: page.body ? largestCardSet(page.body) : 0,
    declaresList: page.types.some((t) => LIST_TYPES.has(t)),
  };
}

/**
 * The verdict on a reading that has words in it (an empty one is handled before). Short pages are
 * read however few long paragraphs they have: news briefs and recipe cards are short, and
 * Readability's own doubt (`readerable`) refused them. What is refused is what is not one text:
 * a list of links to other pages, or too few words to summarize.
 */
export function judgeReading(f: GateFacts): GateVerdict {
  if (f.words < MIN_ARTICLE_WORDS) return { kind: 'refuse', message: TOO_LITTLE, said: said('extractNotArticle') };
  if (Math.max(f.linkedItems, f.cards) >= LIST_MIN_ITEMS && f.linkShare >= LIST_LINK_SHARE) {
    return f.proseWords >= LIST_PROSE_SHARE * f.words ? { kind: 'note', note: LIST_NOTE, said: said('noteListOfLinks') } : { kind: 'refuse', message: LIST_OF_LINKS, said: said('extractListOfLinks') };
  }
  // A page that says it lists items, read as text (a category's description, say): read, and say so.
  if (f.declaresList) return { kind: 'note', note: LIST_NOTE, said: said('noteListOfLinks') };
  return { kind: 'article' };
}
