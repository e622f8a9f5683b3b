/**
 * Scores Winnow on one labelled page: the page is read as the extension reads it (extraction, then
 * the analysis with default options) and compared with the labels. Only counts come out, never a
 * sentence, so scoring a blind page shows nothing of it. The team-written fixtures are scored by
 * the same code.
 */
import { analyze, type Analysis } from '../../utils/analysis';
import { extractFromHtml } from '../../cli/summarize-file';
import { lead, sentencesOf } from '../baselines';
import { covers, findFragment, sameSentence, words } from './fragments';
import type { CorpusLabels } from './labels';

/** What scoring needs of a page's labels: the corpus's and the fixtures' files both give it. */
type ScoredLabels = Pick<CorpusLabels, 'keyFacts' | 'padding' | 'boilerplate' | 'notPadding'>;

export interface PageScore {
  /** Why the page gave no analysis (its facts then count as missed), or null. */
  error: string | null;
  facts: number;
  covered: number;
  leadCovered: number;
  points: number;
  /** Key points that are a labelled padding sentence or a piece of labelled page furniture. */
  badPoints: number;
  paddingLabels: number;
  /** Labelled padding that is in Winnow's text at all (the rest went with the page chrome). */
  paddingPresent: number;
  paddingMarked: number;
  /** Marked sentences that carry a label: padding or furniture (right), key fact or notPadding (wrong). */
  marksRight: number;
  marksWrong: number;
  marksUnlabelled: number;
  /** notPadding sentences in Winnow's text, and how many of them it marked (issue #11's ≤ 2%). */
  notPaddingSeen: number;
  notPaddingMarked: number;
  /** The same for the sentences stating a labelled key fact. */
  factSentencesSeen: number;
  factSentencesMarked: number;
  furnitureLabels: number;
  furnitureRemoved: number;
  furnitureMarked: number;
  /** Share of words in marked sentences as Winnow reports it, and as the labels say. */
  meter: number;
  labelledMeter: number;
}

function emptyScore(labels: ScoredLabels): PageScore {
  return {
    error: null,
    facts: labels.keyFacts.length,
    covered: 0,
    leadCovered: 0,
    points: 0,
    badPoints: 0,
    paddingLabels: labels.padding.length,
    paddingPresent: 0,
    paddingMarked: 0,
    marksRight: 0,
    marksWrong: 0,
    marksUnlabelled: 0,
    notPaddingSeen: 0,
    notPaddingMarked: 0,
    factSentencesSeen: 0,
    factSentencesMarked: 0,
    furnitureLabels: labels.boilerplate.length,
    furnitureRemoved: 0,
    furnitureMarked: 0,
    meter: 0,
    labelledMeter: 0,
  };
}

function readPage(html: string, url: string): { analysis: Analysis; leadSentences: string[] } | { error: string } {
  const result = extractFromHtml(html, url);
  if (!result.ok) return { error: result.reason };
  const analysis = analyze(result.article);
  return { analysis, leadSentences: sentencesOf(result.article.blocks, analysis.lang) };
}

/** The sentence a label names: the one holding the whole label, else the longest it overlaps; -1 when none. */
function locate(label: string, sentenceWords: readonly (readonly string[])[]): number {
  const lw = words(label);
  let best = -1;
  for (let i = 0; i < sentenceWords.length; i++) {
    const w = sentenceWords[i]!;
    if (!sameSentence(lw, w)) continue;
    if (findFragment(lw, w) >= 0) return i;
    if (best < 0 || w.length > sentenceWords[best]!.length) best = i;
  }
  return best;
}

/** Each sentence's label: 1 padding or furniture, -1 real content (notPadding, a key fact), 0 none. */
export function sentenceClasses(sentenceWords: readonly (readonly string[])[], labels: ScoredLabels): Int8Array {
  const out = new Int8Array(sentenceWords.length);
  for (const l of [...labels.notPadding, ...labels.keyFacts.flat()]) {
    const i = locate(l, sentenceWords);
    if (i >= 0) out[i] = -1;
  }
  // Padding wins where a reader's lists meet on one sentence of Winnow's (two labels in one cut).
  for (const l of [...labels.padding.map((p) => p.text), ...labels.boilerplate]) {
    const i = locate(l, sentenceWords);
    if (i >= 0) out[i] = 1;
  }
  return out;
}

export function scorePage(html: string, url: string, labels: ScoredLabels): PageScore {
  const score = emptyScore(labels);
  const read = readPage(html, url);
  if ('error' in read) return { ...score, error: read.error };
  return scoreAnalysis(read.analysis, read.leadSentences, labels);
}

function scoreAnalysis(analysis: Analysis, leadSentences: readonly string[], labels: ScoredLabels): PageScore {
  const score = emptyScore(labels);
  const sentences = analysis.sentences.map((s) => ({ s, w: words(s.text) }));
  const sentenceWords = sentences.map((x) => x.w);
  const find = (label: string) => analysis.sentences[locate(label, sentenceWords)];
  const labelled = (text: string, list: readonly string[]) => {
    const w = words(text);
    return list.some((l) => sameSentence(words(l), w));
  };
  const paddingTexts = labels.padding.map((p) => p.text);
  const unwanted = [...paddingTexts, ...labels.boilerplate];
  const protectedTexts = [...labels.notPadding, ...labels.keyFacts.flat()];

  const points = analysis.keyPoints;
  score.points = points.length;
  score.covered = labels.keyFacts.filter((alts) => points.some((k) => covers(k.text, alts))).length;
  const leadK = lead(leadSentences, points.length);
  score.leadCovered = labels.keyFacts.filter((alts) => leadK.some((s) => covers(s, alts))).length;
  score.badPoints = points.filter((k) =>
    [k.text, ...k.sentences.map((i) => analysis.sentences[i]?.text ?? '')].some((t) => t && labelled(t, unwanted)),
  ).length;

  // How many of a list's sentences are in Winnow's text, and how many of those it marked.
  const markedOf = (list: readonly string[]): [number, number] => {
    let seen = 0;
    let marked = 0;
    for (const label of list) {
      const s = find(label);
      if (!s) continue;
      seen++;
      if (s.padding) marked++;
    }
    return [seen, marked];
  };
  [score.paddingPresent, score.paddingMarked] = markedOf(paddingTexts);
  [score.notPaddingSeen, score.notPaddingMarked] = markedOf(labels.notPadding);
  [score.factSentencesSeen, score.factSentencesMarked] = markedOf(labels.keyFacts.flat());
  for (const label of labels.boilerplate) {
    const s = find(label);
    if (!s) score.furnitureRemoved++;
    else if (s.padding) score.furnitureMarked++;
  }

  let allWords = 0;
  let unwantedWords = 0;
  for (const { s } of sentences) {
    allWords += s.words;
    const isUnwanted = labelled(s.text, unwanted);
    if (isUnwanted) unwantedWords += s.words;
    if (!s.padding) continue;
    if (isUnwanted) score.marksRight++;
    else if (labelled(s.text, protectedTexts)) score.marksWrong++;
    else score.marksUnlabelled++;
  }
  score.meter = analysis.padding.ratio;
  score.labelledMeter = allWords ? unwantedWords / allWords : 0;
  return score;
}
