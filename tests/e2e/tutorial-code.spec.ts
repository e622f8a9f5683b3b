/**
 * A tutorial with code end to end: a key point whose sentence introduces a code block shows that
 * code under it, as text in a <pre>, in the popup (light and dark) and in the saved-summaries
 * page; copied as Markdown, the code comes in a fenced block. Fixture: tests/fixtures/odd/tutorial-code.html.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertPopupAccessible } from './axe';
import { themeIs } from './expect';
import { setTheme, startEnv, type Env } from './setup';

const TUTORIAL = 'odd/tutorial-code.html';
const EXAMPLE_1 = /^In Example 1, I'll show you how to draw a basic scatterplot/;
const CODE_1 = 'ggplot(data, aes(x = x, y = y)) +\n  geom_point()';

/** How the code under a point is laid out: what a reader sees of it. */
async function codeLook(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((pre) => {
    const s = getComputedStyle(pre);
    return {
      tag: pre.tagName,
      childTags: [...pre.querySelectorAll('*')].map((e) => e.tagName),
      text: pre.textContent,
      font: s.fontFamily,
      whiteSpace: s.whiteSpace,
      overflowX: s.overflowX,
      color: s.color,
      background: s.backgroundColor,
    };
  });
}

/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

describe('a tutorial with code', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
    await env.h.cdp('Browser.grantPermissions', {
      origin: env.h.extensionUrl('').replace(/\/$/, ''),
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
  });
  after(async () => env?.close());

  it('the popup shows the code under the point that introduces it, and copies it fenced', async () => {
    const page = await env.h.openPage(env.url(TUTORIAL));
    const popup = await env.h.clickToolbarButton(page);
    const items = popup.getByTestId('key-points').locator('li');
    await items.first().waitFor();
    const point = items.filter({ hasText: EXAMPLE_1 });
    assert.equal(await point.count(), 1, (await items.allTextContents()).join('\n'));
    assert.equal(await point.locator('.point-link').textContent(), "In Example 1, I'll show you how to draw a basic scatterplot of the variables x and y with ggplot2.");

    const look = await codeLook(popup, 'li:has(.point-link:text-matches("^In Example 1")) pre');
    assert.deepEqual(look.childTags, ['CODE'], 'only a <code> inside: no markup from the page');
    assert.equal(look.text, CODE_1);
    assert.match(look.font, /mono|Menlo|Consolas/i);
    assert.equal(look.whiteSpace, 'pre');
    assert.match(look.overflowX, /auto|scroll/);
    await assertPopupAccessible(popup, 'popup, tutorial with code');

    await popup.getByTestId('copy-markdown').click();
    await popup.getByTestId('copy-status').getByText('Copied as Markdown ✓').waitFor();
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    assert.ok(md.includes(`- In Example 1, I'll show you how to draw a basic scatterplot of the variables x and y with ggplot2.\n  \`\`\`\n  ggplot(data, aes(x = x, y = y)) +\n    geom_point()\n  \`\`\`\n`), md);

    await popup.getByTestId('save').click();
    await popup.getByTestId('save').getByText('Saved ✓').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('the saved-summaries page keeps the code with its point', async () => {
    const list = await env.h.openExtensionPage('summaries.html');
    const entry = list.getByTestId('entry').first();
    await entry.waitFor();
    await entry.getByRole('button', { name: 'Open' }).click();
    const look = await codeLook(list, '[data-testid=entry] li:has-text("In Example 1") pre');
    assert.equal(look.text, CODE_1);
    assert.deepEqual(look.childTags, ['CODE']);
    await list.close();
  });

  it('in the dark theme, the code is light on dark', async () => {
    await setTheme(env, 'dark');
    const page = await env.h.openPage(env.url(TUTORIAL));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('point-code').first().waitFor();
    await themeIs(popup, 'dark');
    const look = await codeLook(popup, '[data-testid=point-code]');
    assert.ok(luminance(look.color) > 0.7 && luminance(look.background) < 0.3, `${look.color} on ${look.background}`);
    await assertPopupAccessible(popup, 'popup, tutorial with code, dark');
  });
});
