import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestAnalysis } from '../../components/ask-analysis';
import { articleOf } from '../support/articles';

/** The popup asks the background for the analysis; whatever happens, it gets an answer it can draw. */
const article = articleOf([{ kind: 'paragraph', text: 'Something happened.' }]);
const options = { points: 5, sensitivity: 'balanced' as const, kinds: [] };
const analysis = {
  blocks: [{ kind: 'paragraph' }],
  sentences: [{ index: 0, block: 0, text: 'Something happened.', words: 2, padding: null }],
  keyPoints: [{ text: 'Something happened.', sentence: 0, sentences: [0] }],
  requestedPoints: 5,
  padding: { ratio: 0, words: 0, byKind: {} },
  wordCount: 2,
  readingMinutes: 1,
  savedMinutes: 0,
  lang: 'en',
};

describe('requestAnalysis', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('sends the article and options and returns the analysis', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, analysis } as never);
    expect(await requestAnalysis(article, options)).toEqual({ ok: true, analysis });
    expect(send).toHaveBeenCalledWith({ type: 'analyze', article, options });
  });

  it('passes on the background’s own failure', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, message: 'Could not analyse.' } as never);
    expect(await requestAnalysis(article, options)).toEqual({ ok: false, message: 'Could not analyse.' });
  });

  it('turns an unreachable background into a clear message', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await requestAnalysis(article, options)).toMatchObject({ ok: false, message: expect.stringMatching(/did not answer/) as unknown });
  });

  it('says so when the background takes too long', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
      const reply = requestAnalysis(article, options);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await reply).toEqual({ ok: false, message: expect.stringMatching(/took too long/) as unknown });
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['no answer', undefined],
    ['garbage', '<img src=x onerror=alert(1)>'],
    ['a half analysis', { ok: true, analysis: { ...analysis, sentences: undefined } }],
  ])('turns %s into a clear message', async (_n, raw) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(raw as never);
    const reply = await requestAnalysis(article, options);
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ message: expect.any(String) as unknown });
  });
});
