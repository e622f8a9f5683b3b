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

/** Text of an inline run, with `<br>` as a line break and hidden parts left out. */
function inlineText(node: Node, out: string[]): void {
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
  for (let child = el.firstChild; child; child = child.nextSibling) inlineText(child, out);
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

  const push = (kind: BlockKind, raw: string, level?: number): void => {
    const text = kind === 'code' ? raw.replace(/^\n+|\s+$/g, '') : joinWrappedLines(normalizeText(raw));
    if (!text) return;
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

    if (leaf && !hasBlockChild(el)) {
      const parts: string[] = [];
      if (leaf === 'code') parts.push(el.textContent ?? '');
      else inlineText(el, parts);
      const kind: BlockKind = quote && leaf === 'paragraph' ? 'quote' : leaf;
      const level = leaf === 'heading' ? Number(el.tagName.slice(1)) : undefined;
      push(kind, parts.join(''), level);
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
