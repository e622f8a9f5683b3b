import { describe, expect, it } from 'vitest';
import { canonicalKey, hashId, isHttpUrl, pageAccess } from '../../utils/url';

describe('pageAccess', () => {
  it.each([
    ['https://news.example/story', true, undefined],
    ['http://127.0.0.1:8080/a.html', true, undefined],
    ['chrome://settings', false, 'restricted'],
    ['chrome-extension://abc/popup.html', false, 'restricted'],
    ['about:blank', false, 'restricted'],
    ['edge://newtab', false, 'restricted'],
    ['view-source:https://a.example', false, 'restricted'],
    ['https://chromewebstore.google.com/detail/x/abc', false, 'restricted'],
    ['https://chrome.google.com/webstore/detail/abc', false, 'restricted'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', false, 'restricted'],
    ['https://example.com/report.pdf', false, 'pdf'],
    ['file:///home/me/page.html', false, 'file'],
    ['file:///home/me/paper.PDF', false, 'pdf'],
    ['not a url', false, 'restricted'],
    [undefined, false, 'restricted'],
  ])('%s', (url, ok, reason) => {
    const access = pageAccess(url);
    expect(access.ok).toBe(ok);
    if (!access.ok) {
      expect(access.reason).toBe(reason);
      expect(access.message.length).toBeGreaterThan(20);
    }
  });

  it('does not treat other Google pages as the store', () => {
    expect(pageAccess('https://chrome.google.com/intl/en/chrome/').ok).toBe(true);
  });
});

describe('canonicalKey', () => {
  it('drops fragments and tracking parameters but keeps the rest', () => {
    expect(canonicalKey('https://a.example/p?id=3&utm_source=x&fbclid=y#top')).toBe('https://a.example/p?id=3');
  });
  it('prefers the declared canonical URL', () => {
    expect(canonicalKey('https://a.example/p?ref=1', 'https://a.example/story')).toBe('https://a.example/story');
  });
  it('orders parameters so the same page gets one key', () => {
    expect(canonicalKey('https://a.example/p?b=2&a=1')).toBe(canonicalKey('https://a.example/p?a=1&b=2'));
  });
});

describe('hashId and isHttpUrl', () => {
  it('hashes stably and differently', () => {
    expect(hashId('https://a.example/1')).toBe(hashId('https://a.example/1'));
    expect(hashId('https://a.example/1')).not.toBe(hashId('https://a.example/2'));
    expect(hashId('x')).toMatch(/^[0-9a-f]{16}$/);
  });
  it.each([
    ['https://a.example', true],
    ['http://a.example', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['', false],
  ])('%s → %s', (url, expected) => expect(isHttpUrl(url)).toBe(expected));
});
