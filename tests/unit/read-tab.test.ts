import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTab } from '../../components/read-tab';
import { articleOf } from '../support/articles';

/**
 * The extraction script runs inside the page, so what comes back is untrusted: a malformed or
 * tampered result must give the popup a clear message, never a crash or a half-drawn view.
 */
const article = articleOf([{ kind: 'paragraph', text: 'Something happened.' }]);

async function withResult(result: unknown, url = 'https://news.example/story') {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.stubGlobal('location', { search: `?tab=${tab.id}` });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result, documentId: 'd' }] as never);
  return readActiveTab();
}

const NOT_UNDERSTOOD = { state: 'error', message: 'The page sent back something Winnow could not understand.' };

describe('readActiveTab checks what the page sent back', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.unstubAllGlobals();
  });

  it('accepts a well-formed article', async () => {
    expect(await withResult({ ok: true, article })).toMatchObject({ state: 'article', article });
  });

  it.each([
    ['nothing at all', undefined],
    ['a string of markup', '<img src=x onerror=alert(1)>'],
    ['an article with a block kind of its own', { ok: true, article: { ...article, blocks: [{ kind: 'script', text: 'alert(1)' }] } }],
    ['an article whose text is an object', { ok: true, article: { ...article, blocks: [{ kind: 'paragraph', text: { toString: 'x' } }] } }],
    ['an article without blocks', { ok: true, article: { ...article, blocks: undefined } }],
    ['a title that is not text', { ok: true, article: { ...article, title: ['<b>', 'x'] } }],
    ['a failure with an unknown reason', { ok: false, reason: 'run-this', message: 'alert(1)' }],
    ['a failure without a message', { ok: false, reason: 'error' }],
    ['an absurd number of blocks', { ok: true, article: { ...article, blocks: Array.from({ length: 50_001 }, () => ({ kind: 'paragraph', text: 'x' })) } }],
  ])('turns %s into a clear error', async (_name, result) => {
    expect(await withResult(result)).toEqual(NOT_UNDERSTOOD);
  });

  it('passes on a failure the page reported properly', async () => {
    expect(await withResult({ ok: false, reason: 'not-article', message: 'Too little text.' })).toEqual({
      state: 'not-article',
      message: 'Too little text.',
      canForce: true,
    });
    // An empty page has nothing to read, however the reader asks.
    expect(await withResult({ ok: false, reason: 'empty', message: 'No text.' })).toMatchObject({ canForce: false });
  });

  it('reads a short page anyway when asked, flagging it to the script first', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/short' });
    vi.stubGlobal('location', { search: `?tab=${tab.id}` });
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: true, article }, documentId: 'd' }] as never);
    expect(await readActiveTab(true)).toMatchObject({ state: 'article' });
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[0]![0]).toMatchObject({ func: expect.any(Function) });
    expect(run.mock.calls[1]![0]).toMatchObject({ files: ['/extract.js'] });
    run.mockClear();
    await readActiveTab();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run the script on pages the browser reserves', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    vi.stubGlobal('location', { search: `?tab=${tab.id}` });
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await readActiveTab()).toMatchObject({ state: 'restricted' });
    expect(run).not.toHaveBeenCalled();
  });

  it('says the browser refused when injection is denied', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/blocked-by-policy' });
    vi.stubGlobal('location', { search: `?tab=${tab.id}` });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await readActiveTab()).toMatchObject({ state: 'restricted' });
  });
});
