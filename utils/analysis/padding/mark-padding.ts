import type { SentenceFeatures } from '../features';
import { specificity } from '../features';
import type { PaddingKind, PaddingMark, Sensitivity } from '../types';
import { PADDING_KINDS } from '../vocabulary';
import { quotedSpecificity } from './quotes';
import { findRepeats } from './repeats';
import { NO_PAGE_FACTS, type Evidence, type PageFacts, type PaddingRule, type RuleContext } from './rule';
import { authorBio } from './rules/author-bio';
import { breadcrumb } from './rules/breadcrumb';
import { caption } from './rules/caption';
import { dateline } from './rules/dateline';
import { nutritionLine } from './rules/nutrition-line';
import { strayMarkup } from './rules/stray-markup';
import { titleRepeat } from './rules/title-repeat';
import { closingMoral } from './rules/closing-moral';
import { continuation } from './rules/continuation';
import { cuePhrases } from './rules/cue-phrases';
import { discountCode } from './rules/discount-code';
import { genericSentence } from './rules/generic-sentence';
import { repetitionRule } from './rules/repetition';
import { rhetoricalQuestion } from './rules/rhetorical-question';
import { shortLabel } from './rules/short-label';

/**
 * Lines that are page furniture by their shape (a date, a byline, a breadcrumb trail, markup, a
 * nutrition line, the title again): never a key point, even where the reader turned the
 * boilerplate marks off.
 */
export const FURNITURE_LINE_RULES: readonly PaddingRule[] = [dateline, breadcrumb, strayMarkup, nutritionLine, titleRepeat];

/** Rules that need nothing but the sentence and its neighbours. Order does not matter. */
export const STATIC_RULES: readonly PaddingRule[] = [
  ...FURNITURE_LINE_RULES,
  cuePhrases,
  shortLabel,
  rhetoricalQuestion,
  continuation,
  authorBio,
  caption,
  genericSentence,
  closingMoral,
  discountCode,
];

interface Thresholds {
  /** Evidence this strong marks unless the sentence is very specific. */
  strong: number;
  /** Weaker evidence needs at least this much… */
  minScore: number;
  /** …and a sentence with fewer specifics than this. */
  maxSpecificity: number;
}

const SENSITIVITY: Record<Sensitivity, Thresholds> = {
  strict: { strong: 1.5, minScore: 1, maxSpecificity: 2 },
  balanced: { strong: 2, minScore: 1, maxSpecificity: 1 },
  relaxed: { strong: 2.5, minScore: 2, maxSpecificity: 0.5 },
};
/** Page furniture (and a single cue this strong, e.g. a discount code) is marked whatever else the sentence holds. */
const FURNITURE = 3;
/** Above this many specifics even strong cues give way: the sentence carries facts. */
const FACT_RICH = 3;
/** Words past which a sentence has room for content besides its stock phrase. */
const LONG_SENTENCE = 32;
/**
 * Kinds whose strong rule marks stand whatever the learned model says. On the corpus's train pages
 * (session 9, 295 pages) the standing marks of these kinds were at least 85% padding (the issue's
 * precision floor): furniture 98.8%, filler 89%, promo 88%, analogy 9 of 9. Those of hooks (81%),
 * hype (80%), repetition (77%), platitudes (60%) and speculation (36%) were not, and half the
 * notPadding sentences the rules marked were questions an article goes on to answer: for these
 * kinds the rules' marks are evidence, and the model decides.
 */
const STANDING_KINDS: ReadonlySet<PaddingKind> = new Set(['boilerplate', 'filler', 'promo', 'analogy']);

/** Kinds judged on the quote's own words when a sentence opens with a quote (see quotes.ts). */
const QUOTE_JUDGED: ReadonlySet<PaddingKind> = new Set(['promo', 'hype', 'platitude', 'filler']);
/** A quote's own words must hold less than this to be marked for them. */
const QUOTE_MAX_SPECIFICITY = 1;

function decide(
  evidence: Evidence[],
  spec: number,
  quoteSpec: number | null,
  words: number,
  t: Thresholds,
): { mark: PaddingMark; sure: boolean } | null {
  if (!evidence.length) return null;
  const byKind = new Map<PaddingKind, number>();
  let total = 0;
  for (const e of evidence) {
    byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + e.weight);
    total += e.weight;
  }
  const furniture = (byKind.get('boilerplate') ?? 0) >= FURNITURE || evidence.some((e) => e.weight >= FURNITURE);
  // One stock phrase inside a long sentence is a turn of phrase, not a padded sentence.
  const long = words > LONG_SENTENCE;
  // Speculation stays judged with its source: a named speaker is what a hedge needs.
  const quoted = quoteSpec === null ? 0 : evidence.filter((e) => QUOTE_JUDGED.has(e.kind)).reduce((n, e) => n + e.weight, 0);
  const strong = total >= (long ? t.strong + 1 : t.strong) && spec < FACT_RICH;
  const marked =
    furniture ||
    strong ||
    (!long && total >= t.minScore && spec < t.maxSpecificity) ||
    (quoteSpec !== null && quoted >= t.strong && quoteSpec < QUOTE_MAX_SPECIFICITY);
  if (!marked) return null;

  let kind: PaddingKind = 'boilerplate';
  let best = -1;
  for (const k of PADDING_KINDS) {
    const w = byKind.get(k) ?? 0;
    if (w > best) {
      best = w;
      kind = k;
    }
  }
  // One reason per cue label: "Generic claim “is vital”", not the same label twice.
  const labels = new Set<string>();
  const reasons = evidence
    .filter((e) => e.kind === kind)
    .sort((a, b) => b.weight - a.weight)
    .filter((e) => {
      const label = e.reason.split(' “')[0] ?? e.reason;
      if (labels.has(label)) return false;
      labels.add(label);
      return true;
    })
    .slice(0, 2);
  const confidence = furniture ? 0.9 : Math.max(0.3, Math.min(0.95, 0.35 + 0.2 * total - 0.1 * spec));
  const mark = {
    kind,
    reason: reasons.map((e) => e.reason).join('; '),
    why: reasons.map((e) => e.why),
    confidence: Math.round(confidence * 100) / 100,
  };
  return { mark, sure: furniture || (strong && STANDING_KINDS.has(kind)) };
}

interface MarkOptions {
  lang: string;
  sensitivity: Sensitivity;
  /** The page's author and site name, from its metadata. */
  page?: PageFacts;
}

/** What the rules found: each sentence's mark, and all the evidence behind it (also for unmarked sentences). */
export interface RuleMarks {
  marks: (PaddingMark | null)[];
  evidence: Evidence[][];
  specificity: number[];
  /** Sentences that say again what an earlier one said: later → earlier index. */
  repeats: ReadonlyMap<number, number>;
  /** Sentences a furniture-line rule fired on (FURNITURE_LINE_RULES): never key points. */
  furniture: boolean[];
  /**
   * Marks the rules are sure of: page furniture, and strong evidence of a STANDING_KINDS kind in a
   * sentence without many specifics (a cliché, a discount code). The other marks (a hedge, a
   * question) are evidence for the learned model, which decides (model/padding-model.ts).
   */
  sure: boolean[];
}

/** Marks padding sentence by sentence, in article order, so a rule can see what came before. */
export function markByRules(sentences: readonly SentenceFeatures[], options: MarkOptions): RuleMarks {
  const spec = specificity(sentences);
  const repeats = findRepeats(sentences);
  const rules = [...STATIC_RULES, repetitionRule(repeats)];
  const marks: (PaddingMark | null)[] = [];
  const evidence: Evidence[][] = [];
  const blockSizes = new Map<number, number>();
  for (const s of sentences) blockSizes.set(s.block, (blockSizes.get(s.block) ?? 0) + 1);
  const ctx: RuleContext = { sentences, specificity: spec, marks, blockSizes, lang: options.lang, page: options.page ?? NO_PAGE_FACTS };
  const thresholds = SENSITIVITY[options.sensitivity];
  const furniture: boolean[] = [];
  const sure: boolean[] = [];
  for (const s of sentences) {
    const found: Evidence[] = [];
    let isFurniture = false;
    for (const r of rules) {
      const got = r.evaluate(s, ctx);
      if (got.length && FURNITURE_LINE_RULES.includes(r)) isFurniture = true;
      for (const e of got) found.push(e);
    }
    evidence.push(found);
    furniture.push(isFurniture);
    const decided = decide(found, spec[s.index] ?? 0, quotedSpecificity(s), s.words, thresholds);
    marks.push(decided?.mark ?? null);
    sure.push(isFurniture || (decided?.sure ?? false));
  }
  return { marks, evidence, specificity: spec, repeats, furniture, sure };
}

/** Keeps only the kinds a reader asked for. */
export function keepKinds(marks: readonly (PaddingMark | null)[], kinds: readonly PaddingKind[] | undefined): (PaddingMark | null)[] {
  if (!kinds) return [...marks];
  const wanted = new Set(kinds);
  return marks.map((m) => (m && wanted.has(m.kind) ? m : null));
}
