/**
 * The one message between extension pages that is not for the background: the popup, as it
 * opens, tells an open side panel that the toolbar button or the shortcut has just let Winnow
 * into a tab (activeTab), so the panel following that tab can read it. The background ignores it
 * (it is no message of utils/messages.ts); the panel checks the sender with isOwnPopup.
 */
import { isObject } from './guards';

export interface TabGrantedMessage {
  type: 'tab-granted';
  tabId: number;
}

export function tabGranted(tabId: number): TabGrantedMessage {
  return { type: 'tab-granted', tabId };
}

/** The message, checked, or null when it is anything else. */
export function parseTabGranted(v: unknown): TabGrantedMessage | null {
  if (!isObject(v) || v.type !== 'tab-granted') return null;
  const { tabId } = v;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0 ? { type: 'tab-granted', tabId } : null;
}
