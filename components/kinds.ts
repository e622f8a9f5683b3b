import type { PaddingKind } from '@/utils/analysis/types';

/** How each padding kind is named on screen. Colours live in styles.css as --kind-<kind>. */
export const KIND_LABEL: Record<PaddingKind, string> = {
  boilerplate: 'Page furniture',
  promo: 'Sales talk',
  filler: 'Filler & clichés',
  hook: 'Hook',
  analogy: 'Analogy',
  speculation: 'Speculation',
  hype: 'Hype',
  platitude: 'Platitude',
  repetition: 'Repetition',
};

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

export function minutes(n: number): string {
  if (n < 1) return 'under a minute';
  const m = Math.round(n);
  return `${m} min`;
}
