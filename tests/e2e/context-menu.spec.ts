import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { textMatches } from './expect';
import { chooseMenuItem, grantTab, selectParagraphs } from './menu';
import { startEnv, startEnvWithSiteAllowed, type Env } from './setup';

/**
 * The right-click menu, end to end. Headless Chromium cannot open or click its native context
 * menu, so each test dispatches the click through `chrome.contextMenus.onClicked` inside the
 * service worker: the very listener a real click reaches, with the info and tab a real click
 * carries. Everything after that (the page script, the stored job, the Winnow tab, the reading,
 * the analysis) is the real thing. A real menu click also grants activeTab; here a toolbar click
 * on the page gives the same grant first.
 */

/** The extension API as seen by code evaluated in an extension page. */
declare const chrome: {
  permissions: { request: unknown; contains(p: object): Promise<boolean> };
};

const ARTICLE = 'agency-leak/page.html';
const LINKED = 'clean-news-transit-fares/page.html';

describe('right-click menu: this page and the selection', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('the three items are in the browser’s menu', async () => {
    const worker = env.h.serviceWorker();
    assert.ok(worker);
    // update() fails for an item the browser does not have. The items are made on install, which
    // can finish after the test starts on a fast first run: wait up to 5 s for them.
    const expected = ['winnow-page', 'winnow-selection', 'winnow-link', 'no not-winnow'];
    let found: string[] = [];
    for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      found = await worker.evaluate(async () => {
        const menus = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome.contextMenus;
        const ids = ['winnow-page', 'winnow-selection', 'winnow-link', 'not-winnow'];
        return Promise.all(ids.map((id) => menus.update(id, {}).then(() => id, () => `no ${id}`)));
      });
      if (found.join() === expected.join()) break;
    }
    assert.deepEqual(found, expected);
  });

  it('“Winnow the selection” gives key points of the selected text only, in a Winnow tab', async () => {
    const page = await env.h.openPage(env.url(ARTICLE));
    await grantTab(env, page);
    const selected = await selectParagraphs(page, 'So, what exactly was revealed?', 'This incident serves');
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-selection', selectionText: selected });

    const points = reader.getByTestId('key-points').locator('li');
    await points.first().waitFor({ timeout: 15_000 });
    const texts = await points.allTextContents();
    assert.ok(texts.length >= 2, `key points: ${texts.join(' | ')}`);
    const flat = selected.replace(/\s+/g, ' ');
    for (const t of texts) assert.ok(flat.includes(t.trim()), `key point from outside the selection: ${t}`);
    await textMatches(reader.getByTestId('read-notes'), /Only the selected text was read \(\d+ words\)\./);
    // A selection has no article title of its own: the page's title, as the browser shows it.
    await textMatches(reader.getByTestId('title'), "Anthropic's Code Leak: What Happened and What It Means - Mira Vista Digital");
    // The marks cover the selection too, and nothing before it.
    await reader.getByRole('tab', { name: 'Marked text' }).click();
    const marked = (await reader.locator('#reader-panel').textContent()) ?? '';
    assert.ok(marked.startsWith('So, what exactly was revealed?'), marked.slice(0, 80));
    assert.ok(!marked.includes('Boris Cherny'), 'text outside the selection was read');
    // A selection is not the page: saving it would replace the page's own summary.
    assert.equal(await reader.getByTestId('save').count(), 0);
    await reader.getByTestId('copy-text').waitFor();
    assert.match(await reader.title(), /Anthropic's Code Leak.* · Winnow$/);
    await reader.close();
  });

  it('says so when nothing is selected', async () => {
    const page = await env.h.openPage(env.url(ARTICLE));
    await grantTab(env, page);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-selection', selectionText: '' });
    await reader.getByRole('heading', { name: 'Nothing to read in the selection' }).waitFor();
    await textMatches(reader.locator('.status'), /Nothing is selected\. Select some text in the page/);
    await reader.close();
  });

  it('“Winnow this page” reads the page it was used in', async () => {
    const page = await env.h.openPage(env.url(ARTICLE));
    await grantTab(env, page);
    const before_ = await page.evaluate(() => document.documentElement.outerHTML);
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-page' });
    await reader.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
    assert.equal(await reader.getByTestId('key-points').locator('li').count(), 5);
    await textMatches(reader.getByTestId('title'), "Anthropic's Code Leak: What Happened and What It Means");
    await reader.getByTestId('save').waitFor();
    // The Winnow tab does not sit over the page: no in-page highlight switch.
    assert.equal(await reader.getByTestId('highlight-toggle').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before_, 'the page was left as it was');
    await reader.close();
  });

  it('says the page cannot be read when Winnow holds no grant for it', async () => {
    // No toolbar click and no real menu click (which always grants): the browser hides the page
    // even its address, and the Winnow tab says it cannot read it.
    const page = await env.h.openPage(env.url(LINKED));
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-page' });
    await reader.getByRole('heading', { name: 'Winnow can’t read this page' }).waitFor();
    await reader.close();
  });
});

describe('right-click menu: “Winnow this link”, site not allowed', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('asks for that one site, saying why, and explains a refusal', async () => {
    const page = await env.h.openPage(env.url(ARTICLE));
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-link', linkUrl: env.url(LINKED) });
    const ask = reader.getByTestId('link-ask');
    await ask.waitFor();
    await textMatches(ask, /needs permission to fetch pages from 127\.0\.0\.1\. Your browser will ask you to allow it\./);
    await textMatches(ask, /sends nothing anywhere/);
    assert.equal(await reader.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] })), false);

    // The browser's own permission prompt cannot be answered headless: the reader's "Deny" is
    // played at the API's edge, recording what was asked.
    await reader.evaluate(() => {
      const asked: unknown[] = [];
      (globalThis as unknown as { asked: unknown[] }).asked = asked;
      chrome.permissions.request = (perms: unknown, callback?: (granted: boolean) => void) => {
        asked.push(perms);
        if (callback) callback(false);
        else return Promise.resolve(false);
      };
    });
    await reader.getByTestId('allow-link').click();
    await reader.getByRole('heading', { name: 'Winnow was not allowed to read 127.0.0.1' }).waitFor();
    assert.deepEqual(await reader.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked), [{ origins: ['http://127.0.0.1/*'] }]);
    await textMatches(reader.locator('.status'), /open the link in a tab and click Winnow’s toolbar button there/);

    // "Open the link" opens it in a tab, where the toolbar button works without any permission.
    const opened = env.h.context.waitForEvent('page', { predicate: (p) => p.url() === env.url(LINKED) });
    await reader.getByTestId('open-link').click();
    await (await opened).close();
    await reader.close();
  });
});

describe('right-click menu: “Winnow this link”, site already allowed', () => {
  let env: Env;
  before(async () => {
    env = await startEnvWithSiteAllowed();
  });
  after(async () => env?.close());

  it('fetches the linked page at once and reads it like a tab', async () => {
    const page = await env.h.openPage(env.url(ARTICLE));
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-link', linkUrl: env.url(LINKED) });
    await reader.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
    assert.equal(await reader.getByTestId('link-ask').count(), 0, 'no question when the site is allowed');
    await textMatches(reader.getByTestId('title'), /Harbor City|fare/i);
    const points = await reader.getByTestId('key-points').locator('li').allTextContents();
    assert.ok(points.some((p) => /fare/i.test(p)), points.join(' | '));
    // The article is the linked page, not the page the menu was used in.
    await reader.getByTestId('save').waitFor();
    await reader.close();
  });

  it('says what went wrong when the link leads nowhere', async () => {
    const page = await env.h.openPage(env.url(ARTICLE));
    const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-link', linkUrl: env.url('no-such-page.html') });
    await reader.getByRole('heading', { name: 'Winnow could not read the link' }).waitFor();
    await textMatches(reader.locator('.status'), /The site answered “404 Not Found”/);
    await reader.getByRole('button', { name: 'Try again' }).waitFor();
    await reader.close();
  });
});
