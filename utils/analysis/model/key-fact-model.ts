/**
 * The learned key-fact score: how likely a reader is to count a sentence among the page's key
 * facts. Boosted trees over the padding trees' rows (the sentence, its neighbours, its page, its
 * words' padding score: padding-context.ts) and the sentence's standing on its page
 * (key-fact-features.ts), trained on the corpus's train split by `npm run train`. The key-point selector weighs it with its own scores (SelectorParams.learned).
 */
import { KEY_FACT_FEATURES } from './key-fact-features';
import { compileTrees, margin, type BoostedTrees, type CompiledTrees } from './trees';
import trained from './key-fact-weights.json';

export interface KeyFactWeights {
  features: string[];
  trees: BoostedTrees;
}

export function loadKeyFactModel(w: KeyFactWeights, file: string): CompiledTrees {
  if (w.features.join() !== KEY_FACT_FEATURES.join()) throw new Error(`${file} does not match KEY_FACT_FEATURES: run npm run train`);
  return compileTrees(w.trees);
}

let shipped: CompiledTrees | null = null;
const MODEL = (): CompiledTrees => (shipped ??= loadKeyFactModel(trained as KeyFactWeights, 'key-fact-weights.json'));

/** Per sentence, from its key-fact row (key-fact-features.ts keyFactRows), a chance between 0 and 1. */
export function keyFactScores(rows: readonly Float64Array[], m: CompiledTrees = MODEL()): Float64Array {
  return Float64Array.from(rows, (row) => 1 / (1 + Math.exp(-margin(row, m))));
}
