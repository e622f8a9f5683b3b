/**
 * What the background does with a message, without browser APIs (those come in `env`), so it can
 * be tested directly. Only the background imports this: it pulls in the whole analysis.
 */
import { said } from './said';
import { analyze } from './analysis';
import { badgeText, isOwnPopup, parseMessage, type AnalyzeReply, type BackgroundReply, type ReplyTo, type Sender } from './messages';

export interface BackgroundEnv {
  extensionId: string;
  /** `runtime.getURL('/')`. */
  extensionOrigin: string;
  setBadge(tabId: number, text: string): Promise<unknown>;
}

/**
 * The reply to send, or null at once when the message is ignored (not from our popup, or not
 * understood), so the listener knows straight away whether to keep the channel open.
 */
export function handleMessage(raw: unknown, sender: Sender, env: BackgroundEnv): Promise<BackgroundReply> | null {
  // Only our own popup may ask; content in web pages has no say.
  if (!isOwnPopup(sender, env.extensionId, env.extensionOrigin)) return null;
  const message = parseMessage(raw);
  if (!message) return null;
  switch (message.type) {
    case 'warm':
      return Promise.resolve<ReplyTo<typeof message>>({ ok: true });
    case 'padding-badge':
      return env.setBadge(message.tabId, badgeText(message.ratio)).then(
        (): ReplyTo<typeof message> => ({ ok: true }),
        // The tab may have closed in between: nothing to show, nothing to fix.
        () => ({ ok: false }),
      );
    case 'analyze':
      return Promise.resolve()
        .then((): AnalyzeReply => ({ ok: true, analysis: analyze(message.article, message.options) }))
        .catch((err: unknown): AnalyzeReply => ({
          ok: false,
          message: `Winnow could not analyse this article (${String(err)}).`,
          said: said('analysisFailed', String(err)),
        }));
  }
}
