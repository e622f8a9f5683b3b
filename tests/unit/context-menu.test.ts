import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenus, menuItems, MENU_LINK, MENU_PAGE, MENU_SELECTION, onMenuClicked } from '../../entrypoints/background/context-menu';
import { NOTHING_SELECTED } from '../../utils/extract/selection';
import { getReaderJob, MAX_JOBS, parseReaderJob, putReaderJob } from '../../utils/storage/reader-jobs';
import { articleOf } from '../support/articles';

/**
 * The right-click menu's handler, with the fake browser: what it runs in the page, the job it
 * leaves for the reader page, and the Winnow tab it opens. The reader page reads the same job.
 */
const article = articleOf([{ kind: 'paragraph', text: 'The Elm Street bridge closes on Monday.' }], { title: 'Bridge closure' });

const tab = { id: 12, index: 3, windowId: 1, url: 'https://news.example/bridge', title: 'Bridge closure', incognito: false };

/** Clicks the item and returns the tab it opened and the job that tab will read. */
async function click(info: Parameters<typeof onMenuClicked>[0], from: Parameters<typeof onMenuClicked>[1] | 'no tab' = tab) {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await onMenuClicked(info, from === 'no tab' ? undefined : from);
  if (!create.mock.calls.length) return null;
  expect(create).toHaveBeenCalledTimes(1);
  const props = create.mock.calls[0]![0];
  const [page, query] = props.url!.split('?');
  expect(page).toBe(fakeBrowser.runtime.getURL('/reader.html'));
  return { props, job: await getReaderJob(new URLSearchParams(query).get('job')!) };
}

function pageScript(result: unknown) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result, documentId: 'd' }] as never);
}

describe('the menu items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the three the reader sees, each where it applies', () => {
    expect(menuItems().map((m) => [m.title, m.contexts])).toEqual([
      ['Winnow this page', ['page']],
      ['Winnow the selection', ['selection']],
      ['Winnow this link', ['link']],
    ]);
    // A link item only on links Winnow could read.
    expect(menuItems()[2]!.targetUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
  });

  it('are made afresh, so an update never lists them twice', async () => {
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation((async () => void calls.push('removeAll')) as never);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((p: { id: string }) => calls.push(p.id)) as never);
    await createMenus();
    expect(calls).toEqual(['removeAll', MENU_PAGE, MENU_SELECTION, MENU_LINK]);
  });
});

describe('onMenuClicked', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('“Winnow this page” opens a Winnow tab beside the page, for that tab', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const opened = await click({ menuItemId: MENU_PAGE, pageUrl: tab.url });
    expect(opened?.job).toEqual({ source: 'page', tabId: 12 });
    expect(opened?.props).toMatchObject({ index: 4, openerTabId: 12, windowId: 1 });
    // The Winnow tab reads the page itself, with the grant the click gave.
    expect(run).not.toHaveBeenCalled();
  });

  it('“Winnow the selection” reads the selection in the frame that was clicked, at once', async () => {
    const run = pageScript({ ok: true, article });
    const opened = await click({ menuItemId: MENU_SELECTION, frameId: 5, selectionText: 'The Elm Street bridge closes on Monday.' });
    expect(run).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [5] }, files: ['/selection.js'] });
    expect(opened?.job).toEqual({ source: 'selection', result: { ok: true, article } });
  });

  it.each([
    ['the frame cannot be reached', () => vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'))],
    ['the page answers nonsense', () => pageScript('<img src=x onerror=alert(1)>')],
    ['the selection is in a text field (the page sees none)', () => pageScript({ ok: false, reason: 'empty', message: NOTHING_SELECTED })],
  ])('reads the menu’s own copy of the selection when %s', async (_name, arrange) => {
    arrange();
    const opened = await click({ menuItemId: MENU_SELECTION, frameId: 0, selectionText: 'Buses will detour via Oak Avenue.' });
    expect(opened?.job).toMatchObject({
      source: 'selection',
      result: { ok: true, article: { title: 'Bridge closure', url: tab.url, blocks: [{ kind: 'paragraph', text: 'Buses will detour via Oak Avenue.' }] } },
    });
  });

  it('says nothing is selected when neither the page nor the menu has any text', async () => {
    pageScript({ ok: false, reason: 'empty', message: NOTHING_SELECTED });
    const opened = await click({ menuItemId: MENU_SELECTION, frameId: 0, selectionText: '' });
    expect(opened?.job).toEqual({ source: 'selection', result: { ok: false, reason: 'empty', message: NOTHING_SELECTED, said: { code: 'nothingSelected' } } });
  });

  it('does not run a script in a page the browser reserves', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const opened = await click({ menuItemId: MENU_SELECTION, selectionText: 'Some text of the PDF.' }, { ...tab, url: 'https://news.example/report.pdf' });
    expect(run).not.toHaveBeenCalled();
    expect(opened?.job).toMatchObject({ source: 'selection', result: { ok: true } });
  });

  it('“Winnow this link” leaves the link for the reader page, which asks for the site', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const opened = await click({ menuItemId: MENU_LINK, linkUrl: 'https://other.example/story?id=9' });
    expect(opened?.job).toEqual({ source: 'link', url: 'https://other.example/story?id=9' });
    expect(run).not.toHaveBeenCalled();
  });

  it('explains a link Winnow cannot read', async () => {
    const opened = await click({ menuItemId: MENU_LINK, linkUrl: 'mailto:editor@news.example' });
    expect(opened?.job).toMatchObject({ source: 'unavailable', message: expect.stringMatching(/web pages/) as unknown });
  });

  it('explains a click with no tab behind it', async () => {
    const opened = await click({ menuItemId: MENU_PAGE }, 'no tab');
    expect(opened?.job).toMatchObject({ source: 'unavailable', message: expect.stringMatching(/page open in a tab/) as unknown });
    expect(opened?.props).not.toHaveProperty('index');
  });

  it('opens the Winnow tab on its own from a private window', async () => {
    const opened = await click({ menuItemId: MENU_PAGE }, { ...tab, incognito: true });
    expect(opened?.props).not.toHaveProperty('index');
    expect(opened?.job).toEqual({ source: 'page', tabId: 12 });
  });

  it('ignores an item that is not Winnow’s', async () => {
    expect(await click({ menuItemId: 'someone-else' })).toBeNull();
  });
});

describe('reader jobs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keep the latest few, so session storage does not fill up', async () => {
    const ids: string[] = [];
    for (let i = 0; i < MAX_JOBS + 5; i++) ids.push(await putReaderJob({ source: 'page', tabId: i }, 1000 + i));
    expect(await getReaderJob(ids[0]!)).toBeNull();
    expect(await getReaderJob(ids[4]!)).toBeNull();
    expect(await getReaderJob(ids[5]!)).toEqual({ source: 'page', tabId: 5 });
    expect(await getReaderJob(ids.at(-1)!)).toEqual({ source: 'page', tabId: MAX_JOBS + 4 });
  });

  it('is nothing for an unknown id', async () => {
    expect(await getReaderJob('nope')).toBeNull();
    expect(await getReaderJob('__proto__')).toBeNull();
  });

  it.each([
    ['no source', { tabId: 3 }],
    ['a tab id as text', { source: 'page', tabId: '3' }],
    ['a link that is not a web page', { source: 'link', url: 'javascript:alert(1)' }],
    ['a selection with a tampered article', { source: 'selection', result: { ok: true, article: { ...article, blocks: [{ kind: 'script', text: 'x' }] } } }],
    ['an unknown source', { source: 'eval', code: 'alert(1)' }],
  ])('rejects a job with %s', (_name, job) => {
    expect(parseReaderJob(job)).toBeNull();
  });
});
