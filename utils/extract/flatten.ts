/**
 * The copy of the page that the readers work on. `cloneNode` would copy neither shadow roots nor
 * the documents inside frames, so an article rendered inside a web component or a same-origin
 * iframe would be invisible; and it would copy all of a huge page, which Readability then works
 * through for seconds. This copies node by node instead: shadow content in place of its host's
 * children (slots filled as the browser renders them), readable frame documents in place of
 * their frames, and nothing past a word limit. It counts what it could and could not read.
 */

export interface Coverage {
  /** Open shadow roots whose content was copied in. */
  shadowRoots: number;
  /** Same-origin frames whose document was copied in. */
  frames: number;
  /** Frames whose document the page does not let us see (other origins, sandboxed). */
  blockedFrames: number;
}

export interface FlattenOptions {
  /**
   * The shadow root of an element, if it can be read. Defaults to `element.shadowRoot`, which
   * is null for closed roots; an extension can pass a function that also sees closed ones.
   */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

export interface ReadableCopy {
  doc: Document;
  coverage: Coverage;
  /** Words of running text copied (outside scripts and site chrome). */
  words: number;
  /** The copy stops early: the page has more than `maxWords` words of text. */
  trimmed: boolean;
}

import { countTextWords } from './scripts';

/** Text inside these is not running text, for the word count. */
const NOT_RUNNING_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SVG']);
/** Past this depth the rest of a subtree is copied whole, so hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 400;

/** Frames this small or hidden are trackers or widgets, not where an article lives. */
function isNegligibleFrame(frame: Element): boolean {
  if (frame.hasAttribute('hidden') || frame.getAttribute('aria-hidden') === 'true') return true;
  const src = frame.getAttribute('src') ?? '';
  if (!frame.hasAttribute('srcdoc') && (!src || src === 'about:blank' || /^javascript:/i.test(src))) return true;
  const tiny = (attr: string): boolean => {
    const v = frame.getAttribute(attr)?.trim();
    return v !== undefined && /^\d+$/.test(v) && Number(v) <= 2;
  };
  return tiny('width') || tiny('height');
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // Some browsers throw instead of returning null for other origins.
    return null;
  }
}

/** The shadow tree being copied: its host, and which of the host's children went into a slot. */
interface TreeScope {
  host: Element;
  used: Set<Node>;
  /** The scope the host itself lives in: slotted nodes are copied in that scope. */
  outer: TreeScope | null;
}

export function readableCopy(live: Document, maxWords = Infinity, options: FlattenOptions = {}): ReadableCopy {
  const shadowOf = options.shadowRootOf ?? ((el: Element) => el.shadowRoot);
  const copy = live.cloneNode(false) as Document;
  const coverage: Coverage = { shadowRoots: 0, frames: 0, blockedFrames: 0 };
  let words = 0;
  let full = false;

  const copyChildren = (from: Node, into: Node, scope: TreeScope | null, counting: boolean, depth: number): void => {
    for (let child = from.firstChild; child && !full; child = child.nextSibling) {
      copyNode(child, into, scope, counting, depth);
    }
  };

  const copyNode = (node: Node, into: Node, scope: TreeScope | null, counting: boolean, depth: number): void => {
    if (node.nodeType === 3) {
      into.appendChild(copy.importNode(node, false));
      if (counting) {
        words += countTextWords(node.nodeValue ?? '');
        if (words > maxWords) full = true;
      }
      return;
    }
    if (node.nodeType !== 1) {
      into.appendChild(copy.importNode(node, false));
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (depth > MAX_DEPTH) {
      into.appendChild(copy.importNode(el, true));
      return;
    }
    if (tag === 'SLOT' && scope) {
      const name = el.getAttribute('name') ?? '';
      const assigned = [...scope.host.childNodes].filter((n) => {
        if (scope.used.has(n)) return false;
        const slotName = n.nodeType === 1 ? ((n as Element).getAttribute('slot') ?? '') : '';
        return slotName === name;
      });
      for (const n of assigned) {
        scope.used.add(n);
        copyNode(n, into, scope.outer, counting, depth + 1);
      }
      if (!assigned.length) copyChildren(el, into, scope, counting, depth + 1);
      return;
    }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const doc = frameDocument(el);
      if (doc?.body) {
        const holder = copy.createElement('div');
        into.appendChild(holder);
        const before = words;
        copyChildren(doc.body, holder, null, counting, depth + 1);
        if (words > before || (doc.body.textContent ?? '').trim()) coverage.frames++;
      } else if (!isNegligibleFrame(el)) {
        coverage.blockedFrames++;
      }
      return;
    }
    const shallow = copy.importNode(el, false);
    into.appendChild(shallow);
    const childCounting = tag === 'BODY' || (counting && !NOT_RUNNING_TEXT.has(tag));
    const root = shadowOf(el);
    if (root) {
      if ((root.textContent ?? '').trim()) coverage.shadowRoots++;
      copyChildren(root, shallow, { host: el, used: new Set(), outer: scope }, childCounting, depth + 1);
    } else {
      copyChildren(el, shallow, scope, childCounting, depth + 1);
    }
  };

  copyChildren(live, copy, null, false, 0);
  return { doc: copy, coverage, words, trimmed: full };
}
