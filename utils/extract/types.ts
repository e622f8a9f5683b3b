/** What extraction hands to the analysis: plain data, serializable across `executeScript`. */

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'code', 'caption'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading level 1–6; absent for other kinds. */
  level?: number;
}

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
}

export type ExtractFailure =
  | { ok: false; reason: 'not-article'; message: string }
  | { ok: false; reason: 'empty'; message: string }
  | { ok: false; reason: 'unsupported'; message: string }
  | { ok: false; reason: 'error'; message: string };

export type ExtractResult = { ok: true; article: Article } | ExtractFailure;
