/**
 * The learned padding marker, trained on the corpus's train split by `npm run train` (weights in
 * padding-weights.json, thresholds chosen on dev). Two parts: a word model (which words lean
 * towards padding, as log-odds) and boosted trees over the sentence's features, its neighbours',
 * the page's and the word model's score (padding-context.ts). The rules still mark what they are
 * sure of; the trees mark what they miss, and every mark says why in words, from what drove it.
 */
import type { Evidence } from '../padding/rule';
import type { RuleMarks } from '../padding/mark-padding';
import type { MarkReason, PaddingKind, PaddingMark, Sensitivity } from '../types';
import { CONTEXT_FEATURES, contextRows, WORDS_FEATURE } from './padding-context';
import { PADDING_FEATURES, type PaddingFeature, type PaddingInputs } from './padding-features';
import { compileTrees, contributions, margin, type BoostedTrees, type CompiledTrees } from './trees';
import trained from './padding-weights.json';

export interface WordWeights {
  bias: number;
  /** Words seen on many training pages, and what each adds to the log-odds when a sentence has it. */
  vocabulary: string[];
  weights: number[];
}

export interface PaddingWeights {
  /** The trees' input, by name: a file trained for other features fails loudly. */
  features: string[];
  words: WordWeights;
  trees: BoostedTrees;
  /** Probability at or above which a sentence is marked, per sensitivity. */
  threshold: Record<Sensitivity, number>;
}

export interface PaddingModel {
  w: PaddingWeights;
  words: Map<string, number>;
  trees: CompiledTrees;
}

export function loadPaddingModel(w: PaddingWeights, file: string): PaddingModel {
  if (w.features.join() !== CONTEXT_FEATURES.join()) throw new Error(`${file} does not match CONTEXT_FEATURES: run npm run train`);
  return { w, words: new Map(w.words.vocabulary.map((v, i) => [v, w.words.weights[i]!])), trees: compileTrees(w.trees) };
}

let shipped: PaddingModel | null = null;
/** The shipped model, checked on first use (so training can run while the file is stale). */
const MODEL = (): PaddingModel => (shipped ??= loadPaddingModel(trained as PaddingWeights, 'padding-weights.json'));

/** The word model's log-odds for one sentence's distinct words. */
export function wordScore(words: readonly string[], m: Pick<PaddingModel, 'w' | 'words'> = MODEL()): number {
  let z = m.w.words.bias;
  for (const x of words) z += m.words.get(x) ?? 0;
  return z;
}

/** Each sentence's tree input (CONTEXT_FEATURES order). */
export function modelRows(inputs: PaddingInputs, m: PaddingModel = MODEL()): Float64Array[] {
  return contextRows(inputs.rows, inputs.words.map((w) => wordScore(w, m)));
}

export function paddingProbability(row: Float64Array, m: PaddingModel = MODEL()): number {
  return 1 / (1 + Math.exp(-margin(row, m.trees)));
}

const at = (name: PaddingFeature): number => PADDING_FEATURES.indexOf(name);

/** Why the model marks a sentence, in a reader's words: its strongest cue, else its strongest pattern. */
export function explain(
  row: Float64Array,
  evidence: readonly Evidence[],
  m: PaddingModel = MODEL(),
): { kind: PaddingKind; reason: string; why: MarkReason[] } {
  const cue = [...evidence].sort((a, b) => b.weight - a.weight)[0];
  if (cue) return { kind: cue.kind, reason: cue.reason, why: [cue.why] };
  const c = contributions(row, m.trees, CONTEXT_FEATURES.length);
  // A pattern speaks only when the sentence has it and the trees counted it towards padding.
  const pull = (name: PaddingFeature) => (row[at(name)]! > 0 ? c[at(name)]! : 0);
  const patterns: [number, PaddingKind, string, string][] = [
    [pull('question'), 'hook', 'Question, no facts', 'question_no_facts'],
    [pull('exclamation'), 'hype', 'Exclamation, no facts', 'exclamation_no_facts'],
    [Math.max(pull('personI'), pull('personWe')), 'filler', 'Chatty aside: first person, no facts', 'chatty_aside'],
    [pull('personYou'), 'filler', 'Talks to the reader, no facts', 'talks_to_reader'],
    [pull('closing'), 'filler', 'Sign-off', 'sign_off'],
    [Math.max(pull('short'), pull('noTerms')), 'boilerplate', 'A short line, not a sentence', 'short_line'],
    [c[WORDS_FEATURE]!, 'platitude', 'Generic wording, no figures or names', 'generic_wording'],
  ];
  const best = patterns.sort((a, b) => b[0] - a[0])[0]!;
  return best[0] > 0.05
    ? { kind: best[1], reason: best[2], why: [{ code: best[3] }] }
    : { kind: 'platitude', reason: 'Says nothing specific: generic wording, no figures or names', why: [{ code: 'nothing_specific_at_all' }] };
}

/**
 * The model judges a sentence by where it sits and what surrounds it: in a text this short, every
 * sentence is the opening and the closing, and those features mean nothing.
 */
export const MIN_SENTENCES = 6;
const LONG = at('long');

/**
 * Where the model says nothing and the rules' mark, or its absence, stands: a long sentence (the
 * model was not trained on them), or a text too short to place a sentence in. Its own feature rows.
 */
export function modelSilent(rows: readonly Float64Array[], k: number): boolean {
  return rows.length < MIN_SENTENCES || rows[k]![LONG]! > 0;
}

/** Each sentence's chance of being padding, as the model sees it in its page (rules' marks aside). */
export function paddingChances(rows: readonly Float64Array[], m: PaddingModel = MODEL()): Float64Array {
  return Float64Array.from(rows, (row) => paddingProbability(row, m));
}

/**
 * Where the model can judge, it decides on the rules' weak marks: they are features it was trained
 * on, and a hedge in a how-to step or a question the article answers is not padding however the
 * rule read it (the rules alone marked 5.9% of the train split's notPadding sentences). The rules
 * keep the marks they are sure of (page furniture, strong cues such as a cliché; on dev, keeping
 * those gave recall 24.3% against 20.8% with only furniture kept, notPadding marked 1.4% either
 * way), and every mark where the model is silent: long sentences, and texts too short to place a
 * sentence in. A model mark on a sentence the rules marked keeps the rules' kind and reason, with
 * the model's confidence.
 */
export function markByModel(
  inputs: PaddingInputs,
  rules: Pick<RuleMarks, 'marks' | 'evidence' | 'sure'>,
  sensitivity: Sensitivity,
  m: PaddingModel = MODEL(),
  rows: readonly Float64Array[] = modelRows(inputs, m),
  chances: Float64Array = paddingChances(rows, m),
): (PaddingMark | null)[] {
  const threshold = m.w.threshold[sensitivity];
  return inputs.rows.map((_, k) => {
    const rule = rules.marks[k] ?? null;
    if ((rule && rules.sure[k]) || modelSilent(inputs.rows, k)) return rule;
    const p = chances[k]!;
    if (p < threshold) return null;
    const confidence = Math.round(p * 100) / 100;
    return rule ? { ...rule, confidence } : { ...explain(rows[k]!, rules.evidence[k] ?? [], m), confidence };
  });
}
