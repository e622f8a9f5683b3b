/**
 * A logistic model over a sentence's feature row (`paddingFeatures`) and its words: what both
 * learned models are (padding-model.ts, key-fact-model.ts). Weights are trained by `npm run train`.
 */
import { PADDING_FEATURES } from './padding-features';

export interface LinearWeights {
  features: string[];
  /** Per feature: the mean and scale the inputs were standardised with, and the weight. */
  mean: number[];
  scale: number[];
  weights: number[];
  /** Words seen on many training pages, and what each adds to the log-odds when a sentence has it. */
  vocabulary: string[];
  wordWeights: number[];
}

/** A model ready to score: the word weights looked up by word. */
export interface LinearModel<W extends LinearWeights = LinearWeights> {
  w: W;
  words: Map<string, number>;
}

/** The weights must be for today's features, in today's order: a stale file fails loudly. */
export function loadModel<W extends LinearWeights>(w: W, file: string): LinearModel<W> {
  if (w.features.join() !== PADDING_FEATURES.join()) throw new Error(`${file} does not match PADDING_FEATURES: run npm run train`);
  return { w, words: new Map(w.vocabulary.map((v, i) => [v, w.wordWeights[i]!])) };
}

/** Each feature's pull on the log-odds of one sentence. */
export function contributions(row: Float64Array, w: LinearWeights): Float64Array {
  const out = new Float64Array(row.length);
  for (let i = 0; i < row.length; i++) out[i] = ((row[i]! - w.mean[i]!) / w.scale[i]!) * w.weights[i]!;
  return out;
}

export function probability(row: Float64Array, words: readonly string[], m: LinearModel): number {
  let z = 0;
  for (const c of contributions(row, m.w)) z += c;
  for (const x of words) z += m.words.get(x) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
