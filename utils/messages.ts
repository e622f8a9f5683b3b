/**
 * Messages between extension pages and the background: one union of what may be sent, what each
 * gets back, and the checks on both sides. Pages send through components/send-to-background.ts.
 */
import type { Said } from './said';
import type { Article } from './extract/types';
import { parseExtractResult } from './extract/validate';
import { isFiniteNumber, isObject, isString } from './guards';
import type { Analysis } from './analysis/types';
import { isPaddingKind, isPaddingMark, isPointCount, isSensitivity, PADDING_KINDS, type PaddingKind, type Sensitivity } from './analysis/vocabulary';

interface PaddingBadgeMessage {
  type: 'padding-badge';
  tabId: number;
  /** 0–1. */
  ratio: number;
}

/** Sent as the popup opens, beside the extraction, so a sleeping service worker is up by the time the article is. */
interface WarmMessage {
  type: 'warm';
}

/** The options the analysis takes from the user's settings. */
export interface AnalyzeRequestOptions {
  points: number;
  sensitivity: Sensitivity;
  kinds: PaddingKind[];
}

/** The popup hands the article to the background, which holds the analysis (and its cue lists) so the popup stays light. */
interface AnalyzeMessage {
  type: 'analyze';
  article: Article;
  options: AnalyzeRequestOptions;
}

export type ExtensionMessage = PaddingBadgeMessage | WarmMessage | AnalyzeMessage;

/** `message` in English; `said`, the same for the views to say in the reader's language. */
export type AnalyzeReply = { ok: true; analysis: Analysis } | { ok: false; message: string; said?: Said };

/** What the background answers to each message. */
interface BackgroundReplies {
  /** False when the badge could not be set (the tab closed meanwhile). */
  'padding-badge': { ok: boolean };
  warm: { ok: true };
  analyze: AnalyzeReply;
}
export type ReplyTo<M extends ExtensionMessage> = BackgroundReplies[M['type']];
export type BackgroundReply = BackgroundReplies[ExtensionMessage['type']];

function parseAnalyzeOptions(v: unknown): AnalyzeRequestOptions | null {
  if (!isObject(v)) return null;
  const { points, sensitivity, kinds } = v;
  if (!isPointCount(points) || !isSensitivity(sensitivity)) return null;
  if (!Array.isArray(kinds) || kinds.length > PADDING_KINDS.length || !kinds.every(isPaddingKind)) return null;
  if (new Set(kinds).size !== kinds.length) return null;
  return { points, sensitivity, kinds };
}

export function parseMessage(v: unknown): ExtensionMessage | null {
  if (!isObject(v)) return null;
  const m = v;
  if (
    m.type === 'padding-badge' &&
    typeof m.tabId === 'number' &&
    Number.isInteger(m.tabId) &&
    m.tabId >= 0 &&
    typeof m.ratio === 'number' &&
    m.ratio >= 0 &&
    m.ratio <= 1
  ) {
    return { type: 'padding-badge', tabId: m.tabId, ratio: m.ratio };
  }
  if (m.type === 'warm') return { type: 'warm' };
  if (m.type === 'analyze') {
    // The same checks as an article straight from the page: the background trusts the popup no more than that.
    const read = parseExtractResult({ ok: true, article: m.article });
    const options = parseAnalyzeOptions(m.options);
    if (read?.ok && options) return { type: 'analyze', article: read.article, options };
  }
  return null;
}

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && (n as number) >= 0);


/**
 * The background's answer comes from our own code, so this is a light check: enough that a
 * broken or mismatched reply shows an error instead of crashing the popup halfway through drawing.
 */
export function parseAnalyzeReply(v: unknown): AnalyzeReply | null {
  if (!isObject(v)) return null;
  if (v.ok === false) return isString(v.message) ? { ok: false, message: v.message, ...(v.said === undefined ? {} : { said: v.said as Said }) } : null;
  if (v.ok !== true || !isObject(v.analysis)) return null;
  const a = v.analysis;
  const blocks = a.blocks;
  const sentences = a.sentences;
  if (!Array.isArray(blocks) || !blocks.every((b) => isObject(b) && isString(b.kind))) return null;
  if (
    !Array.isArray(sentences) ||
    !sentences.every(
      (s) =>
        isObject(s) &&
        isString(s.text) &&
        Number.isInteger(s.index) &&
        Number.isInteger(s.block) &&
        (s.block as number) >= 0 &&
        (s.block as number) < blocks.length &&
        isFiniteNumber(s.words) &&
        (s.padding === null || isPaddingMark(s.padding)),
    )
  ) {
    return null;
  }
  const inRange = (i: number) => i < sentences.length;
  if (
    !Array.isArray(a.keyPoints) ||
    !a.keyPoints.every(
      (k) => isObject(k) && isString(k.text) && (k.code === undefined || isString(k.code)) && Number.isInteger(k.sentence) && inRange(k.sentence as number) && isIndexList(k.sentences) && k.sentences.every(inRange),
    )
  ) {
    return null;
  }
  const p = a.padding;
  if (!isObject(p) || !isFiniteNumber(p.ratio) || !isFiniteNumber(p.words) || !isObject(p.byKind)) return null;
  if (![a.requestedPoints, a.wordCount, a.readingMinutes, a.savedMinutes].every(isFiniteNumber) || !isString(a.lang)) return null;
  return { ok: true, analysis: a as unknown as Analysis };
}

const REPLY_CHECKS: { [T in keyof BackgroundReplies]: (v: unknown) => BackgroundReplies[T] | null } = {
  'padding-badge': (v) => (isObject(v) && typeof v.ok === 'boolean' ? { ok: v.ok } : null),
  warm: (v) => (isObject(v) && v.ok === true ? { ok: true } : null),
  analyze: parseAnalyzeReply,
};

/** The background's answer to `message`, or null when it is not the kind of answer that message gets. */
export function parseReply<M extends ExtensionMessage>(message: M, raw: unknown): ReplyTo<M> | null {
  const check = REPLY_CHECKS[message.type] as (v: unknown) => ReplyTo<M> | null;
  return check(raw);
}

/** The fields of `runtime.MessageSender` the check reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only the extension's own pages may ask the background for anything: the popup, or the popup
 * opened as a page (`popup.html?tab=ID`, as measurement harnesses do). Our own scripts in web pages
 * share our id but carry the web page's URL; another extension has another id.
 */
export function isOwnPopup(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export function badgeText(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
