import { describe, expect, it } from 'vitest';
import { badgeText, parseMessage } from '../../utils/messages';

describe('parseMessage', () => {
  it('accepts the badge message', () => {
    expect(parseMessage({ type: 'padding-badge', tabId: 4, ratio: 0.58 })).toEqual({ type: 'padding-badge', tabId: 4, ratio: 0.58 });
  });
  it.each([
    ['null', null],
    ['another type', { type: 'run-code', code: 'alert(1)' }],
    ['a ratio out of range', { type: 'padding-badge', tabId: 4, ratio: 7 }],
    ['a negative tab', { type: 'padding-badge', tabId: -1, ratio: 0.2 }],
    ['a tab id as text', { type: 'padding-badge', tabId: '4', ratio: 0.2 }],
  ])('rejects %s', (_n, m) => expect(parseMessage(m)).toBeNull());
  it('formats the badge', () => expect(badgeText(0.584)).toBe('58%'));
});
