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
  // Merged one vector at a time, so each id's sum adds the same terms in the same order as a
  // running total per id would.
  let ids = new Int32Array(0);
  let weights = new Float64Array(0);
  for (const v of vectors) {
    const n = v.norm || 1;
    const outIds = new Int32Array(ids.length + v.ids.length);
    const outWeights = new Float64Array(outIds.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < ids.length || j < v.ids.length) {
      const a = i < ids.length ? ids[i]! : Infinity;
      const b = j < v.ids.length ? v.ids[j]! : Infinity;
      if (a < b) {
        outIds[k] = a;
        outWeights[k++] = weights[i++]!;
      } else if (b < a) {
        outIds[k] = b;
        outWeights[k++] = 0 + v.weights[j++]! / n;
      } else {
        outIds[k] = a;
        outWeights[k++] = weights[i++]! + v.weights[j++]! / n;
      }
    }
    ids = outIds.slice(0, k);
    weights = outWeights.slice(0, k);
  }
  let sq = 0;
  for (const w of weights) sq += w * w;
  return { ids, weights, norm: Math.sqrt(sq) };
}
