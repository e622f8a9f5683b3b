import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blocksFromElement } from './blocks';
import { fallbackReading } from './fallback';
import { readableCopy, type FlattenOptions, type ReadableCopy } from './flatten';
import { readingNotes } from './notes';
import { markElements, restoreDropped } from './restore';
import { declaredPageTypes } from './page-types';
import { countWords, gateFacts, judgeReading, type GateFacts, type GateVerdict } from './gate';
import { CJK_PAGE_SHARE, cjkShare, countTextWords } from './scripts';
import type { Article, Block, ExtractResult, ReadingEngine } from './types';

export interface ExtractOptions extends FlattenOptions {
  /** URL to report; defaults to the document's own. */
  url?: string;
  /** Readability gives up on pages with more elements than this (our reader takes over); 0 means no limit. */
  maxElemsToParse?: number;
  /** Words kept from a very long page; the rest is cut and the result says so. */
  maxWords?: number;
  /** The page had not finished loading when it was read (the caller knows; jsdom documents never finish). */
  stillLoading?: boolean;
  /** The reader asked to read the page although it looked too short to be an article. */
  acceptShort?: boolean;
  /** Told what the article gate measured and decided (the bench reports it page by page). */
  onGate?: (facts: GateFacts, verdict: GateVerdict) => void;
}
/** Longer than nearly any article (about two hours of reading); keeps the popup quick on huge pages. */
export const MAX_ARTICLE_WORDS = 30_000;
/** Readability reads at most this many words of page text; the article is cut to MAX_ARTICLE_WORDS later. */
const READ_WORDS_FACTOR = 1.5;
/** Readability's own default; CJK text says as much in a third of the characters. */
const CHAR_THRESHOLD = 500;
const CJK_CHAR_THRESHOLD = 150;
/** isProbablyReaderable's per-paragraph minimum is 140 characters. */
const CJK_MIN_CONTENT_LENGTH = 50;
/** Readability's reading is doubted when it holds less than this share of the page's running text… */
const SUSPICIOUS_SHARE = 0.5;
/** …and our reader is used only when it finds clearly more. */
const FALLBACK_GAIN = 1.5;

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

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;

/** Direction of the text: declared on the article or page, else guessed from its letters. */
function textDirection(declared: string | null | undefined, doc: Document, blocks: readonly Block[]): 'ltr' | 'rtl' | null {
  const named = (v: string | null | undefined): 'ltr' | 'rtl' | null => {
    const d = v?.trim().toLowerCase();
    return d === 'rtl' || d === 'ltr' ? d : null;
  };
  const fromPage = named(declared) ?? named(doc.body?.getAttribute('dir')) ?? named(doc.documentElement?.getAttribute('dir'));
  if (fromPage) return fromPage;
  const sample = blocks.slice(0, 20).map((b) => b.text).join(' ');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters && (sample.match(RTL_LETTER)?.length ?? 0) / letters > 0.5 ? 'rtl' : null;
}

/** Keeps whole blocks up to `max` words. */
function cut(blocks: Block[], max: number): { blocks: Block[]; kept: number; total: number } {
  let total = 0;
  let keep = blocks.length;
  let kept = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const w = b.kind === 'code' ? 0 : countTextWords(b.text);
    if (keep === blocks.length && total + w > max && i > 0) {
      keep = i;
      kept = total;
    }
    total += w;
  }
  if (keep === blocks.length) kept = total;
  return { blocks: keep === blocks.length ? blocks : blocks.slice(0, keep), kept, total };
}

type Parsed = ReturnType<Readability<Element>['parse']>;

/**
 * Reads the article out of a page. Readability runs on a clone, because `parse()` rewrites
 * the DOM it is given; the live document is only read. When Readability finds little of the
 * page's text, or nothing, Winnow's simpler reader gets a turn, and the result says which one read it.
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
  const maxWords = options.maxWords ?? MAX_ARTICLE_WORDS;
  const readLimit = maxWords * READ_WORDS_FACTOR;
  let copy: ReadableCopy;
  try {
    copy = readableCopy(doc, readLimit, options);
  } catch (err) {
    return { ok: false, reason: 'error', message: `The page could not be read: ${String(err)}` };
  }
  const { doc: clone, coverage, words: visible } = copy;
  // A CJK character carries about as much as three Latin ones: the length thresholds shrink to match.
  const cjk = cjkShare(clone.body?.textContent ?? '') >= CJK_PAGE_SHARE;
  // Asked of the copy, where shadow and frame content is in place; before Readability rewrites it.
  let readerable = false;
  try {
    readerable = isProbablyReaderable(clone, cjk ? { minContentLength: CJK_MIN_CONTENT_LENGTH } : {});
  } catch {
    // A failed heuristic is not a verdict: the parse below decides.
  }

  // A numbered copy from before Readability rewrites the page: what it dropped can be found there.
  let pristine: Element | null = null;
  if (clone.body) {
    markElements(clone.body);
    pristine = clone.body.cloneNode(true) as Element;
  }

  let parsed: Parsed = null;
  let readabilityFailed = false;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: options.maxElemsToParse ?? 0,
      charThreshold: cjk ? CJK_CHAR_THRESHOLD : CHAR_THRESHOLD,
    }).parse();
  } catch {
    // Too many elements, or a page shape Readability trips on: our reader gets a turn.
    readabilityFailed = true;
  }

  if (parsed?.content && pristine) restoreDropped(parsed.content, pristine, parsed.title ?? null);
  let root: Element | null = parsed?.content ?? null;
  let blocks = root ? blocksFromElement(root) : [];
  let words = countWords(blocks);
  let engine: ReadingEngine = 'readability';
  let fallbackWhy: 'nothing' | 'little' | 'failed' | null = null;
  if (readabilityFailed || words < SUSPICIOUS_SHARE * visible) {
    let fb: ReturnType<typeof fallbackReading> = { root: null, blocks: [] };
    try {
      fb = fallbackReading(readableCopy(doc, readLimit, options).doc);
    } catch {
      // Nothing better to offer: keep what Readability found.
    }
    const fbWords = countWords(fb.blocks);
    if (fbWords > FALLBACK_GAIN * words) {
      fallbackWhy = readabilityFailed ? 'failed' : words === 0 ? 'nothing' : 'little';
      root = fb.root;
      blocks = fb.blocks;
      words = fbWords;
      engine = 'fallback';
    }
  }

  if (words === 0) {
    return { ok: false, reason: 'empty', message: 'There is no readable text on this page.' };
  }
  // Judge by the result, not by the heuristic alone: the two can disagree.
  const facts = gateFacts(blocks, root, { readerable, words: visible, body: pristine, types: declaredPageTypes(doc) });
  const verdict = judgeReading(facts);
  options.onGate?.(facts, verdict);
  if (!options.acceptShort && verdict.kind === 'refuse') return { ok: false, reason: 'not-article', message: verdict.message };

  const kept = cut(blocks, maxWords);
  const truncated = copy.trimmed || kept.blocks.length < blocks.length;
  // The copy was cut before reading: count the whole page's text for the note (roughly: all of it).
  const total = copy.trimmed ? Math.max(kept.total, countTextWords(doc.body?.textContent ?? '')) : kept.total;
  const article: Article = {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    title: clean(parsed?.title) ?? clean(doc.title) ?? url,
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    lang: clean(parsed?.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    dir: textDirection(parsed?.dir, doc, kept.blocks),
    publishedTime: clean(parsed?.publishedTime) ?? clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    excerpt: clean(parsed?.excerpt),
    blocks: kept.blocks,
    engine,
    truncated,
    notes: readingNotes({
      gateNote: verdict.kind === 'note' ? verdict.note : null,
      fallbackWhy,
      coverage,
      truncated: truncated ? { kept: kept.kept, total } : null,
      stillLoading: options.stillLoading === true,
    }),
  };
  return { ok: true, article };
}
