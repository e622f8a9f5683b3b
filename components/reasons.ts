import type { MarkReason, PaddingMark } from '@/utils/analysis/types';
import { isMarkReason } from '@/utils/analysis/vocabulary';
import { message, t } from './i18n';

/** One reason in the reader's language, or '' when this catalogue does not know its code. */
function say(r: MarkReason): string {
  const arg = r.cue ?? r.sentence;
  return message(`reason_${r.code}`, arg === undefined ? [] : [arg]);
}

/**
 * Why a sentence is marked, in the reader's language: each of the mark's reason codes through the
 * catalogue. The analysis's English words stand where a code is unknown here (a newer analysis, an
 * imported entry) or absent (entries saved before codes existed).
 */
export function reasonText(mark: Pick<PaddingMark, 'reason' | 'why'>): string {
  const why = Array.isArray(mark.why) && mark.why.length > 0 && mark.why.every(isMarkReason) ? mark.why : null;
  if (!why) return mark.reason;
  const said = why.map(say);
  return said.every(Boolean) ? said.join(t('reasonSeparator')) : mark.reason;
}
