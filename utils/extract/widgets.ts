/**
 * Share buttons, breadcrumb trails and related-story lines the page itself names as such, taken out
 * of the copy before it is read. Readability drops most of them by class name, but only as whole
 * words ("share", "breadcrumbs") and not on its second try: `mbArticleShareBtn`, a breadcrumb or a
 * `mm_related` line inside the article body gets through and becomes a "sentence" ("转播到腾讯微博",
 * "Home → News → …").
 */
import { isBlockish } from './blocks';
import { countTextWords } from './scripts';

/** Named in a class, an id, a label or a schema type. */
const NAMED =
  '[class*="share" i],[id*="share" i],[class*="sharing" i],[class*="social" i],[id*="social" i],' +
  '[class*="related" i],[id*="related" i],[class*="newsletter" i],[class*="signup" i],' +
  '[class*="breadcrumb" i],[id*="breadcrumb" i],[aria-label*="breadcrumb" i],[itemtype*="BreadcrumbList" i],[typeof*="Breadcrumb" i]';
/** A widget is a few words; a container this wordy holds more than buttons (or is the article). */
const MAX_WORDS = 12;
/** …unless nearly all of it is links and buttons: a row of share links can run long. */
const MAX_LINK_ROW_WORDS = 40;
const LINK_ROW_SHARE = 0.8;
const KEEP = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function linkWords(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a, button'))) n += countTextWords(a.textContent ?? '');
  return n;
}

/** Boxes whose name is enough up to MAX_LINK_ROW_WORDS: a trail ends with the page's title, often not a link; a sign-up box is a pitch and a button. */
const BOX_NAME = /breadcrumb|newsletter|signup/i;

/** Characters of other text beside an inline element that make it part of a sentence. */
const RUNNING_TEXT_CHARS = 20;

/** Is this named element only a widget: a few words, or a row of links and buttons? */
function isWidget(el: Element): boolean {
  if (KEEP.has(el.tagName)) return false;
  // A link named "related-link" inside a sentence is part of the sentence.
  if (!isBlockish(el)) {
    const own = (el.textContent ?? '').trim().length;
    const around = (el.parentElement?.textContent ?? '').trim().length;
    if (around - own > RUNNING_TEXT_CHARS) return false;
  }
  const words = countTextWords(el.textContent ?? '');
  if (words <= MAX_WORDS) return true;
  if (words > MAX_LINK_ROW_WORDS) return false;
  const named = ['class', 'id', 'aria-label', 'itemtype', 'typeof'].some((a) => BOX_NAME.test(el.getAttribute(a) ?? ''));
  return named || linkWords(el) / words >= LINK_ROW_SHARE;
}

/** Removes the page's named share and breadcrumb widgets from `root` (a copy: it is changed in place). */
export function removeWidgets(root: Element): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll(NAMED))) {
    // An ancestor may have gone already; its descendants go with it.
    if (!el.isConnected || !isWidget(el)) continue;
    el.remove();
    removed++;
  }
  return removed;
}

/** A headline-sized link: shorter is a label ("Read more"), longer is a paragraph that happens to link. */
const MIN_LINK_LINE_WORDS = 3;
const MAX_LINK_LINE_WORDS = 30;

/**
 * Removes paragraphs that are one link and nothing else ("On HoustonChronicle.com: …" aside, a
 * related story's headline set as a paragraph): they point the reader elsewhere and are never the
 * article's own sentences. List items are left alone: a list of links may be what a post is.
 */
/** Paragraphs that were one link each, dropped from a reading: the article gate still counts them. */
export interface LinkLines {
  lines: number;
  words: number;
}

export function removeLinkLines(root: Element): LinkLines {
  const removed: LinkLines = { lines: 0, words: 0 };
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const links = p.querySelectorAll('a[href]');
    if (links.length !== 1) continue;
    const href = links[0]!.getAttribute('href')!.trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== (links[0]!.textContent ?? '').replace(/\s+/g, ' ').trim()) continue;
    const words = countTextWords(text);
    if (words < MIN_LINK_LINE_WORDS || words > MAX_LINK_LINE_WORDS) continue;
    p.remove();
    removed.lines++;
    removed.words += words;
  }
  return removed;
}
