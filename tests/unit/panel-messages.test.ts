import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../utils/background-handler';
import { parseTabGranted, tabGranted } from '../../utils/panel-messages';

describe('the popup’s word to an open side panel', () => {
  it('round-trips, keeping only its fields', () => {
    expect(parseTabGranted({ ...tabGranted(9), url: 'ignored' })).toEqual({ type: 'tab-granted', tabId: 9 });
  });

  it.each([
    ['another message', { type: 'warm' }],
    ['no tab', { type: 'tab-granted' }],
    ['a negative tab', { type: 'tab-granted', tabId: -1 }],
    ['a fractional tab', { type: 'tab-granted', tabId: 1.5 }],
    ['a tab as text', { type: 'tab-granted', tabId: '9' }],
    ['not an object', 'tab-granted'],
  ])('rejects %s', (_n, m) => expect(parseTabGranted(m)).toBeNull());

  it('is not for the background, which leaves it alone at once', () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const origin = `chrome-extension://${id}/`;
    const env = { extensionId: id, extensionOrigin: origin, setBadge: () => Promise.resolve() };
    expect(handleMessage(tabGranted(3), { id, url: `${origin}popup.html` }, env)).toBeNull();
  });
});
