import { describe, expect, it, vi } from 'vitest';
import agencyHtml from '../fixtures/agency-leak/page.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis';
import { extractArticle } from '../../utils/extract';
import { handleMessage, type BackgroundEnv } from '../../utils/background-handler';
import { parseAnalyzeReply } from '../../utils/messages';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${id}/`;
const popup = { id, url: `${origin}popup.html` };

function env(setBadge: BackgroundEnv['setBadge'] = () => Promise.resolve()): BackgroundEnv {
  return { extensionId: id, extensionOrigin: origin, setBadge };
}

const read = extractArticle(documentFromHtml(agencyHtml, 'https://mira-vista.example/blog/leak/'));
if (!read.ok) throw new Error(read.message);
const article = read.article;
const options = { points: 3, sensitivity: 'strict' as const, kinds: ['filler' as const, 'hype' as const, 'boilerplate' as const] };

describe('handleMessage', () => {
  it('answers the warm-up', async () => expect(await handleMessage({ type: 'warm' }, popup, env())).toEqual({ ok: true }));

  it('analyses the article with the options it was sent, as the popup used to itself', async () => {
    const reply = await handleMessage({ type: 'analyze', article, options }, popup, env());
    expect(reply).toEqual({ ok: true, analysis: analyze(article, options) });
    // Messages are copied as JSON between the background and the popup; the copy must still pass the popup's check.
    const copied: unknown = JSON.parse(JSON.stringify(reply));
    expect(parseAnalyzeReply(copied)).toMatchObject({ ok: true, analysis: { requestedPoints: 3 } });
  });

  it('follows a change of options', async () => {
    const five = await handleMessage({ type: 'analyze', article, options: { ...options, points: 5 } }, popup, env());
    const one = await handleMessage({ type: 'analyze', article, options: { ...options, points: 1 } }, popup, env());
    expect(five && 'analysis' in five && five.analysis.keyPoints.length).toBe(5);
    expect(one && 'analysis' in one && one.analysis.keyPoints.length).toBe(1);
  });

  it('sets the badge for the tab', async () => {
    const setBadge = vi.fn(() => Promise.resolve());
    expect(await handleMessage({ type: 'padding-badge', tabId: 7, ratio: 0.42 }, popup, env(setBadge))).toEqual({ ok: true });
    expect(setBadge).toHaveBeenCalledWith(7, '42%');
  });

  it('reports a badge that could not be set (the tab closed) without throwing', async () => {
    expect(await handleMessage({ type: 'padding-badge', tabId: 7, ratio: 0.42 }, popup, env(() => Promise.reject(new Error('gone'))))).toEqual({
      ok: false,
    });
  });

  it.each([
    ['a web page', { id, url: 'https://evil.example/', tab: { id: 3 } }],
    ['another extension', { id: 'z'.repeat(32), url: `chrome-extension://${'z'.repeat(32)}/popup.html` }],
  ])('ignores %s at once', (_n, sender) => {
    expect(handleMessage({ type: 'analyze', article, options }, sender, env())).toBeNull();
    expect(handleMessage({ type: 'warm' }, sender, env())).toBeNull();
  });

  it('ignores a message it does not understand', () => {
    expect(handleMessage({ type: 'analyze', article: { ...article, blocks: 'x' }, options }, popup, env())).toBeNull();
    expect(handleMessage({ type: 'run', code: 'alert(1)' }, popup, env())).toBeNull();
  });
});
