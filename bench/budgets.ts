/**
 * Budgets (issue 6): bundle sizes from a fresh build, the 1 MB article's extraction + analysis
 * time, the slowest pathological input, and click-to-key-points in a real Chromium. Figures,
 * not tests: they print against their targets like the other sections.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { documentFromHtml } from '../cli/summarize-file';
import { analyze } from '../utils/analysis';
import { countWords, extractArticle } from '../utils/extract';
import { hugeArticleHtml } from '../tests/support/huge-page';
import { PATHOLOGICAL } from '../tests/support/pathological';
import type { Context, SectionResult } from './sections';
import type { Row } from './table';

const SECTION = 'Budgets';
const POPUP_JS_KB = 30;
const EXTRACT_JS_KB = 25;
const HUGE_MS = 2000;
const CLICK_MS = 200;
const CLICK_RUNS = 7;
const HUGE_RUNS = 5;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
}

/** The JS a page loads at startup: its module scripts and everything they import statically. */
function startupChunks(extDir: string, html: string): Chunk[] {
  const page = readFileSync(join(extDir, html), 'utf8');
  const queue = [...page.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) =>
    resolve(extDir, `.${m[1]!.startsWith('/') ? '' : '/'}${m[1]!}`),
  );
  const seen = new Set<string>();
  const chunks: Chunk[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const buf = readFileSync(path);
    chunks.push({ file: path.slice(extDir.length + 1), bytes: buf.length, gzip: gz(buf) });
    // Static imports only (`import{...}from"./x.js"`, `import"./x.js"`); dynamic import() loads later.
    for (const m of buf.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(path), m[1]!));
    }
  }
  return chunks;
}

function buildExtension(ctx: Context): { dir: string; cleanup: () => void } | { error: string } {
  const out = mkdtempSync(join(tmpdir(), 'winnow-budget-'));
  ctx.progress(`budgets: building the extension into ${out}`);
  const res = spawnSync('npx', ['wxt', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, WINNOW_OUT_DIR: out },
    encoding: 'utf8',
    timeout: 300_000,
  });
  const dir = join(out, 'chrome-mv3');
  const cleanup = (): void => rmSync(out, { recursive: true, force: true });
  if (res.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    cleanup();
    return { error: `wxt build failed: ${(res.stderr || res.stdout || String(res.error)).slice(-400)}` };
  }
  return { dir, cleanup };
}

function bundleRows(dir: string): { rows: Row[]; json: unknown } {
  const popup = startupChunks(dir, 'popup.html');
  const popupGzip = popup.reduce((n, c) => n + c.gzip, 0);
  const extractBuf = readFileSync(join(dir, 'extract.js'));
  const extractGzip = gz(extractBuf);
  const rows: Row[] = [
    {
      section: SECTION,
      label: 'popup JS at startup (gzip -9)',
      cells: { value: `${kb(popupGzip)} gzip in ${popup.length} chunks (${kb(popup.reduce((n, c) => n + c.bytes, 0))} raw)` },
      targets: [{ text: `< ${POPUP_JS_KB} KB (${kb(popupGzip)})`, pass: popupGzip < POPUP_JS_KB * 1024 }],
    },
    ...popup.map((c) => ({ section: SECTION, label: `  ${c.file}`, cells: { value: `${kb(c.gzip)} gzip (${kb(c.bytes)} raw)` } })),
    {
      section: SECTION,
      label: 'extract.js (gzip -9)',
      cells: { value: `${kb(extractGzip)} gzip (${kb(extractBuf.length)} raw)` },
      targets: [{ text: `< ${EXTRACT_JS_KB} KB (${kb(extractGzip)})`, pass: extractGzip < EXTRACT_JS_KB * 1024 }],
    },
  ];
  return { rows, json: { popup, popupGzip, extract: { bytes: extractBuf.length, gzip: extractGzip } } };
}

/** The 1 MB page in jsdom: parsing the HTML is the browser's job and is not counted. */
function hugeRows(ctx: Context): { rows: Row[]; json: unknown } {
  const html = hugeArticleHtml();
  ctx.progress(`budgets: timing extraction + analysis of a ${kb(Buffer.byteLength(html))} page`);
  const times: { extract: number; analyze: number }[] = [];
  let words = 0;
  let notes: string[] = [];
  for (let i = 0; i <= HUGE_RUNS; i++) {
    const doc = documentFromHtml(html, 'https://bench.example/huge');
    const t0 = performance.now();
    const result = extractArticle(doc);
    const t1 = performance.now();
    if (!result.ok) throw new Error(`the 1 MB page was not read: ${result.message}`);
    analyze(result.article);
    const t2 = performance.now();
    words = countWords(result.article.blocks);
    notes = result.article.notes ?? [];
    if (i > 0) times.push({ extract: t1 - t0, analyze: t2 - t1 }); // the first run warms the JIT
  }
  const total = times.map((t) => t.extract + t.analyze);
  const med = median(total);
  return {
    rows: [
      {
        section: SECTION,
        label: '1 MB article: extract + analyze (jsdom)',
        cells: {
          value:
            `${med.toFixed(0)} ms median of ${HUGE_RUNS} (range ${Math.min(...total).toFixed(0)}–${Math.max(...total).toFixed(0)}; ` +
            `extract ${median(times.map((t) => t.extract)).toFixed(0)} + analyze ${median(times.map((t) => t.analyze)).toFixed(0)}; ` +
            `${words.toLocaleString('en')} words kept)`,
        },
        targets: [{ text: `< ${HUGE_MS} ms (${med.toFixed(0)})`, pass: med < HUGE_MS }],
      },
    ],
    json: { runs: times, medianMs: med, words, notes },
  };
}

function pathologicalRows(): { rows: Row[]; json: unknown } {
  const times = PATHOLOGICAL.map(([name, make]) => {
    const input = make();
    analyze(input);
    const runs = [0, 1, 2].map(() => {
      const t0 = performance.now();
      analyze(input);
      return performance.now() - t0;
    });
    return { name, ms: median(runs) };
  });
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    rows: [
      {
        section: SECTION,
        label: 'slowest pathological analyze()',
        cells: { value: `${worst.ms.toFixed(0)} ms: ${worst.name} (median of 3; ${times.length} inputs)` },
        targets: [{ text: `< ${HUGE_MS} ms (${worst.ms.toFixed(0)})`, pass: worst.ms < HUGE_MS }],
      },
    ],
    json: times,
  };
}

/** Toolbar click to the first key point painted, on the agency page, in a real Chromium. */
async function clickRows(ctx: Context, extDir: string): Promise<{ rows: Row[]; json: unknown }> {
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    ctx.notes.push(`Budgets: no Chromium at ${chromium} (set CHROMIUM_PATH): click-to-key-points not measured.`);
    return { rows: [{ section: SECTION, label: 'click to key points (Chromium)', cells: { value: `skipped: no Chromium at ${chromium}` } }], json: null };
  }
  const { launchWithExtension, serveDirectory } = await import('../tests/e2e/harness');
  const server = await serveDirectory(join(repoRoot, 'tests/fixtures'));
  const h = await launchWithExtension(extDir);
  const runs: { total: number; open: number; inPopup: number }[] = [];
  let baseline: number[] = [];
  try {
    ctx.progress(`budgets: ${CLICK_RUNS} toolbar clicks on the agency page`);
    const page = await h.openPage(`${server.origin}/agency-leak/page.html`);
    for (let i = 0; i < CLICK_RUNS; i++) {
      // Focus the tab first (this closes the last popup), so the clock starts at the click itself.
      await page.bringToFront();
      const clickedAt = Date.now();
      const popup = await h.clickToolbarButton(page);
      await popup.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
      await popup.waitForFunction(() => document.documentElement.dataset['keyPointsAt'] !== undefined);
      // The popup stamps the moment its key points were committed (ms since its own time origin,
      // the start of its navigation); Playwright's attach overhead after that does not count.
      const [origin, shown] = await popup.evaluate(() => [performance.timeOrigin, Number(document.documentElement.dataset['keyPointsAt'])]);
      runs.push({ total: origin! + shown! - clickedAt, open: origin! - clickedAt, inPopup: shown! });
    }
    await h.close();
    baseline = await emptyPopupOpenMs(extDir, server.origin);
  } finally {
    await h.close();
    await server.close();
  }
  const totals = runs.map((r) => r.total);
  const med = median(totals);
  const open = median(runs.map((r) => r.open));
  const inPopup = median(runs.map((r) => r.inPopup));
  return {
    rows: [
      {
        section: SECTION,
        label: 'click to key points (Chromium, agency page)',
        cells: { value: `${med.toFixed(0)} ms median of ${CLICK_RUNS} (range ${Math.min(...totals).toFixed(0)}–${Math.max(...totals).toFixed(0)})` },
        targets: [{ text: `< ${CLICK_MS} ms (${med.toFixed(0)})`, pass: med < CLICK_MS }],
      },
      {
        section: SECTION,
        label: '  of which: browser opens the popup',
        cells: { value: `${open.toFixed(0)} ms median (click to the popup's navigation start; not Winnow code)` },
      },
      {
        section: SECTION,
        label: '  of which: popup start to key points',
        cells: { value: `${inPopup.toFixed(0)} ms median (load, extract in the tab, analyse, render)` },
      },
      {
        section: SECTION,
        label: '  baseline: an empty popup opens',
        cells: { value: `${median(baseline).toFixed(0)} ms median of ${baseline.length} (same browser, popup.html with no script)` },
      },
    ],
    json: { runs, medianMs: med, openMedianMs: open, inPopupMedianMs: inPopup, emptyPopupOpenMs: baseline },
  };
}

/**
 * The same build with an empty popup page: how long this browser takes to open any popup. Shown
 * beside the real figure so the part Winnow can change is plain.
 */
async function emptyPopupOpenMs(extDir: string, origin: string): Promise<number[]> {
  const { launchWithExtension } = await import('../tests/e2e/harness');
  const copy = mkdtempSync(join(tmpdir(), 'winnow-empty-popup-'));
  cpSync(extDir, copy, { recursive: true });
  writeFileSync(join(copy, 'popup.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Empty</title></head><body><p>Empty</p></body></html>');
  const h = await launchWithExtension(copy);
  const runs: number[] = [];
  try {
    const page = await h.openPage(`${origin}/agency-leak/page.html`);
    for (let i = 0; i < CLICK_RUNS; i++) {
      await page.bringToFront();
      const clickedAt = Date.now();
      const popup = await h.clickToolbarButton(page);
      runs.push((await popup.evaluate(() => performance.timeOrigin)) - clickedAt);
    }
  } finally {
    await h.close();
    rmSync(copy, { recursive: true, force: true });
  }
  return runs;
}

export async function budgetsSection(ctx: Context): Promise<SectionResult> {
  const rows: Row[] = [];
  const json: Record<string, unknown> = {};
  const built = buildExtension(ctx);
  try {
    if ('error' in built) {
      ctx.notes.push(`Budgets: ${built.error}`);
      rows.push({ section: SECTION, label: 'bundle sizes', cells: { value: 'skipped: the build failed' } });
    } else {
      const bundle = bundleRows(built.dir);
      rows.push(...bundle.rows);
      json['bundle'] = bundle.json;
    }
    const huge = hugeRows(ctx);
    rows.push(...huge.rows);
    json['huge'] = huge.json;
    const patho = pathologicalRows();
    rows.push(...patho.rows);
    json['pathological'] = patho.json;
    if (!('error' in built)) {
      const click = await clickRows(ctx, built.dir);
      rows.push(...click.rows);
      json['click'] = click.json;
    }
  } finally {
    if (!('error' in built)) built.cleanup();
  }
  return { rows, json };
}
