/**
 * The words every part of Winnow shares about what the analysis can be asked for: the kinds of
 * padding, the sensitivities, the range of key points. One list and one check each, used by the
 * analysis, storage, messages, views and the CLI alike. Kept apart from the analysis so the popup
 * and options pages can import it without pulling the analysis (and its cue lists) in.
 */
import { isFiniteNumber, isObject, isString } from '../guards';
import type { MarkReason, PaddingMark } from './types';

export const PADDING_KINDS = [
  'boilerplate',
  'promo',
  'filler',
  'hook',
  'analogy',
  'speculation',
  'hype',
  'platitude',
  'repetition',
] as const;
export type PaddingKind = (typeof PADDING_KINDS)[number];

export const SENSITIVITIES = ['strict', 'balanced', 'relaxed'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const DEFAULT_SENSITIVITY: Sensitivity = 'balanced';

/** Key points a reader may ask for, both ends included. */
export const MIN_POINTS = 1;
export const MAX_POINTS = 15;
export const DEFAULT_POINTS = 5;

const KIND_SET: ReadonlySet<unknown> = new Set(PADDING_KINDS);
const SENSITIVITY_SET: ReadonlySet<unknown> = new Set(SENSITIVITIES);

export function isPaddingKind(v: unknown): v is PaddingKind {
  return KIND_SET.has(v);
}

export function isSensitivity(v: unknown): v is Sensitivity {
  return SENSITIVITY_SET.has(v);
}

/** A whole number of key points within the range. */
export function isPointCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_POINTS && v <= MAX_POINTS;
}

/** A mark as stored or sent: a known kind, a reason and a confidence. */
export function isPaddingMark(v: unknown): v is PaddingMark {
  return isObject(v) && isPaddingKind(v.kind) && isString(v.reason) && isFiniteNumber(v.confidence);
}

/** A mark's reason code as stored or sent: a plain code, and what it names where it names something. */
export function isMarkReason(v: unknown): v is MarkReason {
  return (
    isObject(v) &&
    isString(v.code) &&
    /^[a-z0-9_]+$/.test(v.code) &&
    (v.cue === undefined || isString(v.cue)) &&
    (v.sentence === undefined || (typeof v.sentence === 'number' && Number.isInteger(v.sentence)))
  );
}

/** Every kind except those in `off`, in the list's order: what is marked when a reader turned `off` off. */
export function kindsShown(off: readonly PaddingKind[]): PaddingKind[] {
  return PADDING_KINDS.filter((k) => !off.includes(k));
}
