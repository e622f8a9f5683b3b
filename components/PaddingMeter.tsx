import type { PaddingKind, PaddingSummary } from '@/utils/analysis/types';
import { PADDING_KINDS } from '@/utils/analysis/vocabulary';
import { formatPercent, t } from './i18n';
import { cssPercent, kindLabel, minutes } from './kinds';

interface Props {
  padding: PaddingSummary;
  savedMinutes: number;
  /** Kinds the reader switched off for this view; with `onToggle`, the chips become toggles. */
  hidden?: ReadonlySet<PaddingKind>;
  onToggle?: (kind: PaddingKind) => void;
}

/**
 * "58% padding · saves 3 min", a bar, and how many sentences of each kind were marked. The kind
 * chips double as the colour legend and, where `onToggle` is given, as switches for each kind.
 */
export function PaddingMeter({ padding, savedMinutes, hidden, onToggle }: Props) {
  const pct = formatPercent(padding.ratio);
  const kinds = PADDING_KINDS.filter((k) => (padding.byKind[k] ?? 0) > 0);
  return (
    <div class="meter" data-testid="padding-meter">
      <div
        class="meter-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(padding.ratio * 100)}
        aria-label={t('meterLabel')}
      >
        <div class="meter-fill" style={{ width: cssPercent(padding.ratio) }} />
      </div>
      <div class="meter-label">
        <strong data-testid="padding-percent">{t('paddingShare', pct)}</strong>
        <span class="muted">{savedMinutes >= 0.5 ? t('saves', minutes(savedMinutes)) : t('littleToSkip')}</span>
      </div>
      {kinds.length > 0 && !onToggle && (
        <ul class="kind-counts" aria-label={t('kindCounts')}>
          {kinds.map((k) => (
            <li key={k} class={`kind-chip kind-${k}`}>
              {t('kindCount', kindLabel(k), padding.byKind[k] ?? 0)}
            </li>
          ))}
        </ul>
      )}
      {kinds.length > 0 && onToggle && (
        <div class="kind-counts" role="group" aria-label={t('kindToggles')}>
          {kinds.map((k) => {
            const on = !hidden?.has(k);
            return (
              <button
                key={k}
                type="button"
                class={`kind-chip kind-toggle kind-${k}${on ? '' : ' off'}`}
                aria-pressed={on ? 'true' : 'false'}
                data-kind={k}
                title={t(on ? 'hideKind' : 'showKind', kindLabel(k))}
                onClick={() => onToggle(k)}
              >
                {t('kindCount', kindLabel(k), padding.byKind[k] ?? 0)}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
