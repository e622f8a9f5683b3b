import { handleMessage } from '@/utils/background-handler';

/**
 * The background runs the analysis for the popup (which stays a light renderer that opens fast)
 * and shows each analysed page's padding share on the toolbar button. The popup may close at any
 * moment; the badge outlives it.
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
});
