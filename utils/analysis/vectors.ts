/**
 * Sparse term vectors over interned term ids: sorted ids with their weights in typed arrays. A dot
 * product is a merge of two short sorted lists, and nothing allocates per term, so the cost of an
 * analysis follows the length of the text, not the size of its vocabulary.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0), norm: 0 };

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  return a.norm === 0 || b.norm === 0 ? 0 : dot(a, b) / (a.norm * b.norm);
}

/** Inverse document frequency by term id, each sentence counting as a document. */
export function inverseFrequencies(docs: readonly (readonly number[])[], vocabulary: number): Float64Array {
  const df = new Int32Array(vocabulary);
  const seen = new Int32Array(vocabulary).fill(-1);
  docs.forEach((ids, d) => {
    for (const id of ids) {
      if (seen[id] !== d) {
        seen[id] = d;
        df[id]!++;
      }
    }
  });
  const idf = new Float64Array(vocabulary);
  const n = docs.length;
  for (let t = 0; t < vocabulary; t++) idf[t] = Math.log((n + 1) / (df[t]! + 0.5));
  return idf;
}

/** TF-IDF vector with sublinear term frequency. */
export function tfidf(ids: readonly number[], idf: Float64Array): SparseVector {
  if (!ids.length) return EMPTY_VECTOR;
  const sorted = Int32Array.from(ids).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
  const out = new Int32Array(unique);
  const weights = new Float64Array(unique);
  let k = -1;
  let count = 0;
  const flush = (): void => {
    if (k >= 0) weights[k] = (1 + Math.log(count)) * (idf[out[k]!] ?? 0);
  };
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      flush();
      out[++k] = sorted[i]!;
      count = 1;
    } else count++;
  }
  flush();
  let sq = 0;
  for (const w of weights) sq += w * w;
  return { ids: out, weights, norm: Math.sqrt(sq) };
}

/** Sum of vectors, each scaled to unit length first. */
export function addVectors(vectors: readonly SparseVector[]): SparseVector {
  const acc = new Map<number, number>();
  for (const v of vectors) {
    const n = v.norm || 1;
    for (let i = 0; i < v.ids.length; i++) acc.set(v.ids[i]!, (acc.get(v.ids[i]!) ?? 0) + v.weights[i]! / n);
  }
  const ids = Int32Array.from(acc.keys()).sort();
  const weights = Float64Array.from(ids, (id) => acc.get(id) ?? 0);
  let sq = 0;
  for (const w of weights) sq += w * w;
  return { ids, weights, norm: Math.sqrt(sq) };
}
