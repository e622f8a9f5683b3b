/**
 * Key points as text to paste elsewhere: plain (for mail, chat) and Markdown (for notes). Pure, so
 * the popup, the reader page and the saved-summaries page copy the very same words.
 */
import { isHttpUrl } from './url';

export interface CopySource {
  title: string;
  url: string;
  points: readonly string[];
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
  const list = points.map((p, i) => `${i + 1}. ${oneLine(p)}`);
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

/** `[Title](address)`, a blank line, then one bullet per point. */
export function keyPointsMarkdown({ title, url, points }: CopySource): string {
  const name = escapeMarkdown(title) || escapeMarkdown(url);
  const head = name ? (isHttpUrl(url) ? `[${name}](${markdownUrl(url)})` : name) : '';
  const list = points.map((p) => `- ${escapeMarkdown(p)}`);
  return [...(head ? [head] : []), ...(head && list.length ? [''] : []), ...list].join('\n') + '\n';
}

export function formatKeyPoints(source: CopySource, format: CopyFormat): string {
  return format === 'markdown' ? keyPointsMarkdown(source) : keyPointsText(source);
}
