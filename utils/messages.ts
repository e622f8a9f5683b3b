/** Messages between extension pages and the background. Each is checked before it is acted on. */

export interface PaddingBadgeMessage {
  type: 'padding-badge';
  tabId: number;
  /** 0–1. */
  ratio: number;
}

export type ExtensionMessage = PaddingBadgeMessage;

export function parseMessage(v: unknown): ExtensionMessage | null {
  if (typeof v !== 'object' || v === null) return null;
  const m = v as Record<string, unknown>;
  if (
    m.type === 'padding-badge' &&
    typeof m.tabId === 'number' &&
    Number.isInteger(m.tabId) &&
    m.tabId >= 0 &&
    typeof m.ratio === 'number' &&
    m.ratio >= 0 &&
    m.ratio <= 1
  ) {
    return { type: 'padding-badge', tabId: m.tabId, ratio: m.ratio };
  }
  return null;
}

/** The fields of `runtime.MessageSender` the check reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only the extension's own pages without a tab (the popup) may ask the background for anything.
 * A sender with a tab is a script in a web page or a page opened in a tab; another extension has
 * another id; the URL must be one of ours.
 */
export function isOwnPopup(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export function badgeText(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
