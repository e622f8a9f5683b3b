import type { SentenceFeatures } from './features';
import type { KeyPoint, PaddingMark } from './types';
import { addVectors, cosine, cosineDense, EMPTY_VECTOR, inverseFrequencies, tfidf, type SparseVector } from './vectors';

/** Openers that make a sentence lean on the one before: it needs that one to read correctly. */
const LEANING = new Set([
  'he', 'she', 'it', "it's", 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their',
  'however', 'but', 'and', 'also', 'instead', 'still', 'yet', 'so', 'thus', 'therefore', 'meanwhile',
  'moreover', 'furthermore', 'additionally', 'nevertheless', 'besides', 'otherwise', 'similarly',
  'likewise', 'conversely', 'hence', 'then', 'such', 'there',
]);

const MIN_WORDS = 6;
/** A short article may have too few long sentences; then shorter ones may serve. */
const MIN_WORDS_SHORT = 3;
const LONG_WORDS = 55;
/** Weight of relevance against novelty in maximal marginal relevance. */
const MMR_LAMBDA = 0.72;
const W = { central: 0.4, title: 0.2, position: 0.2, info: 0.2 };
/** A leaning sentence that cannot bring its antecedent keeps this share of its score. */
const ALONE_PENALTY = 0.55;

interface Candidate {
  main: number;
  span: number[];
  vector: SparseVector;
  score: number;
}

function informativeness(s: SentenceFeatures): number {
  return Math.min(s.numbers, 3) * 0.5 + Math.min(new Set(s.properNouns).size, 4) * 0.35 + (s.attributed ? 0.6 : 0);
}

/** Longest back-reference chain shown as one point. */
const MAX_SPAN = 3;

/**
 * The sentences a point needs to read correctly: the sentence itself, preceded by as many earlier
 * sentences of its paragraph as it takes to reach one that does not lean. Null when the chain
 * runs into padding, a heading, the paragraph start or the length limit.
 */
function leanSpan(
  s: SentenceFeatures,
  sentences: readonly SentenceFeatures[],
  marks: readonly (PaddingMark | null)[],
): number[] | null {
  const span = [s.index];
  let words = s.words;
  let first = s;
  while (LEANING.has(first.opener)) {
    const prev = sentences[first.index - 1];
    if (!prev || prev.block !== s.block || marks[prev.index] || prev.blockKind === 'heading') return null;
    words += prev.words;
    if (span.length >= MAX_SPAN || words > LONG_WORDS * 1.4) return null;
    span.unshift(prev.index);
    first = prev;
  }
  return span;
}

export interface SelectInput {
  sentences: readonly SentenceFeatures[];
  marks: readonly (PaddingMark | null)[];
  /** Title terms as ids of the article's vocabulary. */
  titleIds: readonly number[];
  vocabularySize: number;
  points: number;
}

/**
 * Picks key points: verbatim sentences scored on centrality (TF-IDF cosine to the article's
 * centroid), overlap with the title, position and informativeness; chosen by MMR so that no two
 * say the same thing; returned in article order.
 */
export function selectKeyPoints(input: SelectInput): KeyPoint[] {
  const { sentences, marks, points } = input;
  const prose = sentences.filter((s) => s.blockKind !== 'heading' && !marks[s.index]);
  if (!prose.length || points <= 0) return [];

  const idf = inverseFrequencies(
    sentences.map((s) => s.ids),
    input.vocabularySize,
  );
  const vectors = new Map<number, SparseVector>();
  // The centroid is dense: one slot per vocabulary term, so a sentence's cosine with it is one pass.
  const centroid = new Float64Array(input.vocabularySize);
  for (const s of prose) {
    const v = tfidf(s.ids, idf);
    vectors.set(s.index, v);
    const n = v.norm || 1;
    for (let i = 0; i < v.ids.length; i++) centroid[v.ids[i]!]! += v.weights[i]! / n;
  }
  let csq = 0;
  for (const w of centroid) csq += w * w;
  const cnorm = Math.sqrt(csq);
  const titleVec = tfidf(input.titleIds, idf);

  const raw = prose.map((s) => {
    const v = vectors.get(s.index) ?? EMPTY_VECTOR;
    return {
      s,
      central: cosineDense(v, centroid, cnorm),
      title: cosine(v, titleVec),
      // Early sentences, and paragraph openers, tend to carry the news.
      position: 1 / (1 + s.index / Math.max(4, sentences.length * 0.15)) + (s.inBlock === 0 ? 0.15 : 0),
      info: informativeness(s),
    };
  });
  const max = (k: 'central' | 'title' | 'position' | 'info'): number => raw.reduce((m, r) => Math.max(m, r[k]), 1e-9);
  const mc = max('central');
  const mt = max('title');
  const mp = max('position');
  const mi = max('info');

  const longEnough = raw.filter((r) => r.s.words >= MIN_WORDS).length;
  const minWords = longEnough >= points ? MIN_WORDS : MIN_WORDS_SHORT;
  const candidates: Candidate[] = [];
  for (const r of raw) {
    const { s } = r;
    if (s.words < minWords) continue;
    let score =
      W.central * (r.central / mc) + W.title * (r.title / mt) + W.position * (r.position / mp) + W.info * (r.info / mi);
    if (s.words > LONG_WORDS) score *= LONG_WORDS / s.words;
    const span = leanSpan(s, sentences, marks);
    if (!span) score *= ALONE_PENALTY;
    const ids = span ?? [s.index];
    const vector = ids.length === 1 ? (vectors.get(s.index) ?? EMPTY_VECTOR) : addVectors(ids.map((i) => vectors.get(i) ?? EMPTY_VECTOR));
    candidates.push({ main: s.index, span: ids, vector, score });
  }

  const chosen: Candidate[] = [];
  const used = new Set<number>();
  const maxSim = new Map<Candidate, number>();
  while (chosen.length < points) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const c of candidates) {
      if (c.span.some((i) => used.has(i))) continue;
      const value = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * (maxSim.get(c) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const i of best.span) used.add(i);
    for (const c of candidates) {
      const sim = cosine(c.vector, best.vector);
      if (sim > (maxSim.get(c) ?? 0)) maxSim.set(c, sim);
    }
  }

  return chosen
    .sort((a, b) => (a.span[0] ?? 0) - (b.span[0] ?? 0))
    .map((c) => ({
      text: c.span.map((i) => sentences[i]?.text ?? '').join(' '),
      sentence: c.main,
      sentences: c.span,
    }));
}
