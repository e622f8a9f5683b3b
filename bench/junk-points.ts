/**
 * `npm run bench -- --only junk`: page furniture chosen as a key point (issue #12): datelines,
 * bylines, breadcrumbs, share buttons.
 *
 * - Article Extraction Benchmark: key points with a sentence that is not in the page's human-marked
 *   article body (≥ 80% of the sentence's words within a stretch of the body), and, separately, key
 *   points with a sentence shaped like a date line, a byline or a breadcrumb path. The shapes are the
 *   bench's own plain patterns, not the extension's filter, so the count does not grade itself.
 *   Pages listed in HELD-OUT.md are left out, and so are pages that are blind pages of the corpus.
 * - The corpus's train and dev pages: key points with a sentence labelled boilerplate (page furniture).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutEntries } from './held-out';
import { gunzipSync } from 'node:zlib';
import { analyze, type Analysis } from '../utils/analysis';
import { decodeHtml } from '../utils/text/decode-html';
import { extractFromHtml } from '../cli/summarize-file';
import { findFragment, sameSentence, words } from './corpus/fragments';
import { corpusPageUrl, loadCorpus, pageHtml } from './corpus/pages';
import type { Context, SectionResult } from './sections';
import type { Row } from './table';

const AEB = 'article-extraction-benchmark';
/** Share of a sentence's words that must lie in one stretch of the article body. */
const IN_BODY_SHARE = 0.8;
/** Points quoted under the table, at most: enough to see what kind of junk remains. */
const MAX_QUOTED = 25;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
/** What a date line is made of: dates, times, zones, and the words that introduce them. */
const DATE_PART = new RegExp(
  String.raw`\b(?:${MONTH}|${WEEKDAY}|\d{1,4}(?:[/.:-]\d{1,4})*(?:st|nd|rd|th)?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|aest|jst|updated|published|posted|last|modified|on|at)\b|[,|·•–—:()-]`,
  'giu',
);
const DIGIT = /\d/;
/** "By Jane Doe", "By Jane Doe and John Roe - 11/18/19 11:04 PM EST". */
const BYLINE = /^by\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von))*\s*(?:$|[-–—|·•,:]|\d)/u;
/** A breadcrumb's separators, set off by spaces. */
const CRUMB = /\s[›→»>/|]\s/g;
const MAX_CRUMB_WORDS = 6;

export type JunkShape = 'date' | 'byline' | 'breadcrumb';

/** The bench's own test for furniture shapes (not the filter in utils/, so the count is independent). */
export function junkShape(text: string): JunkShape | null {
  const t = text.trim();
  if (DIGIT.test(t) && !t.replace(DATE_PART, ' ').replace(/[\s.]+/g, '')) return 'date';
  if (BYLINE.test(t) && words(t).length <= 14) return 'byline';
  const crumbs = t.split(CRUMB);
  if (crumbs.length >= 3 && crumbs.every((c) => words(c).length <= MAX_CRUMB_WORDS)) return 'breadcrumb';
  return null;
}

export interface JunkCounts {
  pages: number;
  /** Pages Winnow read as an article. */
  read: number;
  points: number;
  notInBody: number;
  shaped: Record<JunkShape, number>;
}

const pointSentences = (a: Analysis, k: Analysis['keyPoints'][number]): string[] => k.sentences.map((i) => a.sentences[i]?.text ?? '').filter(Boolean);

function measureAeb(dir: string, skip: ReadonlySet<string>, limit: number, ctx: Context): { counts: JunkCounts; quoted: string[]; left: number } {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(truth).sort().filter((id) => !skip.has(`${AEB}/html/${id}.html.gz`)).slice(0, limit);
  const counts: JunkCounts = { pages: 0, read: 0, points: 0, notInBody: 0, shaped: { date: 0, byline: 0, breadcrumb: 0 } };
  const quoted: string[] = [];
  ids.forEach((id, n) => {
    if (n % 40 === 0) ctx.progress(`junk: benchmark page ${n + 1}/${ids.length}`);
    const file = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) return;
    counts.pages++;
    const { articleBody, url } = truth[id]!;
    const result = extractFromHtml(decodeHtml(gunzipSync(readFileSync(file))), url || 'https://bench.example/');
    if (!result.ok) return;
    counts.read++;
    const analysis = analyze(result.article);
    const body = words(articleBody);
    for (const k of analysis.keyPoints) {
      counts.points++;
      const texts = pointSentences(analysis, k);
      const missing = texts.filter((t) => {
        const w = words(t);
        return w.length > 0 && findFragment(w, body, IN_BODY_SHARE) < 0;
      });
      if (missing.length) {
        counts.notInBody++;
        quoted.push(`${id.slice(0, 8)}: not in body: ${missing.join(' / ').slice(0, 140)}`);
      }
      const shape = texts.map(junkShape).find((s) => s !== null);
      if (shape) {
        counts.shaped[shape]++;
        quoted.push(`${id.slice(0, 8)}: ${shape}: ${texts.join(' / ').slice(0, 140)}`);
      }
    }
  });
  return { counts, quoted: quoted.slice(0, MAX_QUOTED), left: Math.max(0, quoted.length - MAX_QUOTED) };
}

interface CorpusJunk {
  pages: number;
  points: number;
  boilerplate: number;
}

/** Train and dev pages only: the blind split's output is not read here. */
function measureCorpus(ctx: Context): Record<'train' | 'dev', CorpusJunk> {
  const out = { train: { pages: 0, points: 0, boilerplate: 0 }, dev: { pages: 0, points: 0, boilerplate: 0 } };
  const pages = loadCorpus(ctx.corpusDir).filter((p) => p.split !== 'blind').slice(0, ctx.limit);
  for (const [n, page] of pages.entries()) {
    if (n % 40 === 0) ctx.progress(`junk: corpus page ${n + 1}/${pages.length}`);
    if (page.split === 'blind') continue;
    const t = out[page.split];
    t.pages++;
    const result = extractFromHtml(pageHtml(page), corpusPageUrl(page));
    if (!result.ok) continue;
    const analysis = analyze(result.article);
    const labels = page.labels.boilerplate.map(words);
    for (const k of analysis.keyPoints) {
      t.points++;
      if (pointSentences(analysis, k).some((s) => labels.some((l) => sameSentence(l, words(s))))) t.boilerplate++;
    }
  }
  return out;
}

const share = (n: number, d: number): string => `${n} of ${d} points (${d ? ((100 * n) / d).toFixed(1) : '0.0'}%)`;

export function junkSection(ctx: Context): SectionResult {
  const section = 'Junk points';
  const rows: Row[] = [];
  const json: Record<string, unknown> = {};
  const dir = ctx.dataDir ? join(ctx.dataDir, AEB) : null;
  if (dir && existsSync(join(dir, 'ground-truth.json'))) {
    const blindSources = loadCorpus(ctx.corpusDir).filter((p) => p.split === 'blind').map((p) => p.labels.source);
    const skip = new Set([...heldOutEntries(ctx.dataDir!), ...blindSources]);
    const { counts: c, quoted, left } = measureAeb(dir, skip, ctx.limit, ctx);
    const shaped = c.shaped.date + c.shaped.byline + c.shaped.breadcrumb;
    const pagesNote = `${c.read}/${c.pages} pages read (held-out and corpus-blind pages left out)`;
    rows.push(
      {
        section,
        label: 'benchmark: points not in the article body',
        cells: { value: `${share(c.notInBody, c.points)}; ${pagesNote}` },
        targets: [{ text: `= 0 (${c.notInBody})`, pass: c.notInBody === 0 }],
      },
      {
        section,
        label: 'benchmark: date/byline/breadcrumb points',
        cells: { value: `${share(shaped, c.points)}: ${c.shaped.date} date, ${c.shaped.byline} byline, ${c.shaped.breadcrumb} breadcrumb` },
        targets: [{ text: `= 0 (${shaped})`, pass: shaped === 0 }],
      },
    );
    for (const q of quoted) ctx.notes.push(`junk point, ${q}`);
    if (left) ctx.notes.push(`junk points: ${left} more not quoted (see --json for counts)`);
    json.benchmark = c;
  } else {
    rows.push({ section, label: 'benchmark: skipped', cells: { value: `${AEB} not found` } });
  }
  const corpus = measureCorpus(ctx);
  for (const split of ['train', 'dev'] as const) {
    const t = corpus[split];
    rows.push({
      section,
      label: `corpus ${split}: points labelled boilerplate`,
      cells: { value: `${share(t.boilerplate, t.points)}; ${t.pages} pages` },
      targets: [{ text: `= 0 (${t.boilerplate})`, pass: t.boilerplate === 0 }],
    });
  }
  json.corpus = corpus;
  return { rows, json };
}
