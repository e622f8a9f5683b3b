import { commonNames, specifics, type SentenceFeatures, type SpecificWeights } from './features';
import { joinSpan, leanSpan, listAfter } from './point-spans';
import { findRecipeCard } from './recipe-card';
import { sectionsOf } from './sections';
import type { KeyPoint, PaddingMark } from './types';
import { addVectors, cosine, dotDense, EMPTY_VECTOR, inverseFrequencies, tfidf, type SparseVector } from './vectors';

/**
 * The selector's weights and limits. Tuned on the CNN/DM and BBC sets and on the labelled pages as
 * a whole, each split in halves (tune on one, confirm on the other); never on single pages.
 */
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
  /**
   * How far the position weight follows the opening's centrality: the weight is multiplied by
   * (centrality of the first sentences / mean centrality) to this power. A news lede sums the
   * article up and keeps a strong position prior; a blog's hook does not, and position fades.
   */
  leadAdapt: number;
  /** In an article cut into sections by headings: weight of a sentence's rank in its section against its rank in the article. */
  sectionLead: number;
  /** In a sectioned article, MMR penalty per point already taken from the same section: such articles spread their facts. */
  sectionPenalty: number;
  /** In a sectioned article, sentences shorter than this lose score (square root of the share): labels, hooks, asides. */
  shortWords: number;
  /** A question keeps this share of its score: it asks, it does not state. */
  questionPenalty: number;
  /** A sentence that is all direct quote loses this share of its score (in proportion to how much is quote). */
  quotePenalty: number;
  /**
   * Weight of the learned key-fact score (model/key-fact-model.ts) in a sectioned article, chosen on
   * the corpus's dev split. A story without headings whose opening is its centre reads by its lede:
   * there the score stays out (on CNN/DM any weight of it cost ROUGE against LEAD-3, 0.4 already
   * 1.1 points of R-1).
   */
  learned: number;
  /**
   * Weight of the learned key-fact score in an article without headings whose opening is weak
   * (see weakLead): a blog or feature that opens on a hook rather than a lede.
   */
  learnedFlat: number;
  /**
   * An opening is weak when its centrality is below this share of the mean sentence's (leadStrength).
   * 0.7 chosen with CNN/DM: at 1 and 0.9 R-1 fell to LEAD-3's (39.75, 39.88 against 39.88).
   */
  weakLead: number;
  /**
   * A sentence keeps (1 - its padding chance) to this power of its score: one the padding model
   * doubts, though it did not mark it, is a poor key point. In a sectioned article or one with a
   * weak opening (key facts on dev 43.3% → 43.5%, points that are padding 14.8% → 13.2%, against 1).
   * Where the opening is fairly central (leadStrength between weakLead and 1) the power is at most
   * 1, and none in a story whose opening is its centre (a news lede): there the model's doubts about
   * openings cost CNN/DM 1.6 points of R-1.
   */
  paddingAversion: number;
}

export const DEFAULT_SELECTOR: Readonly<SelectorParams> = Object.freeze({
  central: 0.4,
  title: 0.2,
  position: 0.8,
  info: 0.2,
  positionScale: 0.2,
  longWords: 45,
  mmrLambda: 0.72,
  alonePenalty: 0.9,
  spanCost: 0,
  leadBonus: 0,
  backward: 0.5,
  leadAdapt: 1,
  sectionLead: 0.5,
  sectionPenalty: 0.2,
  shortWords: 30,
  questionPenalty: 0.5,
  quotePenalty: 0.4,
  learned: 8,
  learnedFlat: 1,
  weakLead: 0.7,
  paddingAversion: 2,
});

const MIN_WORDS = 6;
/** A short article may have too few long sentences; then shorter ones may serve. */
const MIN_WORDS_SHORT = 3;
/** Sections (runs of prose between headings) an article needs to count as sectioned. */
const MIN_SECTIONS = 3;

interface Candidate {
  main: number;
  section: number;
  span: number[];
  vector: SparseVector;
  score: number;
}

/** The selector's weights of a sentence's specifics (see `specifics`): figures count most. */
const INFORMATIVENESS: Readonly<SpecificWeights> = { figure: 0.6, name: 0.4, commonName: 0.3, nameCap: 3, source: 0.4 };

interface SelectInput {
  sentences: readonly SentenceFeatures[];
  marks: readonly (PaddingMark | null)[];
  /** Title terms as ids of the article's vocabulary. */
  titleIds: readonly number[];
  vocabularySize: number;
  points: number;
  /** Per sentence, the learned chance that a reader counts it a key fact; none, and the selector goes without. */
  learned?: Float64Array;
  /** Per sentence, the padding model's chance that it is padding, marked or not. */
  paddingChances?: Float64Array;
  params?: Partial<SelectorParams>;
}

/** What the scoring stage hands on: each prose sentence's score and vector, and the article's sections. */
interface Scored {
  prose: SentenceFeatures[];
  vectors: (SparseVector | undefined)[];
  /** Section of each sentence (runs between headings), by sentence index. */
  sectionOf: Int32Array;
  sectioned: boolean;
  /** Each prose sentence's score, by sentence index. */
  base: Float64Array;
  /** Sentences shorter than this are no candidates. */
  minWords: number;
}

/** Stage 1, vectors: TF-IDF per prose sentence, and the article's centroid. */
function vectorsOf(sentences: readonly SentenceFeatures[], prose: readonly SentenceFeatures[], vocabularySize: number, titleIds: readonly number[]) {
  const idf = inverseFrequencies(
    sentences.map((s) => s.ids),
    vocabularySize,
  );
  // By sentence index (prose only): an array, as it is read for every candidate.
  const vectors: (SparseVector | undefined)[] = new Array<SparseVector | undefined>(sentences.length);
  // The centroid is dense: one slot per vocabulary term, so a sentence's cosine with it is one pass.
  const centroid = new Float64Array(vocabularySize);
  for (const s of prose) {
    const v = tfidf(s.ids, idf);
    vectors[s.index] = v;
    const n = v.norm || 1;
    for (let i = 0; i < v.ids.length; i++) centroid[v.ids[i]!]! += v.weights[i]! / n;
  }
  const titleVec = tfidf(titleIds, idf);
  return { vectors, centroid, titleVec };
}

/**
 * Stage 2, centrality. Directed centrality in one pass (after PacSum): a running sum of the unit
 * vectors seen so far gives each sentence's similarity to what came before; the rest of the
 * centroid is what comes after.
 */
function centralities(sentences: readonly SentenceFeatures[], prose: readonly SentenceFeatures[], vectors: readonly (SparseVector | undefined)[], centroid: Float64Array, P: SelectorParams) {
  const prefix = new Float64Array(centroid.length);
  // By sentence index: typed arrays, as these are read for every sentence of long articles.
  const directed = new Float64Array(sentences.length);
  const overall = new Float64Array(sentences.length);
  let minDirected = 0;
  for (const s of prose) {
    const v = vectors[s.index] ?? EMPTY_VECTOR;
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
    const d = after + P.backward * before;
    directed[s.index] = d;
    if (d < minDirected) minDirected = d;
    overall[s.index] = all - self;
    for (let i = 0; i < v.ids.length; i++) prefix[v.ids[i]!]! += v.weights[i]! / n;
  }
  return { directed, overall, minDirected };
}

/** Stage 4, scores: centrality, title, position, informativeness and the learned score, weighed. */
function scoreSentences(input: SelectInput, P: SelectorParams): Scored | null {
  const { sentences, marks, points } = input;
  const prose = sentences.filter((s) => s.blockKind !== 'heading' && !marks[s.index]);
  if (!prose.length || points <= 0) return null;
  const { vectors, centroid, titleVec } = vectorsOf(sentences, prose, input.vocabularySize, input.titleIds);
  const { directed, overall, minDirected } = centralities(sentences, prose, vectors, centroid, P);
  // Stage 3, sections: the runs of sentences between headings, and each prose sentence's rank in its own.
  const { sectionOf, rankInSection, sizes } = sectionsOf(sentences, prose);
  const sectioned = sizes.size >= MIN_SECTIONS;
  const local = sectioned ? P.sectionLead : 0;

  // Genre from the text itself: a news lede is more central than the average sentence.
  let leadStrength = 1;
  if (P.leadAdapt) {
    const mean = (xs: readonly SentenceFeatures[]): number => xs.reduce((a, s) => a + overall[s.index]!, 0) / (xs.length || 1);
    const ratio = mean(prose.slice(0, 3)) / (mean(prose) || 1e-9);
    leadStrength = Math.pow(Math.min(4, Math.max(0.25, ratio)), P.leadAdapt);
  }

  const common = commonNames(prose);

  // Position counts content only: a blog's padded opening does not push its first fact down.
  const raw = prose.map((s, rank) => {
    const v = vectors[s.index] ?? EMPTY_VECTOR;
    const opensBlock = s.inBlock === 0 ? 0.15 : 0;
    const inArticle = 1 / (1 + rank / Math.max(4, prose.length * P.positionScale)) + opensBlock;
    const inSection = 1 / (1 + rankInSection[s.index]! / 2) + opensBlock;
    return {
      s,
      central: directed[s.index]! - minDirected,
      title: cosine(v, titleVec),
      position: (1 - local) * inArticle + local * inSection,
      lead: rank === 0 ? 1 : 0,
      info: specifics(s, common, INFORMATIVENESS),
      learned: input.learned?.[s.index] ?? 0,
    };
  });
  const max = (k: 'central' | 'title' | 'position' | 'info' | 'learned'): number => raw.reduce((m, r) => Math.max(m, r[k]), 1e-9);
  const mc = max('central');
  const mt = max('title');
  const mp = max('position');
  const mi = max('info');
  const ml = max('learned');
  const learnedWeight = sectioned ? P.learned : leadStrength < P.weakLead ? P.learnedFlat : 0;
  const handWeights = P.central + P.title + P.position + P.info;
  // A guide or a story with a weak opening leans on the models; one whose opening is fairly central, less so.
  const aversion = sectioned || leadStrength < P.weakLead ? P.paddingAversion : leadStrength < 1 ? Math.min(1, P.paddingAversion) : 0;

  const longEnough = raw.filter((r) => r.s.words >= MIN_WORDS).length;
  const minWords = longEnough >= points ? MIN_WORDS : MIN_WORDS_SHORT;
  const base = new Float64Array(sentences.length);
  for (const r of raw) {
    base[r.s.index] =
      P.central * (r.central / mc) +
      P.title * (r.title / mt) +
      P.position * leadStrength * (r.position / mp) +
      P.info * (r.info / mi) +
      learnedWeight * (r.learned / ml) +
      P.leadBonus * r.lead;
    // Scores keep their scale whatever the learned weight, so novelty and section spread (MMR) weigh as before.
    base[r.s.index]! *= handWeights / (handWeights + learnedWeight);
    if (aversion) base[r.s.index]! *= Math.pow(1 - (input.paddingChances?.[r.s.index] ?? 0), aversion);
  }
  return { prose, vectors, sectionOf, sectioned, base, minWords };
}

/**
 * Stage 5, candidates: each prose sentence with what it leans on and the list it announces, and
 * each heading over a list ("Ingredients", "Pros") with its first items.
 */
function candidatesOf(input: SelectInput, P: SelectorParams, scored: Scored): Candidate[] {
  const { sentences, marks } = input;
  const { vectors, sectionOf, sectioned, base, minWords } = scored;
  const candidates: Candidate[] = [];
  // Items a lead-in announces: alone, they lose the frame it gives them.
  const framed = new Set<number>();
  const leadIns = new Map<number, number[]>();
  for (const s of scored.prose) {
    const items = listAfter(s, sentences, P.longWords * 1.6);
    if (!items.length) continue;
    leadIns.set(s.index, items);
    for (const i of items) framed.add(i);
  }
  const headingLists: { heading: SentenceFeatures; items: number[] }[] = [];
  for (const s of sentences) {
    if (s.blockKind !== 'heading' || marks[s.index]) continue;
    const items = listAfter(s, sentences, P.longWords * 1.6).filter((i) => !marks[i]);
    if (items.length < 2) continue;
    headingLists.push({ heading: s, items });
    for (const i of items) framed.add(i);
  }
  for (const s of scored.prose) {
    // A short lead-in ("You will need:") counts with the items it brings, and is worth what they are.
    const items = leadIns.get(s.index) ?? [];
    const words = items.reduce((n, i) => n + (sentences[i]?.words ?? 0), s.words);
    if (words < minWords) continue;
    let score = base[s.index]!;
    for (const i of items) score = Math.max(score, base[i]!);
    if (s.words > P.longWords) score *= P.longWords / s.words;
    // News sentences are dense already (and a longer pick only dilutes a lede); in a sectioned
    // guide or review, short sentences are mostly labels, hooks and asides.
    if (sectioned && words < P.shortWords) score *= Math.sqrt(words / P.shortWords);
    if (s.question) score *= P.questionPenalty;
    score *= 1 - P.quotePenalty * s.quoted;
    const span = leanSpan(s, sentences, marks, P.longWords * 1.4);
    if (!span || framed.has(s.index)) score *= P.alonePenalty;
    const ids = [...(span ?? [s.index]), ...items];
    score /= 1 + P.spanCost * (ids.length - 1);
    const vector = ids.length === 1 ? (vectors[s.index] ?? EMPTY_VECTOR) : addVectors(ids.map((i) => vectors[i] ?? EMPTY_VECTOR));
    candidates.push({ main: s.index, section: sectionOf[s.index]!, span: ids, vector, score });
  }

  // A heading over its list ("Ingredients", "Pros") makes one point with its first items: never the heading alone.
  for (const { heading, items } of headingLists) {
    const words = items.reduce((n, i) => n + (sentences[i]?.words ?? 0), heading.words);
    if (words < minWords) continue;
    let score = 0;
    for (const i of items) score = Math.max(score, base[i]!);
    if (sectioned && words < P.shortWords) score *= Math.sqrt(words / P.shortWords);
    const span = [heading.index, ...items];
    const vector = addVectors(items.map((i) => vectors[i] ?? EMPTY_VECTOR));
    candidates.push({ main: items[0]!, section: sectionOf[items[0]!]!, span, vector, score });
  }

  return candidates;
}

/** Stage 6, pick: a recipe card's ingredients and times first, then maximal marginal relevance. */
function pick(input: SelectInput, P: SelectorParams, scored: Scored, candidates: Candidate[]): Candidate[] {
  const { sentences, marks, points } = input;
  const { vectors, sectionOf, sectioned } = scored;
  const chosen: Candidate[] = [];
  // Typed arrays, not maps: this loop runs over every candidate once per point.
  const used = new Uint8Array(sentences.length);
  const maxSim = new Float64Array(candidates.length);
  const perSection = new Map<number, number>();
  const sectionCost = sectioned ? P.sectionPenalty : 0;
  // The pick spread over the vocabulary: each candidate's cosine with it is one pass over the
  // candidate's terms, not a merge of two lists (same products, summed in the same id order).
  const spread = new Float64Array(input.vocabularySize);
  const take = (picked: Candidate): void => {
    chosen.push(picked);
    perSection.set(picked.section, (perSection.get(picked.section) ?? 0) + 1);
    for (const i of picked.span) used[i] = 1;
    const p = picked.vector;
    if (p.norm === 0) return;
    for (let i = 0; i < p.ids.length; i++) spread[p.ids[i]!] = p.weights[i]!;
    for (let k = 0; k < candidates.length; k++) {
      const v = candidates[k]!.vector;
      if (v.norm === 0) continue;
      const sim = dotDense(v, spread) / (v.norm * p.norm);
      if (sim > maxSim[k]!) maxSim[k] = sim;
    }
    for (let i = 0; i < p.ids.length; i++) spread[p.ids[i]!] = 0;
  };
  // A recipe's ingredients and its times and yield come first: they are why the page is read.
  const card = findRecipeCard(sentences, marks);
  if (card) {
    for (const span of [card.ingredients, card.overview]) {
      if (!span.length || chosen.length >= points) continue;
      const main = span.find((i) => sentences[i]?.blockKind !== 'heading') ?? span[0]!;
      const vector = addVectors(span.map((i) => vectors[i] ?? EMPTY_VECTOR));
      take({ main, section: sectionOf[main]!, span, vector, score: 0 });
    }
  }
  while (chosen.length < points) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    candidates.forEach((c, k) => {
      for (const i of c.span) if (used[i]) return;
      const value = P.mmrLambda * c.score - (1 - P.mmrLambda) * maxSim[k]! - sectionCost * (perSection.get(c.section) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    });
    if (!best) break;
    take(best);
  }

  return chosen;
}

/**
 * Picks key points: verbatim sentences scored on centrality (TF-IDF cosine to the article's
 * centroid), overlap with the title, position, informativeness and the learned key-fact score;
 * chosen by MMR so that no two say the same thing; returned in article order.
 */
export function selectKeyPoints(input: SelectInput): KeyPoint[] {
  const P: SelectorParams = { ...DEFAULT_SELECTOR, ...input.params };
  const scored = scoreSentences(input, P);
  if (!scored) return [];
  return pick(input, P, scored, candidatesOf(input, P, scored))
    .sort((a, b) => (a.span[0] ?? 0) - (b.span[0] ?? 0))
    .map((c) => ({
      text: joinSpan(c.span, input.sentences),
      sentence: c.main,
      sentences: c.span,
    }));
}
