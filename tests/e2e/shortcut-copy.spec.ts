import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { textMatches } from './expect';
import { startEnv, type Env } from './setup';

/** The keyboard shortcut shown where the reader looks for it, and the key points copied out. */

/** What chrome://extensions itself calls to change a shortcut (the page the reader would use). */
declare const chrome: {
  developerPrivate: { updateExtensionCommand(u: { extensionId: string; commandName: string; keybinding: string }): Promise<void> };
};

const ARTICLE = 'agency-leak/page.html';

/** Lets the extension's pages read the clipboard, so a test reads what a copy really wrote. */
async function allowClipboard(env: Env): Promise<void> {
  await env.h.cdp('Browser.grantPermissions', {
    origin: env.h.extensionUrl('').replace(/\/$/, ''),
    permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
  });
}

const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

async function openPopup(env: Env): Promise<{ page: Page; popup: Page }> {
  const page = await env.h.openPage(env.url(ARTICLE));
  const popup = await env.h.clickToolbarButton(page);
  await popup.getByTestId('key-points').locator('li').first().waitFor();
  return { page, popup };
}

describe('keyboard shortcut', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('the popup shows the shortcut in force and leads to the browser’s shortcut settings', async () => {
    const { popup } = await openPopup(env);
    await textMatches(popup.getByTestId('shortcut'), 'Alt+Shift+K');
    await textMatches(popup.getByTestId('shortcut-hint'), /^Shortcut: Alt\+Shift\+KChange$/);
    const settings = env.h.context.waitForEvent('page', { predicate: (p) => p.url().startsWith('chrome://extensions/shortcuts') });
    await popup.getByRole('button', { name: 'Change' }).click();
    await (await settings).close();
  });

  it('the options page shows it too, with a way to change it', async () => {
    const options = await env.h.openExtensionPage('options.html');
    await textMatches(options.getByTestId('shortcut-line'), /^Alt\+Shift\+K opens Winnow on the page you are reading\.$/);
    const settings = env.h.context.waitForEvent('page', { predicate: (p) => p.url().startsWith('chrome://extensions/shortcuts') });
    await options.getByTestId('change-shortcut').click();
    await (await settings).close();
    await options.close();
  });

  it('says “not set” once the reader has removed it, in the options and the popup', async () => {
    const options = await env.h.openExtensionPage('options.html');
    await options.getByTestId('shortcut').waitFor();
    // Removed where the reader would remove it: the browser's extensions page.
    const extensions = await env.h.openPage('chrome://extensions/shortcuts');
    await extensions.evaluate(
      (id) => chrome.developerPrivate.updateExtensionCommand({ extensionId: id, commandName: '_execute_action', keybinding: '' }),
      env.h.extensionId,
    );
    // The page looks again when the reader comes back to it (focus, visibility); a headless tab
    // never loses either, so it is opened afresh here.
    await options.reload();
    await textMatches(options.getByTestId('shortcut-line'), /^Not set: no keyboard shortcut opens Winnow\.$/);
    await textMatches(options.getByTestId('change-shortcut'), 'Set a shortcut');
    await extensions.close();

    const { popup } = await openPopup(env);
    await textMatches(popup.getByTestId('shortcut-hint'), /^No keyboard shortcutSet one$/);
  });
});

describe('copy the key points', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
    await allowClipboard(env);
  });
  after(async () => env?.close());

  it('from the popup, as Markdown and, by keyboard, as plain text', async () => {
    const { page, popup } = await openPopup(env);
    const points = await popup.getByTestId('key-points').locator('li').allTextContents();
    const title = (await popup.getByTestId('title').textContent()) ?? '';

    await popup.getByTestId('copy-markdown').click();
    await textMatches(popup.getByTestId('copy-status'), 'Copied as Markdown ✓');
    assert.equal(await clipboard(popup), [`[${title}](${page.url()})`, '', ...points.map((p) => `- ${p}`)].join('\n') + '\n');

    // Keyboard only: Tab to the Copy button, Enter.
    const copy = popup.getByTestId('copy-text');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await copy.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, 'the Copy button is reachable with Tab');
    await popup.keyboard.press('Enter');
    await textMatches(popup.getByTestId('copy-status'), 'Copied ✓');
    assert.equal(await clipboard(popup), [title, page.url(), '', ...points.map((p, i) => `${i + 1}. ${p}`)].join('\n') + '\n');

    await popup.getByTestId('save').click();
    await popup.getByTestId('save').getByText('Saved ✓').waitFor();
  });

  it('from the saved-summaries page, the same Markdown', async () => {
    const list = await env.h.openExtensionPage('summaries.html');
    const entry = list.getByTestId('entry').first();
    await entry.waitFor();
    await entry.getByRole('button', { name: 'Open' }).click();
    const points = await entry.locator('ol.points li').allTextContents();
    const title = (await entry.locator('h2 a').textContent()) ?? '';
    const url = (await entry.locator('h2 a').getAttribute('href')) ?? '';
    assert.ok(points.length >= 3, points.join(' | '));

    await entry.getByTestId('copy-markdown').focus();
    await list.keyboard.press('Enter');
    await textMatches(entry.getByTestId('copy-status'), 'Copied as Markdown ✓');
    assert.equal(await clipboard(list), [`[${title}](${url})`, '', ...points.map((p) => `- ${p}`)].join('\n') + '\n');
    // The confirmation goes away by itself, leaving the buttons as they were.
    await textMatches(entry.getByTestId('copy-status'), /^$/, 6_000);
    await list.close();
  });
});
