import { isNullableString as optString, isObject } from '../guards';
import { tableProblem } from './table';
import { BLOCK_KINDS, READING_ENGINES, type Article, type Block, type ExtractResult } from './types';

/**
 * Checks the shape of what the extraction script sent back. The script runs inside the page,
 * which can tamper with its globals, so the popup trusts nothing it has not checked.
 */
const REASONS = new Set(['not-article', 'empty', 'error', 'unsupported']);
const KINDS: ReadonlySet<string> = new Set(BLOCK_KINDS);
const MAX_BLOCKS = 50_000;
const ENGINES: ReadonlySet<string> = new Set(READING_ENGINES);
const MAX_NOTES = 20;


function validBlock(v: unknown): v is Block {
  return (
    isObject(v) &&
    typeof v.kind === 'string' &&
    KINDS.has(v.kind) &&
    typeof v.text === 'string' &&
    (v.level === undefined || (typeof v.level === 'number' && v.level >= 1 && v.level <= 6)) &&
    // A table block carries its cells, within the caps extraction keeps to; no other block has cells.
    (v.kind === 'table' ? tableProblem(v.table) === null : v.table === undefined)
  );
}

function validArticle(v: unknown): v is Article {
  return (
    isObject(v) &&
    typeof v.url === 'string' &&
    typeof v.title === 'string' &&
    optString(v.canonicalUrl) &&
    optString(v.byline) &&
    optString(v.siteName) &&
    optString(v.lang) &&
    (v.dir === null || v.dir === 'ltr' || v.dir === 'rtl') &&
    optString(v.publishedTime) &&
    optString(v.excerpt) &&
    (v.engine === undefined || (typeof v.engine === 'string' && ENGINES.has(v.engine))) &&
    (v.truncated === undefined || typeof v.truncated === 'boolean') &&
    (v.notes === undefined ||
      (Array.isArray(v.notes) && v.notes.length <= MAX_NOTES && v.notes.every((n) => typeof n === 'string'))) &&
    Array.isArray(v.blocks) &&
    v.blocks.length <= MAX_BLOCKS &&
    v.blocks.every(validBlock)
  );
}

export function parseExtractResult(v: unknown): ExtractResult | null {
  if (!isObject(v)) return null;
  if (v.ok === true) return validArticle(v.article) ? (v as unknown as ExtractResult) : null;
  if (v.ok === false && typeof v.reason === 'string' && REASONS.has(v.reason) && typeof v.message === 'string') {
    return v as unknown as ExtractResult;
  }
  return null;
}
