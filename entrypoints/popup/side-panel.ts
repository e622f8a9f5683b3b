/**
 * "Open in side panel" from the popup. Both browsers open a panel only in answer to the reader's
 * gesture, so the call is made straight from the click, with the window known beforehand.
 * Chrome MV3 has `sidePanel`; Firefox's MV2 build has `sidebarAction` (not in Chrome's types).
 */
import { tabGranted } from '@/utils/panel-messages';

interface SidebarAction {
  open(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Whether this browser has a side panel Winnow can open (not Firefox for Android, nor an old Chrome). */
export function canOpenSidePanel(): boolean {
  if (import.meta.env.FIREFOX) return typeof sidebarAction()?.open === 'function';
  return typeof browser.sidePanel?.open === 'function';
}

/** Opens Winnow's panel in `windowId`; must run inside the click's handler, before any await. */
export function openSidePanel(windowId: number): Promise<void> {
  if (import.meta.env.FIREFOX) return sidebarAction()!.open();
  return browser.sidePanel.open({ windowId });
}

/**
 * Tells an open side panel that the reader has just used the toolbar button or the shortcut on
 * this tab, which lets Winnow read it (activeTab): the panel reads it too.
 */
export async function announceGrant(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // Nobody answers it (no panel is open, or the panel does not reply): that is not a failure.
  await browser.runtime.sendMessage(tabGranted(tab.id)).catch(() => {});
}
