import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/**
 * Waits until the element's text matches, then asserts it (so a failure shows the text it had).
 * UI text often settles a moment later (storage events, async sizes): reading it once races.
 */
export async function textMatches(locator: Locator, pattern: RegExp | string, timeout = 5_000): Promise<void> {
  const want = typeof pattern === 'string' ? new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : pattern;
  try {
    await locator.filter({ hasText: want }).first().waitFor({ timeout });
  } catch {
    // fall through to the assertion, which names what was there
  }
  const text = (await locator.first().textContent({ timeout: 1_000 }).catch(() => null)) ?? '';
  assert.match(text, want);
}

/** Resolves when the page's theme is `theme`; fails after 5 s with the theme it had. */
export async function themeIs(page: Page, theme: string): Promise<void> {
  try {
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5_000 });
  } catch {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
  }
}
