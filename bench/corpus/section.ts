/**
 * `npm run bench -- --only corpus`: Winnow on the labelled real-web corpus, one table for train,
 * dev and blind, and within each by genre and by language, next to LEAD-K, the two-reader ceiling
 * and the team-written fixtures, every row scored by the same code in one run.
 */
import type { Context, SectionResult } from '../sections';
import type { Column, Row } from '../table';
import { loadPages } from '../key-facts';
import { agreement, type Agreement } from './agreement';
import { corpusPageUrl, loadCorpus, pageHtml, type CorpusPage } from './pages';
import { scorePage, type PageScore } from './score';
import { SPLITS } from './split';

/** The mix, as rows: genres grouped the way the corpus was gathered. */
export const GENRE_GROUPS: Record<string, readonly string[]> = {
  'how-tos & recipes': ['recipe', 'howto', 'tutorial', 'listicle'],
  'marketing & reviews': ['marketing', 'press-release', 'review'],
  'blogs & opinion': ['blog', 'feature', 'opinion'],
  news: ['news'],
};

/** Languages with a row of their own; the few pages in any other language share one. */
const LANGUAGE_ROWS = ['en', 'fr', 'de', 'es', 'it', 'pt'] as const;

function languageRow(lang: string): string {
  return (LANGUAGE_ROWS as readonly string[]).includes(lang) ? lang : 'other';
}

export function genreGroup(genre: string): string {
  return Object.entries(GENRE_GROUPS).find(([, gs]) => gs.includes(genre))?.[0] ?? genre;
}

type Tally = Omit<PageScore, 'error' | 'meter' | 'labelledMeter'> & { pages: number; errors: number; meter: number; labelledMeter: number };

function tally(scores: readonly PageScore[]): Tally {
  const t: Tally = {
    pages: 0, errors: 0, facts: 0, covered: 0, leadCovered: 0, points: 0, badPoints: 0, paddingLabels: 0,
    paddingPresent: 0, paddingMarked: 0, marksRight: 0, marksWrong: 0, marksUnlabelled: 0, notPaddingSeen: 0,
    notPaddingMarked: 0, factSentencesSeen: 0, factSentencesMarked: 0, furnitureLabels: 0, furnitureRemoved: 0, furnitureMarked: 0, meter: 0, labelledMeter: 0,
  };
  for (const s of scores) {
    t.pages++;
    if (s.error) t.errors++;
    for (const k of Object.keys(s) as (keyof PageScore)[]) {
      if (k === 'error') continue;
      (t as unknown as Record<string, number>)[k]! += s[k] as number;
    }
  }
  // The meters are means over pages: a page's meter is what its reader sees.
  if (t.pages) {
    t.meter /= t.pages;
    t.labelledMeter /= t.pages;
  }
  return t;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : '—');
const pct0 = (x: number): string => `${(100 * x).toFixed(1)}%`;

const CORPUS_COLUMNS: Column[] = [
  { key: 'pages', title: 'Pages', align: 'right' },
  { key: 'facts', title: 'Key facts in points', align: 'right' },
  { key: 'lead', title: 'LEAD-K', align: 'right' },
  { key: 'bad', title: 'Points padding/furniture', align: 'right' },
  { key: 'recall', title: 'Padding recall', align: 'right' },
  { key: 'precision', title: 'Padding precision', align: 'right' },
  { key: 'notPadding', title: 'notPadding marked', align: 'right' },
  { key: 'factsMarked', title: 'Fact sentences marked', align: 'right' },
  { key: 'furniture', title: 'Furniture removed/marked', align: 'right' },
  { key: 'meter', title: 'Meter: Winnow / labels', align: 'right' },
];

function row(section: string, label: string, t: Tally): Row {
  return {
    section,
    label: t.errors ? `${label} (${t.errors} not read)` : label,
    cells: {
      pages: String(t.pages),
      facts: pct(t.covered, t.facts),
      lead: pct(t.leadCovered, t.facts),
      bad: pct(t.badPoints, t.points),
      recall: pct(t.paddingMarked, t.paddingPresent),
      precision: pct(t.marksRight, t.marksRight + t.marksWrong),
      notPadding: pct(t.notPaddingMarked, t.notPaddingSeen),
      factsMarked: pct(t.factSentencesMarked, t.factSentencesSeen),
      furniture: pct(t.furnitureRemoved + t.furnitureMarked, t.furnitureLabels),
      meter: `${pct0(t.meter)} / ${pct0(t.labelledMeter)}`,
    },
  };
}

function groupRows(section: string, pages: readonly { page: CorpusPage; score: PageScore }[]): Row[] {
  const rows = [row(section, 'all', tally(pages.map((p) => p.score)))];
  for (const g of Object.keys(GENRE_GROUPS)) {
    const sub = pages.filter((p) => genreGroup(p.page.labels.genre) === g);
    if (sub.length) rows.push(row(section, `  ${g}`, tally(sub.map((p) => p.score))));
  }
  for (const lang of [...LANGUAGE_ROWS, 'other']) {
    const sub = pages.filter((p) => languageRow(p.page.labels.lang) === lang);
    if (sub.length) rows.push(row(section, lang === 'other' ? '  other languages' : `  lang ${lang}`, tally(sub.map((p) => p.score))));
  }
  return rows;
}

function sumAgreement(list: readonly Agreement[]): Agreement {
  const s: Agreement = { factsA: 0, factsAinB: 0, factsB: 0, factsBinA: 0, paddingA: 0, paddingAinB: 0, paddingB: 0, paddingBinA: 0 };
  for (const a of list) for (const k of Object.keys(s) as (keyof Agreement)[]) s[k] += a[k];
  return s;
}

export function corpusSection(ctx: Context): SectionResult {
  const pages = loadCorpus(ctx.corpusDir)
    .filter((p) => ctx.splits.includes(p.split))
    .slice(0, ctx.limit);
  const scored: { page: CorpusPage; score: PageScore }[] = [];
  for (const [i, page] of pages.entries()) {
    scored.push({ page, score: scorePage(pageHtml(page), corpusPageUrl(page), page.labels) });
    if ((i + 1) % 25 === 0) ctx.progress(`corpus: ${i + 1}/${pages.length} pages`);
  }
  const rows: Row[] = [];
  for (const split of SPLITS) {
    const sub = scored.filter((p) => p.page.split === split);
    if (sub.length) rows.push(...groupRows(split, sub));
  }
  rows.push(...groupRows('all splits', scored));

  // The ceiling: two readers on the same pages, and Winnow on those pages against each reader.
  const twice = scored.filter((p) => p.page.second);
  const json: Record<string, unknown> = {};
  if (twice.length) {
    const a = sumAgreement(twice.map((p) => agreement(p.page.labels, p.page.second!)));
    const vsSecond = twice.map((p) => scorePage(pageHtml(p.page), corpusPageUrl(p.page), p.page.second!));
    const both = tally([...twice.map((p) => p.score), ...vsSecond]);
    rows.push({
      section: 'ceiling',
      label: 'reader B vs reader A',
      cells: {
        pages: String(twice.length),
        facts: `${pct(a.factsAinB + a.factsBinA, a.factsA + a.factsB)}`,
        recall: pct(a.paddingAinB + a.paddingBinA, a.paddingA + a.paddingB),
      },
    });
    rows.push(row('ceiling', 'Winnow vs each reader', both));
    json.agreement = a;
  }

  const fixtures = loadPages(ctx.fixtureDirs).pages;
  if (fixtures.length) {
    const scores = fixtures.map((f) => scorePage(f.html, `https://bench.example/${encodeURIComponent(f.name)}/`, f.labels));
    rows.push(row('written', 'team-written fixtures (not the real web)', tally(scores)));
    json.fixtures = tally(scores);
  }
  ctx.notes.push(
    'corpus: facts = labelled key facts some key point holds ≥70% of (LEAD-K: the first K sentences, K = Winnow\'s points); ' +
      'padding recall over labelled padding still in Winnow\'s text; precision over marks that carry a label (padding or furniture right, notPadding or a fact sentence wrong); ' +
      'furniture = labelled page chrome removed by extraction or marked; meter = mean share of words marked. ' +
      'Ceiling: facts and padding each reader chose that the other chose too (both directions pooled).',
  );
  for (const split of SPLITS) json[split] = tally(scored.filter((p) => p.page.split === split).map((p) => p.score));
  return {
    rows: [],
    json,
    table: { title: `Real-web corpus · ${pages.length} pages labelled before Winnow ran on them (corpus/README.md)`, columns: CORPUS_COLUMNS, rows },
  };
}
