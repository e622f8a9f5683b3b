import type { Said } from '../said';
/** What extraction hands to the analysis: plain data, serializable across `executeScript`. */

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'code', 'caption', 'table'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * A data table's cells, row by row, as plain text: no page markup is kept, so nothing of it needs
 * sanitising before it is shown (the views render each cell as a text node).
 */
export interface TableCells {
  rows: string[][];
  /** The first row holds the column headers (`<th>` cells or a `<thead>`). */
  header: boolean;
}

export interface Block {
  kind: BlockKind;
  /** A table's text is its cells, tab between cells and a line per row, for whatever reads text only. */
  text: string;
  /** Heading level 1–6; absent for other kinds. */
  level?: number;
  /** The cells of a `table` block; absent for other kinds. */
  table?: TableCells;
}

/** Which reader found the article: Readability, or Winnow's simpler reader when Readability fell short. */
export const READING_ENGINES = ['readability', 'fallback'] as const;
export type ReadingEngine = (typeof READING_ENGINES)[number];

export interface Article {
  url: string;
  /** `<link rel=canonical>` when the page declares one; used to merge saves of the same page. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  blocks: Block[];
  /** How the page was read. Optional: older saved data and plain-text files have none. */
  engine?: ReadingEngine;
  /** The page was longer than Winnow reads, and only its beginning is in `blocks`. */
  truncated?: boolean;
  /** Plain sentences for the reader about how the page was read (fallback, frames, cuts). */
  notes?: string[];
  /** The same notes as codes, for the views to say in the reader's language (`noteCodes[i]` says `notes[i]`). */
  noteCodes?: Said[];
}

/** `message` in English; `said`, the same for the views to say in the reader's language. */
type ExtractFailure =
  | { ok: false; reason: 'not-article'; message: string; said?: Said }
  | { ok: false; reason: 'empty'; message: string; said?: Said }
  | { ok: false; reason: 'unsupported'; message: string; said?: Said }
  | { ok: false; reason: 'error'; message: string; said?: Said };

export type ExtractResult = { ok: true; article: Article } | ExtractFailure;
