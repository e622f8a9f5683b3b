/**
 * `npm run bench -- --only extraction`: WCXB's development pages (bench-data/wcxb-dev, CC-BY-4.0,
 * Foley 2026), scored with the benchmark's own word-level F1 against `main_content`, per page
 * type: Winnow's reading as the CLI makes it beside plain Readability.js on the same document,
 * and what the article gate does with each type.
 *
 * The gate's thresholds were fitted on one half of the pages and are reported on the other: the
 * half is set by a frozen hash of the file name (`wcxbHalf`), never by page order or type.
 * Pages are read in worker threads, each replaced after PER_WORKER pages (worker-batches.ts says why).
 *
 * A full run takes an hour or more on a shared machine, so two environment knobs help:
 *   WCXB_HALF=fit|report   score one half only
 *   WCXB_LOG=FILE          append each page's score (facts included) to FILE as one JSON line, as it
 *                          comes; pages already in FILE are taken from it, so a stopped run resumes
 *                          (start a new file after changing the code)
 * Pages are scored in a frozen hash order, so a run stopped early has sampled every type.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutEntries, isHeldOut } from './held-out';
import { nameHash } from './name-hash';
import type { Context, SectionResult } from './sections';
import type { Column, Row, TargetCheck } from './table';
import type { PageScore, WcxbPage } from './wcxb-page';
import { inWorkerBatches } from './worker-batches';

export const WCXB_DIR = 'wcxb-dev';
export const WCXB_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
const PER_WORKER = 40;
/** Two shared cores: two readers at a time. */
const WORKERS = 2;
/** Published dev-split F1 (WCXB README), for context only: they ran other code. */
const ANCHORS: Record<string, string> = { article: 'rs-trafilatura 0.932, Trafilatura 0.926', all: 'rs-trafilatura 0.859' };

export type Half = 'fit' | 'report';

/** Which half of the pages a file belongs to: `fit` pages set the gate's thresholds, `report` pages measure them. */
export function wcxbHalf(id: string): Half {
  return nameHash(`${id}.html.gz`) % 2 === 0 ? 'fit' : 'report';
}

/**
 * The dev pages with their types, in a frozen hash order; `limit` takes the first N. Left out: any
 * page listed in HELD-OUT.md, and the two pages whose ground truth has no `main_content`.
 * metadata.json lists only 1,358 of the 1,497 pages; each ground-truth file names its own type
 * (`_internal.page_type.primary`, the same as metadata.json wherever both exist).
 */
export function loadWcxbPages(dataDir: string, limit: number): WcxbPage[] {
  const dir = join(dataDir, WCXB_DIR);
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { files: Record<string, { page_type: string }> };
  const heldOut = heldOutEntries(dataDir);
  const pages: WcxbPage[] = [];
  for (const file of readdirSync(join(dir, 'ground-truth')).sort()) {
    const id = file.replace(/\.json$/, '');
    if (id === file || isHeldOut(heldOut, `${WCXB_DIR}/html/${id}.html.gz`)) continue;
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8')) as {
      _internal?: { page_type?: { primary?: string } };
      ground_truth?: { main_content?: unknown };
    };
    // Two dev pages (4802, 4893) have no main_content: there is nothing to score them against.
    if (typeof truth.ground_truth?.main_content !== 'string') continue;
    const type = truth._internal?.page_type?.primary ?? meta.files[id]?.page_type;
    if (!type || !(WCXB_TYPES as readonly string[]).includes(type)) throw new Error(`${file}: no known page type`);
    pages.push({ id, type });
  }
  // A quick or stopped run samples every type: pages in hash order, not in id order (which starts with articles).
  pages.sort((a, b) => nameHash(`wcxb-order:${a.id}`) - nameHash(`wcxb-order:${b.id}`));
  return pages.slice(0, limit);
}

export async function scoreWcxb(dataDir: string, pages: WcxbPage[], progress: (m: string) => void, log?: string): Promise<PageScore[]> {
  const dir = join(dataDir, WCXB_DIR);
  const scores = new Map<string, PageScore>();
  if (log && existsSync(log)) {
    const wanted = new Set(pages.map((p) => p.id));
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      const s = line.trim() ? (JSON.parse(line) as PageScore) : null;
      if (s && wanted.has(s.id)) scores.set(s.id, s);
    }
    if (scores.size) progress(`wcxb: ${scores.size} pages taken from ${log}`);
  }
  const todo = pages.filter((p) => !scores.has(p.id));
  await inWorkerBatches<WcxbPage, PageScore>(todo, {
    worker: new URL('./wcxb-worker.mjs', import.meta.url),
    workerData: (batch) => ({ dataDir: dir, pages: batch }),
    perWorker: PER_WORKER,
    lanes: WORKERS,
    name: 'a WCXB reader',
    onMessage: (s, i) => {
      scores.set(s.id, s);
      if (log) appendFileSync(log, `${JSON.stringify(s)}\n`);
      // Progress once per worker, at its batch's last page.
      if ((i + 1) % PER_WORKER === 0 || i + 1 === todo.length) progress(`wcxb: ${scores.size}/${pages.length} pages`);
    },
  });
  return pages.map((p) => scores.get(p.id)!);
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f3 = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));
const share = (n: number, of: number): string => (of ? `${((100 * n) / of).toFixed(1)}%` : '–');

export interface TypeSummary {
  pages: number;
  readability: number;
  winnow: number;
  forced: number;
  refused: number;
  noted: number;
  /** Pages with no readable text, or that could not be read: not read either. */
  empty: number;
  /** On the pages Winnow reads (noted or not): its F1 and Readability's on the same pages. */
  readPages: number;
  winnowOnRead: number;
  readabilityOnRead: number;
}

export function summarize(scores: readonly PageScore[]): TypeSummary {
  const read = scores.filter((s) => s.outcome === 'read' || s.outcome === 'noted');
  return {
    pages: scores.length,
    readability: mean(scores.map((s) => s.readability)),
    winnow: mean(scores.map((s) => s.winnow)),
    forced: mean(scores.map((s) => s.forced)),
    refused: scores.filter((s) => s.outcome === 'refused').length,
    noted: scores.filter((s) => s.outcome === 'noted').length,
    empty: scores.filter((s) => s.outcome === 'empty' || s.outcome === 'error').length,
    readPages: read.length,
    winnowOnRead: mean(read.map((s) => s.winnow)),
    readabilityOnRead: mean(read.map((s) => s.readability)),
  };
}

const F1_COLUMNS: Column[] = [
  { key: 'pages', title: 'Pages', align: 'right' },
  { key: 'readability', title: 'Readability', align: 'right' },
  { key: 'winnow', title: 'Winnow', align: 'right' },
  { key: 'forced', title: 'Winnow ungated', align: 'right' },
  { key: 'refused', title: 'Refused', align: 'right' },
  { key: 'noted', title: 'Noted', align: 'right' },
  { key: 'empty', title: 'Empty', align: 'right' },
  { key: 'onRead', title: 'Winnow / Readab. on read pages', align: 'right' },
  { key: 'anchor', title: 'Published (other code)', align: 'left' },
];

function row(section: string, label: string, s: TypeSummary, targets?: TargetCheck[]): Row {
  return {
    section,
    label,
    cells: {
      pages: String(s.pages),
      readability: f3(s.readability),
      winnow: f3(s.winnow),
      forced: f3(s.forced),
      refused: share(s.refused, s.pages),
      noted: share(s.noted, s.pages),
      empty: share(s.empty, s.pages),
      onRead: `${f3(s.winnowOnRead)} / ${f3(s.readabilityOnRead)} (${s.readPages})`,
      anchor: ANCHORS[label] ?? '',
    },
    targets,
  };
}

const byType = (scores: readonly PageScore[], type: string): PageScore[] => scores.filter((s) => s.type === type);

export async function extractionSection(ctx: Context): Promise<SectionResult> {
  const section = 'WCXB dev';
  const dir = ctx.dataDir ? join(ctx.dataDir, WCXB_DIR) : null;
  if (!ctx.dataDir || !dir || !existsSync(join(dir, 'metadata.json'))) {
    return { rows: [{ section, label: 'skipped', cells: { value: 'wcxb-dev not found' } }], json: null };
  }
  const only = process.env.WCXB_HALF;
  if (only && only !== 'fit' && only !== 'report') throw new Error(`WCXB_HALF takes fit or report, not "${only}"`);
  const pages = loadWcxbPages(ctx.dataDir, ctx.limit).filter((p) => !only || wcxbHalf(p.id) === only);
  const scores = await scoreWcxb(ctx.dataDir, pages, ctx.progress, process.env.WCXB_LOG || undefined);
  const rows: Row[] = [];
  const json: Record<string, unknown> = {};
  for (const half of ['all', 'report', 'fit'] as const) {
    const part = half === 'all' ? scores : scores.filter((s) => wcxbHalf(s.id) === half);
    if (!part.length || (only && half === 'all')) continue;
    const name = half === 'all' ? `${section} · all pages` : `${section} · ${half} half`;
    const summaries: Record<string, TypeSummary> = {};
    for (const type of WCXB_TYPES) {
      const s = summarize(byType(part, type));
      if (!s.pages) continue;
      summaries[type] = s;
      let targets: TargetCheck[] | undefined;
      if (half === 'all' && type === 'article') {
        targets = [{ text: `articles F1 ≥ 0.94 (${f3(s.winnow)})`, pass: s.winnow >= 0.94 }];
      }
      if (half === 'report' && type === 'article') {
        targets = [{ text: `articles refused ≤ 1% (${share(s.refused, s.pages)})`, pass: s.refused <= 0.01 * s.pages }];
      }
      if (half === 'report' && (type === 'forum' || type === 'service' || type === 'product')) {
        const gain = s.winnowOnRead - s.readabilityOnRead;
        targets = [{ text: `≥ 0.03 above Readability on the pages read (${gain >= 0 ? '+' : ''}${gain.toFixed(3)})`, pass: gain >= 0.03, stretch: true }];
      }
      if (half === 'report' && (type === 'collection' || type === 'listing')) {
        const caught = s.refused + s.noted;
        targets = [{ text: `${type} pages refused or noted (${share(caught, s.pages)})`, pass: caught >= 0.5 * s.pages, stretch: true }];
      }
      rows.push(row(name, type, s, targets));
    }
    const all = summarize(part);
    summaries.all = all;
    rows.push(row(name, 'all', all));
    json[half] = summaries;
  }
  ctx.notes.push(
    'WCXB: word-level F1 against main_content (CC-BY-4.0, Foley 2026); "Winnow" scores a refused page 0, "ungated" reads it anyway; ' +
      `halves by FNV-1a of the file name (bench/wcxb.ts): gate thresholds fitted on "fit", measured on "report"`,
  );
  const ms = scores.map((s) => s.ms);
  json.pages = scores;
  json.meanMs = mean(ms);
  return {
    rows: [],
    json,
    table: { title: `WCXB dev · word F1 per page type, Winnow vs Readability.js 0.6 on the same documents · ${scores.length} pages`, columns: F1_COLUMNS, rows },
  };
}
