import { said } from '../said';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blocksFromElement } from './blocks';
import { fallbackReading } from './fallback';
import { readableCopy, type FlattenOptions, type ReadableCopy } from './flatten';
import { cleanName, plausibleDate, readMetadata, titleWithoutSite, type PageMetadata } from './metadata';
import { readingNotes } from './notes';
import { markElements, restoreDropped } from './restore';
import { PROSE_OUTSIDE, proseOutside, type ProseOutsideLimits } from './prose-outside';
import { clean, countWords, cutBlocks, MAX_ARTICLE_WORDS, textDirection } from './article-text';
import { declaredPageTypes } from './page-types';
import { gateFacts, judgeReading, type GateFacts, type GateVerdict } from './gate';
import { CJK_PAGE_SHARE, cjkShare, countTextWords } from './scripts';
import { jsonLdNodes } from './json-ld';
import { readRecipe, type RecipeData } from './recipe';
import { ingredientGroupsFromPage, withRecipeCard } from './recipe-blocks';
import type { Article, Block, ExtractResult, ReadingEngine } from './types';
import { removeLinkLines, removeWidgets } from './widgets';
import { calendarWords } from '../text/calendar-words';

interface ExtractOptions extends FlattenOptions {
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
  /** Limits of the prose-outside rule (prose-outside.ts), or null to leave it out; for the bench that fits them. */
  proseOutside?: ProseOutsideLimits | null;
  /** Told when prose outside Readability's reading was added (prose words before, prose words added). */
  onProseOutside?: (readingProse: number, addedProse: number) => void;
}

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

/** Where a date may start in a byline: after a separator, or glued to the name ("ArnoldNovember 15"). */
const BYLINE_BREAK = /\s*[-–—|·•,]\s*|\s+|(?<=\p{Ll})(?=\p{Lu})/gu;
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

/**
 * Readability's byline, found in the page's text: the name, without "By" and without the date
 * that follows it (from the first figure, or month or weekday before one, on). Month and weekday names come from
 * Intl, so the extraction script carries no word lists.
 */
function bylineOf(value: string | null | undefined, lang: string | null): string | null {
  const text = clean(value);
  if (!text) return null;
  const calendar = calendarWords(lang ?? 'en');
  for (const m of text.matchAll(BYLINE_BREAK)) {
    if (m.index === 0) continue;
    const tail = text.slice(m.index + m[0].length);
    const first = FIRST_WORD.exec(tail)?.[0].toLowerCase();
    // A date has a figure: "Mary March" is a name.
    if (/^\d/.test(tail) || (first && calendar.has(first) && /\d/.test(tail))) return cleanName(text.slice(0, m.index));
  }
  return cleanName(text);
}

/** The reading with the declared recipe card whole, its ingredient groups named as the page names them. */
function recipeCardBlocks(blocks: Block[], recipe: RecipeData, page: Element | null): Block[] {
  try {
    const all = recipe.ingredients.flatMap((g) => g.items);
    const groups = page ? ingredientGroupsFromPage(page, all) : null;
    return withRecipeCard(blocks, groups ? { ...recipe, ingredients: groups } : recipe);
  } catch {
    // The card only adds to the reading: without it, the reading stands as read.
    return blocks;
  }
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
      said: type === 'application/pdf' ? said('extractPdf') : said('extractFile', type),
    };
  }
  const maxWords = options.maxWords ?? MAX_ARTICLE_WORDS;
  const readLimit = maxWords * READ_WORDS_FACTOR;
  let copy: ReadableCopy;
  try {
    copy = readableCopy(doc, readLimit, options);
  } catch (err) {
    return { ok: false, reason: 'error', message: `The page could not be read: ${String(err)}`, said: said('extractFailed', String(err)) };
  }
  const { doc: clone, coverage, words: visible } = copy;
  if (clone.body) removeWidgets(clone.body);
  // Read before Readability rewrites the copy; the scripts and meta tags are the page's own.
  let meta: PageMetadata | null = null;
  let recipe: RecipeData | null = null;
  try {
    const nodes = jsonLdNodes(doc);
    meta = readMetadata(doc, new Date(), nodes);
    recipe = readRecipe(nodes);
  } catch {
    // Metadata only adds to the reading: without it, Readability's own guesses stand.
  }
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
  let dropped = parsed?.content ? removeLinkLines(parsed.content) : { lines: 0, words: 0 };
  let root: Element | null = parsed?.content ?? null;
  let blocks = root ? blocksFromElement(root) : [];
  const limits = options.proseOutside === undefined ? PROSE_OUTSIDE : options.proseOutside;
  if (root && pristine && limits) {
    const wider = proseOutside(root, pristine, blocks, limits);
    if (wider) {
      options.onProseOutside?.(wider.readingProse, wider.addedProse);
      root = wider.root;
      blocks = wider.blocks;
    }
  }
  let words = countWords(blocks);
  let engine: ReadingEngine = 'readability';
  let fallbackWhy: 'nothing' | 'little' | 'failed' | null = null;
  if (readabilityFailed || words < SUSPICIOUS_SHARE * visible) {
    let fb: ReturnType<typeof fallbackReading> = { root: null, blocks: [] };
    try {
      const fresh = readableCopy(doc, readLimit, options).doc;
      if (fresh.body) {
        removeWidgets(fresh.body);
        removeLinkLines(fresh.body);
      }
      fb = fallbackReading(fresh);
    } catch {
      // Nothing better to offer: keep what Readability found.
    }
    const fbWords = countWords(fb.blocks);
    if (fbWords > FALLBACK_GAIN * words) {
      fallbackWhy = readabilityFailed ? 'failed' : words === 0 ? 'nothing' : 'little';
      root = fb.root;
      // Dropped from the whole page, not only from what the simple reader kept: not counted.
      dropped = { lines: 0, words: 0 };
      blocks = fb.blocks;
      words = fbWords;
      engine = 'fallback';
    }
  }

  if (words === 0) {
    return { ok: false, reason: 'empty', message: 'There is no readable text on this page.', said: said('extractNoText') };
  }
  // Judge by the result, not by the heuristic alone: the two can disagree.
  const facts = gateFacts(blocks, root, { readerable, words: visible, body: pristine, types: declaredPageTypes(doc) }, dropped);
  const verdict = judgeReading(facts);
  options.onGate?.(facts, verdict);
  if (!options.acceptShort && verdict.kind === 'refuse') return { ok: false, reason: 'not-article', message: verdict.message, said: verdict.said };

  if (recipe) blocks = recipeCardBlocks(blocks, recipe, pristine ?? doc.body);
  const kept = cutBlocks(blocks, maxWords);
  const siteName = meta?.siteName ?? clean(parsed?.siteName);
  const lang = clean(parsed?.lang) ?? clean(doc.documentElement?.getAttribute('lang'));
  const truncated = copy.trimmed || kept.blocks.length < blocks.length;
  // The copy was cut before reading: count the whole page's text for the note (roughly: all of it).
  const total = copy.trimmed ? Math.max(kept.total, countTextWords(doc.body?.textContent ?? '')) : kept.total;
  const article: Article = {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    title: titleWithoutSite(clean(parsed?.title) ?? meta?.title ?? clean(doc.title) ?? url, siteName, url),
    byline: meta?.author ?? bylineOf(parsed?.byline, lang),
    siteName,
    lang,
    dir: textDirection(parsed?.dir, doc, kept.blocks),
    publishedTime: meta?.published ?? plausibleDate(parsed?.publishedTime) ?? plausibleDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    excerpt: clean(parsed?.excerpt),
    blocks: kept.blocks,
    engine,
    truncated,
    ...readingNotes({
      gateNote: verdict.kind === 'note' ? { text: verdict.note, said: verdict.said } : null,
      fallbackWhy,
      coverage,
      truncated: truncated ? { kept: kept.kept, total } : null,
      stillLoading: options.stillLoading === true,
    }),
  };
  return { ok: true, article };
}
