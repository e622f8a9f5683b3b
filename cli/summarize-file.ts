import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze, type Analysis, type AnalyzeOptions } from '../utils/analysis';
import { decodeHtml } from '../utils/text/decode-html';
import { articleFromText, countWords, extractArticle, type Article, type ExtractResult } from '../utils/extract';

export type FileResult =
  | { ok: true; article: Article; analysis: Analysis }
  | { ok: false; code: 'not-article' | 'unsupported' | 'empty' | 'error'; message: string };

/** Parses HTML the way the browser would, without running the page's scripts or fetching anything. */
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function documentFromHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { url, virtualConsole }).window.document;
  } catch (err) {
    // jsdom throws on some stylesheets a browser simply skips (an uncompiled SCSS `calc($a - 16px)`).
    // Styles only help to spot hidden text, so read the page once more without them.
    const withoutStyles = html.replace(STYLE_ELEMENT, '');
    if (withoutStyles === html) throw err;
    return new JSDOM(withoutStyles, { url, virtualConsole }).window.document;
  }
}

/** Reads one page; its jsdom window is closed at once, so a batch of a thousand pages stays flat in memory. */
export function extractFromHtml(html: string, url: string): ExtractResult {
  const doc = documentFromHtml(html, url);
  try {
    return extractArticle(doc);
  } finally {
    doc.defaultView?.close();
  }
}

/** Reads one input (an .html/.htm file, a .txt file, or '-' for HTML on stdin) and analyses it. */
export function summarizeInput(input: string, options: AnalyzeOptions): FileResult {
  const isStdin = input === '-';
  const path = isStdin ? '/dev/stdin' : resolve(input);
  let content: string;
  try {
    const bytes = readFileSync(isStdin ? 0 : path);
    // Plain text has no charset to declare; a saved page may declare one.
    content = /\.txt$/i.test(input) ? bytes.toString('utf8') : decodeHtml(bytes);
  } catch (err) {
    return { ok: false, code: 'error', message: `Cannot read ${input}: ${(err as Error).message}` };
  }
  const url = isStdin ? 'file:///dev/stdin' : pathToFileURL(path).href;
  let article: Article;
  if (/\.txt$/i.test(input)) {
    article = articleFromText(content, url, basename(input).replace(/\.txt$/i, ''));
    if (countWords(article.blocks) === 0) return { ok: false, code: 'empty', message: `${input} has no text.` };
  } else {
    const result = extractFromHtml(content, url);
    if (!result.ok) return { ok: false, code: result.reason, message: result.message };
    article = result.article;
  }
  return { ok: true, article, analysis: analyze(article, options) };
}

/** The stable JSON contract benchmarks depend on: one object per input. */
export function toJson(result: FileResult): Record<string, unknown> {
  if (!result.ok) return { error: { code: result.code, message: result.message } };
  const { article, analysis } = result;
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    // From the page's metadata (JSON-LD, meta tags) when it gives one; ISO 8601.
    publishedTime: article.publishedTime,
    siteName: article.siteName,
    lang: analysis.lang,
    wordCount: analysis.wordCount,
    readingMinutes: analysis.readingMinutes,
    keyPoints: analysis.keyPoints.map((k) => ({ text: k.text, sentence: k.sentence, sentences: k.sentences, ...(k.code === undefined ? {} : { code: k.code }) })),
    sentences: analysis.sentences.map((s) => ({ text: s.text, padding: s.padding })),
    padding: { ratio: analysis.padding.ratio, byKind: analysis.padding.byKind },
    // Data tables, cell text row by row: shown as tables, so they are in no sentence above.
    tables: article.blocks.flatMap((b) => (b.kind === 'table' && b.table ? [{ rows: b.table.rows, header: b.table.header }] : [])),
    // How the page was read: 'readability' or 'fallback' (absent for plain text), cut or not, and why.
    engine: article.engine ?? null,
    truncated: article.truncated ?? false,
    notes: article.notes ?? [],
  };
}
