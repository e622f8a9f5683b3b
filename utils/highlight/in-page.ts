import { indexPageText, locateSentences } from './locate';

/**
 * Key points highlighted and padding dimmed in the page itself, with the CSS Custom Highlight
 * API: highlights are ranges registered on the document, so the page's DOM is never touched.
 * The matching styles are inserted by the extension as a user stylesheet (see highlight-css.ts).
 */

export const HIGHLIGHT_KEY = 'winnow-key';
export const HIGHLIGHT_PADDING = 'winnow-padding';
export const HIGHLIGHT_FOCUS = 'winnow-focus';

export interface HighlightSentence {
  /** The sentence's index in the analysis, to name it in later commands. */
  index: number;
  text: string;
  role: 'key' | 'padding';
}

export type HighlightCommand =
  | { command: 'apply'; sentences: HighlightSentence[] }
  | { command: 'clear' }
  | { command: 'status' }
  | { command: 'reveal'; sentences: HighlightSentence[]; target: number };

export type HighlightReply =
  | { ok: true; active: boolean; found: number; missing: number }
  | { ok: false; reason: 'unsupported' | 'not-found' };

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

/** The API where the browser has it (Chromium 105+, Firefox 140+), else null. */
function highlightApi(win: Window): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

function locate(doc: Document, sentences: readonly HighlightSentence[]): (Range | null)[] {
  const ordered = [...sentences].sort((a, b) => a.index - b.index);
  const ranges = locateSentences(indexPageText(doc.body ?? doc), ordered.map((s) => s.text));
  const byIndex = new Map(ordered.map((s, i) => [s.index, ranges[i] ?? null]));
  return sentences.map((s) => byIndex.get(s.index) ?? null);
}

let focusTimer: ReturnType<typeof setTimeout> | undefined;

/** Runs one command in the page. Pure DOM: no extension API, so it is tested like the rest of utils. */
export function runHighlightCommand(doc: Document, cmd: HighlightCommand): HighlightReply {
  const win = doc.defaultView;
  const api = win ? highlightApi(win) : null;

  if (cmd.command === 'status') {
    return { ok: true, active: !!api?.highlights.has(HIGHLIGHT_KEY), found: 0, missing: 0 };
  }
  if (cmd.command === 'clear') {
    api?.highlights.delete(HIGHLIGHT_KEY);
    api?.highlights.delete(HIGHLIGHT_PADDING);
    api?.highlights.delete(HIGHLIGHT_FOCUS);
    return { ok: true, active: false, found: 0, missing: 0 };
  }

  const ranges = locate(doc, cmd.sentences);
  const found = ranges.filter(Boolean).length;
  const missing = ranges.length - found;

  if (cmd.command === 'apply') {
    if (!api) return { ok: false, reason: 'unsupported' };
    const pick = (role: HighlightSentence['role']) =>
      cmd.sentences.flatMap((s, i) => (s.role === role && ranges[i] ? [ranges[i]] : []));
    api.highlights.set(HIGHLIGHT_KEY, new api.Highlight(...pick('key')));
    api.highlights.set(HIGHLIGHT_PADDING, new api.Highlight(...pick('padding')));
    return { ok: true, active: true, found, missing };
  }

  // reveal: scroll the sentence into view, and flash it when highlights are available.
  const at = cmd.sentences.findIndex((s) => s.index === cmd.target);
  const range = at >= 0 ? ranges[at] : null;
  if (!range) return { ok: false, reason: 'not-found' };
  const element = range.startContainer.parentElement;
  const reduced = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  if (api) {
    api.highlights.set(HIGHLIGHT_FOCUS, new api.Highlight(range));
    clearTimeout(focusTimer);
    focusTimer = setTimeout(() => api.highlights.delete(HIGHLIGHT_FOCUS), 2_000);
  }
  return { ok: true, active: !!api?.highlights.has(HIGHLIGHT_KEY), found, missing };
}
