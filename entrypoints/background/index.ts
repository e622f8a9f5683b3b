import { handleMessage } from '@/utils/background-handler';
import { createMenus, onMenuClicked } from './context-menu';

/**
 * The background runs the analysis for the popup (which stays a light renderer that opens fast)
 * and shows each analysed page's padding share on the toolbar button. The popup may close at any
 * moment; the badge outlives it. It also owns the right-click menu.
 */
export default defineBackground(() => {
  const env = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    setBadge: (tabId: number, text: string) =>
      Promise.all([
        browser.action.setBadgeText({ tabId, text }),
        browser.action.setBadgeBackgroundColor({ tabId, color: '#6b4fbb' }),
      ]),
  };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const reply = handleMessage(raw, sender, env);
    if (!reply) return undefined;
    // sendResponse and `return true` keep the channel open in every browser we ship to; a
    // returned promise is not honoured by every Chromium.
    void reply.then(sendResponse);
    return true;
  });

  // Chrome keeps menu items across restarts, Firefox's event page may not: made afresh on both.
  browser.runtime.onInstalled.addListener(() => void createMenus().catch(() => {}));
  browser.runtime.onStartup.addListener(() => void createMenus().catch(() => {}));
  // Registered at once, so a click that wakes a stopped service worker is not lost.
  const onClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) =>
    void onMenuClicked(info, tab).catch((err: unknown) => console.error('Winnow: the menu item failed', err));
  browser.contextMenus.onClicked.addListener(onClicked);
});
