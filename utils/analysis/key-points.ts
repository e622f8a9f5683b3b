import type { SentenceFeatures } from './features';
import type { KeyPoint, PaddingMark } from './types';
import { addVectors, cosine, EMPTY_VECTOR, inverseFrequencies, tfidf, type SparseVector } from './vectors';

/** Openers that make a sentence lean on the one before: it needs that one to read correctly. */
const LEANING = new Set([
  'he', 'she', 'it', "it's", 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their',
  'however', 'but', 'and', 'also', 'instead', 'still', 'yet', 'so', 'thus', 'therefore', 'meanwhile',
  'moreover', 'furthermore', 'additionally', 'nevertheless', 'besides', 'otherwise', 'similarly',
  'likewise', 'conversely', 'hence', 'then', 'such', 'there',
]);

/** The selector's weights and limits. Tuned on news data sets (see bench/), not on single pages. */
export interface SelectorParams {
  central: number;
  title: number;
  position: number;
  info: number;
  /** Position decays over this share of the article's sentences. */
  positionScale: number;
  /** Sentences longer than this lose score in proportion. */
  longWords: number;
  /** Weight of relevance against novelty in maximal marginal relevance. */
  mmrLambda: number;
  /** A leaning sentence that cannot bring its antecedent keeps this share of its score. */
  alonePenalty: number;
  /** Each extra sentence a point carries costs this share of its score: longer reads slower. */
  spanCost: number;
  /** Added to the first content sentence: a news lede, or a blog's first fact after its hook. */
  leadBonus: number;
  /**
   * Directed centrality (after PacSum, Zheng & Lapata 2019): similarity to later sentences counts
   * fully, similarity to earlier ones is weighted by this (negative: echoes count against).
   */
  backward: number;
}

export const DEFAULT_SELECTOR: Readonly<SelectorParams> = Object.freeze({
  central: 0.4,
  title: 0.2,
  position: 0.35,
  info: 0.1,
  positionScale: 0.2,
  longWords: 45,
  mmrLambda: 0.72,
  alonePenalty: 0.8,
  spanCost: 0,
  leadBonus: 0,
  backward: 0.5,
});

const MIN_WORDS = 6;
/** A short article may have too few long sentences; then shorter ones may serve. */
const MIN_WORDS_SHORT = 3;

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
  longWords: number,
): number[] | null {
  const span = [s.index];
  let words = s.words;
  let first = s;
  while (LEANING.has(first.opener)) {
    const prev = sentences[first.index - 1];
    if (!prev || prev.block !== s.block || marks[prev.index] || prev.blockKind === 'heading') return null;
    words += prev.words;
    if (span.length >= MAX_SPAN || words > longWords * 1.4) return null;
    span.unshift(prev.index);
    first = prev;
  }
  return span;
}

/** List items a lead-in ("You will need:") brings along at most. */
const LEAD_IN_ITEMS = 3;

/** A sentence ending in a colon, followed by list items: the items, up to a few, by index. */
function listAfter(s: SentenceFeatures, sentences: readonly SentenceFeatures[], maxWords: number): number[] {
  if (!/:\s*$/.test(s.text)) return [];
  const items: number[] = [];
  let words = s.words;
  for (let i = s.index + 1; i < sentences.length && items.length < LEAD_IN_ITEMS; i++) {
    const next = sentences[i]!;
    if (next.blockKind !== 'list-item') break;
    words += next.words;
    if (words > maxWords) break;
    items.push(i);
  }
  return items;
}

export interface SelectInput {
  sentences: readonly SentenceFeatures[];
  marks: readonly (PaddingMark | null)[];
  /** Title terms as ids of the article's vocabulary. */
  titleIds: readonly number[];
  vocabularySize: number;
  points: number;
  params?: Partial<SelectorParams>;
}

/**
 * Picks key points: verbatim sentences scored on centrality (TF-IDF cosine to the article's
 * centroid), overlap with the title, position and informativeness; chosen by MMR so that no two
 * say the same thing; returned in article order.
 */
export function selectKeyPoints(input: SelectInput): KeyPoint[] {
  const { sentences, marks, points } = input;
  const P: SelectorParams = { ...DEFAULT_SELECTOR, ...input.params };
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
  const titleVec = tfidf(input.titleIds, idf);

  // Directed centrality in one pass: a running sum of the unit vectors seen so far gives each
  // sentence's similarity to what came before; the rest of the centroid is what comes after.
  const prefix = new Float64Array(input.vocabularySize);
  const directed = new Map<number, number>();
  for (const s of prose) {
    const v = vectors.get(s.index) ?? EMPTY_VECTOR;
    const n = v.norm || 1;
    let before = 0;
    let all = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      const w = v.weights[i]! / n;
      before += w * prefix[id]!;
      all += w * centroid[id]!;
    }
    const self = v.norm ? 1 : 0;
    const after = all - before - self;
    directed.set(s.index, after + P.backward * before);
    for (let i = 0; i < v.ids.length; i++) prefix[v.ids[i]!]! += v.weights[i]! / n;
  }
  const minDirected = Math.min(0, ...directed.values());

  // Position counts content only: a blog's padded opening does not push its first fact down.
  const raw = prose.map((s, rank) => {
    const v = vectors.get(s.index) ?? EMPTY_VECTOR;
    return {
      s,
      central: (directed.get(s.index) ?? 0) - minDirected,
      title: cosine(v, titleVec),
      position:
        1 / (1 + rank / Math.max(4, prose.length * P.positionScale)) + (s.inBlock === 0 ? 0.15 : 0),
      lead: rank === 0 ? 1 : 0,
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
      P.central * (r.central / mc) +
      P.title * (r.title / mt) +
      P.position * (r.position / mp) +
      P.info * (r.info / mi) +
      P.leadBonus * r.lead;
    if (s.words > P.longWords) score *= P.longWords / s.words;
    const span = leanSpan(s, sentences, marks, P.longWords);
    if (!span) score *= P.alonePenalty;
    const ids = [...(span ?? [s.index]), ...listAfter(s, sentences, P.longWords * 1.6)];
    score /= 1 + P.spanCost * (ids.length - 1);
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
      const value = P.mmrLambda * c.score - (1 - P.mmrLambda) * (maxSim.get(c) ?? 0);
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
      text: joinSpan(c.span, sentences),
      sentence: c.main,
      sentences: c.span,
    }));
}

/** Sentences of one point as one text; list items read as a list after their lead-in. */
function joinSpan(span: readonly number[], sentences: readonly SentenceFeatures[]): string {
  let text = '';
  span.forEach((i, n) => {
    const s = sentences[i];
    if (!s) return;
    if (n === 0) text = s.text;
    else if (s.blockKind === 'list-item' && sentences[span[n - 1]!]?.blockKind === 'list-item') text += `; ${s.text}`;
    else text += ` ${s.text}`;
  });
  return text;
}
