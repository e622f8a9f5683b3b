import { isBlockish } from './blocks';
import { countTextWords } from './scripts';

/**
 * Readability drops page chrome by class name ("header", "meta", …) and by score. Inside a
 * component it keeps, such as a recipe card, the same words name the component's own parts:
 * `<h3 class="recipe-header">Ingredients</h3>` over the list it kept, or the "Prep Time 10
 * minutes" line in a "recipe-meta" box. This puts back short, link-poor blocks that Readability
 * dropped from inside (or just under) a container it kept, ahead of a sibling it kept, when the
 * text is not in the result already.
 */

export const MARK = 'data-winnow-n';
/** A label or a details line, not a section of prose Readability judged to be chrome. */
const MAX_WORDS = 40;
/** Labels and details lines carry few links; calls to action and link rows carry many. */
const MAX_LINK_SHARE = 0.1;
/** Cheap bound checked before counting words. */
const MAX_CHARS = 400;
/** How far up a kept container may be. */
const ANCESTOR_REACH = 3;
/** Readability's own bar for a heading that duplicates the title. */
const TITLE_SHARE = 0.75;
/** Texts this long are looked for anywhere in the result; shorter ones only as a whole element. */
const MIN_SEARCH_WORDS = 4;
const NEVER = new Set(['H1', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'IFRAME']);
const TEXT_TAGS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'TD', 'DD']);
const INTERACTIVE = 'form,input,button,select,textarea,iframe,nav,aside';

/** Numbers the copy's elements in document order, so Readability's result can be traced back to it. */
export function markElements(root: Element): void {
  let n = 0;
  for (const el of Array.from(root.querySelectorAll('*'))) el.setAttribute(MARK, String(n++));
}

export function isHidden(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const style = e.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** Does a heading say what the title says? Readability drops such a heading on purpose. */
function repeatsTitle(text: string, title: string): boolean {
  const have = new Set(title.match(WORDS) ?? []);
  const words = text.match(WORDS) ?? [];
  return words.length > 0 && words.filter((w) => have.has(w)).length / words.length >= TITLE_SHARE;
}

function linkShare(el: Element, words: number): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += countTextWords(a.textContent ?? '');
  return linked / words;
}

/**
 * `pristine` is a copy of the marked page taken before Readability ran; `content` is what it
 * returned. Restored blocks are copies, inserted in their page order; a heading that repeats
 * `title` is not restored, since Readability drops it on purpose.
 */
export function restoreDropped(content: Element, pristine: Element, title: string | null): void {
  const inContent = new Map<string, Element>();
  for (const el of Array.from(content.querySelectorAll(`[${MARK}]`))) inContent.set(el.getAttribute(MARK)!, el);
  const kept = (el: Element | null): boolean => !!el && inContent.has(el.getAttribute(MARK) ?? '');
  // Readability unwraps and retags some containers, losing their marks: any near ancestor will do.
  const nearKeptAncestor = (el: Element): boolean => {
    let e = el.parentElement;
    for (let i = 0; e && i < ANCESTOR_REACH; i++, e = e.parentElement) if (kept(e)) return true;
    return false;
  };
  const firstKept = (el: Element): Element | null =>
    kept(el) ? el : Array.from(el.querySelectorAll(`[${MARK}]`)).find(kept) ?? null;
  // Before the first kept text lies the article's own header (title, dek, byline), which
  // Readability takes out on purpose; only what comes later is restored.
  let firstText = Infinity;
  for (const el of Array.from(content.querySelectorAll(`[${MARK}]`))) {
    if (TEXT_TAGS.has(el.tagName) && fold(el.textContent)) {
      firstText = Math.min(firstText, Number(el.getAttribute(MARK)));
    }
  }
  const foldedTitle = fold(title);
  let contentText: string | null = null;
  let contentTexts: Set<string> | null = null;
  const doc = content.ownerDocument;

  for (const el of Array.from(pristine.querySelectorAll(`[${MARK}]`))) {
    if (Number(el.getAttribute(MARK)) < firstText) continue;
    if (kept(el) || NEVER.has(el.tagName) || !isBlockish(el) || !nearKeptAncestor(el)) continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_CHARS) continue;
    const words = countTextWords(text);
    if (words === 0 || words > MAX_WORDS) continue;
    if (/^H\d$/.test(el.tagName) && repeatsTitle(fold(text), foldedTitle)) continue;
    if (linkShare(el, words) > MAX_LINK_SHARE || el.querySelector(INTERACTIVE)) continue;
    if (firstKept(el) || isHidden(el, pristine)) continue;
    let anchor: Element | null = null;
    for (let next = el.nextElementSibling; next && !anchor; next = next.nextElementSibling) anchor = firstKept(next);
    if (!anchor) continue;
    // Readability sometimes keeps the text under a new element (a div turned into a p).
    // A short label is looked for as a whole element's text: "Ingredients" is in many sentences.
    contentText ??= fold(content.textContent);
    contentTexts ??= new Set(Array.from(content.querySelectorAll('*'), (e) => fold(e.textContent)));
    // Any part already there means Readability kept that part elsewhere: restoring would repeat it.
    const present = (e: Element): boolean => {
      const t = fold(e.textContent);
      return !!t && (contentTexts!.has(t) || (countTextWords(t) >= MIN_SEARCH_WORDS && contentText!.includes(t)));
    };
    if (present(el) || Array.from(el.querySelectorAll('*')).some(present)) continue;
    const target = inContent.get(anchor.getAttribute(MARK)!)!;
    target.parentNode?.insertBefore(doc.importNode(el, true), target);
  }
}
