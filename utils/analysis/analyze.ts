import type { Block } from '../extract/types';
import { detectLanguage } from '../text/detect-language';
import { baseLanguage, stopwords } from '../text/stopwords';
import { stem, terms as termTokens } from '../text/tokens';
import { buildSentences } from './features';
import { selectKeyPoints } from './key-points';
import { MAX_POINTS } from './limits';
import { keepKinds, markByRules, type RuleMarks } from './padding/mark-padding';
import { paddingFeatures, type PaddingInputs } from './model/padding-features';
import { markByModel } from './model/padding-model';
import { keyFactScores } from './model/key-fact-model';
import type { SentenceFeatures } from './features';
import {
  DEFAULT_POINTS,
  WORDS_PER_MINUTE,
  type Analysis,
  type AnalysisBlock,
  type AnalyzeOptions,
  type PaddingKind,
  type Sentence,
} from './types';

export interface AnalysisInput {
  title: string;
  lang: string | null;
  blocks: readonly Block[];
  /** From the page's metadata (an Article has them): a line that only repeats the author is a byline. */
  byline?: string | null;
  siteName?: string | null;
}

export { MAX_POINTS };

function clampPoints(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_POINTS;
  return Math.max(1, Math.min(MAX_POINTS, Math.round(n)));
}

/** The analysis up to its decisions: sentences, what the rules found, and the padding model's input rows. */
export interface AnalysisParts {
  lang: string;
  features: SentenceFeatures[];
  vocabularySize: number;
  titleIds: number[];
  rules: RuleMarks;
  inputs: PaddingInputs;
}

export function analysisParts(input: AnalysisInput, sensitivity: AnalyzeOptions['sensitivity'] = 'balanced'): AnalysisParts {
  // The page's declaration wins; undeclared pages are guessed from their words.
  const lang = input.lang
    ? baseLanguage(input.lang)
    : (detectLanguage(input.blocks.map((b) => b.text).join('\n')) ?? 'en');
  const { sentences: features, vocabulary } = buildSentences(input.blocks, lang);
  const rules = markByRules(features, { lang, sensitivity, page: { title: input.title, author: input.byline ?? null, siteName: input.siteName ?? null } });
  const stop = stopwords(lang);
  // Title words the article never uses cannot point at any sentence.
  const titleIds = termTokens(input.title)
    .filter((t) => !stop.has(t))
    .map(stem)
    .flatMap((t) => {
      const id = vocabulary.get(t);
      return id === undefined ? [] : [id];
    });
  const inputs = paddingFeatures({
    sentences: features,
    evidence: rules.evidence,
    ruleMarks: rules.marks,
    specificity: rules.specificity,
    repeats: rules.repeats,
    titleIds,
    vocabularySize: vocabulary.size,
    lang,
  });
  return { lang, features, vocabularySize: vocabulary.size, titleIds, rules, inputs };
}

/** Everything the popup shows, computed from the article's text alone. Pure and synchronous. */
export function analyze(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  const sensitivity = options.sensitivity ?? 'balanced';
  const { lang, features, vocabularySize, titleIds, rules, inputs } = analysisParts(input, sensitivity);
  const points = clampPoints(options.points);
  const marks = keepKinds(markByModel(inputs, rules.marks, rules.evidence, sensitivity), options.kinds);
  // Furniture lines stay out of the points even when the reader shows boilerplate unmarked.
  const pointMarks = marks.map((m, i) => m ?? (rules.furniture[i] ? rules.marks[i] ?? null : null));
  const keyPoints = selectKeyPoints({
    sentences: features,
    marks: pointMarks,
    titleIds,
    vocabularySize,
    points,
    learned: keyFactScores(inputs),
    params: options.selector,
  });

  const sentences: Sentence[] = features.map((f) => ({
    index: f.index,
    block: f.block,
    text: f.text,
    words: f.words,
    padding: marks[f.index] ?? null,
  }));

  // Headings are not prose: they count neither as reading nor as padding.
  let wordCount = 0;
  let paddingWords = 0;
  const byKind: Partial<Record<PaddingKind, number>> = {};
  for (const s of sentences) {
    if (features[s.index]?.blockKind === 'heading') continue;
    wordCount += s.words;
    if (s.padding) {
      paddingWords += s.words;
      byKind[s.padding.kind] = (byKind[s.padding.kind] ?? 0) + 1;
    }
  }
  for (const b of input.blocks) if (b.kind === 'code') wordCount += termTokens(b.text).length;

  const minutes = (w: number): number => Math.round((w / WORDS_PER_MINUTE) * 10) / 10;
  return {
    blocks: input.blocks.map((b): AnalysisBlock => {
      const block: AnalysisBlock = b.level === undefined ? { kind: b.kind } : { kind: b.kind, level: b.level };
      // Code is shown as it is, so the reader needs its text; prose lives in `sentences`.
      if (b.kind === 'code') block.text = b.text;
      return block;
    }),
    sentences,
    keyPoints,
    requestedPoints: points,
    padding: {
      ratio: wordCount ? Math.round((paddingWords / wordCount) * 1000) / 1000 : 0,
      words: paddingWords,
      byKind,
    },
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    savedMinutes: minutes(paddingWords),
    lang,
  };
}
