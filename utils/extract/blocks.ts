import { isCreditLine } from '../lang/credit-lines';
import { readTable, tableText } from './table';
import type { Block, BlockKind } from './types';
import { joinWrappedLines } from './wrapped-lines';

/** Elements whose text forms one block; nested blocks inside them are still visited separately. */
const LEAF_KIND: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  PRE: 'code',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  TD: 'paragraph',
  TH: 'paragraph',
};

/** Block-level containers: text directly inside them is split into paragraphs at their children. */
const CONTAINERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL',
  'BLOCKQUOTE', 'FIGURE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'DETAILS', 'SUMMARY',
  'FORM', 'FIELDSET', 'CENTER', 'BODY', 'HTML',
]);

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Collapses runs of spaces and tabs but keeps line breaks that `<br>` produced. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v ]+/g, ' ')
    .replace(/ *\n+ */g, '\n')
    .trim();
}

/** A number as recipes write one: "2", "2.5", "1/4", "½", "1½", "1 1/2". */
const AMOUNT = String.raw`(?:\d+\s?[\u00bc-\u00be\u2150-\u215e]|[\u00bc-\u00be\u2150-\u215e]|\d+\s+\d+[/\u2044]\d+|\d+[/\u2044]\d+|\d+(?:[.,]\d+)?)`;
/** Figures alone ("1/4", "½", "1 1/2", "2–3"): a quantity that a layout put apart from what it measures. */
const QUANTITY_ONLY = new RegExp(`^${AMOUNT}(?:\\s*[–-]\\s*${AMOUNT})?$`);
/** A quantity without a fraction: before a capital it is more likely a step's number ("3" over "Bake 40 minutes"). */
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)?$/;
const MAX_QUANTITY_CHARS = 12;
/** A year alone is a date, not a quantity. */
const YEAR = /^\d{4}$/;

/** Is this text a quantity alone, cut from its ingredient? A year alone is a date, not one. */
export function isQuantity(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_QUANTITY_CHARS && QUANTITY_ONLY.test(t) && !YEAR.test(t);
}

/** A line break after a quantity alone ("1/4<br>cup butter") is layout: the two are one line, one sentence. */
function joinQuantityLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) out += (isQuantity(lines[i - 1]!) ? ' ' : '\n') + lines[i]!;
  return out;
}

/** A list item laid out in boxes ("<li><div>1/4</div><div>cup butter</div></li>") is one item when it is this short. */
const BOXED_ITEM_WORDS = 40;
/** What makes a list item more than one line of text: its inner structure is read as blocks. */
const ITEM_STRUCTURE = 'li,ul,ol,dl,table,h1,h2,h3,h4,h5,h6,pre,blockquote,figure';

/**
 * Text of an inline run, with `<br>` as a line break and hidden parts left out; with `spaced`,
 * block children are read inline too, a space either side.
 */
function inlineText(node: Node, out: string[], spaced = false): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  if (SKIP.has(el.tagName)) return;
  if (el.tagName === 'BR') {
    out.push('\n');
    return;
  }
  const box = spaced && isBlockish(el);
  if (box) out.push(' ');
  for (let child = el.firstChild; child; child = child.nextSibling) inlineText(child, out, spaced);
  if (box) out.push(' ');
}

/** A short list item whose only blocks are layout boxes: read as one line. */
function boxedItem(el: Element): boolean {
  if (el.tagName !== 'LI' || el.querySelector(ITEM_STRUCTURE)) return false;
  return (el.textContent ?? '').trim().split(/\s+/).length <= BOXED_ITEM_WORDS;
}

const BLOCK_SELECTOR = [...Object.keys(LEAF_KIND), ...CONTAINERS].join(',');

/**
 * Is this element laid out as a block? Besides block tags, an inline wrapper that holds blocks
 * counts (CMSs wrap a whole post body in a `<span>`): read as inline, its paragraphs would run together.
 */
export function isBlockish(el: Element): boolean {
  if (LEAF_KIND[el.tagName] || CONTAINERS.has(el.tagName)) return true;
  return !SKIP.has(el.tagName) && el.firstElementChild !== null && el.querySelector(BLOCK_SELECTOR) !== null;
}

/** A table cell's text on one line: its paragraphs and line breaks become spaces. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    const spaced = el.tagName === 'BR' || isBlockish(el);
    if (spaced) parts.push(' ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (spaced) parts.push(' ');
  };
  walk(cell);
  return parts.join('');
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlockish(child)) return true;
  }
  return false;
}

/**
 * Walks the element Readability returns and lists its text as ordered blocks, so that each
 * sentence later keeps the paragraph, list item or quote it came from.
 */
export function blocksFromElement(root: Element): Block[] {
  const blocks: Block[] = [];

  // Table cells stay cells: a figure in one never joins the next.
  let prevInCell = false;
  const push = (kind: BlockKind, raw: string, level?: number, inCell = false): void => {
    let text = kind === 'code' ? raw.replace(/^\n+|\s+$/g, '') : joinWrappedLines(joinQuantityLines(normalizeText(raw)));
    if (!text) return;
    // A quantity alone goes with the text it measures ("1/4" then "cup butter"), as its list item when it is one.
    const prev = blocks.at(-1);
    const running = (k: BlockKind): boolean => k === 'paragraph' || k === 'list-item';
    // A whole number before a capital is a step's number ("3" over "Bake 40 minutes"), not a quantity.
    const measured = prev && (!PLAIN_NUMBER.test(prev.text) || /^\p{Ll}/u.test(text));
    const joins = prev && measured && !prevInCell && !inCell && running(prev.kind) && running(kind) && isQuantity(prev.text);
    prevInCell = inCell;
    if (prev && joins) {
      blocks.pop();
      text = `${prev.text} ${text}`;
      if (prev.kind === 'list-item') kind = 'list-item';
    }
    // A photo credit set as a paragraph ("Photo: …", "(Getty Images)") is a caption all the same.
    if (kind === 'paragraph' && isCreditLine(text)) kind = 'caption';
    blocks.push(level === undefined ? { kind, text } : { kind, text, level });
  };

  const visit = (el: Element, inQuote: boolean): void => {
    if (SKIP.has(el.tagName)) return;
    const leaf = LEAF_KIND[el.tagName];
    const quote = inQuote || el.tagName === 'BLOCKQUOTE';

    if (el.tagName === 'TABLE') {
      // A data table is one block of cells, never a run of one-number "sentences".
      const table = readTable(el, cellText);
      if (table) {
        for (const caption of el.querySelectorAll(':scope > caption')) visit(caption, quote);
        blocks.push({ kind: 'table', text: tableText(table), table });
        return;
      }
    }

    const boxed = leaf === 'list-item' && boxedItem(el);
    if (leaf && (boxed || !hasBlockChild(el))) {
      const parts: string[] = [];
      if (leaf === 'code') parts.push(el.textContent ?? '');
      else inlineText(el, parts, boxed);
      const kind: BlockKind = quote && leaf === 'paragraph' ? 'quote' : leaf;
      const level = leaf === 'heading' ? Number(el.tagName.slice(1)) : undefined;
      push(kind, parts.join(''), level, el.tagName === 'TD' || el.tagName === 'TH');
      return;
    }

    // Mixed content: inline runs between block children become their own paragraphs.
    let run: string[] = [];
    const flush = (): void => {
      if (run.length) push(quote ? 'quote' : leaf ?? 'paragraph', run.join(''));
      run = [];
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        const c = child as Element;
        if (isBlockish(c)) {
          flush();
          visit(c, quote);
          continue;
        }
      }
      inlineText(child, run);
    }
    flush();
  };

  visit(root, false);
  return blocks;
}
