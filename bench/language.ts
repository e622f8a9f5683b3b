/**
 * Language identified correctly (issue 12): on trafilatura-eval's pages (held-out pages skipped;
 * labels as corrected in language-labels.ts) and on the labelled corpus (its readers' `lang`; only
 * the language is read, never the analysis). Winnow's reading from the text is shown beside the old
 * rule (declared `<html lang>`, else the stopword guess) in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutEntries, isHeldOut } from './held-out';
import { corpusPageUrl, loadCorpus } from './corpus/pages';
import { LANGUAGE_CORRECTIONS } from './language-labels';
import type { LanguageJob, LanguageOutcome } from './language-worker';
import type { Context, SectionResult } from './sections';
import type { Row } from './table';
import { inWorkerBatches } from './worker-batches';

const SECTION = 'Language';
const TARGET = 0.98;
/** Pages per worker (worker-batches.ts says why workers). */
const PER_WORKER = 40;

interface LabelledJob extends LanguageJob {
  id: string;
  lang: string;
}

interface Tally {
  pages: number;
  unread: number;
  winnow: number;
  old: number;
  ms: number;
  /** "gold→got" for Winnow's misses, by page. */
  misses: string[];
  oldMisses: string[];
  /** Per language: pages, Winnow right, old rule right. */
  byLang: Record<string, { pages: number; winnow: number; old: number }>;
}

async function tally(name: string, jobs: LabelledJob[], ctx: Context): Promise<Tally> {
  const t: Tally = { pages: 0, unread: 0, winnow: 0, old: 0, ms: 0, misses: [], oldMisses: [], byLang: {} };
  if (jobs.length) ctx.progress(`language: ${name} page 1/${jobs.length}`);
  const outcomes = await inWorkerBatches<LanguageJob, LanguageOutcome>(jobs, {
    worker: new URL('./language-worker.mjs', import.meta.url),
    workerData: (batch) => ({ jobs: batch }),
    perWorker: PER_WORKER,
    lanes: 1,
    name: 'language worker',
    // Progress once per batch, as its first page starts.
    onMessage: (_, i) => {
      if ((i + 1) % PER_WORKER === 0 && i + 1 < jobs.length) ctx.progress(`language: ${name} page ${i + 2}/${jobs.length}`);
    },
  });
  outcomes.forEach((o, i) => {
    const job = jobs[i]!;
    const lang = (t.byLang[job.lang] ??= { pages: 0, winnow: 0, old: 0 });
    t.pages++;
    lang.pages++;
    t.ms += o.ms;
    if (!o.read) t.unread++;
    if (o.winnow === job.lang) {
      t.winnow++;
      lang.winnow++;
    } else t.misses.push(`${job.id} ${job.lang}→${o.winnow}`);
    if (o.old === job.lang) {
      t.old++;
      lang.old++;
    } else t.oldMisses.push(`${job.id} ${job.lang}→${o.old}`);
  });
  return t;
}

const share = (n: number, d: number): string => `${d ? ((n / d) * 100).toFixed(1) : '0.0'}% (${n}/${d})`;

function rows(name: string, t: Tally, target: boolean): Row[] {
  const rate = t.pages ? t.winnow / t.pages : 0;
  const langs = Object.entries(t.byLang)
    .sort((a, b) => b[1].pages - a[1].pages)
    .map(([l, c]) => `${l} ${c.winnow}/${c.pages}`)
    .join(', ');
  return [
    {
      section: SECTION,
      label: `${name}: language identified correctly`,
      cells: { value: `${share(t.winnow, t.pages)} · ${(t.ms / Math.max(1, t.pages)).toFixed(2)} ms/page${t.unread ? ` · ${t.unread} pages gave no text` : ''}` },
      targets: target ? [{ text: `≥ 98% (${(rate * 100).toFixed(1)}%)`, pass: rate >= TARGET }] : undefined,
    },
    { section: SECTION, label: `${name}: old rule (declared lang, else stopwords)`, cells: { value: share(t.old, t.pages) } },
    { section: SECTION, label: `${name}: by language (Winnow)`, cells: { value: langs } },
  ];
}

/** trafilatura-eval's pages with a language, held-out ones left out. */
function trafilaturaJobs(dataDir: string, limit: number): { jobs: LabelledJob[]; heldOut: number } {
  const dir = join(dataDir, 'trafilatura-eval');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as { path: string; url: string; lang: string }[];
  const held = heldOutEntries(dataDir);
  const kept = truth.filter((p) => !isHeldOut(held, `trafilatura-eval/${p.path}`));
  const jobs = kept.slice(0, limit).map((p) => ({
    id: p.path,
    path: join(dir, p.path),
    url: p.url.startsWith('http') ? p.url : 'https://bench.example/',
    lang: LANGUAGE_CORRECTIONS[p.path]?.lang ?? p.lang,
  }));
  return { jobs, heldOut: truth.length - kept.length };
}

export async function languageSection(ctx: Context): Promise<SectionResult> {
  const out: Row[] = [];
  const json: Record<string, Tally> = {};
  if (ctx.dataDir && existsSync(join(ctx.dataDir, 'trafilatura-eval', 'ground-truth.json'))) {
    const { jobs, heldOut } = trafilaturaJobs(ctx.dataDir, ctx.limit);
    const t = await tally('trafilatura-eval', jobs, ctx);
    out.push(...rows(`trafilatura-eval (${heldOut} held-out pages skipped)`, t, true));
    json.trafilatura = t;
    ctx.notes.push(`Language: ${Object.keys(LANGUAGE_CORRECTIONS).length} trafilatura-eval labels corrected (bench/language-labels.ts)`);
    if (t.misses.length) ctx.notes.push(`Language misses (trafilatura-eval): ${t.misses.join('; ')}`);
  } else out.push({ section: SECTION, label: 'trafilatura-eval: skipped', cells: { value: 'trafilatura-eval not found' } });

  const corpus = loadCorpus(ctx.corpusDir).slice(0, ctx.limit);
  if (corpus.length) {
    const jobs = corpus.map((p) => ({ id: p.slug, path: join(p.dir, 'page.html.gz'), url: corpusPageUrl(p), lang: p.labels.lang }));
    const t = await tally('corpus', jobs, ctx);
    out.push(...rows('corpus labels', t, false));
    json.corpus = t;
    // Only the language is named, never the page's analysis: blind pages may be listed here.
    if (t.misses.length) ctx.notes.push(`Language misses (corpus): ${t.misses.join('; ')}`);
  }
  return { rows: out, json };
}
