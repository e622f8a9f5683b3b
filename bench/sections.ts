/**
 * The bench's sections. Each one measures one thing and hands back table rows (with their target
 * checks) plus plain data for --json; run.ts only chooses, runs and prints them. A new metric
 * (e.g. padding precision/recall per kind) is a new function here and one entry in run.ts.
 */
import { analyze, MAX_POINTS, type Analysis, type AnalysisInput } from '../utils/analysis';
import type { Block } from '../utils/extract';
import { splitSentences } from '../utils/text/sentences';
import { lead, sentencesOf, textRank } from './baselines';
import { BBC_FILE, CNNDM_FILE, CNNDM_SYSTEMS, findDataFile, loadBbc, loadCnnDm } from './datasets';
import { loadPages, pageParagraphs, scorePage, type PageFacts } from './key-facts';
import type { LabelledPage } from '../tests/support/labels';
import { meanRouge, rouge, rougeTokens, type RougeScores } from './rouge';
import { measureSpeed, type SpeedResult } from './speed';
import type { Column, Row, TargetCheck } from './table';
import type { Split } from './corpus/split';

export interface Context {
  /** null when the bench-data folder is missing. */
  dataDir: string | null;
  fixtureDirs: string[];
  /** The labelled real-web corpus (corpus/pages by default). */
  corpusDir: string;
  /** First N documents per dataset. */
  limit: number;
  /** The corpus splits to read: leaving blind out while choosing between variants keeps it unread. */
  splits: readonly Split[];
  /** Printed under the table: data caveats, fallbacks. */
  notes: string[];
  progress: (message: string) => void;
}

export interface SectionResult {
  rows: Row[];
  json: unknown;
  /** A section with columns of its own prints its own table after the main one. */
  table?: { title: string; columns: Column[]; rows: Row[] };
}

const pct = (x: number): string => (x * 100).toFixed(2);
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Per-system scores for one dataset, collected document by document. */
class RougeTally {
  private readonly systems = new Map<string, { scores: RougeScores[]; words: number[] }>();

  add(system: string, reference: string, candidate: string): void {
    let entry = this.systems.get(system);
    if (!entry) this.systems.set(system, (entry = { scores: [], words: [] }));
    entry.scores.push(rouge(reference, candidate));
    entry.words.push(rougeTokens(candidate).length);
  }

  result(system: string): { scores: RougeScores; words: number; docs: number } {
    const entry = this.systems.get(system);
    if (!entry) throw new Error(`no scores for ${system}`);
    return { scores: meanRouge(entry.scores), words: mean(entry.words), docs: entry.scores.length };
  }

  row(section: string, system: string, label = system, targets?: TargetCheck[]): Row {
    const r = this.result(system);
    return {
      section,
      label,
      cells: { r1: pct(r.scores.r1), r2: pct(r.scores.r2), rl: pct(r.scores.rl), words: r.words.toFixed(0) },
      targets,
    };
  }

  json(): Record<string, { r1: number; r2: number; rl: number; words: number; docs: number }> {
    return Object.fromEntries([...this.systems.keys()].map((s) => {
      const r = this.result(s);
      return [s, { ...r.scores, words: r.words, docs: r.docs }];
    }));
  }
}

const pointsText = (a: Analysis): string => a.keyPoints.map((k) => k.text).join(' ');

function above(name: string, metric: 'r1' | 'r2', ours: RougeScores, theirs: RougeScores, stretch = false): TargetCheck {
  const label = metric === 'r1' ? 'R-1' : 'R-2';
  return {
    text: `${label} > ${name} (${pct(ours[metric])} vs ${pct(theirs[metric])})`,
    pass: ours[metric] > theirs[metric],
    stretch,
  };
}

function skipped(section: string, why: string): SectionResult {
  return { rows: [{ section, label: 'skipped', cells: { value: why } }], json: { skipped: why } };
}

export function cnnDmSection(ctx: Context): SectionResult {
  const section = 'CNN/DM';
  const path = ctx.dataDir && findDataFile(ctx.dataDir, CNNDM_FILE);
  if (!path) return skipped(section, ctx.dataDir ? `${CNNDM_FILE} not found` : 'bench-data not found');
  const docs = loadCnnDm(path, ctx.limit);
  ctx.progress(`CNN/DM: ${docs.length} articles`);
  const tally = new RougeTally();
  const refWords: number[] = [];
  const ks: number[] = [];
  for (const doc of docs) {
    // The `article` field has no paragraph breaks, and `article_sentences` is PTB-tokenised in
    // most records ("China , kite"), so it is not the text a reader sees. Daily Mail (226 of the
    // 250) prints one sentence per paragraph, so one block per sentence of the original text is
    // the faithful layout; the split is Winnow's own, which the baselines use too.
    const blocks: Block[] = splitSentences(doc.article, 'en').map((text) => ({ kind: 'paragraph', text }));
    const input: AnalysisInput = { title: '', lang: 'en', blocks };
    const reference = doc.highlights.join(' ');
    refWords.push(rougeTokens(reference).length);
    const three = analyze(input, { points: 3 });
    const byDefault = analyze(input);
    const k = byDefault.keyPoints.length;
    ks.push(k);
    const sentences = sentencesOf(blocks);
    tally.add('winnow-3', reference, pointsText(three));
    tally.add('winnow-default', reference, pointsText(byDefault));
    tally.add('lead-3', reference, lead(sentences, 3).join(' '));
    tally.add('lead-k', reference, lead(sentences, k).join(' '));
    tally.add('textrank-3', reference, textRank(sentences, 3).join(' '));
    tally.add('textrank-k', reference, textRank(sentences, k).join(' '));
    for (const s of CNNDM_SYSTEMS) tally.add(s, reference, doc.systems[s]);
  }
  const ours = tally.result('winnow-3').scores;
  const lead3 = tally.result('lead-3').scores;
  const kLabel = `K=${mean(ks).toFixed(1)}`;
  const rows: Row[] = [
    { section, label: `${docs.length} articles; ref = highlights`, cells: { words: mean(refWords).toFixed(0), value: 'reference length' } },
    tally.row(section, 'winnow-3', 'Winnow, 3 points', [
      above('LEAD-3', 'r1', ours, lead3),
      above('LEAD-3', 'r2', ours, lead3),
      above('bert_sum', 'r1', ours, tally.result('bert_sum').scores, true),
    ]),
    tally.row(section, 'winnow-default', 'Winnow, default (5)'),
    tally.row(section, 'lead-3', 'LEAD-3'),
    tally.row(section, 'lead-k', `LEAD-K (${kLabel}, Winnow's count)`),
    tally.row(section, 'textrank-3', 'TextRank-3'),
    tally.row(section, 'textrank-k', `TextRank-K (${kLabel})`),
    ...CNNDM_SYSTEMS.map((s) => tally.row(section, s, `recorded: ${s}`)),
  ];
  return { rows, json: { docs: docs.length, referenceWords: mean(refWords), meanK: mean(ks), systems: tally.json() } };
}

export function bbcSection(ctx: Context): SectionResult {
  const section = 'BBC';
  const path = ctx.dataDir && findDataFile(ctx.dataDir, BBC_FILE);
  if (!path) return skipped(section, ctx.dataDir ? `${BBC_FILE} not found` : 'bench-data not found');
  const docs = loadBbc(path, ctx.limit);
  ctx.progress(`BBC: ${docs.length} articles`);
  const tally = new RougeTally();
  const refWords: number[] = [];
  const ks: number[] = [];
  let clamped = 0;
  for (const doc of docs) {
    const blocks: Block[] = doc.paragraphs.map((text) => ({ kind: 'paragraph', text }));
    const input: AnalysisInput = { title: doc.title, lang: 'en', blocks };
    refWords.push(rougeTokens(doc.summary).length);
    // The references are long (≈43% of the article), so Winnow is asked for as many points as
    // the reference has sentences; analyze() caps that at MAX_POINTS.
    if (doc.summarySentences.length > MAX_POINTS) clamped++;
    const matched = analyze(input, { points: doc.summarySentences.length });
    const byDefault = analyze(input);
    const k = matched.keyPoints.length;
    ks.push(k);
    const sentences = sentencesOf(blocks);
    tally.add('winnow-k', doc.summary, pointsText(matched));
    tally.add('winnow-default', doc.summary, pointsText(byDefault));
    tally.add('lead-k', doc.summary, lead(sentences, k).join(' '));
    tally.add('textrank-k', doc.summary, textRank(sentences, k).join(' '));
  }
  if (clamped) ctx.notes.push(`BBC: ${clamped} of ${docs.length} references have more than ${MAX_POINTS} sentences; Winnow was capped at ${MAX_POINTS} points there.`);
  const kLabel = `K=${mean(ks).toFixed(1)}`;
  const rows: Row[] = [
    { section, label: `${docs.length} articles; ref = summary`, cells: { words: mean(refWords).toFixed(0), value: 'reference length' } },
    tally.row(section, 'winnow-k', `Winnow, K = ref sentences (${kLabel})`, [
      above('LEAD-K', 'r1', tally.result('winnow-k').scores, tally.result('lead-k').scores),
    ]),
    tally.row(section, 'winnow-default', 'Winnow, default (5)'),
    tally.row(section, 'lead-k', `LEAD-K (${kLabel})`),
    tally.row(section, 'textrank-k', `TextRank-K (${kLabel})`),
  ];
  return { rows, json: { docs: docs.length, referenceWords: mean(refWords), meanK: mean(ks), clamped, systems: tally.json() } };
}

/** The same recall on the pages labelled blind alone: those no rule or weight was ever fitted to. */
function blindRow(labelled: readonly LabelledPage[], pages: readonly PageFacts[], section: string): Row[] {
  const blind = pages.filter((_, i) => labelled[i]?.labels.labelledBlind);
  if (!blind.length) return [];
  const facts = blind.reduce((a, p) => a + p.facts, 0);
  const covered = blind.reduce((a, p) => a + p.covered, 0);
  const pct = facts ? ((covered / facts) * 100).toFixed(1) : '0.0';
  return [{ section, label: `  of which labelled blind, ${blind.length} pages`, cells: { value: `recall ${pct}% (${covered}/${facts})` } }];
}

export function keyFactsSection(ctx: Context): SectionResult {
  const section = 'Key facts';
  const set = loadPages(ctx.fixtureDirs);
  ctx.progress(`labelled pages: ${set.pages.length}`);
  if (!set.pages.length) return skipped(section, `no labelled pages in ${ctx.fixtureDirs.join(', ')}`);
  const pages: PageFacts[] = set.pages.map(scorePage);
  const facts = pages.reduce((a, p) => a + p.facts, 0);
  const covered = pages.reduce((a, p) => a + p.covered, 0);
  const leadCovered = pages.reduce((a, p) => a + p.leadCovered, 0);
  const unwanted = pages.reduce((a, p) => a + p.unwanted.length, 0);
  const recall = facts ? covered / facts : 0;
  const share = (n: number): string => `${facts ? ((n / facts) * 100).toFixed(1) : '0.0'}% (${n}/${facts})`;

  for (const p of pages) {
    if (p.error) ctx.notes.push(`Key facts: ${p.name} was not extracted (${p.error}); its facts count as missed.`);
    for (const u of p.unwanted) ctx.notes.push(`Key facts: ${p.name}: key point "${u.point.slice(0, 80)}" matches label "${u.label.slice(0, 60)}".`);
  }
  if (set.duplicates.length) ctx.notes.push(`Key facts: ${set.duplicates.length} page(s) found in more than one dir, counted once: ${set.duplicates.join(', ')}.`);
  if (set.notArticle.length) ctx.notes.push(`Key facts: skipped notArticle page(s): ${set.notArticle.join(', ')}.`);

  const rows: Row[] = [
    {
      section,
      label: `Winnow (default), ${pages.length} pages`,
      cells: { value: `recall ${share(covered)}` },
      targets: [{ text: `recall ≥ 90% (${(recall * 100).toFixed(1)}%)`, pass: recall >= 0.9 }],
    },
    ...blindRow(set.pages, pages, section),
    { section, label: "LEAD-K (K = Winnow's points)", cells: { value: `recall ${share(leadCovered)}` } },
    {
      section,
      label: 'Key points labelled padding/boilerplate',
      cells: { value: String(unwanted) },
      targets: [{ text: `= 0 (${unwanted})`, pass: unwanted === 0 }],
    },
    ...pages.map((p) => ({
      section,
      label: `  ${p.name}`,
      cells: {
        value: p.error
          ? `not extracted (${p.error.split(':')[0]})`
          : `${p.covered}/${p.facts}  LEAD ${p.leadCovered}/${p.facts}  ${p.points} pts${p.unwanted.length ? `  ${p.unwanted.length} labelled padding` : ''}`,
      },
    })),
  ];
  return { rows, json: { facts, covered, leadCovered, recall, unwanted, pages } };
}

const SIZES = [
  { words: 1_000, reps: 51 },
  { words: 10_000, reps: 21 },
  { words: 100_000, reps: 11 },
];

export function speedSection(ctx: Context): SectionResult {
  const section = 'Speed';
  let paragraphs: string[] = [];
  let source = 'BBC articles';
  const path = ctx.dataDir && findDataFile(ctx.dataDir, BBC_FILE);
  // Not limited by --limit: 100k words needs most of the 500 articles, and timing is cheap.
  if (path) paragraphs = loadBbc(path).flatMap((d) => d.paragraphs);
  if (!paragraphs.length) {
    paragraphs = pageParagraphs(loadPages(ctx.fixtureDirs).pages);
    source = 'labelled pages repeated';
    ctx.notes.push('Speed: BBC text not available; timed on the labelled pages\u2019 paragraphs, repeated to length.');
  }
  if (!paragraphs.length) return skipped(section, 'no text to time');
  ctx.progress(`speed: timing analyze() on ${source}`);
  const results: SpeedResult[] = measureSpeed(paragraphs, SIZES);
  const at = (words: number): SpeedResult | undefined => results.find((r) => r.words === words);
  const limits: Record<number, number> = { 1_000: 5, 100_000: 300 };
  const rows: Row[] = results.map((r) => {
    const limit = limits[r.words];
    return {
      section,
      label: `analyze(), ${r.words.toLocaleString('en')} words`,
      cells: {
        value: `${r.medianMs.toFixed(2)} ms median of ${r.reps} (min ${r.minMs.toFixed(2)}; ${r.actualWords.toLocaleString('en')} words)`,
      },
      targets: limit === undefined ? undefined : [{ text: `< ${limit} ms`, pass: r.medianMs < limit }],
    };
  });
  const small = at(1_000);
  const large = at(100_000);
  const ratio = small && large ? large.medianMs / small.medianMs : NaN;
  rows.push({
    section,
    label: 'ratio 100k / 1k',
    cells: { value: `${ratio.toFixed(1)} (linear would be ~100; text: ${source})` },
    targets: [{ text: `≤ 130 (${ratio.toFixed(1)})`, pass: ratio <= 130 }],
  });
  return { rows, json: { source, results, ratio } };
}
