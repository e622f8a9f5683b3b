import type { Analysis, AnalysisBlock, PaddingKind, PaddingMark } from '../analysis/types';
import { isPaddingKind, isPaddingMark } from '../analysis/vocabulary';
import { tableProblem } from '../extract/table';
import { BLOCK_KINDS as BLOCK_KIND_LIST, type Article } from '../extract/types';
import { isFiniteNumber, isNullableString, isObject, isString } from '../guards';
import { canonicalKey, hashId } from '../url';

/** The schema version written today; older entries are migrated when read (see migrate.ts). */
export const SUMMARY_VERSION = 2;

interface SavedSentence {
  text: string;
  block: number;
  padding: PaddingMark | null;
}

export interface SavedSummary {
  version: typeof SUMMARY_VERSION;
  id: string;
  url: string;
  /** What identifies the page: canonical URL, or the URL without fragment and tracking. */
  key: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  /** When the article was published (ISO 8601, from the page's metadata). Absent in entries saved before it was kept. */
  publishedTime?: string | null;
  lang: string;
  /** ISO 8601. */
  savedAt: string;
  keyPoints: string[];
  paddingRatio: number;
  byKind: Partial<Record<PaddingKind, number>>;
  wordCount: number;
  readingMinutes: number;
  /** Pinned entries are never removed to make room. Added in version 2. */
  pinned: boolean;
  /** The article with its marks, when the user keeps it. */
  /** Code blocks carry their text and tables their cells (they have no sentences); older entries may lack the text. */
  marked: { blocks: AnalysisBlock[]; sentences: SavedSentence[] } | null;
}

export function summaryId(key: string): string {
  return hashId(key);
}

export function toSavedSummary(
  article: Pick<Article, 'url' | 'canonicalUrl' | 'title' | 'siteName' | 'byline'> & Partial<Pick<Article, 'publishedTime'>>,
  analysis: Analysis,
  options: { keepMarked: boolean; now?: Date },
): SavedSummary {
  const key = canonicalKey(article.url, article.canonicalUrl);
  return {
    version: SUMMARY_VERSION,
    id: summaryId(key),
    url: article.url,
    key,
    title: article.title,
    siteName: article.siteName ?? siteFromUrl(article.url),
    byline: article.byline,
    publishedTime: article.publishedTime ?? null,
    lang: analysis.lang,
    savedAt: (options.now ?? new Date()).toISOString(),
    keyPoints: analysis.keyPoints.map((k) => k.text),
    paddingRatio: analysis.padding.ratio,
    byKind: analysis.padding.byKind,
    wordCount: analysis.wordCount,
    readingMinutes: analysis.readingMinutes,
    pinned: false,
    marked: options.keepMarked
      ? {
          blocks: analysis.blocks,
          sentences: analysis.sentences.map((s) => ({ text: s.text, block: s.block, padding: s.padding })),
        }
      : null,
  };
}

function siteFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

// Validation: storage can hold anything (older versions, damage, hand edits), so every field is checked.

const BLOCK_KINDS: ReadonlySet<string> = new Set(BLOCK_KIND_LIST);

function validMarked(v: unknown): v is SavedSummary['marked'] {
  if (v === null) return true;
  if (!isObject(v) || !Array.isArray(v.blocks) || !Array.isArray(v.sentences)) return false;
  return (
    v.blocks.every(
      (b) =>
        isObject(b) &&
        isString(b.kind) &&
        BLOCK_KINDS.has(b.kind) &&
        (b.text === undefined || isString(b.text)) &&
        // Cells only on a table, and within the caps extraction keeps to.
        (b.table === undefined || (b.kind === 'table' && tableProblem(b.table) === null)),
    ) &&
    v.sentences.every((s) => isObject(s) && isString(s.text) && Number.isInteger(s.block) && (s.padding === null || isPaddingMark(s.padding)))
  );
}

/** Returns the entry if it is a valid current-version summary, else null. Migrate first. */
export function validateSummary(v: unknown): SavedSummary | null {
  if (!isObject(v) || v.version !== SUMMARY_VERSION) return null;
  const ok =
    isString(v.id) &&
    isString(v.url) &&
    isString(v.key) &&
    isString(v.title) &&
    isNullableString(v.siteName) &&
    isNullableString(v.byline) &&
    (v.publishedTime === undefined || isNullableString(v.publishedTime)) &&
    isString(v.lang) &&
    isString(v.savedAt) &&
    !Number.isNaN(Date.parse(v.savedAt)) &&
    Array.isArray(v.keyPoints) &&
    v.keyPoints.every(isString) &&
    isFiniteNumber(v.paddingRatio) &&
    isObject(v.byKind) &&
    Object.entries(v.byKind).every(([k, n]) => isPaddingKind(k) && isFiniteNumber(n)) &&
    isFiniteNumber(v.wordCount) &&
    isFiniteNumber(v.readingMinutes) &&
    typeof v.pinned === 'boolean' &&
    validMarked(v.marked);
  return ok ? (v as unknown as SavedSummary) : null;
}
