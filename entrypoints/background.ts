import { badgeText, isOwnPopup, parseMessage } from '@/utils/messages';

/**
 * The background's one job: after the popup analyses a tab, show that page's padding share on the
 * toolbar button. The popup may close at any moment; the badge outlives it.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own popup may ask; content in web pages has no say.
    if (!isOwnPopup(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    return Promise.all([
      browser.action.setBadgeText({ tabId: message.tabId, text: badgeText(message.ratio) }),
      browser.action.setBadgeBackgroundColor({ tabId: message.tabId, color: '#6b4fbb' }),
    ]).then(
      () => ({ ok: true }),
      // The tab may have closed in between: nothing to show, nothing to fix.
      () => ({ ok: false }),
    );
  });
});
