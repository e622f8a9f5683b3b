/**
 * The learned padding marker: a logistic model over `paddingFeatures`, trained on the corpus's
 * train split by `npm run train` (weights in padding-weights.json, threshold chosen on dev). The
 * rules still mark what they are sure of; the model marks the sentences they miss, and every mark
 * it adds says why in words, from the features that drove it.
 */
import type { Evidence } from '../padding/rule';
import type { PaddingKind, PaddingMark, Sensitivity } from '../types';
import { contributions, loadModel, probability, type LinearModel, type LinearWeights } from './linear-model';
import { PADDING_FEATURES, type PaddingFeature, type PaddingInputs } from './padding-features';
import trained from './padding-weights.json';

export interface PaddingWeights extends LinearWeights {
  /** Probability at or above which a sentence is marked, per sensitivity. */
  threshold: Record<Sensitivity, number>;
}

export type PaddingModel = LinearModel<PaddingWeights>;

const MODEL: PaddingModel = loadModel(trained as PaddingWeights, 'padding-weights.json');

const at = (name: PaddingFeature): number => PADDING_FEATURES.indexOf(name);

/** Why the model marks a sentence, in a reader's words: its strongest cue, else its strongest pattern. */
export function explain(row: Float64Array, evidence: readonly Evidence[], m: PaddingModel = MODEL): { kind: PaddingKind; reason: string } {
  const c = contributions(row, m.w);
  const cue = [...evidence].sort((a, b) => b.weight - a.weight)[0];
  if (cue) return { kind: cue.kind, reason: cue.reason };
  const pull = (name: PaddingFeature) => (row[at(name)]! > 0 ? c[at(name)]! : 0);
  const patterns: [number, PaddingKind, string][] = [
    [pull('question'), 'hook', 'Question, no facts'],
    [pull('exclamation'), 'hype', 'Exclamation, no facts'],
    [Math.max(pull('personI'), pull('personWe')), 'filler', 'Chatty aside: first person, no facts'],
    [pull('personYou'), 'filler', 'Talks to the reader, no facts'],
    [pull('closing'), 'filler', 'Sign-off'],
    [Math.max(pull('short'), pull('noTerms')), 'boilerplate', 'A short line, not a sentence'],
  ];
  const best = patterns.sort((a, b) => b[0] - a[0])[0]!;
  return best[0] > 0.05 ? { kind: best[1], reason: best[2] } : { kind: 'platitude', reason: 'Says nothing specific: generic wording, no figures or names' };
}

/**
 * The model judges a sentence by where it sits and what surrounds it: in a text this short, every
 * sentence is the opening and the closing, and those features mean nothing.
 */
export const MIN_SENTENCES = 6;
const LONG = PADDING_FEATURES.indexOf('long');

/**
 * The rules' marks, plus the model's where the rules marked nothing. Like the rules, the model
 * leaves long sentences alone: one stock phrase in a long sentence is a turn of phrase (on dev this
 * costs 0.5 points of recall and no precision).
 */
export function markByModel(
  inputs: PaddingInputs,
  ruleMarks: readonly (PaddingMark | null)[],
  evidence: readonly (readonly Evidence[])[],
  sensitivity: Sensitivity,
  m: PaddingModel = MODEL,
): (PaddingMark | null)[] {
  const threshold = m.w.threshold[sensitivity];
  const judged = inputs.rows.length >= MIN_SENTENCES;
  return inputs.rows.map((row, k) => {
    const rule = ruleMarks[k] ?? null;
    if (rule || !judged || row[LONG]) return rule;
    const p = probability(row, inputs.words[k] ?? [], m);
    if (p < threshold) return null;
    return { ...explain(row, evidence[k] ?? [], m), confidence: Math.round(p * 100) / 100 };
  });
}
