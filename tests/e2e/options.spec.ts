import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { textMatches, themeIs } from './expect';
import { startEnv, type Env } from './setup';

/** The extension API as seen by code evaluated inside an extension page. */
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

describe('options take effect', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('a length chosen in the options page shapes the next popup', async () => {
    const options = await env.h.openExtensionPage('options.html');
    await options.getByRole('radio', { name: 'Short (3)' }).check();
    assert.equal(await options.getByTestId('points').inputValue(), '3');
    await options.getByRole('radio', { name: 'Dark' }).check();
    // The theme applies once the write comes back through storage.onChanged: wait, do not race it.
    await themeIs(options, 'dark');

    const page = await env.h.openPage(env.url('agency-leak/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('key-points').locator('li').first().waitFor();
    assert.equal(await popup.getByTestId('key-points').locator('li').count(), 3);
    await themeIs(popup, 'dark');
  });

  it('two changes made faster than storage answers both stick', async () => {
    const options = await env.h.openExtensionPage('options.html');
    await options.getByRole('radio', { name: 'Long (8)' }).check();
    await options.waitForFunction(() => (document.querySelector('[data-testid=points]') as HTMLInputElement).value === '8');
    await options.getByRole('radio', { name: 'Follow the system' }).check();
    // Both clicks in one task: the second is made before the first has come back through storage.
    // (No named helper inside: tsx would wrap it in a __name call the page does not have.)
    await options.evaluate(() => {
      const labels = [...document.querySelectorAll<HTMLLabelElement>('label')];
      for (const name of ['Short (3)', 'Dark']) labels.find((l) => l.textContent?.trim() === name)!.querySelector('input')!.click();
    });
    await themeIs(options, 'dark');
    await options.waitForFunction(() => (document.querySelector('[data-testid=points]') as HTMLInputElement).value === '3');
    const stored = await options.evaluate(async () => (await chrome.storage.sync.get('options')).options as { points: number; theme: string });
    assert.deepEqual({ points: stored.points, theme: stored.theme }, { points: 3, theme: 'dark' });
  });

  it('a kind turned off is stored as off, and the popup stops marking it', async () => {
    const kindsOff = (page: Page, want: string) =>
      page.waitForFunction(async (w) => {
        const { options: o } = await chrome.storage.sync.get('options');
        return JSON.stringify((o as { kindsOff?: unknown }).kindsOff) === w;
      }, want);
    const options = await env.h.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Platitude' }).uncheck();
    await kindsOff(options, '["platitude"]');

    const page = await env.h.openPage(env.url('agency-leak/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    const meter = popup.getByTestId('padding-meter');
    await meter.locator('.kind-filler').first().waitFor();
    assert.equal(await meter.locator('.kind-platitude').count(), 0);

    await options.bringToFront();
    await options.getByRole('checkbox', { name: 'Platitude' }).check();
    await kindsOff(options, '[]');
  });

  it('says which stored options could not be read, and shows their defaults', async () => {
    const options = await env.h.openExtensionPage('options.html');
    const before = await options.evaluate(async () => (await chrome.storage.sync.get('options')).options);
    await options.evaluate(async () => {
      const { options: o } = await chrome.storage.sync.get('options');
      await chrome.storage.sync.set({ options: { ...(o as object), sensitivity: 'paranoid', kindsOff: 'all' } });
    });
    await options.reload();
    await textMatches(options.getByTestId('unreadable-options'), /Padding sensitivity, Kinds of padding to mark/);
    assert.equal(await options.getByRole('radio', { name: /^Balanced/ }).isChecked(), true);
    // A change saves what is shown, and the notice goes.
    await options.getByRole('radio', { name: /^Strict/ }).check();
    await options.getByTestId('unreadable-options').waitFor({ state: 'detached' });
    await options.evaluate(async (o) => chrome.storage.sync.set({ options: o }), before);
  });

  it('an open popup follows a change at once', async () => {
    const page = await env.h.openPage(env.url('agency-leak/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    const items = popup.getByTestId('key-points').locator('li');
    await items.first().waitFor();
    // Another window changes the options (the popup closes if this test moves focus to a tab).
    await popup.evaluate(async () => {
      const { options } = await chrome.storage.sync.get('options');
      await chrome.storage.sync.set({ options: { ...(options as object), points: 7, theme: 'light' } });
    });
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=key-points] li').length === 7);
    await themeIs(popup, 'light');
  });

  it('resets to defaults and deletes all saved data only after confirmation', async () => {
    const page = await env.h.openPage(env.url('agency-leak/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('save').click();
    await popup.getByTestId('save').getByText('Saved ✓').waitFor();

    const options = await env.h.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Reset options to defaults' }).click();
    await options.waitForFunction(() => (document.querySelector('[data-testid=points]') as HTMLInputElement).value === '5');
    await textMatches(options.getByTestId('marked-cost'), /about \d+ KB per page/);

    await options.getByRole('button', { name: 'Delete all saved data…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    const list = await env.h.openExtensionPage('summaries.html');
    await list.getByTestId('entry').first().waitFor();

    await options.bringToFront();
    await options.getByRole('button', { name: 'Delete all saved data…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText('All saved summaries were deleted.').waitFor();
    await list.reload();
    await list.getByTestId('empty').waitFor();
  });
});
