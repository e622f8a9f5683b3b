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

export function badgeText(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
