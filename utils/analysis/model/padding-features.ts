/**
 * The padding model's view of a sentence: a fixed list of numbers, each a property that carries
 * across pages (what the rules found, how specific the sentence is, who it speaks to, where it
 * sits, how central and how new its words are), never a phrase of any one page. One definition,
 * used by training (scripts/train.ts) and by the analysis.
 */
import type { SentenceFeatures } from '../features';
import type { Evidence } from '../padding/rule';
import type { PaddingMark } from '../types';
import { PADDING_KINDS } from '../vocabulary';
import { inverseFrequencies, tfidf, type SparseVector } from '../vectors';
import { persons } from './persons';


export const PADDING_FEATURES = [
  'bias',
  ...PADDING_KINDS.map((k) => `cue:${k}`),
  'ruleMarked',
  'specificity',
  'hasNumber',
  'names',
  'attributed',
  'question',
  'exclamation',
  'quoted',
  'length',
  'short',
  'long',
  'personI',
  'personWe',
  'personYou',
  'position',
  'opening',
  'closing',
  'firstInBlock',
  'aloneInBlock',
  'heading',
  'listItem',
  'blockquote',
  'titleOverlap',
  'centrality',
  'newWords',
  'noTerms',
  'prevMarked',
  'nextMarked',
  'repeatedLater',
] as const;
export type PaddingFeature = (typeof PADDING_FEATURES)[number];

const WORD = /[\p{L}\p{N}']+/gu;

interface FeatureInput {
  sentences: readonly SentenceFeatures[];
  evidence: readonly (readonly Evidence[])[];
  ruleMarks: readonly (PaddingMark | null)[];
  specificity: readonly number[];
  /** Later → earlier index of sentences that say again what an earlier one said. */
  repeats: ReadonlyMap<number, number>;
  titleIds: readonly number[];
  vocabularySize: number;
  lang: string;
}

/** Per sentence: its row of numbers in PADDING_FEATURES order (each about 0–1), and its distinct words. */
export interface PaddingInputs {
  rows: Float64Array[];
  words: string[][];
}

export function paddingFeatures(input: FeatureInput): PaddingInputs {
  const { sentences, evidence, ruleMarks, specificity } = input;
  const n = sentences.length;
  const who = persons(input.lang);
  const idf = inverseFrequencies(sentences.map((s) => s.ids), input.vocabularySize);
  const vectors: SparseVector[] = sentences.map((s) => tfidf(s.ids, idf));
  const centroid = new Float64Array(input.vocabularySize);
  for (const v of vectors) {
    const norm = v.norm || 1;
    for (let i = 0; i < v.ids.length; i++) centroid[v.ids[i]!]! += v.weights[i]! / norm;
  }
  let centroidNorm = 0;
  for (const w of centroid) centroidNorm += w * w;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  // How many sentences use each term: a term no other sentence uses is new information.
  const df = new Int32Array(input.vocabularySize);
  for (const s of sentences) for (const id of new Set(s.ids)) df[id]!++;
  const title = new Set(input.titleIds);
  const blockSizes = new Map<number, number>();
  for (const s of sentences) blockSizes.set(s.block, (blockSizes.get(s.block) ?? 0) + 1);
  // A sentence said again later is a template or a refrain (the same intro under every heading).
  const repeatedLater = new Set(input.repeats.values());

  const words: string[][] = [];
  const rows = sentences.map((s, k) => {
    const row = new Float64Array(PADDING_FEATURES.length);
    let f = 0;
    const put = (x: number) => (row[f++] = x);
    put(1);
    for (const kind of PADDING_KINDS) {
      let w = 0;
      for (const e of evidence[k] ?? []) if (e.kind === kind) w += e.weight;
      put(Math.min(w, 3) / 3);
    }
    put(ruleMarks[k] ? 1 : 0);
    put(Math.min(specificity[k] ?? 0, 5) / 5);
    put(s.numbers > 0 ? 1 : 0);
    put(Math.min(new Set(s.properNouns).size, 3) / 3);
    put(s.attributed ? 1 : 0);
    put(s.question ? 1 : 0);
    put(/!["”']?\s*$/.test(s.text) ? 1 : 0);
    put(s.quoted);
    put(Math.log1p(s.words) / Math.log(61));
    put(s.words <= 5 ? 1 : 0);
    put(s.words >= 30 ? 1 : 0);
    const tokens = s.norm.match(WORD) ?? [];
    // Distinct words, and the sentence's closing mark as a word of its own: "!" and "?" carry tone.
    const last = s.text.trim().slice(-1);
    words.push([...new Set(/[!?]/.test(last) ? [...tokens, last] : tokens)]);
    const share = (set: ReadonlySet<string>) => (tokens.length ? Math.min(1, (4 * tokens.filter((t) => set.has(t)).length) / tokens.length) : 0);
    put(share(who.i));
    put(share(who.we));
    put(share(who.you));
    put(n > 1 ? k / (n - 1) : 0);
    put(k < 2 ? 1 : 0);
    put(k >= n - 3 ? 1 : 0);
    put(s.inBlock === 0 ? 1 : 0);
    put(blockSizes.get(s.block) === 1 ? 1 : 0);
    put(s.blockKind === 'heading' ? 1 : 0);
    put(s.blockKind === 'list-item' ? 1 : 0);
    put(s.blockKind === 'quote' ? 1 : 0);
    const ids = new Set(s.ids);
    put(title.size ? [...title].filter((id) => ids.has(id)).length / title.size : 0);
    const v = vectors[k]!;
    let dotC = 0;
    for (let i = 0; i < v.ids.length; i++) dotC += v.weights[i]! * centroid[v.ids[i]!]!;
    put(v.norm ? dotC / (v.norm * centroidNorm) : 0);
    put(ids.size ? [...ids].filter((id) => df[id] === 1).length / ids.size : 0);
    put(ids.size === 0 ? 1 : 0);
    put(k > 0 && ruleMarks[k - 1] ? 1 : 0);
    put(k < n - 1 && ruleMarks[k + 1] ? 1 : 0);
    put(repeatedLater.has(k) ? 1 : 0);
    return row;
  });
  return { rows, words };
}
