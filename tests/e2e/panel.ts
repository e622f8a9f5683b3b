import type { Page } from 'playwright-core';
import type { Env } from './setup';

/**
 * The popup's "Open in side panel" on `page`, clicked for real (sidePanel.open needs the reader's
 * gesture): the popup closes, and the real side panel it opens is returned as a Playwright Page.
 */
export async function openPanel(env: Pick<Env, 'h'>, page: Page): Promise<Page> {
  const popup = await env.h.clickToolbarButton(page);
  const closed = popup.waitForEvent('close');
  await popup.getByTestId('open-side-panel').click();
  const panel = await env.h.waitForExtensionView('sidepanel.html');
  await closed;
  return panel;
}
