import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '../../components/send-to-background';

/** Every message to the background goes through one sender, which never rejects. */
describe('sendToBackground', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('sends the message as it is and hands back the checked answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, extra: 'dropped' } as never);
    expect(await sendToBackground({ type: 'padding-badge', tabId: 3, ratio: 0.2 })).toEqual({ state: 'answered', reply: { ok: false } });
    expect(send).toHaveBeenCalledWith({ type: 'padding-badge', tabId: 3, ratio: 0.2 });
  });

  it.each([
    ['a refused connection', () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['no answer', () => Promise.resolve(undefined)],
  ])('says the background is unreachable on %s', async (_n, answer) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answer as never);
    expect(await sendToBackground({ type: 'warm' })).toEqual({ state: 'unreachable' });
  });

  it.each([
    ['a failure in answer to the warm-up', { type: 'warm' } as const, { ok: false, message: 'No.' }],
    ['a badge answer without its flag', { type: 'padding-badge', tabId: 1, ratio: 0 } as const, { done: true }],
    ['text in answer to the warm-up', { type: 'warm' } as const, 'ok'],
  ])('says an answer is unreadable when it is not what that message gets: %s', async (_n, message, raw) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(raw as never);
    expect(await sendToBackground(message)).toEqual({ state: 'unreadable' });
  });

  it('gives up after the time it was given', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
    const sent = sendToBackground({ type: 'warm' }, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await sent).toEqual({ state: 'timeout' });
  });
});
