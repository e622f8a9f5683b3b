import type { PaddingKind } from '@/utils/analysis/types';
import { t } from './i18n';

/** How each padding kind is named on screen, in the reader's language. Colours live in styles.css as --kind-<kind>. */
export function kindLabel(kind: PaddingKind): string {
  return t(`kind_${kind}`);
}

/** A share as a CSS length ("58%"), whatever the reader's language writes. */
export function cssPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

export function minutes(n: number): string {
  return n < 1 ? t('underAMinute') : t('minutes', Math.round(n));
}
