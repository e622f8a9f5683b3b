/**
 * What a right-click menu item asks the reader page to show. The background writes the job when
 * the item is chosen and opens `reader.html?job=ID`; the page reads it back. Session storage: it
 * holds the selection's text, which should not outlive the browser session, and it survives the
 * service worker stopping in between (and a reload of the reader tab).
 */
import { storage } from 'wxt/utils/storage';
import { parseExtractResult } from '../extract/validate';
import type { ExtractResult } from '../extract/types';
import { isObject, isString } from '../guards';
import { isHttpUrl } from '../url';

export type ReaderJob =
  /** "Winnow this page": the tab the menu was opened in, which the click granted to Winnow. */
  | { source: 'page'; tabId: number }
  /** "Winnow the selection": read at the click, while the selection and the grant are fresh. */
  | { source: 'selection'; result: ExtractResult }
  /** "Winnow this link": read by the reader page once the reader has allowed that site. */
  | { source: 'link'; url: string }
  /** The menu was used where Winnow cannot act (no tab behind it). */
  | { source: 'unavailable'; message: string };

/** Enough for every reader tab a person keeps open; older jobs make room. */
export const MAX_JOBS = 20;

interface Stored {
  at: number;
  job: unknown;
}

const jobsItem = storage.defineItem<Record<string, Stored>>('session:readerJobs', { fallback: {} });

/** Checks a job read back from storage: written by our background, but the store is not typed. */
export function parseReaderJob(v: unknown): ReaderJob | null {
  if (!isObject(v)) return null;
  switch (v.source) {
    case 'page':
      return typeof v.tabId === 'number' && Number.isInteger(v.tabId) && v.tabId >= 0 ? { source: 'page', tabId: v.tabId } : null;
    case 'selection': {
      const result = parseExtractResult(v.result);
      return result ? { source: 'selection', result } : null;
    }
    case 'link':
      return isString(v.url) && isHttpUrl(v.url) ? { source: 'link', url: v.url } : null;
    case 'unavailable':
      return isString(v.message) ? { source: 'unavailable', message: v.message } : null;
    default:
      return null;
  }
}

function newId(): string {
  return crypto.randomUUID();
}

/** Stores the job and returns its id; the oldest jobs beyond MAX_JOBS are dropped. */
export async function putReaderJob(job: ReaderJob, now = Date.now()): Promise<string> {
  const id = newId();
  const jobs = await jobsItem.getValue();
  const kept = Object.entries(jobs)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_JOBS - 1);
  await jobsItem.setValue({ ...Object.fromEntries(kept), [id]: { at: now, job } });
  return id;
}

export async function getReaderJob(id: string): Promise<ReaderJob | null> {
  const jobs = await jobsItem.getValue();
  const stored = Object.hasOwn(jobs, id) ? jobs[id] : undefined;
  return stored ? parseReaderJob(stored.job) : null;
}
