/**
 * Finds the article's sentences in the live page, as DOM Ranges, without changing the page.
 *
 * The sentences come from Readability's copy, whose whitespace differs from the page's (collapsed
 * runs, spaces added between blocks, line breaks for <br>). So both sides are compared with all
 * whitespace and invisible characters removed, and each kept character remembers the text node
 * and offset it came from.
 */

/** Elements whose text is never shown as prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'SVG', 'HEAD']);

/** Whitespace, soft hyphens and zero-width characters: ignored on both sides. */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

interface PageText {
  /** The page's text with every ignored character removed. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: the index of its node in `nodes`… */
  nodeOf: Int32Array;
  /** …and its offset inside that node. */
  offsetOf: Int32Array;
}

function squeeze(text: string): string {
  let out = '';
  for (const ch of text) if (!IGNORED.test(ch)) out += ch;
  return out;
}

/** The visible-ish text of `root`, squeezed, with a map back to text nodes. */
export function indexPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) =>
      n.nodeType === 1 && SKIP.has((n as Element).tagName) ? 2 /* FILTER_REJECT: skips the subtree */ : 1,
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const value = n.nodeValue ?? '';
    const index = nodes.length;
    nodes.push(n as Text);
    // UTF-16 offsets, as Range wants; surrogate pairs stay together in `chars`.
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (IGNORED.test(ch)) continue;
      chars.push(ch);
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** The DOM range covering squeezed characters [start, end) of `page`. */
function rangeOf(page: PageText, start: number, end: number): Range {
  const first = page.nodes[page.nodeOf[start]!]!;
  const last = page.nodes[page.nodeOf[end - 1]!]!;
  const range = first.ownerDocument.createRange();
  range.setStart(first, page.offsetOf[start]!);
  range.setEnd(last, page.offsetOf[end - 1]! + 1);
  return range;
}

/**
 * Ranges for `sentences`, given in article order. Searching goes forward from the previous match,
 * so a sentence that also appears earlier (a teaser, a pull quote) is found in the article's own
 * flow; when it is not found ahead, the whole page is searched. Null for a sentence not found.
 */
export function locateSentences(page: PageText, sentences: readonly string[]): (Range | null)[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const needle = squeeze(sentence);
    if (!needle) return null;
    let at = page.text.indexOf(needle, cursor);
    if (at < 0) at = page.text.indexOf(needle);
    if (at < 0) return null;
    cursor = at + needle.length;
    return rangeOf(page, at, at + needle.length);
  });
}
