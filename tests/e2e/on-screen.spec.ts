import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { textMatches } from './expect';
import { startEnv, type Env } from './setup';

/** The extension API as seen by code evaluated inside an extension page. */
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/** Ranges registered under each Winnow highlight in the page (read from the page's own world). */
async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}

/** The text of every range registered under `name`, as the page sees it. */
async function highlightedText(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? [])].map((r) => r.toString()), name);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('padding on screen: kind toggles, reading without padding, highlights in the page', () => {
  let env: Env;
  let page: Page;
  let popup: Page;
  let pristine: string;

  before(async () => {
    env = await startEnv();
    page = await env.h.openPage(env.url('agency-leak/page.html'));
    pristine = await page.evaluate(() => document.documentElement.outerHTML);
    popup = await env.h.clickToolbarButton(page);
    popup.setDefaultTimeout(5_000);
    await popup.getByTestId('key-points').locator('li').first().waitFor();
  });
  after(async () => env?.close());

  it('opens with highlights off and leaves the page untouched', async () => {
    assert.equal(await popup.getByTestId('highlight-toggle').isChecked(), false);
    assert.deepEqual(await highlightSizes(page), {});
  });

  it('hides and shows one kind of mark with its chip', async () => {
    await popup.getByRole('tab', { name: 'Marked text' }).click();
    const platitudes = popup.locator('mark.pad[data-kind=platitude]');
    const count = await platitudes.count();
    assert.ok(count >= 5, `platitude marks: ${count}`);
    const chip = popup.getByRole('button', { name: /^Platitude \d+$/ });
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    await textMatches(chip, `Platitude ${count}`);
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    await popup.waitForFunction(() => !document.querySelector('mark.pad[data-kind=platitude]'));
    assert.ok((await popup.locator('mark.pad').count()) > 0, 'other kinds stay marked');
    await chip.press('Enter'); // keyboard works too
    await popup.waitForFunction((n) => document.querySelectorAll('mark.pad[data-kind=platitude]').length === n, count);
  });

  it('reads without padding: folds say what they hide, open in place, and follow the chips', async () => {
    await popup.getByRole('tab', { name: 'Without padding' }).click();
    const view = popup.getByTestId('folded-text');
    await view.waitFor();
    const summary = (await popup.getByTestId('fold-summary').textContent()) ?? '';
    const m = /^(\d+) padded sentences folded away: ([\d,]+) of ([\d,]+) words left to read\.$/.exec(summary);
    assert.ok(m, summary);
    const folded = Number(m[1]);
    assert.ok(folded >= 20, summary);
    assert.ok(Number(m[2]!.replace(',', '')) < Number(m[3]!.replace(',', '')));
    assert.equal(await view.locator('mark.pad').count(), 0, 'padding is folded, not shown');
    // The key facts stay in the text.
    assert.match((await view.textContent()) ?? '', /Boris Cherny, a key figure at Anthropic/);

    const fold = popup.getByTestId('fold').first();
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    assert.match((await fold.textContent()) ?? '', /(sentence|paragraph)s? .*· [A-Z]/);
    await fold.focus();
    await popup.keyboard.press('Enter');
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    assert.ok((await view.locator('mark.pad').count()) >= 1, 'the opened fold shows its sentences, marked');
    await fold.click();
    assert.equal(await view.locator('mark.pad').count(), 0);

    // Switching a kind off un-folds its sentences: they are ordinary text again.
    await popup.getByRole('button', { name: /^Platitude \d+$/ }).click();
    await popup.waitForFunction(
      (n) => Number(/^(\d+)/.exec(document.querySelector('[data-testid=fold-summary]')?.textContent ?? '')?.[1]) < n,
      folded,
    );
    await popup.getByRole('button', { name: /^Platitude \d+$/ }).click();
    await textMatches(popup.getByTestId('fold-summary'), new RegExp(`^${folded} padded sentences`));
  });

  it('highlights key points and dims padding in the page, without changing its DOM', async () => {
    await popup.getByTestId('highlight-toggle').check();
    await textMatches(popup.getByTestId('highlight-status'), /^In the page: 5 key points highlighted, \d+ padded sentences dimmed\.$/);
    const sizes = await highlightSizes(page);
    assert.ok((sizes['winnow-key'] ?? 0) >= 5, JSON.stringify(sizes));
    assert.ok((sizes['winnow-padding'] ?? 0) >= 20, JSON.stringify(sizes));

    // What is highlighted in the page is exactly what the popup shows as key points.
    await popup.getByRole('tab', { name: 'Key points' }).click();
    const points = (await popup.getByTestId('key-points').locator('li').allTextContents()).map(squeeze);
    const keyRanges = (await highlightedText(page, 'winnow-key')).map(squeeze);
    assert.ok(keyRanges.length >= 5, `highlighted key ranges: ${keyRanges.length}`);
    for (const r of keyRanges) assert.ok(points.some((p) => p.includes(r)), `highlighted but not a key point: ${r}`);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), pristine, 'the page DOM is unchanged');

    // Chips reach the page too: switching a kind off un-dims it there.
    const before_ = sizes['winnow-padding']!;
    await popup.getByRole('button', { name: /^Platitude \d+$/ }).click();
    await page.waitForFunction((n) => (CSS.highlights.get('winnow-padding')?.size ?? 0) < n, before_);
    await popup.getByRole('button', { name: /^Platitude \d+$/ }).click();
    await page.waitForFunction((n) => CSS.highlights.get('winnow-padding')?.size === n, before_);
  });

  it('scrolls the page to a key point when it is clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = popup.getByTestId('key-points').locator('li button').last();
    const text = squeeze((await last.textContent()) ?? '');
    await last.click();
    // The flashed range is the point's sentence, and it ends up on screen.
    await page.waitForFunction(() => (CSS.highlights.get('winnow-focus')?.size ?? 0) === 1);
    const focused = squeeze((await highlightedText(page, 'winnow-focus'))[0] ?? '');
    assert.ok(focused && text.includes(focused), `flashed "${focused}"`);
    await page.waitForFunction(() => {
      const r = [...(CSS.highlights.get('winnow-focus') as Iterable<Range>)][0]!.getBoundingClientRect();
      return scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
  });

  it('clears the page when switched off; a new popup finds highlights that are still there', async () => {
    await popup.getByTestId('highlight-toggle').uncheck();
    await page.waitForFunction(() => !CSS.highlights.has('winnow-key') && !CSS.highlights.has('winnow-padding'));
    await popup.getByTestId('highlight-toggle').check();
    await page.waitForFunction(() => CSS.highlights.has('winnow-key'));

    const again = await env.h.clickToolbarButton(page);
    await again.getByTestId('key-points').locator('li').first().waitFor();
    await again.waitForFunction(() => (document.querySelector('[data-testid=highlight-toggle]') as HTMLInputElement).checked);
    await again.getByTestId('highlight-toggle').uncheck();
    await page.waitForFunction(() => CSS.highlights.size === 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), pristine);
  });

  it('highlights on opening when the option says so', async () => {
    const options = await env.h.openExtensionPage('options.html');
    await options.getByTestId('highlight-in-page').check();
    await options.waitForFunction(
      async () => ((await chrome.storage.sync.get('options')).options as { highlightInPage?: boolean } | undefined)?.highlightInPage === true,
    );
    const other = await env.h.openPage(env.url('clean-news-water-rates/page.html'));
    const fresh = await env.h.clickToolbarButton(other);
    await fresh.getByTestId('key-points').locator('li').first().waitFor();
    assert.equal(await fresh.getByTestId('highlight-toggle').isChecked(), true);
    await other.waitForFunction(() => (CSS.highlights.get('winnow-key')?.size ?? 0) >= 1);
  });
});

describe('code in a tutorial', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('is shown as code in the marked text and in the text without padding', async () => {
    const page = await env.h.openPage(env.url('tutorial-nginx-rate-limiting/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('key-points').locator('li').first().waitFor();
    await popup.getByRole('tab', { name: 'Marked text' }).click();
    const code = popup.getByTestId('marked-text').locator('pre code');
    await code.first().waitFor();
    assert.match((await code.allTextContents()).join('\n'), /limit_req/);
    await popup.getByRole('tab', { name: 'Without padding' }).click();
    await popup.getByTestId('folded-text').locator('pre code').first().waitFor();
  });
});
