/** Sparse term vectors: a Map from term to weight, so cost follows the text, not the vocabulary. */
export type SparseVector = Map<string, number>;

export function norm(v: SparseVector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) sum += w * o;
  }
  return sum;
}

export function cosine(a: SparseVector, b: SparseVector, na = norm(a), nb = norm(b)): number {
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Inverse document frequency with each sentence as a document. */
export function inverseFrequencies(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 0.5)));
  return idf;
}

/** TF-IDF vector with sublinear term frequency. */
export function tfidf(terms: readonly string[], idf: ReadonlyMap<string, number>): SparseVector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: SparseVector = new Map();
  for (const [t, f] of tf) v.set(t, (1 + Math.log(f)) * (idf.get(t) ?? 0));
  return v;
}
