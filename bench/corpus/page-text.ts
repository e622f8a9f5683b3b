/**
 * A page's visible text as LABELLING.md defines it: scripts, styles and tags removed, entities
 * decoded, whitespace normalised. Labellers read `pageLines` (one block per line, so a page can be
 * read); label fragments are checked against the same text. Parsed without running scripts.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

const DROPPED = 'script, style, noscript, template, svg, iframe, object, embed, canvas, head';
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BUTTON', 'LABEL',
]);

/** One block per line, whitespace collapsed, empty lines dropped. */
export function pageLines(html: string): string[] {
  // Styles never carry visible text, and jsdom throws on some that browsers skip.
  const cleaned = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  const dom = new JSDOM(cleaned, { virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    for (const el of doc.querySelectorAll(DROPPED)) el.remove();
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === 3) {
        parts.push(node.nodeValue ?? '');
        return;
      }
      if (node.nodeType !== 1) return;
      const block = BLOCK.has((node as Element).tagName);
      if (block) parts.push('\n');
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
      if (block) parts.push('\n');
    };
    walk(doc.body ?? doc.documentElement);
    return parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  } finally {
    dom.window.close();
  }
}

export function pageText(html: string): string {
  return pageLines(html).join(' ');
}
