import { describe, expect, it } from 'vitest';
import { nextStep, react, Readings, staleAfter, type FollowedTab, type SiteAccess, type TabEvent } from '../../entrypoints/sidepanel/follow';
import type { Reading } from '../../components/read-tab';
import { articleOf } from '../support/articles';

const PAGE = 'https://news.example/story';
const tab = (over: Partial<FollowedTab> = {}): FollowedTab => ({ tabId: 4, url: PAGE, loading: false, ...over });
const access = (over: Partial<SiteAccess> = {}): SiteAccess => ({ sitePermitted: false, autoRead: false, ...over });

describe('nextStep: what the panel does with the tab it follows', () => {
  it.each<[string, FollowedTab, SiteAccess, ReturnType<typeof nextStep>['step'], boolean?]>([
    // The browser hides the address: no grant (or a browser page). Only the toolbar or the shortcut can help.
    ['an address the browser hides', tab({ url: undefined }), access(), 'ask', false],
    ['an address hidden while the option is on', tab({ url: undefined }), access({ autoRead: true }), 'ask', false],
    ['an address hidden while loading', tab({ url: undefined, loading: true }), access(), 'ask', false],
    // Shown without an allowed site: the reader used Winnow on this very tab.
    ['a tab the toolbar button was used on', tab(), access(), 'read'],
    ['that tab still loading', tab({ loading: true }), access(), 'wait'],
    // An allowed site: read by itself only when the reader chose so.
    ['an allowed site, option off', tab(), access({ sitePermitted: true }), 'ask', true],
    ['an allowed site, option on', tab(), access({ sitePermitted: true, autoRead: true }), 'read'],
    ['an allowed site loading, option on', tab({ loading: true }), access({ sitePermitted: true, autoRead: true }), 'wait'],
    // Pages no extension may read say so, whatever the grants.
    ['a PDF', tab({ url: 'https://news.example/report.pdf' }), access({ sitePermitted: true, autoRead: true }), 'restricted'],
    ['a browser page shown to Winnow', tab({ url: 'chrome://settings/' }), access(), 'restricted'],
    ['the add-on store', tab({ url: 'https://chromewebstore.google.com/detail/x' }), access(), 'restricted'],
    ['one of Winnow’s own pages (a Winnow tab)', tab({ url: 'chrome-extension://own/reader.html?job=1' }), access(), 'own'],
    ['another extension’s page', tab({ url: 'chrome-extension://other/page.html' }), access(), 'restricted'],
  ])('%s', (_name, followed, siteAccess, step, canRead) => {
    const got = nextStep(followed, siteAccess, 'chrome-extension://own/');
    expect(got.step).toBe(step);
    if (got.step === 'ask') expect(got.canRead).toBe(canRead);
    if (got.step === 'restricted') expect(got.message).toMatch(/\S/);
  });
});

describe('react: which browser events move the panel', () => {
  const WINDOW = 1;
  it.each<[string, TabEvent, number | null, ReturnType<typeof react>]>([
    ['another tab activated in its window', { type: 'activated', tabId: 5, windowId: WINDOW }, 4, { act: 'follow', tabId: 5 }],
    ['the first tab it sees', { type: 'activated', tabId: 5, windowId: WINDOW }, null, { act: 'follow', tabId: 5 }],
    ['a tab activated in another window', { type: 'activated', tabId: 5, windowId: 2 }, 4, { act: 'ignore' }],
    ['the followed tab activated again', { type: 'activated', tabId: 4, windowId: WINDOW }, 4, { act: 'ignore' }],
    ['the followed tab starting to load', { type: 'updated', tabId: 4, status: 'loading' }, 4, { act: 'refresh' }],
    ['the followed tab loaded', { type: 'updated', tabId: 4, status: 'complete' }, 4, { act: 'refresh' }],
    ['the followed tab at a new address (a single-page site)', { type: 'updated', tabId: 4, url: `${PAGE}/2` }, 4, { act: 'refresh' }],
    ['the followed tab changing only its title or icon', { type: 'updated', tabId: 4 }, 4, { act: 'ignore' }],
    ['another tab loading', { type: 'updated', tabId: 5, status: 'loading' }, 4, { act: 'ignore' }],
    ['the toolbar button used on the followed tab', { type: 'granted', tabId: 4 }, 4, { act: 'read' }],
    ['the toolbar button used on a tab in another window', { type: 'granted', tabId: 9 }, 4, { act: 'ignore' }],
    ['a tab closed (the browser activates the next one)', { type: 'removed', tabId: 4 }, 4, { act: 'ignore' }],
  ])('%s', (_name, event, followed, reaction) => {
    expect(react(event, followed, WINDOW)).toEqual(reaction);
  });
});

describe('Readings: one per tab, for the address it was made at', () => {
  const article: Reading = { state: 'article', article: articleOf([{ kind: 'paragraph', text: 'Something happened.' }]), tabId: 4 };

  it('gives a tab’s reading back while the tab is at the same address', () => {
    const readings = new Readings();
    readings.keep(4, PAGE, article);
    expect(readings.get(4, PAGE)).toBe(article);
    expect(readings.get(4, `${PAGE}?page=2`)).toBeNull();
    expect(readings.get(4, undefined)).toBeNull();
    expect(readings.get(5, PAGE)).toBeNull();
  });

  it('keeps one reading per tab, each on its own', () => {
    const readings = new Readings();
    const other: Reading = { ...article, tabId: 5 } as Reading;
    readings.keep(4, PAGE, article);
    readings.keep(5, PAGE, other);
    expect(readings.get(4, PAGE)).toBe(article);
    expect(readings.get(5, PAGE)).toBe(other);
    readings.forget(4);
    expect(readings.get(4, PAGE)).toBeNull();
    expect(readings.get(5, PAGE)).toBe(other);
  });

  it('keeps no failure: coming back to the tab tries again', () => {
    const readings = new Readings();
    readings.keep(4, PAGE, article);
    readings.keep(4, PAGE, { state: 'error', message: 'The page took too long to read.' });
    expect(readings.get(4, PAGE)).toBeNull();
    expect(readings.size).toBe(0);
  });

  it.each<[string, TabEvent, number | null]>([
    ['a load', { type: 'updated', tabId: 4, status: 'loading' }, 4],
    ['a new address', { type: 'updated', tabId: 4, url: PAGE }, 4],
    ['a closed tab', { type: 'removed', tabId: 4 }, 4],
    ['a load finishing', { type: 'updated', tabId: 4, status: 'complete' }, null],
    ['a tab switch', { type: 'activated', tabId: 4, windowId: 1 }, null],
    ['a grant', { type: 'granted', tabId: 4 }, null],
  ])('is made stale by %s or not', (_name, event, stale) => {
    expect(staleAfter(event)).toBe(stale);
  });
});
