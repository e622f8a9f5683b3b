import type { PaddingSummary } from '@/utils/analysis/types';
import { PADDING_KINDS } from '@/utils/analysis/types';
import { KIND_LABEL, minutes, percent } from './kinds';

interface Props {
  padding: PaddingSummary;
  savedMinutes: number;
}

/** "58% padding · saves 3 min", a bar, and how many sentences of each kind were marked. */
export function PaddingMeter({ padding, savedMinutes }: Props) {
  const pct = percent(padding.ratio);
  const kinds = PADDING_KINDS.filter((k) => (padding.byKind[k] ?? 0) > 0);
  return (
    <div class="meter" data-testid="padding-meter">
      <div
        class="meter-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(padding.ratio * 100)}
        aria-label="Share of the article that is padding"
      >
        <div class="meter-fill" style={{ width: pct }} />
      </div>
      <div class="meter-label">
        <strong data-testid="padding-percent">{pct} padding</strong>
        <span class="muted">{savedMinutes >= 0.5 ? `saves ${minutes(savedMinutes)}` : 'little to skip'}</span>
      </div>
      {kinds.length > 0 && (
        <ul class="kind-counts" aria-label="Marked sentences by kind">
          {kinds.map((k) => (
            <li key={k} class={`kind-chip kind-${k}`}>
              {KIND_LABEL[k]} {padding.byKind[k]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
