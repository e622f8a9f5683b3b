import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { SavedSummary } from '../../utils/storage/saved-summary';
import { downloadFolder, exportName, type DownloadFolder } from './downloads';
import { textMatches } from './expect';
import { startEnv, type Env } from './setup';

/** What the extension page's `chrome.storage.local` offers; typed here since the tests have no @types/chrome. */
interface LocalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
const STEP = { timeout: 20_000 };
const AGENCY_TITLE = "Anthropic's Code Leak: What Happened and What It Means";

async function storageAll(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local.get(null));
}

async function storageSet(page: Page, items: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (i) => (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local.set(i),
    items,
  );
}

/** Three more entries, built from the one saved through the popup: other pages, sites, padding and dates. */
function seeds(agency: SavedSummary): SavedSummary[] {
  const day = 24 * 3600 * 1000;
  const at = (daysAgo: number) => new Date(Date.parse(agency.savedAt) - daysAgo * day).toISOString();
  const base = { ...agency, marked: null, byline: null, byKind: {}, pinned: false };
  return [
    {
      ...base,
      id: 'seed0000bridge01',
      url: 'https://harbor-gazette.example/news/bridge-closure',
      key: 'https://harbor-gazette.example/news/bridge-closure',
      title: 'Council approves six-week closure of the Elm Street bridge',
      siteName: 'Harbor Gazette',
      savedAt: at(1),
      paddingRatio: 0.12,
      keyPoints: ['The Elm Street bridge closes on 3 March for six weeks of deck repairs.', 'Buses 4 and 9 detour over the Mill Road crossing.'],
    },
    {
      ...base,
      id: 'seed0000budget02',
      url: 'https://money-lists.example/budgeting-apps',
      key: 'https://money-lists.example/budgeting-apps',
      title: 'Ten budgeting apps that actually help',
      siteName: 'Money Lists',
      savedAt: at(2),
      paddingRatio: 0.55,
      keyPoints: ['Envelope-style apps suit irregular incomes.', 'Most free tiers limit linked bank accounts to two.'],
    },
    {
      ...base,
      id: 'seed0000localseo',
      url: 'https://miravista.example/blog/local-seo',
      key: 'https://miravista.example/blog/local-seo',
      title: 'Why every small business needs a local listings plan',
      siteName: agency.siteName,
      savedAt: at(3),
      paddingRatio: 0.83,
      keyPoints: ['Complete business profiles get more map clicks.', 'Reviews answered within a day rank higher.'],
    },
  ];
}

describe('saved-summaries page: search, filter, sort, pin, bulk delete, stats, export, import', () => {
  let env: Env;
  let list: Page;
  let agency: SavedSummary;
  let all: SavedSummary[];
  let downloads: DownloadFolder;
  const exported: { md?: string; json?: string } = {};

  const titles = async () => list.getByTestId('entry').locator('h2 a').allTextContents();
  const waitCount = async (n: number) => {
    await list.waitForFunction((k) => document.querySelectorAll('[data-testid=entry]').length === k, n, { timeout: 5_000 });
  };
  before(async () => {
    env = await startEnv();
    const page = await env.h.openPage(env.url('agency-leak/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('save').click();
    await popup.getByTestId('save').getByText('Saved ✓').waitFor({ timeout: 10_000 });

    list = await env.h.openExtensionPage('summaries.html');
    list.setDefaultTimeout(5_000);
    await list.getByTestId('entry').first().waitFor();
    const stored = Object.entries(await storageAll(list)).filter(([k]) => k.startsWith('summary:'));
    assert.equal(stored.length, 1);
    agency = stored[0]![1] as SavedSummary;
    all = [agency, ...seeds(agency)];
    await storageSet(list, Object.fromEntries(seeds(agency).map((e) => [`summary:${e.id}`, e])));
    await waitCount(4); // appears live, through storage.onChanged

    downloads = await downloadFolder(env.h);
  });
  after(async () => {
    await env?.close();
    downloads?.dispose();
  });

  it('lists newest first with site, date, padding and the storage used', STEP, async () => {
    assert.deepEqual(await titles(), all.map((e) => e.title));
    await textMatches(list.getByTestId('count'), /^4 saved · [<\d. ]+ MB of 8 MB$/);
    const first = list.getByTestId('entry').first();
    await textMatches(first, /Mira Vista Digital · saved .* · \d+% padding/);
    assert.equal(await first.locator('.points li').count(), 2, 'the list shows the first key points');
    await first.getByRole('button', { name: 'Open' }).click();
    assert.equal(await first.locator('.points li').count(), agency.keyPoints.length);
    assert.ok((await first.locator('mark.pad').count()) >= 15, 'the full view shows the marked text');
    await first.getByRole('tab', { name: 'Without padding' }).click();
    await textMatches(first.getByTestId('fold-summary'), /^\d+ padded sentences folded away: /);
    assert.equal(await first.getByTestId('folded-text').locator('mark.pad').count(), 0, 'padding folded away');
    await first.getByRole('button', { name: 'Close' }).click();
    assert.equal(await first.locator('h2 a').getAttribute('href'), agency.url);
  });

  it('searches key points as you type, "/" focuses the box and Escape clears it', STEP, async () => {
    const others = all.slice(1).map((e) => [e.title, e.siteName, ...e.keyPoints].join(' ').toLowerCase());
    const word = agency.keyPoints
      .join(' ')
      .split(/[^\p{L}]+/u)
      .find((w) => w.length >= 7 && !others.some((o) => o.includes(w.toLowerCase())) && !agency.title.includes(w));
    assert.ok(word, 'a distinctive word in the agency key points');
    await list.locator('h1').click();
    await list.keyboard.press('/');
    assert.ok(await list.getByTestId('search').evaluate((el) => el === document.activeElement), '"/" focuses search');
    await list.keyboard.type(word);
    await waitCount(1);
    assert.deepEqual(await titles(), [AGENCY_TITLE]);
    await list.keyboard.press('Escape');
    assert.equal(await list.getByTestId('search').inputValue(), '');
    await waitCount(4);

    await list.getByTestId('search').fill('zzqx nothing like this');
    await list.getByTestId('no-results').waitFor();
    assert.equal(await list.getByTestId('empty').count(), 0, 'no-results is not the empty library');
    await list.getByRole('button', { name: 'Clear search' }).click();
    await waitCount(4);
  });

  it('filters by site and sorts by padding', STEP, async () => {
    const sites = await list.getByTestId('site-filter').locator('option').allTextContents();
    assert.deepEqual(sites, ['All sites', 'Harbor Gazette', 'Mira Vista Digital', 'Money Lists']);
    await list.getByLabel('Site').selectOption('Mira Vista Digital');
    await waitCount(2);
    assert.deepEqual(await titles(), [AGENCY_TITLE, all[3]!.title]);
    await list.getByLabel('Site').selectOption('');
    await list.getByLabel('Sort').selectOption('most-padding');
    await waitCount(4);
    const byPadding = [...all].sort((a, b) => b.paddingRatio - a.paddingRatio).map((e) => e.title);
    assert.deepEqual(await titles(), byPadding);
    await list.getByLabel('Sort').selectOption('newest');
  });

  it('moves between entries with the arrow keys', STEP, async () => {
    const links = list.getByTestId('entry').locator('h2 a');
    await links.first().focus();
    await list.keyboard.press('ArrowDown');
    assert.ok(await links.nth(1).evaluate((el) => el === document.activeElement));
    await list.keyboard.press('ArrowUp');
    assert.ok(await links.nth(0).evaluate((el) => el === document.activeElement));
  });

  it('pins an entry, and the pin survives a reload', STEP, async () => {
    const entry = list.getByTestId('entry').nth(1);
    const pin = entry.getByTestId('pin');
    assert.equal(await pin.getAttribute('aria-pressed'), 'false');
    await pin.click();
    await list.waitForFunction(() => document.querySelectorAll('[data-testid=entry]')[1]?.querySelector('[aria-pressed=true]'));
    await entry.getByTestId('pinned-badge').waitFor();
    await list.reload();
    await list.getByTestId('entry').first().waitFor();
    assert.equal(await list.getByTestId('entry').nth(1).getByTestId('pin').getAttribute('aria-pressed'), 'true');
    const stored = (await storageAll(list))[`summary:${all[1]!.id}`] as SavedSummary;
    assert.equal(stored.pinned, true);
  });

  it('shows the average padding per site', STEP, async () => {
    await list.getByTestId('site-stats').locator('summary').click();
    const lines = await list.getByTestId('site-stat').allTextContents();
    const mira = Math.round(((agency.paddingRatio + 0.83) / 2) * 100);
    assert.equal(lines[0], `Mira Vista Digital: ${mira}% padding over 2 pages`);
    assert.ok(lines.includes('Harbor Gazette: 12% padding over 1 page'), lines.join('\n'));
    await list.getByTestId('site-stats').locator('summary').click();
  });

  it('deletes two selected entries at once, and Undo brings both back', STEP, async () => {
    await list.getByTestId('entry').nth(1).getByTestId('entry-select').check();
    await list.getByTestId('entry').nth(2).getByTestId('entry-select').check();
    await list.getByRole('button', { name: 'Delete selected (2)' }).click();
    await waitCount(2);
    assert.deepEqual(await titles(), [all[0]!.title, all[3]!.title]);
    await textMatches(list.getByTestId('toast'), /Deleted 2 summaries/);
    await list.getByRole('button', { name: 'Undo' }).click();
    await waitCount(4);
    assert.deepEqual(await titles(), all.map((e) => e.title));
    assert.equal(await list.getByTestId('entry').nth(1).getByTestId('pin').getAttribute('aria-pressed'), 'true', 'undo keeps the pin');
    await textMatches(list.getByTestId('delete-selected'), 'Delete selected (0)');
  });

  it('exports everything as Markdown and JSON, or only the selection', STEP, async () => {
    await list.getByRole('button', { name: 'Export all as Markdown' }).click();
    exported.md = await downloads.downloaded(exportName('md'));
    assert.equal(exported.md.match(/^## /gm)?.length, 4);
    const section = exported.md.split(/^## /m).find((s) => s.startsWith(`${AGENCY_TITLE}\n`));
    assert.ok(section, `a "## ${AGENCY_TITLE}" section`);
    assert.match(section, /\n- Site: Mira Vista Digital\n[\s\S]*\nKey points:\n\n1\. /);
    const numbered = section.match(/^\d+\. .+$/gm) ?? [];
    assert.deepEqual(numbered.map((l) => l.split('.')[0]), agency.keyPoints.map((_, i) => String(i + 1)));
    assert.ok(numbered[0]!.includes(agency.keyPoints[0]!.split(' ').slice(0, 4).join(' ')), numbered[0]);

    await list.getByRole('button', { name: 'Export all as JSON' }).click();
    exported.json = await downloads.downloaded(exportName('json'));
    const file = JSON.parse(exported.json) as { format: string; entries: SavedSummary[] };
    assert.equal(file.format, 'winnow-summaries');
    assert.equal(file.entries.length, 4);

    downloads.remove(exportName('json'));
    await list.getByTestId('entry').nth(3).getByTestId('entry-select').check();
    await list.getByRole('button', { name: 'Export 1 selected as JSON' }).click();
    const one = JSON.parse(await downloads.downloaded(exportName('json'))) as { entries: SavedSummary[] };
    assert.deepEqual(one.entries.map((e) => e.id), [all[3]!.id]);
    await list.getByTestId('entry').nth(3).getByTestId('entry-select').uncheck();
  });

  it('refuses a file that is not an export, with the precise reason, and changes nothing', STEP, async () => {
    await list.getByTestId('import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    const error = list.getByTestId('notice-error');
    await error.waitFor();
    await textMatches(error, /its "format" is not "winnow-summaries"/);
    assert.equal(await list.getByRole('alert').filter({ has: error }).count(), 1, 'shown in an alert');
    await waitCount(4);
  });

  it('deletes everything to the empty state, then imports the export back', STEP, async () => {
    await list.getByTestId('select-all').check();
    await list.getByRole('button', { name: 'Delete selected (4)' }).click();
    await list.getByTestId('empty').waitFor();
    await textMatches(list.getByTestId('count'), /^0 saved · 0 MB of 8 MB$/);

    await list.getByTestId('import-file').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported.json!) });
    await list.getByTestId('notice-ok').getByText('Imported 4 summaries (0 updated).').waitFor();
    await waitCount(4);
    assert.deepEqual(await titles(), all.map((e) => e.title));
    assert.equal(await list.getByTestId('entry').nth(1).getByTestId('pin').getAttribute('aria-pressed'), 'true');

    await list.getByTestId('import-file').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported.json!) });
    await list.getByTestId('notice-ok').getByText('Imported 4 summaries (4 updated).').waitFor();
    await waitCount(4);
  });
});
