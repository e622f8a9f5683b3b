import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { assertAccessible, assertPopupAccessible } from './axe';
import { themeIs } from './expect';
import { chooseMenuItem, grantTab, selectParagraphs } from './menu';
import { openPanel } from './panel';
import { setTheme, startEnv, type Env } from './setup';

/**
 * axe-core on every extension page and state, in both themes: 0 violations of any rule axe runs
 * by default (WCAG 2 A/AA, colour contrast included, and best practices).
 */
const STEP = { timeout: 30_000 };

/**
 * Moves focus with the Tab key until `target` has it (proof it is reachable by keyboard), then
 * checks the focus is drawn: a visible outline or a box shadow.
 */
async function assertTabFocusVisible(page: Page, target: Locator, name: string): Promise<void> {
  const handle = await target.elementHandle();
  assert.ok(handle, `${name} exists`);
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await handle.evaluate((el) => el === document.activeElement);
  }
  assert.ok(reached, `${name} is reachable with the Tab key`);
  const style = await handle.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow, visible: el.matches(':focus-visible') };
  });
  assert.ok(style.visible, `${name} matches :focus-visible`);
  assert.ok((style.outline !== 'none' && style.width > 0) || style.shadow !== 'none', `${name} shows focus: ${JSON.stringify(style)}`);
}

/** What the keyboard sweep found: elements focus reached without a visible indicator, and ones it never reached. */
interface Sweep {
  reached: number;
  unseen: string[];
  missed: string[];
}

/**
 * Presses Tab through the whole page. Every element reached must match
 * :focus-visible and draw an outline (or shadow) with at least 3:1 contrast against what is
 * behind it (WCAG 1.4.11); every visible control must be reached (roving-tabindex widgets such
 * as tab lists and radio groups count as one stop: arrow keys move within them).
 */
async function assertKeyboardSweep(page: Page, where: string, maxSteps = 250): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    const w = globalThis as unknown as { __sweep: { reached: Set<Element>; unseen: string[] } };
    w.__sweep = { reached: new Set(), unseen: [] };
  });
  let lastOut = false;
  for (let i = 0; i < maxSteps; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const w = globalThis as unknown as { __sweep: { reached: Set<Element>; unseen: string[] } };
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return 'out';
      if (w.__sweep.reached.has(el)) return 'cycle';
      w.__sweep.reached.add(el);
      const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '';
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${label.trim().slice(0, 40)}”`;
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      let bg = 'rgb(255, 255, 255)';
      for (let a = el.parentElement; a; a = a.parentElement) {
        const c = getComputedStyle(a).backgroundColor;
        if (c !== 'transparent' && Number((c.match(/[\d.]+/g) ?? [])[3] ?? 1) > 0.5) {
          bg = c;
          break;
        }
      }
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
      const [l1, l2] = [s.outlineColor, bg]
        .map((c) => {
          const [r = 0, g = 0, b = 0] = (c.match(/[\d.]+/g) ?? [])
            .slice(0, 3)
            .map((v) => Number(v) / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        })
        .sort((x, y) => y - x) as [number, number];
      const contrast = (l1 + 0.05) / (l2 + 0.05);
      if (!el.matches(':focus-visible')) w.__sweep.unseen.push(`${name}: not :focus-visible`);
      else if (!outline && s.boxShadow === 'none') w.__sweep.unseen.push(`${name}: no outline`);
      else if (outline && contrast < 3) w.__sweep.unseen.push(`${name}: outline ${s.outlineColor} on ${bg} is ${contrast.toFixed(2)}:1`);
      return 'ok';
    });
    // Focus leaves the page after its last control and the next Tab wraps to the top, so the
    // sweep goes on until it comes back to an element it has seen (or leaves twice in a row).
    if (step === 'cycle' || (step === 'out' && lastOut)) break;
    lastOut = step === 'out';
  }
  const result: Sweep = await page.evaluate(() => {
    const w = globalThis as unknown as { __sweep: { reached: Set<Element>; unseen: string[] } };
    const reached = w.__sweep.reached;
    const groups = new Set([...reached].flatMap((e) => (e instanceof HTMLInputElement && e.type === 'radio' ? [e.name] : [])));
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
    const missed = [...controls].filter((e) => {
      if (reached.has(e) || e.tabIndex < 0 || (e as HTMLButtonElement).disabled || !e.checkVisibility()) return false;
      if (e.closest('[role=tablist]') && [...reached].some((r) => r.closest('[role=tablist]') === e.closest('[role=tablist]'))) return false;
      return !(e instanceof HTMLInputElement && e.type === 'radio' && groups.has(e.name));
    });
    return {
      reached: reached.size,
      unseen: w.__sweep.unseen,
      missed: missed.map((e) => {
        const label = e.getAttribute('aria-label') || (e as HTMLInputElement).labels?.[0]?.textContent || e.textContent || '';
        return `${e.tagName.toLowerCase()} “${label.trim().slice(0, 40)}”`;
      }),
    };
  });
  console.log(`keyboard, ${where}: ${result.reached} stops`);
  assert.deepEqual(result.unseen, [], `${where}: focus not visible`);
  assert.deepEqual(result.missed, [], `${where}: not reachable with Tab`);
}

for (const theme of ['light', 'dark'] as const) {
  describe(`accessibility, ${theme} theme`, () => {
    let env: Env;
    before(async () => {
      env = await startEnv();
      await setTheme(env, theme);
    });
    after(async () => env?.close());

    it('the saved-summaries page when empty', STEP, async () => {
      const list = await env.h.openExtensionPage('summaries.html');
      await list.getByTestId('empty').waitFor();
      await themeIs(list, theme);
      await assertAccessible(list, 'summaries, empty');
      await assertKeyboardSweep(list, 'summaries, empty');
      await list.close();
    });

    it('the popup: every view, by keyboard, with visible focus', STEP, async () => {
      const page = await env.h.openPage(env.url('agency-leak/page.html'));
      const popup = await env.h.clickToolbarButton(page);
      await popup.getByTestId('key-points').locator('li').first().waitFor();
      await themeIs(popup, theme);
      await assertPopupAccessible(popup, 'popup, key points');
      await assertTabFocusVisible(popup, popup.getByRole('tab', { name: 'Key points' }), 'the Key points tab');
      await assertTabFocusVisible(popup, popup.getByTestId('save'), 'the Save button');
      await assertKeyboardSweep(popup, 'popup, key points');

      const tabs = popup.getByRole('tab');
      const names = await tabs.allTextContents();
      assert.ok(names.includes('Marked text'), names.join(', '));
      for (let i = 1; i < names.length; i++) {
        await tabs.nth(i).click();
        await popup.waitForFunction((n) => document.querySelectorAll('[role=tab]')[n]?.getAttribute('aria-selected') === 'true', i);
        if (names[i] === 'Marked text') {
          await popup.locator('mark.pad').first().waitFor();
          await assertTabFocusVisible(popup, popup.locator('mark.pad').first(), 'a padding mark');
        }
        await assertPopupAccessible(popup, `popup, ${names[i]}`);
        await assertKeyboardSweep(popup, `popup, ${names[i]}`);
      }
      await popup.getByTestId('save').click();
      await popup.getByTestId('save').getByText('Saved ✓').waitFor({ timeout: 10_000 });
      await assertAccessible(popup, 'popup, saved');
      await popup.getByTestId('copy-markdown').click();
      await popup.getByTestId('copy-status').getByText('Copied as Markdown ✓').waitFor();
      await assertAccessible(popup, 'popup, copied');
    });

    it('the side panel: a tab read, every view, by keyboard; a tab to ask for', STEP, async () => {
      const page = await env.h.openPage(env.url('agency-leak/page.html'));
      const panel = await openPanel(env, page);
      await panel.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
      await themeIs(panel, theme);
      await assertAccessible(panel, 'side panel, key points');
      await assertTabFocusVisible(panel, panel.getByTestId('key-points').getByRole('button').first(), 'a key point');
      await assertKeyboardSweep(panel, 'side panel, key points');
      const tabs = panel.getByRole('tab');
      const names = await tabs.allTextContents();
      for (let i = 1; i < names.length; i++) {
        await tabs.nth(i).click();
        await panel.waitForFunction((n) => document.querySelectorAll('[role=tab]')[n]?.getAttribute('aria-selected') === 'true', i);
        await assertAccessible(panel, `side panel, ${names[i]}`);
        await assertKeyboardSweep(panel, `side panel, ${names[i]}`);
      }
      await panel.getByTestId('highlight-toggle').check();
      await panel.getByTestId('highlight-status').getByText(/^In the page:/).waitFor();
      await assertAccessible(panel, 'side panel, highlights on');

      const other = await env.h.openPage(env.url('clean-news-transit-fares/page.html'));
      await panel.getByRole('heading', { name: 'Click to read this tab' }).waitFor();
      await assertAccessible(panel, 'side panel, click to read this tab');
      await assertKeyboardSweep(panel, 'side panel, click to read this tab');
      // The panel closes like any page (the browser's own close button does the same).
      const closed = panel.waitForEvent('close');
      await panel.evaluate(() => window.close());
      await closed;
      await other.close();
      await page.close();
    });

    it('the Winnow tab from the right-click menu: a selection, a link to allow, a refusal, nothing selected', STEP, async () => {
      const page = await env.h.openPage(env.url('agency-leak/page.html'));
      await grantTab(env, page);
      const selected = await selectParagraphs(page, 'So, what exactly was revealed?', 'This incident serves');
      const reader = await chooseMenuItem(env, page, { menuItemId: 'winnow-selection', selectionText: selected });
      await reader.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
      await themeIs(reader, theme);
      await assertAccessible(reader, 'Winnow tab, selection, key points');
      await assertKeyboardSweep(reader, 'Winnow tab, selection, key points');
      await reader.getByRole('tab', { name: 'Marked text' }).click();
      await reader.locator('mark.pad').first().waitFor();
      await assertAccessible(reader, 'Winnow tab, selection, marked text');
      await reader.close();

      const link = await chooseMenuItem(env, page, { menuItemId: 'winnow-link', linkUrl: env.url('clean-news-transit-fares/page.html') });
      await link.getByTestId('link-ask').waitFor();
      await themeIs(link, theme);
      await assertAccessible(link, 'Winnow tab, asking for a site');
      await assertKeyboardSweep(link, 'Winnow tab, asking for a site');
      // The browser's own prompt cannot be answered headless: the reader's "Deny" is played at the API's edge.
      await link.evaluate(() => {
        const permissions = (globalThis as unknown as { chrome: { permissions: { request: unknown } } }).chrome.permissions;
        permissions.request = (_p: unknown, callback?: (granted: boolean) => void) => (callback ? callback(false) : Promise.resolve(false));
      });
      await link.getByTestId('allow-link').click();
      await link.getByTestId('ask-again').waitFor();
      await assertAccessible(link, 'Winnow tab, site refused');
      await link.close();

      await page.evaluate(() => document.getSelection()?.removeAllRanges());
      const none = await chooseMenuItem(env, page, { menuItemId: 'winnow-selection', selectionText: '' });
      await none.getByRole('heading', { name: 'Nothing to read in the selection' }).waitFor();
      await assertAccessible(none, 'Winnow tab, nothing selected');
      await none.close();
    });

    it('a popup that says the page is not an article', STEP, async () => {
      const page = await env.h.openPage(env.url('not-article-shop-category/page.html'));
      const popup = await env.h.clickToolbarButton(page);
      await popup.getByRole('heading', { name: 'This page isn’t an article' }).waitFor();
      await themeIs(popup, theme);
      await assertAccessible(popup, 'popup, not an article');
    });

    it('the saved-summaries page with an entry, closed and open', STEP, async () => {
      const list = await env.h.openExtensionPage('summaries.html');
      const entry = list.getByTestId('entry').first();
      await entry.waitFor();
      await themeIs(list, theme);
      await assertAccessible(list, 'summaries, one entry');
      await assertTabFocusVisible(list, list.getByTestId('search'), 'the search box');
      await assertTabFocusVisible(list, entry.locator('h2 a'), 'the entry title link');
      await assertTabFocusVisible(list, entry.getByRole('button', { name: 'Open' }), 'the Open button');
      await list.keyboard.press('Enter');
      await entry.locator('mark.pad').first().waitFor();
      await assertAccessible(list, 'summaries, entry open');
      await assertKeyboardSweep(list, 'summaries, entry open');

      // Transient states: site statistics open, the Undo toast, an import refused.
      await list.getByTestId('site-stats').locator('summary').click();
      await list.getByTestId('site-stat').first().waitFor();
      await entry.getByRole('button', { name: /Delete/ }).click();
      await list.getByTestId('toast').waitFor();
      await assertAccessible(list, 'summaries, undo toast');
      await assertKeyboardSweep(list, 'summaries, undo toast');
      await list.getByRole('button', { name: 'Undo' }).click();
      await entry.waitFor();
      await list.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
      await list.getByTestId('notice-error').waitFor();
      await assertAccessible(list, 'summaries, import refused');
    });

    it('the options page', STEP, async () => {
      const options = await env.h.openExtensionPage('options.html');
      await options.getByRole('radio').first().waitFor();
      await themeIs(options, theme);
      await assertAccessible(options, 'options');
      await assertTabFocusVisible(options, options.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light' }), 'the theme radio');
      await assertTabFocusVisible(options, options.getByRole('button', { name: 'Reset options to defaults' }), 'the Reset button');
      await assertKeyboardSweep(options, 'options');
      await options.getByRole('button', { name: 'Delete all saved data…' }).click();
      await options.getByTestId('confirm-delete-all').waitFor();
      await assertAccessible(options, 'options, confirming delete');
      await options.getByRole('button', { name: 'Cancel' }).click();
    });
  });
}
