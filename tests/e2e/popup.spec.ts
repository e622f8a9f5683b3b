import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { coversFact, labelMatches } from '../support/labels';
import { textMatches } from './expect';
import { startEnv, type Env } from './setup';

const labels = JSON.parse(readFileSync('tests/fixtures/agency-leak/labels.json', 'utf8')) as {
  keyFacts: string[][];
  padding: string[];
  boilerplate: string[];
};

describe('popup on the agency page, opened by a real toolbar click', () => {
  let env: Env;
  let page: Page;
  let popup: Page;
  let before_: string;
  let clickMs = 0;

  before(async () => {
    env = await startEnv();
    page = await env.h.openPage(env.url('agency-leak/page.html'));
    before_ = await page.evaluate(() => document.documentElement.outerHTML);
    const t0 = performance.now();
    popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('key-points').locator('li').first().waitFor();
    clickMs = performance.now() - t0;
    console.log(`click to key points on screen: ${clickMs.toFixed(0)} ms`);
  });
  after(async () => env?.close());

  it('shows the title, the key points and the padding meter', async () => {
    await textMatches(popup.getByTestId('title'), "Anthropic's Code Leak: What Happened and What It Means");
    // Who wrote it and when, from the page's metadata, under the title.
    await textMatches(popup.getByTestId('author'), 'By Mira Vista Digital Team');
    assert.equal(await popup.getByTestId('published').getAttribute('datetime'), '2026-04-02T09:00:00-07:00');
    await textMatches(popup.getByTestId('published'), /Apr.* 2026|2026.*Apr/);
    const points = await popup.getByTestId('key-points').locator('li').allTextContents();
    assert.equal(points.length, 5);
    // Neither the author nor the date is a key point.
    for (const p of points) assert.ok(!/^By Mira Vista Digital Team|^April 2, 2026$/.test(p), `byline or date as a key point: ${p}`);
    const covered = labels.keyFacts.filter((alts) => points.some((p) => coversFact(p, alts)));
    assert.ok(covered.length >= 3, `only ${covered.length} key facts covered:\n${points.join('\n')}`);
    for (const p of points) {
      for (const l of [...labels.padding, ...labels.boilerplate]) assert.ok(!labelMatches(l, p), `padding in key points: ${p}`);
    }
    const meter = (await popup.getByTestId('padding-percent').textContent()) ?? '';
    const pct = Number(/(\d+)% padding/.exec(meter)?.[1]);
    assert.ok(pct >= 40 && pct <= 90, `meter says "${meter}"`);
    await textMatches(popup.getByTestId('padding-meter'), /saves \d+ min/);
    assert.ok(clickMs < 10_000);
  });

  it('toggles to the marked text by keyboard, and a mark explains itself on focus', async () => {
    await popup.getByRole('tab', { name: 'Key points' }).focus();
    await popup.keyboard.press('ArrowRight');
    assert.equal(await popup.getByRole('tab', { name: 'Marked text' }).getAttribute('aria-selected'), 'true');
    const marks = popup.locator('mark.pad');
    assert.ok((await marks.count()) >= 15, 'expected at least 15 marked sentences');
    const first = marks.first();
    await first.focus();
    const tip = first.locator('[role=tooltip]');
    assert.ok(await tip.isVisible(), 'the reason shows on keyboard focus');
    await textMatches(tip, /^Hook “we've all been there”$/);
    const described = await first.getAttribute('aria-describedby');
    assert.equal(described, await tip.getAttribute('id'));
    await popup.getByRole('tab', { name: 'Marked text' }).focus();
    await popup.keyboard.press('ArrowLeft');
    assert.equal(await popup.getByRole('tab', { name: 'Key points' }).getAttribute('aria-selected'), 'true');
  });

  it('left the page exactly as it was', async () => {
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before_);
  });

  it('saves, and the saved-summaries page lists, opens, deletes and restores the entry', async () => {
    await popup.getByTestId('save').click();
    await popup.getByTestId('save').getByText('Saved ✓').waitFor();

    const list = await env.h.openExtensionPage('summaries.html');
    const entry = list.getByTestId('entry');
    await entry.first().waitFor();
    assert.equal(await entry.count(), 1);
    await textMatches(entry, /Anthropic's Code Leak/);
    await textMatches(entry, /Mira Vista Digital · saved .* · \d+% padding/);
    // The saved entry keeps who wrote the article and when.
    await textMatches(entry.getByTestId('author'), 'By Mira Vista Digital Team');
    assert.equal(await entry.getByTestId('published').getAttribute('datetime'), '2026-04-02T09:00:00-07:00');

    await entry.getByRole('button', { name: 'Open' }).click();
    assert.ok((await entry.locator('mark.pad').count()) >= 15, 'the saved copy keeps the marked text');

    await entry.getByRole('button', { name: /Delete/ }).click();
    await list.getByTestId('empty').waitFor();
    await list.getByRole('button', { name: 'Undo' }).click();
    await list.getByTestId('entry').first().waitFor();
    await list.getByTestId('entry').getByRole('button', { name: /Delete/ }).click();
    await list.getByTestId('empty').waitFor();
    await list.close();
  });
});

describe('popup on pages that are not articles', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('says a shop page is not an article', async () => {
    const page = await env.h.openPage(env.url('not-article-shop-category/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByRole('heading', { name: 'This page isn’t an article' }).waitFor();
    await popup.getByRole('button', { name: 'Saved summaries' }).waitFor();
  });

  it('reads a page that looks too short when the reader asks anyway', async () => {
    const page = await env.h.openPage(env.url('not-article-news-homepage/page.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByRole('heading', { name: 'This page isn’t an article' }).waitFor();
    await popup.getByRole('button', { name: 'Read it anyway' }).click();
    await popup.getByTestId('key-points').locator('li').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    // The next click starts fresh: the page is judged again.
    const again = await env.h.clickToolbarButton(page);
    await again.getByRole('heading', { name: 'This page isn’t an article' }).waitFor();
  });

  it('says plainly when the browser forbids reading the page', async () => {
    const page = await env.h.openPage('chrome://version/');
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByRole('heading', { name: 'Winnow can’t read this page' }).waitFor();
    await textMatches(popup.locator('.status'), /doesn’t let extensions read (chrome|this page)/);
  });
});

describe('popup opened as a page for a named tab (popup.html?tab=ID, for measurement harnesses)', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('reads and analyses the tab it is given', async () => {
    const page = await env.h.openPage(env.url('agency-leak/page.html'));
    // A toolbar click grants activeTab for this tab; the popup tells us the tab's id.
    const first = await env.h.clickToolbarButton(page);
    await first.getByTestId('key-points').locator('li').first().waitFor();
    const tabId = await first.evaluate(
      async () =>
        (
          await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({
            active: true,
            currentWindow: true,
          })
        )[0]?.id,
    );
    assert.ok(typeof tabId === 'number', 'found the tab');
    const popup = await env.h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('key-points').locator('li').first().waitFor({ timeout: 10_000 });
    assert.equal(await popup.getByTestId('key-points').locator('li').count(), 5);
    await textMatches(popup.getByTestId('title'), "Anthropic's Code Leak: What Happened and What It Means");
  });
});
