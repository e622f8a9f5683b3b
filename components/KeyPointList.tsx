import type { PointText } from '@/utils/copy-format';
import { t, tn } from './i18n';

interface Props {
  points: readonly PointText[];
  requested?: number;
  /** When given, each point is a button that shows it in the page (the popup's case). */
  onReveal?: (index: number) => void;
}

export function KeyPointList({ points, requested, onReveal }: Props) {
  if (!points.length) return <p class="muted">{t('noKeyPoints')}</p>;
  return (
    <>
      <ol class="key-points" data-testid="key-points">
        {points.map((p, i) => (
          <li key={i} dir="auto">
            {onReveal ? (
              <button type="button" class="point-link" title={t('showInPage')} onClick={() => onReveal(i)}>
                {p.text}
              </button>
            ) : (
              p.text
            )}
            {p.code && <PointCode code={p.code} />}
          </li>
        ))}
      </ol>
      {requested !== undefined && points.length < requested && (
        <p class="muted" data-testid="short-note">
          {tn('shortArticle', points.length, requested)}
        </p>
      )}
    </>
  );
}

/**
 * The code a point introduces, as text (never as markup), left to right whatever the page's
 * direction, scrolling sideways rather than wrapping. Focusable, so the keyboard can scroll it.
 */
export function PointCode({ code }: { code: string }) {
  return (
    <pre class="point-code" dir="ltr" tabIndex={0} data-testid="point-code">
      <code>{code}</code>
    </pre>
  );
}
