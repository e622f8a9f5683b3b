/**
 * Winnow's sidebar in Firefox ESR, end to end (harness: ./firefox.ts).
 *
 * Real: the toolbar clicks (Firefox grants activeTab), the popup's "Open in side panel" and a
 * click inside the sidebar (WebDriver mouse actions in the browser window: user gestures, which
 * sidebarAction.open() requires), tab switches and the sidebar following them.
 * Scripted: reading the views (evaluate in the page).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serveDirectory, type StaticServer } from '../e2e/server';
import { launchFirefox, type FirefoxHarness, type Tab, type View } from './firefox';

const EXTENSION_DIR = resolve(process.env.WINNOW_OUT_DIR ?? '.output', 'firefox-mv2');
const TITLE = "Anthropic's Code Leak: What Happened and What It Means";

/** Page side: the shown article's title and its key points, once there are some. */
function shown(): { title: string; points: number } | null {
  const title = document.querySelector('[data-testid=title]')?.textContent ?? '';
  const points = document.querySelectorAll('[data-testid=key-points] li').length;
  return title && points ? { title, points } : null;
}

/** Page side: the first heading, once the view is past loading. */
function heading(): string | null {
  const text = document.querySelector('h1')?.textContent ?? '';
  return text && text !== 'Reading the page…' ? text : null;
}

describe('Firefox ESR: the sidebar', () => {
  let server: StaticServer;
  let ff: FirefoxHarness;
  let article: Tab;
  let other: Tab;
  let sidebar: View;
  const started = performance.now();

  before(async () => {
    server = await serveDirectory('tests/fixtures');
    ff = await launchFirefox(EXTENSION_DIR);
    article = await ff.openTab(`${server.origin}/agency-leak/page.html`);
  });
  after(async () => {
    await ff?.close();
    await server?.close();
    console.log(`Firefox ESR ${ff?.version ?? '(did not start)'}: sidebar paths in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('the popup’s “Open in side panel” opens the sidebar, which shows the key points', async () => {
    const popup = await ff.clickToolbarButton(article);
    await popup.waitFor(() => document.querySelector('[data-testid=open-side-panel]'), 'the "Open in side panel" button');
    const t0 = performance.now();
    await ff.realClick('popup', '[data-testid=open-side-panel]');
    sidebar = await ff.waitForSidebar();
    const got = await sidebar.waitFor(shown, 'key points in the sidebar', { timeoutMs: 15_000 });
    console.log(`sidebar open to key points: ${(performance.now() - t0).toFixed(0)} ms`);
    assert.deepEqual(got, { title: TITLE, points: 5 });
    assert.equal(await ff.popupIsOpen(), false, 'the popup closes once it has opened the sidebar');
  });

  it('moves to a tab it holds no grant for and says “Click to read this tab”; a click inside grants nothing', async () => {
    other = await ff.openTab(`${server.origin}/clean-news-transit-fares/page.html`);
    assert.equal(await sidebar.waitFor(heading, 'the sidebar to follow the tab'), 'Click to read this tab');
    // Measured: a real click in the sidebar (a trusted event with user activation) does not grant
    // activeTab in Firefox either, so the panel offers no button that could not work.
    await sidebar.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'probe';
      button.textContent = 'probe';
      button.addEventListener('click', (event) => {
        button.dataset.gesture = String(event.isTrusted && navigator.userActivation.isActive);
        void browser.tabs
          .query({ active: true, currentWindow: true })
          .then(([tab]) => browser.scripting.executeScript({ target: { tabId: tab!.id! }, func: () => location.href }))
          .then(
            () => (button.dataset.result = 'read'),
            (err: unknown) => (button.dataset.result = String(err)),
          );
      });
      document.body.append(button);
    });
    await ff.realClick('sidebar', '#probe');
    const result = await sidebar.waitFor(() => document.getElementById('probe')?.dataset.result, 'the probe click to finish');
    assert.equal(await sidebar.evaluate(() => document.getElementById('probe')?.dataset.gesture), 'true', 'a user gesture');
    assert.match(result, /Missing host permission/);
    await sidebar.evaluate(() => document.getElementById('probe')?.remove());
  });

  it('reads that tab once the toolbar button is used on it', async () => {
    await ff.clickToolbarButton(other);
    const got = await sidebar.waitFor(shown, 'the sidebar to read the granted tab', { timeoutMs: 15_000 });
    assert.match(got.title, /fare/i);
    await ff.closePopup();
  });

  it('shows the first tab again when the reader goes back to it', async () => {
    await ff.chrome((id: number) => {
      // Selecting a tab as the reader's click on it would.
      const g = (globalThis as unknown as { gBrowser: { selectedTab: unknown; getTabForBrowser(b: unknown): unknown; browsers: { browserId: number }[] } }).gBrowser;
      g.selectedTab = g.getTabForBrowser(g.browsers.find((b) => b.browserId === id));
    }, article.browserId);
    const got = await sidebar.waitFor(
      () => {
        const title = document.querySelector('[data-testid=title]')?.textContent;
        return title && !/fare/i.test(title) ? title : null;
      },
      'the first tab’s article',
    );
    assert.equal(got, TITLE);
  });
});
