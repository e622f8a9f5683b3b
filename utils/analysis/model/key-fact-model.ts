/**
 * The learned key-fact score: how likely a reader is to count a sentence among the page's key
 * facts. Boosted trees over the same rows as the padding trees (the sentence, its neighbours, its
 * page, its words' padding score: padding-context.ts), trained on the corpus's train split by
 * `npm run train`. The key-point selector weighs it with its own scores (SelectorParams.learned).
 */
import { CONTEXT_FEATURES } from './padding-context';
import { compileTrees, margin, type BoostedTrees, type CompiledTrees } from './trees';
import trained from './key-fact-weights.json';

export interface KeyFactWeights {
  features: string[];
  trees: BoostedTrees;
}

export function loadKeyFactModel(w: KeyFactWeights, file: string): CompiledTrees {
  if (w.features.join() !== CONTEXT_FEATURES.join()) throw new Error(`${file} does not match CONTEXT_FEATURES: run npm run train`);
  return compileTrees(w.trees);
}

let shipped: CompiledTrees | null = null;
const MODEL = (): CompiledTrees => (shipped ??= loadKeyFactModel(trained as KeyFactWeights, 'key-fact-weights.json'));

/** Per sentence, from its context row (padding-model.ts modelRows), a chance between 0 and 1. */
export function keyFactScores(rows: readonly Float64Array[], m: CompiledTrees = MODEL()): Float64Array {
  return Float64Array.from(rows, (row) => 1 / (1 + Math.exp(-margin(row, m))));
}
