/**
 * Loaders for the summarisation sets in bench-data (see each folder's SOURCE.md). Records are
 * checked field by field, so a changed file fails loudly here rather than scoring as zeros.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CNNDM_FILE = 'cnndm-xsum-frank/cnndm-test.frank250.jsonl';
export const BBC_FILE = 'bbc-news-summary/bbc-news-summary.sample500.jsonl';

/** The systems whose outputs FRANK recorded for the CNN/DM test articles. */
export const CNNDM_SYSTEMS = ['bart', 'bert_sum', 'bus', 'pgn', 's2s'] as const;
type CnnDmSystem = (typeof CNNDM_SYSTEMS)[number];

interface CnnDmDoc {
  id: string;
  /** Cased, untokenised text. It has no paragraph breaks at all. */
  article: string;
  highlights: string[];
  systems: Record<CnnDmSystem, string>;
}

interface BbcDoc {
  id: string;
  title: string;
  paragraphs: string[];
  /** Upstream summary verbatim (sentences run together without spaces, not in article order). */
  summary: string;
  summarySentences: string[];
}

/** Reads a .jsonl or .jsonl.gz file; `limit` stops after the first N records. */
function readJsonl(path: string, limit = Infinity): unknown[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const out: unknown[] = [];
  for (const line of text.split('\n')) {
    if (out.length >= limit) break;
    if (line.trim()) out.push(JSON.parse(line));
  }
  return out;
}

function field(record: unknown, key: string, where: string): unknown {
  if (typeof record !== 'object' || record === null || !(key in record)) throw new Error(`${where}: missing "${key}"`);
  return (record as Record<string, unknown>)[key];
}

function str(record: unknown, key: string, where: string): string {
  const v = field(record, key, where);
  if (typeof v !== 'string') throw new Error(`${where}: "${key}" is not a string`);
  return v;
}

function strings(record: unknown, key: string, where: string): string[] {
  const v = field(record, key, where);
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) {
    throw new Error(`${where}: "${key}" is not a list of strings`);
  }
  return v;
}

/** A path to the file, or null when it is not there (e.g. gzipped under the same name + .gz). */
export function findDataFile(dataDir: string, file: string): string | null {
  for (const p of [join(dataDir, file), join(dataDir, `${file}.gz`)]) if (existsSync(p)) return p;
  return null;
}

export function loadCnnDm(path: string, limit?: number): CnnDmDoc[] {
  return readJsonl(path, limit).map((r, i) => {
    const where = `${path}:${i + 1}`;
    const sys = field(r, 'system_summaries', where);
    const systems = Object.fromEntries(CNNDM_SYSTEMS.map((s) => [s, str(sys, s, where)])) as Record<CnnDmSystem, string>;
    return {
      id: str(r, 'id', where),
      article: str(r, 'article', where),
      highlights: strings(r, 'highlights', where),
      systems,
    };
  });
}

export function loadBbc(path: string, limit?: number): BbcDoc[] {
  return readJsonl(path, limit).map((r, i) => {
    const where = `${path}:${i + 1}`;
    return {
      id: str(r, 'id', where),
      title: str(r, 'title', where),
      paragraphs: strings(r, 'paragraphs', where),
      summary: str(r, 'summary', where),
      summarySentences: strings(r, 'summary_sentences', where),
    };
  });
}
