import type { Article, ExtractResult } from '@/utils/extract/types';
import { parseExtractResult } from '@/utils/extract/validate';
import { pageAccess } from '@/utils/url';
import { say, t } from './i18n';

/** What a view can end up showing for a page: the article, or why there is none. */
export type Reading =
  /** `tabId`: the tab it was read from, when it was read from one. */
  | { state: 'article'; article: Article; tabId?: number }
  /** `canForce`: the page has text, just too little to look like an article; the reader may ask anyway. */
  | { state: 'not-article'; message: string; canForce: boolean }
  | { state: 'restricted'; message: string }
  | { state: 'error'; message: string };

/** Long enough for a huge page on a slow machine; short enough that the popup never hangs. */
const EXTRACT_TIMEOUT_MS = 15_000;

/** The tab named in the popup's URL (`?tab=ID`, for harnesses opening it as a page), else the active tab. */
async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

function setAcceptShort(): void {
  (globalThis as { __winnowAcceptShort?: boolean }).__winnowAcceptShort = true;
}

const tabGone = (): Reading => ({ state: 'error', message: t('tabGone') });

/** Reads the popup's tab; `acceptShort` reads it even when it looks too short to be an article. */
export async function readActiveTab(acceptShort = false): Promise<Reading> {
  let tab: Browser.tabs.Tab | undefined;
  try {
    tab = await targetTab();
  } catch {
    return tabGone();
  }
  return readTab(tab, acceptShort);
}

/** Reads the tab with this id (the one a right-click menu was opened in). */
export async function readTabById(tabId: number, acceptShort = false): Promise<Reading> {
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return tabGone();
  }
  return readTab(tab, acceptShort);
}

/** What an extraction's failure means for the reader. */
export function readingOf(result: ExtractResult, tabId?: number): Reading {
  if (result.ok) return tabId === undefined ? { state: 'article', article: result.article } : { state: 'article', article: result.article, tabId };
  const message = say(result.said, result.message);
  if (result.reason === 'not-article' || result.reason === 'empty') {
    return { state: 'not-article', message, canForce: result.reason === 'not-article' };
  }
  if (result.reason === 'unsupported') return { state: 'restricted', message };
  return { state: 'error', message };
}

async function readTab(tab: Browser.tabs.Tab | undefined, acceptShort: boolean): Promise<Reading> {
  if (!tab?.id) return { state: 'error', message: t('noTabToRead') };
  const access = pageAccess(tab.url);
  if (!access.ok) return { state: 'restricted', message: say(access.said, access.message) };

  let raw: unknown;
  try {
    // injectImmediately: by default the browser holds the script until the page has loaded, so a
    // slow page would hit the timeout; the script itself waits briefly and reads what has arrived.
    const tabId = tab.id;
    const injected = (async () => {
      if (acceptShort) await browser.scripting.executeScript({ target: { tabId }, func: setAcceptShort, injectImmediately: true });
      return browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'], injectImmediately: true });
    })();
    const [first] = await Promise.race([injected, timeout(EXTRACT_TIMEOUT_MS)]);
    raw = first?.result;
  } catch (err) {
    const text = String(err);
    if (text.includes('timeout')) {
      return { state: 'error', message: t('readTimeout') };
    }
    if (/cannot access|cannot be scripted|extensions gallery|missing host permission|permission/i.test(text)) {
      return { state: 'restricted', message: t('browserForbids') };
    }
    return { state: 'error', message: t('couldNotRead', text) };
  }

  const result = parseExtractResult(raw);
  if (!result) return { state: 'error', message: t('notUnderstood') };
  return readingOf(result, tab.id);
}
