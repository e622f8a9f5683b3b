/**
 * Structure kept from the page, end to end in the popup: a data table is shown as a table (never as
 * key points), readable in the dark theme; a right-to-left article keeps its direction while the
 * popup around it stays left to right and usable. Fixtures: tests/fixtures/odd/table.html and
 * odd/rtl-hebrew.html (no labels.json, so the labelled-page loaders skip them).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertPopupAccessible } from './axe';
import { themeIs } from './expect';
import { setTheme, startEnv, type Env } from './setup';

const STEP = { timeout: 90_000 };


/** The popup's key points, once shown; on failure, says what the popup showed instead. */
async function keyPoints(popup: Page): Promise<string[]> {
  try {
    await popup.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
  } catch (err) {
    const shown = await popup.locator('body').innerText().catch(() => '(popup gone)');
    throw new Error(`no key points; the popup shows:\n${shown}`, { cause: err });
  }
  return popup.getByTestId('key-points').locator('li').allTextContents();
}

const CELLS = ['3.20', '3.60', '+12%', 'Old Town to North Quay', 'Gull Island'];

describe('a data table in the popup', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  for (const theme of ['light', 'dark'] as const) {
    it(`is shown as a table, never as key points (${theme} theme)`, STEP, async () => {
      await setTheme(env, theme);
      const page = await env.h.openPage(env.url('odd/table.html'));
      const popup = await env.h.clickToolbarButton(page);
      const points = await keyPoints(popup);
      for (const cell of CELLS) assert.ok(!points.some((p) => p.includes(cell)), `a table cell among the key points:\n${points.join('\n')}`);
      await themeIs(popup, theme);

      await popup.getByRole('tab', { name: 'Marked text' }).click();
      const table = popup.getByTestId('marked-text').locator('table');
      await table.waitFor();
      assert.equal(await table.count(), 1);
      const headers = table.locator('thead th[scope="col"]');
      assert.deepEqual(await headers.allTextContents(), ['Route', 'Current fare', 'From April', 'Change']);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      assert.equal(rows.length, 5);
      assert.deepEqual(rows[0], ['Old Town to Lighthouse Point', '3.20', '3.60', '+12%']);
      // The page's escaped markup is shown as text, and no element of it reached the popup.
      assert.equal(rows[4]![0], '<script>alert(1)</script>');
      assert.equal(await popup.locator('.marked script').count(), 0);
      // No cell is a sentence of the marked text either.
      const paragraphs = await popup.getByTestId('marked-text').locator('p').allTextContents();
      assert.ok(!paragraphs.some((p) => p.trim() === '3.20'), paragraphs.join('\n'));

      // Wide tables scroll inside their own box; the popup itself never scrolls sideways.
      const layout = await popup.evaluate(() => {
        const box = document.querySelector('.marked .table-scroll')!;
        return {
          overflowX: getComputedStyle(box).overflowX,
          focusable: (box as HTMLElement).tabIndex === 0,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      assert.deepEqual(layout, { overflowX: 'auto', focusable: true, pageOverflow: 0 });
      // axe checks the cells' contrast in this theme, and the table's and region's names.
      await assertPopupAccessible(popup, `popup, a table in the marked text, ${theme}`);

      await popup.getByRole('tab', { name: 'Without padding' }).click();
      await popup.getByTestId('folded-text').locator('table thead th').first().waitFor();
      await popup.close();
      await page.close();
    });
  }

  it('is kept as a table in the saved summary', STEP, async () => {
    const page = await env.h.openPage(env.url('odd/table.html'));
    const popup = await env.h.clickToolbarButton(page);
    await keyPoints(popup);
    await popup.getByTestId('save').click();
    const list = await env.h.openExtensionPage('summaries.html');
    const entry = list.getByTestId('entry').first();
    await entry.waitFor();
    await entry.getByRole('button', { name: 'Open' }).click();
    const headers = entry.getByTestId('marked-text').locator('table thead th[scope="col"]');
    await headers.first().waitFor();
    assert.deepEqual(await headers.allTextContents(), ['Route', 'Current fare', 'From April', 'Change']);
    await entry.getByRole('tab', { name: 'Without padding' }).click();
    assert.equal(await entry.getByTestId('folded-text').locator('table tbody tr').count(), 5);
    assert.ok(!(await entry.locator('.points li').allTextContents()).some((p) => p.includes('3.20')));
    await list.close();
    await popup.close();
    await page.close();
  });
});

describe('a right-to-left article in the popup', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => env?.close());

  it('keeps the article right to left while the popup stays left to right and usable', STEP, async () => {
    const page = await env.h.openPage(env.url('odd/rtl-hebrew.html'));
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    assert.ok(points.some((p) => p.startsWith('העירייה הודיעה ביום שלישי')), points.join('\n'));
    assert.ok(!points.some((p) => p.includes('הקטע המזרחי\t')), 'no table row among the key points');

    const direction = (selector: string) => popup.locator(selector).first().evaluate((el) => getComputedStyle(el).direction);
    assert.equal(await direction('[data-testid="key-points"] li'), 'rtl');
    assert.equal(await direction('body'), 'ltr');
    assert.equal(await direction('[role="tablist"]'), 'ltr');

    await popup.getByRole('tab', { name: 'Marked text' }).click();
    assert.equal(await popup.getByRole('tab', { name: 'Marked text' }).getAttribute('aria-selected'), 'true');
    await popup.getByTestId('marked-text').locator('p').first().waitFor();
    assert.equal(await direction('[data-testid="marked-text"] p'), 'rtl');
    assert.equal(await direction('[data-testid="marked-text"] table'), 'rtl');
    assert.deepEqual(await popup.getByTestId('marked-text').locator('th').allTextContents(), ['שלב', 'התחלה', 'עלות במיליונים']);

    await popup.getByRole('tab', { name: 'Without padding' }).click();
    await popup.getByTestId('folded-text').locator('p').nth(1).waitFor();
    // The article right to left; the interface's line about what was folded left to right.
    assert.equal(await direction('[data-testid="folded-text"] p:not(.fold-summary)'), 'rtl');
    assert.equal(await direction('[data-testid="fold-summary"]'), 'ltr');

    await popup.getByRole('tab', { name: 'Key points' }).click();
    await popup.getByTestId('key-points').locator('li').first().waitFor();
    const fits = await popup.evaluate(() => {
      const save = document.querySelector('[data-testid="save"]')!.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        saveInside: save.left >= 0 && save.right <= document.documentElement.clientWidth,
      };
    });
    assert.deepEqual(fits, { overflow: 0, saveInside: true });
    await assertPopupAccessible(popup, 'popup on a Hebrew article');
  });
});
