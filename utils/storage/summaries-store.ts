import { storage } from 'wxt/utils/storage';
import { said, type Said } from '../said';
import { readSummary } from './migrate';
import type { SavedSummary } from './saved-summary';

/**
 * Saved summaries live one per storage key (`summary:<id>`, the id a hash of the page's canonical
 * URL) with no shared index to read, modify and write back. Each save is therefore one atomic
 * write: two popups saving at once cannot overwrite each other, and saving a page again replaces
 * its own entry instead of adding a second.
 */
export const SUMMARY_PREFIX = 'summary:';

/**
 * Limits. `storage.local` holds 10 MB in Chrome without the unlimitedStorage permission; the
 * library keeps well under it so options and a failed write's retry always have room.
 */
const DEFAULT_MAX_ENTRIES = 500;
export const BYTE_BUDGET = 8 * 1024 * 1024;

type SaveResult =
  | { ok: true; replaced: boolean; evicted: SavedSummary[] }
  | { ok: false; message: string; said: Said };

export interface SummaryList {
  entries: SavedSummary[];
  /** Keys that held something that is not a readable summary; left in place, not deleted. */
  unreadable: string[];
  /** Approximate bytes the readable entries take. */
  bytes: number;
}

interface Limits {
  maxEntries: number;
  maxBytes: number;
}

function itemKey(id: string): `local:${string}` {
  return `local:${SUMMARY_PREFIX}${id}`;
}

/** Size as storage counts it, near enough: the JSON text of key and value. */
export function entryBytes(entry: SavedSummary): number {
  return new TextEncoder().encode(JSON.stringify(entry)).length + SUMMARY_PREFIX.length + entry.id.length;
}

function failure(err: unknown): { ok: false; message: string; said: Said } {
  const quota = /quota/i.test(String(err));
  return {
    ok: false,
    message: quota
      ? 'Not saved: the browser’s storage for Winnow is full. Delete some saved summaries and try again.'
      : `Not saved: ${String(err)}`,
    said: quota ? said('saveFull') : said('saveFailed', String(err)),
  };
}

/** The oldest unpinned entries to remove so the library fits its limits. Pure. */
export function chooseEvictions(entries: readonly SavedSummary[], limits: Limits, keep?: string): SavedSummary[] {
  let count = entries.length;
  let bytes = entries.reduce((n, e) => n + entryBytes(e), 0);
  const oldestFirst = [...entries]
    .filter((e) => !e.pinned && e.id !== keep)
    .sort((a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt));
  const out: SavedSummary[] = [];
  for (const e of oldestFirst) {
    if (count <= limits.maxEntries && bytes <= limits.maxBytes) break;
    out.push(e);
    count--;
    bytes -= entryBytes(e);
  }
  return out;
}

export async function saveSummary(
  summary: SavedSummary,
  limits: Limits = { maxEntries: DEFAULT_MAX_ENTRIES, maxBytes: BYTE_BUDGET },
): Promise<SaveResult> {
  let replaced = false;
  try {
    const existing = readSummary(await storage.getItem(itemKey(summary.id)));
    replaced = existing !== null;
    // Saving a page again keeps the user's pin.
    const toWrite = existing?.pinned ? { ...summary, pinned: true } : summary;
    await storage.setItem(itemKey(summary.id), toWrite);
  } catch (err) {
    return failure(err);
  }
  // Make room after the write: the new entry is never the one removed.
  const { entries } = await listSummaries();
  const evicted = chooseEvictions(entries, limits, summary.id);
  if (evicted.length) await storage.removeItems(evicted.map((e) => itemKey(e.id)));
  return { ok: true, replaced, evicted };
}

export async function getSummary(id: string): Promise<SavedSummary | null> {
  return readSummary(await storage.getItem(itemKey(id)));
}

/** All saved summaries, newest first; damaged entries are counted, never thrown. */
export async function listSummaries(): Promise<SummaryList> {
  const all = await storage.snapshot('local');
  const entries: SavedSummary[] = [];
  const unreadable: string[] = [];
  let bytes = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SUMMARY_PREFIX) || key.endsWith('$')) continue;
    const summary = readSummary(value);
    if (summary) {
      entries.push(summary);
      bytes += entryBytes(summary);
    } else unreadable.push(key);
  }
  entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return { entries, unreadable, bytes };
}

export async function deleteSummary(id: string): Promise<void> {
  await storage.removeItem(itemKey(id));
}

export async function deleteSummaries(ids: readonly string[]): Promise<void> {
  if (ids.length) await storage.removeItems(ids.map(itemKey));
}

/** Removes every saved summary, readable or not; options stay. */
export async function deleteAllSummaries(): Promise<void> {
  const all = await storage.snapshot('local');
  const keys = Object.keys(all).filter((k) => k.startsWith(SUMMARY_PREFIX));
  if (keys.length) await storage.removeItems(keys.map((k) => `local:${k}` as const));
}

export async function setPinned(id: string, pinned: boolean): Promise<boolean> {
  const entry = await getSummary(id);
  if (!entry) return false;
  await storage.setItem(itemKey(id), { ...entry, pinned });
  return true;
}

/** Writes entries back as they were (undo of a delete, or an import). */
export async function restoreSummaries(entries: readonly SavedSummary[]): Promise<SaveResult> {
  try {
    await storage.setItems(entries.map((e) => ({ key: itemKey(e.id), value: e })));
    return { ok: true, replaced: false, evicted: [] };
  } catch (err) {
    return failure(err);
  }
}

/** Writes imported entries, then makes room as a save would: the library's limits hold after an import too. */
export async function importSummaries(entries: readonly SavedSummary[], limits: Limits): Promise<SaveResult> {
  const written = await restoreSummaries(entries);
  if (!written.ok) return written;
  const { entries: all } = await listSummaries();
  const evicted = chooseEvictions(all, limits);
  if (evicted.length) await storage.removeItems(evicted.map((e) => itemKey(e.id)));
  return { ok: true, replaced: false, evicted };
}

export async function isSaved(id: string): Promise<boolean> {
  return (await getSummary(id)) !== null;
}
