import { said } from '../said';
/**
 * A page fetched from a link ("Winnow this link") read as an article: decoded by its bytes and
 * declared charset, parsed without running anything (the caller's parser), and read by the same
 * extraction as a page open in a tab.
 */
import { decodeHtml } from '../text/decode-html';
import { countWords } from './article-text';
import { extractArticle } from './extract-article';
import { articleFromText } from './plain-text';
import type { ExtractResult } from './types';

export interface FetchedPage {
  /** Where the page was found in the end (after redirects). */
  url: string;
  /** The Content-Type header, as sent. */
  contentType: string | null;
  bytes: Uint8Array;
}

/** Turns HTML into an inert document: the reader page's DOMParser, jsdom in tests. */
export type ParseHtml = (html: string, url: string) => Document;

export function mediaType(contentType: string | null): { type: string; charset: string | null } {
  const [type = '', ...params] = (contentType ?? '').split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { type: type.trim().toLowerCase(), charset };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function readFetchedPage(page: FetchedPage, parseHtml: ParseHtml, acceptShort = false): ExtractResult {
  const { type, charset } = mediaType(page.contentType);
  // No type at all: browsers sniff, and a link that leads nowhere special is nearly always a page.
  if (type === '' || type === 'text/html' || type === 'application/xhtml+xml') {
    let doc: Document;
    try {
      doc = parseHtml(decodeHtml(page.bytes, charset), page.url);
    } catch (err) {
      return { ok: false, reason: 'error', message: `The linked page could not be read: ${String(err)}`, said: said('linkPageFailed', String(err)) };
    }
    return extractArticle(doc, { url: page.url, acceptShort });
  }
  if (type === 'text/plain') {
    const article = articleFromText(decodeHtml(page.bytes, charset), page.url, hostOf(page.url));
    return countWords(article.blocks) > 0 ? { ok: true, article } : { ok: false, reason: 'empty', message: 'The linked file is empty.', said: said('linkEmpty') };
  }
  if (type === 'application/pdf') {
    return {
      ok: false,
      reason: 'unsupported',
      message: 'The link leads to a PDF. Winnow reads web pages; open the PDF in the browser instead.',
      said: said('linkPdf'),
    };
  }
  return { ok: false, reason: 'unsupported', message: `The link leads to a file (${type}), not a web page.`, said: said('linkFile', type) };
}
