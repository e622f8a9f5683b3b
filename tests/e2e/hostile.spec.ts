import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Dialog, Page } from 'playwright-core';
import type { SavedSummary } from '../../utils/storage/saved-summary';
import { downloadFolder, exportName, type DownloadFolder } from './downloads';
import { textMatches } from './expect';
import { EXTENSION_DIR, startEnv, type Env } from './setup';

const LITERAL = '<script>alert(1)</script>';
const TITLE = `Riverton library closes catalogue flaw found by typing ${LITERAL}`;
const STEP = { timeout: 20_000 };

/** Payloads on the hostile page that run in the page tab itself: proof the fixture is live. */
const LIVE_IN_TAB = ['head-script', 'h1-img', 'byline-img', 'h2-img', 'h2-svg', 'iframe-srcdoc'];

/** The extension APIs the background test calls, typed here since the tests have no @types/chrome. */
interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/** What an extension page's DOM holds that could only have come from page markup. */
interface Findings {
  pwned: string | null;
  globals: string[];
  inlineScripts: number;
  foreignScripts: string[];
  embeds: string[];
  handlerAttributes: string[];
  badLinks: string[];
  text: string;
}

async function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const own = `${location.protocol}//${location.host}/`;
    const all = [...document.querySelectorAll('*')];
    const scripts = [...document.querySelectorAll('script')];
    return {
      pwned: document.documentElement.dataset.pwned ?? null,
      globals: ['__pwned', 'pwn'].filter((k) => k in globalThis),
      inlineScripts: scripts.filter((s) => !s.src).length,
      foreignScripts: scripts.filter((s) => s.src && !s.src.startsWith(own)).map((s) => s.src),
      embeds: [...document.querySelectorAll('iframe, frame, object, embed, img, foreignObject')].map((e) => e.outerHTML.slice(0, 120)),
      handlerAttributes: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${e.tagName} ${a.name}=${a.value}`),
      ),
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => !/^https?:\/\//.test(href)),
      text: document.body.innerText,
    };
  });
}

/** Nothing from the page ran in `page`, and nothing it sent arrived as markup. */
async function assertInert(page: Page, where: string, dialogs: readonly string[]): Promise<Findings> {
  const f = await inspect(page);
  assert.deepEqual(dialogs, [], `${where}: a dialog fired`);
  assert.equal(f.pwned, null, `${where}: an injected payload ran`);
  assert.deepEqual(f.globals, [], `${where}: the page's globals leaked in`);
  assert.equal(f.inlineScripts, 0, `${where}: an inline <script>`);
  assert.deepEqual(f.foreignScripts, [], `${where}: a script from elsewhere`);
  assert.deepEqual(f.embeds, [], `${where}: an embedded element from the page`);
  assert.deepEqual(f.handlerAttributes, [], `${where}: an event-handler or javascript: attribute`);
  assert.deepEqual(f.badLinks, [], `${where}: a link that is not http(s)`);
  return f;
}

/** Runs in every extension page: a dialog there means injected code ran. */
function watchDialogs(page: Page, into: string[]): void {
  page.on('dialog', (d: Dialog) => {
    into.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
}

describe('a hostile page: nothing it carries runs in, or reaches as markup, an extension page', () => {
  let env: Env;
  let tab: Page;
  let popup: Page;
  let list: Page;
  let downloads: DownloadFolder;
  let tabTraces: string[] = [];
  let exportedJson = '';
  const dialogs: string[] = [];

  before(async () => {
    env = await startEnv();
    env.h.context.on('dialog', (d: Dialog) => {
      // The page tab's own payloads never call alert; any dialog anywhere is a failure.
      dialogs.push(`${d.type()}: ${d.message()} (${d.page()?.url() ?? 'no page'})`);
      void d.dismiss().catch(() => undefined);
    });
    tab = await env.h.openPage(env.url('hostile/page.html'));
    // The payloads are live: the page's own handlers fire in its own tab (where they belong).
    await tab.waitForFunction(
      (want) => want.every((w) => ((globalThis as { __pwned?: string[] }).__pwned ?? []).includes(w)),
      LIVE_IN_TAB,
      { timeout: 10_000 },
    );
    tabTraces = await tab.evaluate(() => [...((globalThis as { __pwned?: string[] }).__pwned ?? [])]);
    popup = await env.h.clickToolbarButton(tab);
    watchDialogs(popup, dialogs);
    downloads = await downloadFolder(env.h);
  });
  after(async () => {
    await env?.close();
    downloads?.dispose();
  });

  it('the popup shows the title and key points as text', STEP, async () => {
    await popup.getByTestId('key-points').locator('li').first().waitFor();
    await textMatches(popup.getByTestId('title'), TITLE);
    const f = await assertInert(popup, 'popup, key points', dialogs);
    // Site name and byline arrive with markup in them: it shows as characters, never as elements.
    assert.ok(f.text.includes(`Riverton Ledger<img src=x onerror="alert('site')">`), f.text.slice(0, 400));
    assert.equal(await popup.locator('h1 script, h1 img').count(), 0);
  });

  it('the background accepts the popup\'s badge message; the page cannot reach the extension', STEP, async () => {
    const sw = env.h.serviceWorker();
    assert.ok(sw, 'the background service worker');
    const url = env.url('hostile/page.html');
    const badge = async () =>
      sw.evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [t] = await api.tabs.query({ url: u });
        return t?.id === undefined ? '' : api.action.getBadgeText({ tabId: t.id });
      }, url);
    for (let i = 0; i < 100 && !/^\d+%$/.test(await badge()); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(await badge(), /^\d+%$/);
    // No externally_connectable: the page's scripts see no extension messaging at all.
    assert.equal(await tab.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage), 'undefined');
  });

  it('reading the page fired none of its payloads again', STEP, async () => {
    const now = await tab.evaluate(() => [...((globalThis as { __pwned?: string[] }).__pwned ?? [])]);
    assert.deepEqual(now, tabTraces);
  });

  it('the marked-text view shows the literal <script> text as text', STEP, async () => {
    await popup.getByRole('tab', { name: 'Marked text' }).click();
    const marked = popup.getByTestId('marked-text');
    await marked.waitFor();
    await textMatches(marked, /When he searched for the test string <script>alert\(1\)<\/script>, a pop-up box appeared/);
    assert.ok(await marked.getByText(LITERAL, { exact: false }).first().isVisible(), 'the literal text is visible');
    await assertInert(popup, 'popup, marked text', dialogs);
  });

  it('saves, and the saved-summaries page shows the entry in full, inert', STEP, async () => {
    await popup.getByTestId('save').click();
    await popup.getByTestId('save').getByText('Saved ✓').waitFor({ timeout: 10_000 });
    await assertInert(popup, 'popup, after saving', dialogs);

    list = await env.h.openExtensionPage('summaries.html');
    watchDialogs(list, dialogs);
    const entry = list.getByTestId('entry');
    await entry.first().waitFor();
    await textMatches(entry.locator('h2'), TITLE);
    await entry.getByRole('button', { name: 'Open' }).click();
    const marked = entry.getByTestId('marked-text');
    await textMatches(marked, /Typed into the repaired catalogue, <script>alert\(1\)<\/script> now comes back as plain characters/);
    const f = await assertInert(list, 'saved summaries, entry open', dialogs);
    assert.ok(f.text.includes(LITERAL));
    // The only page-derived links are the page's own http address.
    const hrefs = await entry.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    assert.ok(hrefs.length >= 1);
    for (const href of hrefs) assert.equal(href, env.url('hostile/page.html'));
  });

  it('exports JSON and Markdown that keep the markup as inert text', STEP, async () => {
    await list.getByRole('button', { name: 'Export all as JSON' }).click();
    exportedJson = await downloads.downloaded(exportName('json'));
    const file = JSON.parse(exportedJson) as { entries: SavedSummary[] };
    assert.equal(file.entries.length, 1);
    assert.equal(file.entries[0]!.title, TITLE);

    await list.getByRole('button', { name: 'Export all as Markdown' }).click();
    const md = await downloads.downloaded(exportName('md'));
    // Markdown renderers pass raw HTML through, so every '<' from the page must arrive escaped.
    assert.doesNotMatch(md, /(^|[^\\])<(script|img|svg|iframe)/i, 'raw markup in the Markdown');
    assert.doesNotMatch(md, /javascript:/i);
    const shown = md.replace(/\\(.)/g, '$1'); // what a Markdown reader displays
    assert.ok(shown.includes(`## ${TITLE}`), 'the title, literal <script> and all, as a heading');
    assert.ok(shown.includes(`- Site: Riverton Ledger<img src=x onerror="alert('site')">`), 'the site name as text');
    await assertInert(list, 'saved summaries, after export', dialogs);
  });

  it('an imported entry with a javascript: address shows it as text, not a link', STEP, async () => {
    const file = JSON.parse(exportedJson) as { entries: SavedSummary[] };
    const forged: SavedSummary = {
      ...file.entries[0]!,
      id: 'forged0000000001',
      key: 'javascript:alert(2)',
      url: "javascript:document.documentElement.dataset.pwned='import'",
      title: `Forged <img src=x onerror="alert('import')"> entry`,
      siteName: '<svg onload=alert(3)>',
      pinned: false,
    };
    await list.getByTestId('import-file').setInputFiles({
      name: 'forged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, entries: [forged] })),
    });
    const entry = list.getByTestId('entry').filter({ hasText: 'Forged' });
    await entry.waitFor();
    await textMatches(entry.locator('h2'), /^Forged <img src=x onerror="alert\('import'\)"> entry/);
    assert.equal(await entry.locator('a').count(), 0, 'no link for a javascript: address');
    await entry.getByRole('button', { name: 'Open' }).click();
    await entry.getByTestId('marked-text').waitFor();
    assert.equal(await entry.locator('a').count(), 0, 'no "open the original" link either');
    await assertInert(list, 'saved summaries, forged import', dialogs);
  });

  it('the options page stays clean too', STEP, async () => {
    const options = await env.h.openExtensionPage('options.html');
    watchDialogs(options, dialogs);
    await options.getByRole('heading').first().waitFor();
    await assertInert(options, 'options', dialogs);
    assert.deepEqual(dialogs, []);
  });
});

describe('the built extension keeps the strict MV3 content security policy', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('has no CSP override, no remote hosts, nothing exposed to web pages', () => {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.content_security_policy, undefined, 'the default MV3 policy applies');
    for (const key of ['host_permissions', 'web_accessible_resources', 'externally_connectable', 'content_scripts', 'sandbox']) {
      assert.equal(manifest[key], undefined, `manifest.${key}`);
    }
    const allowed = new Set(['activeTab', 'scripting', 'storage', 'contextMenus', 'sidePanel']);
    for (const p of manifest.permissions as string[]) assert.ok(allowed.has(p), `permission ${p}`);
  });

  it('loads only its own scripts: no remote code, no eval', () => {
    const files = (readdirSync(EXTENSION_DIR, { recursive: true }) as string[]).map((f) => join(EXTENSION_DIR, f));
    // The loops below check nothing if the build is missing its pages: there are at least popup,
    // options, summaries and reader, and their scripts.
    assert.ok(files.filter((f) => f.endsWith('.html')).length >= 4, 'built pages');
    assert.ok(files.filter((f) => f.endsWith('.js')).length >= 4, 'built scripts');
    for (const html of files.filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(html, 'utf8');
      for (const [, src] of text.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) assert.match(src!, /^\/[\w./-]+\.js$/, `${html}: ${src}`);
      assert.doesNotMatch(text, /<script(?![^>]*\ssrc=)[^>]*>/, `${html}: inline script`);
    }
    for (const js of files.filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(js, 'utf8');
      assert.doesNotMatch(text, /\bimport\(\s*["'`]https?:/, `${js}: remote import`);
      assert.doesNotMatch(text, /[^.\w]eval\(|new Function\(/, `${js}: eval`);
    }
  });

  // DevTools' own evaluation is exempt from the policy, so eval cannot be probed from here; the
  // static check above covers it. An inserted inline script is subject to it.
  it('an extension page refuses an inline script at run time', STEP, async () => {
    const env = await startEnv();
    try {
      const page = await env.h.openExtensionPage('options.html');
      await page.getByRole('heading').first().waitFor();
      const result = await page.evaluate(async () => {
        const violation = new Promise<string>((res) => {
          document.addEventListener('securitypolicyviolation', (e) => res(e.effectiveDirective), { once: true });
        });
        const s = document.createElement('script');
        s.textContent = 'document.documentElement.dataset.inline = "ran"';
        document.head.append(s);
        return { directive: await violation, inlineRan: document.documentElement.dataset.inline === 'ran' };
      });
      assert.deepEqual(result, { directive: 'script-src-elem', inlineRan: false });
    } finally {
      await env.close();
    }
  });
});
