import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
