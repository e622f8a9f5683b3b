/**
 * The learned key-fact score: how likely a reader is to count a sentence among the page's key
 * facts, from the same features as the padding model, trained on the corpus's train split by
 * `npm run train`. The key-point selector weighs it with its own scores (SelectorParams.learned).
 */
import { loadModel, probability, type LinearModel, type LinearWeights } from './linear-model';
import type { PaddingInputs } from './padding-features';
import trained from './key-fact-weights.json';

const MODEL: LinearModel = loadModel(trained as LinearWeights, 'key-fact-weights.json');

export function keyFactScores(inputs: PaddingInputs, m: LinearModel = MODEL): Float64Array {
  return Float64Array.from(inputs.rows, (row, k) => probability(row, inputs.words[k] ?? [], m));
}
