import { t, tn } from './i18n';

interface Props {
  points: readonly string[];
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
                {p}
              </button>
            ) : (
              p
            )}
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
