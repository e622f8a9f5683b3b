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

function dot(a: SparseVector, b: SparseVector): number {
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

/**
 * `dot(a, b)` with b spread over the vocabulary (zero where b has no term): a's terms in id order,
 * each product a·b as `dot` forms it; a product with zero adds nothing.
 */
export function dotDense(a: SparseVector, b: Float64Array): number {
  let sum = 0;
  const ids = a.ids;
  const weights = a.weights;
  for (let i = 0; i < ids.length; i++) {
    const w = b[ids[i]!]!;
    if (w !== 0) sum += weights[i]! * w;
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

/** Above this many ids a sentence's ids are sorted by the engine; below, by insertion (no call out). */
const INSERTION_SORT_MAX = 48;

/** Ids in ascending order, as `Int32Array.from(ids).sort()` gives them. */
function sortedIds(ids: readonly number[]): Int32Array {
  if (ids.length > INSERTION_SORT_MAX) return Int32Array.from(ids).sort();
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const x = ids[i]!;
    let j = i;
    while (j > 0 && out[j - 1]! > x) {
      out[j] = out[j - 1]!;
      j--;
    }
    out[j] = x;
  }
  return out;
}

/** TF-IDF vector with sublinear term frequency. */
export function tfidf(ids: readonly number[], idf: Float64Array): SparseVector {
  if (!ids.length) return EMPTY_VECTOR;
  const sorted = sortedIds(ids);
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
  const out = new Int32Array(unique);
  const weights = new Float64Array(unique);
  // Runs of equal ids: each run is one term, weighted by its count.
  let k = 0;
  for (let i = 0; i < sorted.length; ) {
    const id = sorted[i]!;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === id) j++;
    out[k] = id;
    weights[k++] = (1 + Math.log(j - i)) * (idf[id] ?? 0);
    i = j;
  }
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
    // Views, not copies: the next merge only reads them.
    ids = outIds.subarray(0, k);
    weights = outWeights.subarray(0, k);
  }
  let sq = 0;
  for (const w of weights) sq += w * w;
  return { ids, weights, norm: Math.sqrt(sq) };
}
