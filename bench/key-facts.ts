/**
 * Key-fact recall on the hand-labelled pages: extract the page as the extension would, analyse it
 * with default options, and count the labelled facts some key point covers (issue #3's ≥70% rule).
 * LEAD-K on the same extracted article, with the same K, shows what position alone gets.
 */
import { analyze } from '../utils/analysis';
import { extractArticle } from '../utils/extract';
import { documentFromHtml } from '../cli/summarize-file';
import { coversFact, labelMatches, loadLabelledPages, type LabelledPage } from '../tests/support/labels';
import { lead, sentencesOf } from './baselines';

export interface PageFacts {
  name: string;
  dir: string;
  facts: number;
  covered: number;
  leadCovered: number;
  points: number;
  /** Key points that match a `padding` or `boilerplate` label: shown to the reader, but labelled as not worth it. */
  unwanted: { point: string; label: string }[];
  /** Why the page produced no analysis, when it did not. */
  error?: string;
}

interface PageSet {
  pages: LabelledPage[];
  /** Pages skipped because the same name and HTML were already loaded from an earlier dir. */
  duplicates: string[];
  notArticle: string[];
}

/** Loads every dir's pages; the shared dir mirrors some of tests/fixtures, so exact repeats are dropped. */
export function loadPages(dirs: readonly string[]): PageSet {
  const seen = new Map<string, string>();
  const set: PageSet = { pages: [], duplicates: [], notArticle: [] };
  for (const dir of dirs) {
    for (const page of loadLabelledPages(dir)) {
      if (seen.get(page.name) === page.html) {
        set.duplicates.push(page.name);
        continue;
      }
      // Same name, different page: keep both, told apart by where they came from.
      const name = seen.has(page.name) ? `${page.name} (${dir})` : page.name;
      seen.set(page.name, page.html);
      if (page.labels.notArticle) set.notArticle.push(name);
      else set.pages.push({ ...page, name });
    }
  }
  return set;
}

export function scorePage(page: LabelledPage): PageFacts {
  const base: PageFacts = {
    name: page.name,
    dir: page.dir,
    facts: page.labels.keyFacts.length,
    covered: 0,
    leadCovered: 0,
    points: 0,
    unwanted: [],
  };
  const url = `https://bench.example/${encodeURIComponent(page.name)}/`;
  const result = extractArticle(documentFromHtml(page.html, url));
  if (!result.ok) return { ...base, error: `${result.reason}: ${result.message}` };
  const analysis = analyze(result.article);
  const points = analysis.keyPoints;
  const leadK = lead(sentencesOf(result.article.blocks, analysis.lang), points.length);

  const unwantedLabels = [...page.labels.padding.map((p) => p.text), ...page.labels.boilerplate];
  const unwanted: PageFacts['unwanted'] = [];
  for (const k of points) {
    // Check the shown text and each sentence in it: a label may be a sentence's opening words,
    // or a whole sentence that the point joins to another.
    const texts = [k.text, ...k.sentences.map((i) => analysis.sentences[i]?.text ?? '')];
    const label = unwantedLabels.find((l) => texts.some((t) => t && labelMatches(l, t)));
    if (label !== undefined) unwanted.push({ point: k.text, label });
  }

  const facts = page.labels.keyFacts;
  return {
    ...base,
    covered: facts.filter((alts) => points.some((k) => coversFact(k.text, alts))).length,
    leadCovered: facts.filter((alts) => leadK.some((s) => coversFact(s, alts))).length,
    points: points.length,
    unwanted,
  };
}

/** The labelled pages' article text, for timing when bench-data is absent. */
export function pageParagraphs(pages: readonly LabelledPage[]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const result = extractArticle(documentFromHtml(page.html, `https://bench.example/${encodeURIComponent(page.name)}/`));
    if (result.ok) for (const b of result.article.blocks) if (b.kind === 'paragraph') out.push(b.text);
  }
  return out;
}

