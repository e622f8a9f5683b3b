import type { Analysis, AnalysisBlock, PaddingKind, PaddingMark } from '../analysis/types';
import { isPaddingKind, isPaddingMark } from '../analysis/vocabulary';
import { MAX_CODE_CHARS } from '../analysis/point-code';
import { tableProblem } from '../extract/table';
import { BLOCK_KINDS as BLOCK_KIND_LIST, type Article } from '../extract/types';
import { isFiniteNumber, isNullableString, isObject, isString } from '../guards';
import { canonicalKey, hashId } from '../url';
import type { PointText } from '../copy-format';

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
  /**
   * The code each point introduces (`keyPointCode[i]` goes with `keyPoints[i]`, null for none).
   * Absent when no point carries code, and in entries saved before points could.
   */
  keyPointCode?: (string | null)[];
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

/** A saved entry's points as the views show and copy them: each with its code, when it has some. */
export function savedPoints(entry: Pick<SavedSummary, 'keyPoints' | 'keyPointCode'>): PointText[] {
  return entry.keyPoints.map((text, i) => {
    const code = entry.keyPointCode?.[i];
    return code ? { text, code } : { text };
  });
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
    ...(analysis.keyPoints.some((k) => k.code) ? { keyPointCode: analysis.keyPoints.map((k) => k.code ?? null) } : {}),
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

/** Code lists that go with their points one for one; no single code longer than a point ever carries. */
function validPointCode(code: unknown, points: readonly unknown[]): code is (string | null)[] {
  return Array.isArray(code) && code.length === points.length && code.every((c) => c === null || (isString(c) && c.length <= MAX_SAVED_CODE));
}

/** Generous beside what a point carries (point-code.ts): an entry from a later version still loads. */
const MAX_SAVED_CODE = 4 * MAX_CODE_CHARS;

/**
 * Returns the entry if it is a valid current-version summary, else null. Migrate first. Damaged
 * code under the points is dropped (the points themselves are kept): losing it loses no sentence.
 */
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
  if (!ok) return null;
  if (v.keyPointCode === undefined || validPointCode(v.keyPointCode, v.keyPoints as unknown[])) return v as unknown as SavedSummary;
  const { keyPointCode: _dropped, ...rest } = v;
  return rest as unknown as SavedSummary;
}
