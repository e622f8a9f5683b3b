import { storage } from 'wxt/utils/storage';
import { validateSummary, type SavedSummary } from './saved-summary';

/**
 * Saved summaries live one per storage key (`summary:<id>`, the id a hash of the page's canonical
 * URL) with no shared index to read, modify and write back. Each save is therefore one atomic
 * write: two popups saving at once cannot overwrite each other, and saving a page again replaces
 * its own entry instead of adding a second.
 */
export const SUMMARY_PREFIX = 'summary:';

export type SaveResult = { ok: true; replaced: boolean } | { ok: false; message: string };

export interface SummaryList {
  entries: SavedSummary[];
  /** Keys that held something that is not a readable summary; left in place, not deleted. */
  unreadable: string[];
}

function itemKey(id: string): `local:${string}` {
  return `local:${SUMMARY_PREFIX}${id}`;
}

export async function saveSummary(summary: SavedSummary): Promise<SaveResult> {
  try {
    const replaced = (await storage.getItem(itemKey(summary.id))) !== null;
    await storage.setItem(itemKey(summary.id), summary);
    return { ok: true, replaced };
  } catch (err) {
    const quota = /quota/i.test(String(err));
    return {
      ok: false,
      message: quota
        ? 'Not saved: the browser’s storage for Winnow is full. Delete some saved summaries and try again.'
        : `Not saved: ${String(err)}`,
    };
  }
}

export async function getSummary(id: string): Promise<SavedSummary | null> {
  return validateSummary(await storage.getItem(itemKey(id)));
}

/** All saved summaries, newest first; damaged entries are counted, never thrown. */
export async function listSummaries(): Promise<SummaryList> {
  const all = await storage.snapshot('local');
  const entries: SavedSummary[] = [];
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SUMMARY_PREFIX) || key.endsWith('$')) continue;
    const summary = validateSummary(value);
    if (summary) entries.push(summary);
    else unreadable.push(key);
  }
  entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return { entries, unreadable };
}

export async function deleteSummary(id: string): Promise<void> {
  await storage.removeItem(itemKey(id));
}

export async function isSaved(id: string): Promise<boolean> {
  return (await getSummary(id)) !== null;
}
