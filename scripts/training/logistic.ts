/**
 * Logistic regression by full-batch gradient descent from zero, fixed steps: deterministic, so
 * `npm run train -- --check` can compare its output with the shipped weights byte for byte.
 * Here it fits the padding model's word part (padding-model.ts): which words lean towards padding.
 */
import type { WordWeights } from '../../utils/analysis/model/padding-model';

export interface LogisticOptions {
  steps: number;
  rate: number;
  /** L2 on the features' weights and, harder, on the words' (words are many and each is rare). */
  l2: number;
  wordL2: number;
}

/**
 * wordL2 chosen on dev with 295 train pages (dev recall within 1/2/3% of real content marked, mean;
 * balanced; strict): 1e-2 24.9 / 27.3 / 37.2%, 6e-3 24.5 / 27.4 / 40.1%, 3e-3 27.0 / 29.0 / 42.0%,
 * 2e-3 25.8 / 30.8 / 42.9%, 1e-3 26.8 / 30.6 / 42.7%, 3e-4 25.4 / 28.6 / 41.3%. With more pages a
 * word's weight may say more.
 */
export const LOGISTIC_DEFAULTS: LogisticOptions = { steps: 1500, rate: 0.5, l2: 1e-3, wordL2: 2e-3 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Words on at least `minPages` pages, sorted: a model's vocabulary, never one page's phrasing. */
export function commonWords(words: readonly (readonly string[])[], page: readonly number[], minPages: number): string[] {
  const pagesOf = new Map<string, Set<number>>();
  words.forEach((ws, i) => {
    for (const x of ws) {
      let set = pagesOf.get(x);
      if (!set) pagesOf.set(x, (set = new Set()));
      set.add(page[i]!);
    }
  });
  return [...pagesOf].filter(([, ps]) => ps.size >= minPages).map(([x]) => x).sort();
}

/** The core: features `z` (standardised; may be empty rows) plus word ids, gradient descent. */
function descend(z: readonly Float64Array[], wordIds: readonly number[][], vocabularySize: number, target: readonly number[], weight: readonly number[], o: LogisticOptions) {
  const d = z[0]?.length ?? 0;
  const total = weight.reduce((a, b) => a + b, 0);
  const w = new Float64Array(d);
  const v = new Float64Array(vocabularySize);
  let bias = 0;
  const grad = new Float64Array(d);
  const gradV = new Float64Array(vocabularySize);
  for (let step = 0; step < o.steps; step++) {
    grad.fill(0);
    gradV.fill(0);
    let gradB = 0;
    for (let i = 0; i < z.length; i++) {
      const r = z[i]!;
      let s = bias;
      for (let j = 0; j < d; j++) s += r[j]! * w[j]!;
      for (const id of wordIds[i]!) s += v[id]!;
      const e = (sigmoid(s) - target[i]!) * weight[i]!;
      gradB += e;
      for (let j = 0; j < d; j++) grad[j]! += e * r[j]!;
      for (const id of wordIds[i]!) gradV[id]! += e;
    }
    bias -= (o.rate * gradB) / total;
    for (let j = 0; j < d; j++) w[j]! -= o.rate * (grad[j]! / total + o.l2 * w[j]!);
    for (let j = 0; j < v.length; j++) v[j]! -= o.rate * (gradV[j]! / total + o.wordL2 * v[j]!);
  }
  return { bias, w, v };
}

const idsOf = (words: readonly (readonly string[])[], vocabulary: readonly string[]) => {
  const index = new Map(vocabulary.map((x, i) => [x, i]));
  return words.map((ws) => ws.flatMap((x) => (index.has(x) ? [index.get(x)!] : [])));
};

/** Words whose weight rounds to nothing are left out of the shipped file. */
const kept = (vocabulary: readonly string[], v: Float64Array) =>
  vocabulary.map((x, i) => [x, round(v[i]!)] as const).filter(([, x]) => Math.abs(x) >= 1e-3);

/** Words alone, with a bias. */
export function fitWords(
  words: readonly (readonly string[])[],
  vocabulary: readonly string[],
  target: readonly number[],
  weight: readonly number[],
  o: LogisticOptions = LOGISTIC_DEFAULTS,
): WordWeights {
  const empty = words.map(() => new Float64Array(0));
  const { bias, v } = descend(empty, idsOf(words, vocabulary), vocabulary.length, target, weight, o);
  const k = kept(vocabulary, v);
  return { bias: round(bias), vocabulary: k.map(([x]) => x), weights: k.map(([, x]) => x) };
}
