/**
 * One labelled page read as the analysis reads it, as training rows: each sentence's features and
 * words, what the readers said of it, and whether the rules' mark stands whatever the model says.
 */
import { analysisParts } from '../../utils/analysis/analyze';
import { modelSilent } from '../../utils/analysis/model/padding-model';
import { standing } from '../../utils/analysis/model/key-fact-features';
import type { Sensitivity } from '../../utils/analysis/vocabulary';
import { covers, words } from '../../bench/corpus/fragments';
import type { CorpusLabels } from '../../bench/corpus/labels';
import { sentenceClasses } from '../../bench/corpus/score';
import { extractFromHtml } from '../../cli/summarize-file';

/** What reading a page for training needs: its HTML, the address it is read at, and its labels. */
export interface TrainPage {
  html: () => string;
  url: string;
  labels: Pick<CorpusLabels, 'keyFacts' | 'padding' | 'boilerplate' | 'notPadding'>;
}

/** One page's rows (train.ts keeps one per page), or null when no article is found on it. */
export interface PageRows {
  x: Float64Array[];
  words: string[][];
  /** 1 padding or furniture, -1 a key fact or notPadding, 0 unlabelled. */
  y: Int8Array;
  /** 1 where the sentence states one of the page's labelled key facts. */
  key: Int8Array;
  /** Each sentence's place on its page, for the key-fact trees (key-fact-features.ts). */
  standing: Float64Array[];
  /** The rules' marks that stand whatever the model says (see markByModel). */
  ruleMarked: boolean[];
  /** The language the analysis read the page in, for figures per language. */
  lang: string;
}

/** The page read at `sensitivity` (the rules' marks, and so some features, depend on it). */
export function pageRows(page: TrainPage, sensitivity: Sensitivity): PageRows | null {
  const r = extractFromHtml(page.html(), page.url);
  if (!r.ok) return null;
  const parts = analysisParts(r.article, sensitivity);
  const { marks, sure } = parts.rules;
  return {
    x: parts.inputs.rows,
    words: parts.inputs.words,
    y: sentenceClasses(parts.features.map((f) => words(f.text)), page.labels),
    key: Int8Array.from(parts.features, (f) => (page.labels.keyFacts.some((alts) => covers(f.text, alts)) ? 1 : 0)),
    standing: standing(parts.features),
    ruleMarked: marks.map((m, k) => m !== null && (sure[k]! || modelSilent(parts.inputs.rows, k))),
    lang: parts.lang,
  };
}
