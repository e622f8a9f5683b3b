import type { Block } from '../extract/types';
import { stopwords } from '../text/stopwords';
import { stem, terms as termTokens, wordCount as countWordsOf } from '../text/tokens';
import { buildSentences } from './features';
import { articleLanguage } from './language';
import { selectKeyPoints } from './key-points';
import { codeAfter } from './point-code';
import { keepKinds, markByRules, type RuleMarks } from './padding/mark-padding';
import { paddingFeatures, type PaddingInputs } from './model/padding-features';
import { markByModel, modelRows, paddingChances } from './model/padding-model';
import { keyFactScores } from './model/key-fact-model';
import { keyFactRows, standing } from './model/key-fact-features';
import type { SentenceFeatures } from './features';
import { DEFAULT_POINTS, DEFAULT_SENSITIVITY, MAX_POINTS, MIN_POINTS } from './vocabulary';
import {
  WORDS_PER_MINUTE,
  type Analysis,
  type AnalysisBlock,
  type AnalyzeOptions,
  type KeyPoint,
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

function clampPoints(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_POINTS;
  return Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.round(n)));
}

/** The analysis up to its decisions: sentences, what the rules found, and the padding model's input rows. */
interface AnalysisParts {
  lang: string;
  features: SentenceFeatures[];
  vocabularySize: number;
  titleIds: number[];
  rules: RuleMarks;
  inputs: PaddingInputs;
}

export function analysisParts(input: AnalysisInput, sensitivity: AnalyzeOptions['sensitivity'] = DEFAULT_SENSITIVITY): AnalysisParts {
  // Read from the text: a page's declared language is often wrong, and decides only when the text cannot.
  const { lang } = articleLanguage(input);
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

/** Each point with the code its last sentence introduces, if any. */
function withCode(points: KeyPoint[], features: readonly SentenceFeatures[], blocks: readonly Block[]): KeyPoint[] {
  if (!blocks.some((b) => b.kind === 'code')) return points;
  return points.map((p) => {
    const code = codeAfter(p.sentences[p.sentences.length - 1] ?? p.sentence, features, blocks);
    return code === undefined ? p : { ...p, code };
  });
}

/** Everything the popup shows, computed from the article's text alone. Pure and synchronous. */
export function analyze(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  const sensitivity = options.sensitivity ?? DEFAULT_SENSITIVITY;
  const { lang, features, vocabularySize, titleIds, rules, inputs } = analysisParts(input, sensitivity);
  const points = clampPoints(options.points);
  // The learned models read each sentence in its context once (model/padding-context.ts).
  const rows = modelRows(inputs);
  const chances = paddingChances(rows);
  const marks = keepKinds(markByModel(inputs, rules, sensitivity, undefined, rows, chances), options.kinds);
  // A sentence the rules found padding cues in stays out of the points even where the model overrules
  // the mark, and furniture lines even when the reader shows boilerplate unmarked (dev, against
  // furniture only: key facts 40.7% → 41.2%, points that are padding 14.3% → 13.8%).
  const pointMarks = marks.map((m, i) => m ?? rules.marks[i] ?? null);
  const keyPoints = withCode(selectKeyPoints({
    sentences: features,
    marks: pointMarks,
    titleIds,
    vocabularySize,
    points,
    learned: keyFactScores(keyFactRows(standing(features), rows)),
    paddingChances: chances,
    params: options.selector,
  }), features, input.blocks);

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
  // Code and tables have no sentences: their words count as reading, never as padding.
  for (const b of input.blocks) if (b.kind === 'code' || b.kind === 'table') wordCount += countWordsOf(b.text);

  const minutes = (w: number): number => Math.round((w / WORDS_PER_MINUTE) * 10) / 10;
  return {
    blocks: input.blocks.map((b): AnalysisBlock => {
      const block: AnalysisBlock = b.level === undefined ? { kind: b.kind } : { kind: b.kind, level: b.level };
      // Code is shown as it is, so the reader needs its text; prose lives in `sentences`.
      if (b.kind === 'code') block.text = b.text;
      // A table travels as its cells (its text is the same words again).
      if (b.kind === 'table' && b.table) block.table = b.table;
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
