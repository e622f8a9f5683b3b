import type { SentenceFeatures } from '../features';
import type { MarkReason, PaddingKind, PaddingMark } from '../types';

/** One piece of evidence that a sentence is padding. Weights add up across rules. */
export interface Evidence {
  kind: PaddingKind;
  weight: number;
  /** In English, for the command line and benchmarks. */
  reason: string;
  /** The same, as a code the views translate. */
  why: MarkReason;
}

export interface RuleContext {
  sentences: readonly SentenceFeatures[];
  /** Specificity of each sentence (numbers, names, sources); see features.ts. */
  specificity: readonly number[];
  /** Marks decided so far: rules run in article order, so earlier sentences are final. */
  marks: readonly (PaddingMark | null)[];
  /** Number of sentences in each block, so a rule never scans the article to count them. */
  blockSizes: ReadonlyMap<number, number>;
  lang: string;
  /** What the page says about itself (its metadata): a line that only repeats it is furniture. */
  page: PageFacts;
}

export interface PageFacts {
  title: string | null;
  author: string | null;
  siteName: string | null;
}

export const NO_PAGE_FACTS: PageFacts = Object.freeze({ title: null, author: null, siteName: null });

export interface PaddingRule {
  id: string;
  /** What the rule looks for, in a sentence a reader understands. */
  description: string;
  evaluate(sentence: SentenceFeatures, ctx: RuleContext): Evidence[];
}
