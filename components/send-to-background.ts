import { parseReply, type ExtensionMessage, type ReplyTo } from '@/utils/messages';

/**
 * The one way an extension page talks to the background. It never rejects: every way a message can
 * fail comes back as a value the caller turns into words.
 */
type Delivery<R> =
  | { state: 'answered'; reply: R }
  /** Nobody answered: the background is not running, or did not reply. */
  | { state: 'unreachable' }
  /** An answer came that is not what this message gets. */
  | { state: 'unreadable' }
  | { state: 'timeout' };

const TIMED_OUT = Symbol('timed out');

export async function sendToBackground<M extends ExtensionMessage>(message: M, timeoutMs?: number): Promise<Delivery<ReplyTo<M>>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    if (timeoutMs !== undefined) timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  try {
    const raw: unknown = await Promise.race([browser.runtime.sendMessage(message), timedOut]);
    if (raw === TIMED_OUT) return { state: 'timeout' };
    if (raw === undefined) return { state: 'unreachable' };
    const reply = parseReply(message, raw);
    return reply ? { state: 'answered', reply } : { state: 'unreadable' };
  } catch {
    return { state: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
