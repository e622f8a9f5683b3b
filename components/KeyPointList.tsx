interface Props {
  points: readonly string[];
  requested?: number;
  /** When given, each point is a button that shows it in the page (the popup's case). */
  onReveal?: (index: number) => void;
}

export function KeyPointList({ points, requested, onReveal }: Props) {
  if (!points.length) return <p class="muted">No sentence here stands out as a key point.</p>;
  return (
    <>
      <ol class="key-points" data-testid="key-points">
        {points.map((p, i) => (
          <li key={i} dir="auto">
            {onReveal ? (
              <button type="button" class="point-link" title="Show this in the page" onClick={() => onReveal(i)}>
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
          This article is short: {points.length} key {points.length === 1 ? 'point' : 'points'} instead of {requested}.
        </p>
      )}
    </>
  );
}
