/**
 * Reference selectors Winnow is compared with: LEAD-K and a plain TextRank. Both take the
 * sentences from `sentencesOf`, which splits with Winnow's own `splitSentences`, so a difference
 * in score comes from which sentences are picked, never from how the text was cut.
 */
import { eng } from 'stopword';
import type { Block } from '../utils/extract/types';
import { splitSentences } from '../utils/text/sentences';

/** The article's prose sentences in order: headings and code are not sentences to pick. */
export function sentencesOf(blocks: readonly Block[], lang = 'en'): string[] {
  return blocks.filter((b) => b.kind !== 'heading' && b.kind !== 'code' && b.kind !== 'table').flatMap((b) => splitSentences(b.text, lang));
}

export function lead(sentences: readonly string[], k: number): string[] {
  return sentences.slice(0, Math.max(0, k));
}

const STOP = new Set(eng.map((w) => w.toLowerCase()));

/** Content tokens: lowercase letters/digits, English stopwords dropped so that "the" links nothing. */
function contentTokens(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t));
}

/** TF-IDF vectors (smoothed idf, as scikit-learn does), one per sentence, unit-normalised. */
function tfidfVectors(sentences: readonly string[]): Map<string, number>[] {
  const tokenised = sentences.map(contentTokens);
  const df = new Map<string, number>();
  for (const toks of tokenised) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return tokenised.map((toks) => {
    const v = new Map<string, number>();
    for (const t of toks) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** PageRank on a weighted, undirected graph; a node with no edges spreads its rank evenly. */
function pageRank(weights: readonly (readonly number[])[], damping = 0.85, maxIter = 200, tol = 1e-9): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSum = weights.map((row) => row.reduce((a, w) => a + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < maxIter; iter++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (outSum[j] === 0) dangling += rank[j]!;
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let j = 0; j < n; j++) {
      const s = outSum[j]!;
      if (s === 0) continue;
      const row = weights[j]!;
      const share = (damping * rank[j]!) / s;
      for (let i = 0; i < n; i++) if (row[i]) next[i]! += share * row[i]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (delta < tol) break;
  }
  return rank;
}

/**
 * Plain TextRank (Mihalcea & Tarau 2004, with cosine of TF-IDF vectors as the edge weight):
 * the K highest-ranked sentences, given back in article order. Ties go to the earlier sentence.
 */
export function textRank(sentences: readonly string[], k: number): string[] {
  if (k <= 0) return [];
  if (sentences.length <= k) return [...sentences];
  const vectors = tfidfVectors(sentences);
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const rank = pageRank(weights);
  return rank
    .map((score, index) => ({ score, index }))
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, k)
    .map((x) => x.index)
    .sort((x, y) => x - y)
    .map((i) => sentences[i]!);
}
