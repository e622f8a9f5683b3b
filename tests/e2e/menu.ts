/**
 * Choosing a Winnow item in the right-click menu, for the end-to-end specs. Headless Chromium
 * cannot open or click its native context menu, so the click is dispatched through
 * `chrome.contextMenus.onClicked` inside the service worker: the very listener a real click
 * reaches, with the info and tab a real click carries. A real menu click also grants activeTab;
 * `grantTab` gives the same grant with a toolbar click.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Env } from './setup';

/** The extension API as seen by code evaluated in the service worker or an extension page. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab?: object): void } };
};

/** Chooses a Winnow menu item in `page` and returns the Winnow tab it opens. */
export async function chooseMenuItem(env: Pick<Env, 'h'>, page: Page, info: Record<string, unknown>): Promise<Page> {
  const opened = env.h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?job=') });
  const worker = env.h.serviceWorker();
  assert.ok(worker, 'the background service worker is running');
  await page.bringToFront();
  await worker.evaluate(
    async ({ url, info }) => {
      // The tab as the menu would report it: its address shows only where Winnow holds a grant.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      chrome.contextMenus.onClicked.dispatch({ frameId: 0, editable: false, pageUrl: url, ...info }, tab);
    },
    { url: page.url(), info },
  );
  const reader = await opened;
  await reader.waitForLoadState('domcontentloaded');
  return reader;
}

/** A toolbar click grants activeTab for the page, as the menu's own click would; the popup is closed again. */
export async function grantTab(env: Env, page: Page): Promise<void> {
  const popup = await env.h.clickToolbarButton(page);
  await popup.getByTestId('key-points').locator('li').first().waitFor();
  await page.bringToFront();
}

/** Selects from the start of the paragraph beginning with `from` to the end of the one beginning with `to`. */
export async function selectParagraphs(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ({ from, to }) => {
      const ps = [...document.querySelectorAll('p')];
      const first = ps.find((p) => p.textContent!.startsWith(from))!;
      const last = ps.find((p) => p.textContent!.startsWith(to))!;
      const range = document.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    { from, to },
  );
}
