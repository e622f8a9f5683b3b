import { describe, expect, it } from 'vitest';
import { badgeText, isOwnPopup, parseMessage } from '../../utils/messages';

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

describe('isOwnPopup', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it('accepts the popup', () => expect(isOwnPopup({ id, url: `${origin}popup.html` }, id, origin)).toBe(true));
  it.each([
    ['a script in a web page', { id, url: 'https://evil.example/', tab: { id: 3 } }],
    ['an extension page open in a tab', { id, url: `${origin}summaries.html`, tab: { id: 3 } }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }],
    ['a sender with our id but a foreign URL', { id, url: 'https://evil.example/' }],
    ['a sender without a URL', { id }],
  ])('rejects %s', (_n, sender) => expect(isOwnPopup(sender, id, origin)).toBe(false));
});
