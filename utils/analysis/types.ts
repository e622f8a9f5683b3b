import type { SelectorParams } from './key-points';
import type { BlockKind, TableCells } from '../extract/types';
import type { PaddingKind, Sensitivity } from './vocabulary';

// The analysis's types speak the shared vocabulary; its lists and checks live in vocabulary.ts.
export type { PaddingKind, Sensitivity };

/**
 * One reason for a mark as a stable code and what it names, so that a view can say it in the
 * reader's language (the code names a message of the interface's catalogue: reason_<code>).
 */
export interface MarkReason {
  code: string;
  /** The phrase found, when the reason quotes one: { code: 'cliche', cue: 'since the dawn of time' }. */
  cue?: string;
  /** The sentence (counted from 1) that a repetition says again. */
  sentence?: number;
}

export interface PaddingMark {
  kind: PaddingKind;
  /** Names the cue, for a reader, in English: 'Hedge "likely" with no source'. */
  reason: string;
  /** The same reasons as codes, in the same order (absent from marks saved before they existed). */
  why?: MarkReason[];
  /** 0–1: how sure the marker is. */
  confidence: number;
}

export interface Sentence {
  index: number;
  /** Index of the block (paragraph, list item…) the sentence belongs to. */
  block: number;
  text: string;
  words: number;
  padding: PaddingMark | null;
}

export interface KeyPoint {
  /** What is shown: the sentence, or a sentence with the one it leans on. */
  text: string;
  /** The main sentence's index in `sentences`. */
  sentence: number;
  /** All sentence indices the point spans, in order. */
  sentences: number[];
  /** The code block the point's sentence introduces, as plain text, capped (point-code.ts). */
  code?: string;
}

export interface PaddingSummary {
  /** Share of the article's words that are in marked sentences, 0–1. */
  ratio: number;
  words: number;
  /** Marked sentences per kind. */
  byKind: Partial<Record<PaddingKind, number>>;
}

/** A block of the analysed article. Code and tables have no sentences, so their content travels with the block. */
export interface AnalysisBlock {
  kind: BlockKind;
  level?: number;
  text?: string;
  table?: TableCells;
}

export interface Analysis {
  blocks: AnalysisBlock[];
  sentences: Sentence[];
  keyPoints: KeyPoint[];
  /** How many points were asked for; `keyPoints` is shorter when the article is. */
  requestedPoints: number;
  padding: PaddingSummary;
  wordCount: number;
  readingMinutes: number;
  /** Minutes saved by skipping the padding. */
  savedMinutes: number;
  lang: string;
}

export interface AnalyzeOptions {
  points?: number;
  sensitivity?: Sensitivity;
  /** Kinds to mark; the others are left unmarked. All kinds when absent. */
  kinds?: readonly PaddingKind[];
  /** Overrides of the key-point selector's weights, for benchmarks and tuning only. */
  selector?: Partial<SelectorParams>;
}

export const WORDS_PER_MINUTE = 230;
