import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blocksFromElement } from './blocks';
import type { Article, Block, ExtractResult } from './types';

export interface ExtractOptions {
  /** URL to report; defaults to the document's own. */
  url?: string;
  /** Readability stops on pages with more elements than this; 0 means no limit. */
  maxElemsToParse?: number;
}

/** Below this many words of body text a page is not treated as an article. */
export const MIN_ARTICLE_WORDS = 80;
/** When Readability itself doubts the page, ask for more text before calling it an article. */
export const MIN_WORDS_WHEN_UNREADERABLE = 250;

const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'code') n += b.text.match(WORD)?.length ?? 0;
  return n;
}

function canonicalUrl(doc: Document, base: string): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * Reads the article out of a page. Readability runs on a clone, because `parse()` rewrites
 * the DOM it is given; the live document is only read.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? doc.URL;
  const type = doc.contentType || 'text/html';
  if (!/html|xml/.test(type)) {
    return {
      ok: false,
      reason: 'unsupported',
      message: type === 'application/pdf' ? 'This is a PDF, not a web page.' : `This tab shows a file (${type}), not a web page.`,
    };
  }
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    // A failed heuristic is not a verdict: the parse below decides.
  }

  let parsed;
  try {
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: options.maxElemsToParse ?? 0,
    }).parse();
  } catch (err) {
    return { ok: false, reason: 'error', message: `The page could not be read: ${String(err)}` };
  }

  const blocks = parsed?.content ? blocksFromElement(parsed.content) : [];
  const words = countWords(blocks);
  if (!parsed || words === 0) {
    return { ok: false, reason: 'empty', message: 'There is no readable text on this page.' };
  }
  // Judge by the result, not by the heuristic alone: the two can disagree.
  if (words < MIN_ARTICLE_WORDS || (!readerable && words < MIN_WORDS_WHEN_UNREADERABLE)) {
    return {
      ok: false,
      reason: 'not-article',
      message: "This page doesn't look like an article: there is too little running text to summarize.",
    };
  }

  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null;
  const article: Article = {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    title: clean(parsed.title) ?? clean(doc.title) ?? url,
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    dir,
    publishedTime: clean(parsed.publishedTime) ?? clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    excerpt: clean(parsed.excerpt),
    blocks,
  };
  return { ok: true, article };
}
