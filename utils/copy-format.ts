/**
 * Key points as text to paste elsewhere: plain (for mail, chat) and Markdown (for notes). Pure, so
 * the popup, the reader page and the saved-summaries page copy the very same words.
 */
import type { KeyPoint } from './analysis/types';
import { isHttpUrl } from './url';

/** A point as shown: its sentence, and the code it introduces when it carries some. */
export type PointText = Pick<KeyPoint, 'text' | 'code'>;

export interface CopySource {
  title: string;
  url: string;
  points: readonly (string | PointText)[];
}

function pointOf(p: string | PointText): PointText {
  return typeof p === 'string' ? { text: p } : p;
}

/** Code lines set in by `indent` (blank lines stay empty), tabs and all, as the page had them. */
export function indented(code: string, indent: string): string[] {
  return code.split('\n').map((line) => (line.trim() ? `${indent}${line}` : ''));
}

/** A fence longer than any run of backticks in the code, so the code cannot close it. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export type CopyFormat = 'text' | 'markdown';

/** Page text may carry line breaks and odd spaces; a pasted point stays on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Title, address and numbered points. Only an http(s) address is given: anything else (a local
 * file, an extension page) would mean nothing to whoever reads the paste.
 */
export function keyPointsText({ title, url, points }: CopySource): string {
  const head = [oneLine(title), ...(isHttpUrl(url) ? [url] : [])].filter(Boolean);
  // Code keeps its lines, set in under its point.
  const list = points.map(pointOf).flatMap((p, i) => [`${i + 1}. ${oneLine(p.text)}`, ...(p.code ? indented(p.code, '    ') : [])]);
  return [...head, ...(head.length && list.length ? [''] : []), ...list].join('\n') + '\n';
}

/** Characters that make Markdown of running text: emphasis, code, links, HTML, escapes. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** A line that starts like a heading, list item or rule would stop being a plain point (quotes are escaped above). */
const LINE_START = /^(#{1,6}(?=\s|$)|[-+](?=\s|$)|-{3,}|=+$|(\d{1,9})([.)])(?=\s|$))/;

export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(INLINE_SPECIAL, '\\$&');
  return escaped.replace(LINE_START, (m: string, _all: string, digits?: string, mark?: string) =>
    digits !== undefined ? `${digits}\\${mark}` : `\\${m}`,
  );
}

/**
 * A link target as Markdown accepts it everywhere: spaces and parentheses percent-encoded (a
 * `)` in a Wikipedia address would otherwise end the link early), as are `<` and `>`.
 */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[Title](address)`, a blank line, then one bullet per point, each with its code fenced. */
export function keyPointsMarkdown({ title, url, points }: CopySource): string {
  const name = escapeMarkdown(title) || escapeMarkdown(url);
  const head = name ? (isHttpUrl(url) ? `[${name}](${markdownUrl(url)})` : name) : '';
  // Code goes in a fenced block inside the point's list item (set in by two spaces), never escaped.
  const list = points.map(pointOf).flatMap((p) => {
    if (!p.code) return [`- ${escapeMarkdown(p.text)}`];
    const fence = fenceFor(p.code);
    return [`- ${escapeMarkdown(p.text)}`, `  ${fence}`, ...indented(p.code, '  '), `  ${fence}`];
  });
  return [...(head ? [head] : []), ...(head && list.length ? [''] : []), ...list].join('\n') + '\n';
}

export function formatKeyPoints(source: CopySource, format: CopyFormat): string {
  return format === 'markdown' ? keyPointsMarkdown(source) : keyPointsText(source);
}
