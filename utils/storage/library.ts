import { said, type Said } from '../said';
import type { SavedSummary } from './saved-summary';
import { readSummary } from './migrate';
import { savedPoints, SUMMARY_VERSION } from './saved-summary';
import { fenceFor, indented } from '../copy-format';

/** Searching, sorting, statistics and the export/import formats of the saved-summaries page. Pure. */

export type SortOrder = 'newest' | 'oldest' | 'most-padding' | 'least-padding';

interface Query {
  text?: string;
  site?: string | null;
  sort?: SortOrder;
}

/** The key of pages whose site has no name; the views say it in the reader's language. */
export const UNKNOWN_SITE = 'Unknown site';

export function siteOf(entry: SavedSummary): string {
  return entry.siteName ?? UNKNOWN_SITE;
}

/** Case- and accent-insensitive search over title, site and key points; every word must match. */
export function queryEntries(entries: readonly SavedSummary[], q: Query): SavedSummary[] {
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(q.text ?? '').split(/\s+/).filter(Boolean);
  const out = entries.filter((e) => {
    if (q.site && siteOf(e) !== q.site) return false;
    if (!words.length) return true;
    const hay = fold([e.title, siteOf(e), ...e.keyPoints].join('\n'));
    return words.every((w) => hay.includes(w));
  });
  const time = (e: SavedSummary): number => Date.parse(e.savedAt);
  const sorters: Record<SortOrder, (a: SavedSummary, b: SavedSummary) => number> = {
    newest: (a, b) => time(b) - time(a),
    oldest: (a, b) => time(a) - time(b),
    'most-padding': (a, b) => b.paddingRatio - a.paddingRatio || time(b) - time(a),
    'least-padding': (a, b) => a.paddingRatio - b.paddingRatio || time(b) - time(a),
  };
  return out.sort(sorters[q.sort ?? 'newest']);
}

interface SiteStats {
  site: string;
  pages: number;
  /** Mean padding ratio of the site's saved pages, 0–1. */
  averagePadding: number;
}

/** Average padding per site, most saved sites first. */
export function siteStats(entries: readonly SavedSummary[]): SiteStats[] {
  const by = new Map<string, { pages: number; sum: number }>();
  for (const e of entries) {
    const s = by.get(siteOf(e)) ?? { pages: 0, sum: 0 };
    s.pages++;
    s.sum += e.paddingRatio;
    by.set(siteOf(e), s);
  }
  return [...by.entries()]
    .map(([site, s]) => ({ site, pages: s.pages, averagePadding: s.sum / s.pages }))
    .sort((a, b) => b.pages - a.pages || b.averagePadding - a.averagePadding || a.site.localeCompare(b.site));
}

// Export

const EXPORT_FORMAT = 'winnow-summaries';

interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  entries: SavedSummary[];
}

export function exportJson(entries: readonly SavedSummary[], now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: SUMMARY_VERSION, exportedAt: now.toISOString(), entries: [...entries] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Markdown text is escaped so that a page's title cannot turn into markup or a link. */
function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/** The export's own words: English by default, the reader's language from the saved-summaries page. */
export interface MarkdownWords {
  heading: string;
  exported(date: string, pages: number): string;
  site: string;
  saved: string;
  padding: string;
  link: string;
  keyPoints: string;
  unknownSite: string;
}

const ENGLISH_MARKDOWN: MarkdownWords = {
  heading: 'Saved summaries',
  exported: (date, pages) => `Exported from Winnow on ${date}: ${pages} ${pages === 1 ? 'page' : 'pages'}.`,
  site: 'Site',
  saved: 'Saved',
  padding: 'Padding',
  link: 'Link',
  keyPoints: 'Key points',
  unknownSite: UNKNOWN_SITE,
};

export function exportMarkdown(entries: readonly SavedSummary[], now = new Date(), words: MarkdownWords = ENGLISH_MARKDOWN): string {
  const w = words;
  const lines = [`# ${mdText(w.heading)}`, '', w.exported(now.toISOString().slice(0, 10), entries.length), ''];
  for (const e of entries) {
    lines.push(`## ${mdText(e.title)}`, '');
    const url = /^https?:\/\//i.test(e.url) ? `<${e.url.replace(/[<>\s]/g, encodeURIComponent)}>` : mdText(e.url);
    const site = e.siteName ?? w.unknownSite;
    lines.push(`- ${w.site}: ${mdText(site)}`, `- ${w.saved}: ${e.savedAt.slice(0, 10)}`, `- ${w.padding}: ${Math.round(e.paddingRatio * 100)}%`, `- ${w.link}: ${url}`, '');
    lines.push(`${w.keyPoints}:`, '');
    savedPoints(e).forEach((p, i) => {
      lines.push(`${i + 1}. ${mdText(p.text)}`);
      if (!p.code) return;
      // Fenced inside the numbered item (set in by three spaces), as the page had it.
      const fence = fenceFor(p.code);
      lines.push(`   ${fence}`, ...indented(p.code, '   '), `   ${fence}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

// Import

/** Larger files are refused before parsing: no real library comes near this. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** `error` in English; `said`, the same for the views to say in the reader's language. */
type ImportResult = { ok: true; entries: SavedSummary[] } | { ok: false; error: string; said: Said };

/**
 * Validates an export file completely before anything is written: one bad entry rejects the
 * whole file, with a message that says which and why, and nothing changes.
 */
export function parseImport(text: string): ImportResult {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_IMPORT_BYTES) {
    const mb = (size / 1048576).toFixed(1);
    return {
      ok: false,
      error: `The file is ${mb} MB; Winnow imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.`,
      said: said('importFileTooBig', mb, MAX_IMPORT_BYTES / 1048576),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `The file is not valid JSON (${(err as Error).message}).`, said: said('importNotJson', (err as Error).message) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      error: 'The file is JSON, but not a Winnow export: expected an object with "format": "winnow-summaries".',
      said: said('importNotExport'),
    };
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'The file is JSON, but not a Winnow export: its "format" is not "winnow-summaries".', said: said('importWrongFormat') };
  }
  if (typeof file.version !== 'number' || file.version > SUMMARY_VERSION) {
    return {
      ok: false,
      error: `The file comes from a newer Winnow (version ${String(file.version)}); update Winnow to import it.`,
      said: said('importNewer', String(file.version)),
    };
  }
  if (!Array.isArray(file.entries)) return { ok: false, error: 'The file has no "entries" list.', said: said('importNoEntries') };
  const entries: SavedSummary[] = [];
  for (const [i, raw] of file.entries.entries()) {
    const entry = readSummary(raw);
    if (!entry) {
      const name = (raw as { title?: unknown })?.title;
      const title = typeof name === 'string' ? ` (“${name}”)` : '';
      return {
        ok: false,
        error: `Entry ${i + 1}${title} is damaged or incomplete; nothing was imported.`,
        said: typeof name === 'string' ? said('importDamagedTitled', i + 1, name) : said('importDamaged', i + 1),
      };
    }
    entries.push(entry);
  }
  return { ok: true, entries: mergeDuplicates(entries) };
}

/**
 * The entries an import should write: one per page, the most recently saved copy winning and a pin
 * on either copy (imported or already stored) kept. Stored pages the import does not mention are
 * left out: they need no write.
 */
export function mergeDuplicates(entries: readonly SavedSummary[], existing: readonly SavedSummary[] = []): SavedSummary[] {
  const byId = new Map<string, SavedSummary>();
  for (const e of [...existing, ...entries]) {
    const prev = byId.get(e.id);
    if (!prev) byId.set(e.id, e);
    else {
      const newer = Date.parse(e.savedAt) >= Date.parse(prev.savedAt) ? e : prev;
      byId.set(e.id, { ...newer, pinned: prev.pinned || e.pinned });
    }
  }
  const imported = new Set(entries.map((e) => e.id));
  return [...byId.values()].filter((e) => imported.has(e.id));
}
