interface Props {
  points: readonly string[];
  requested?: number;
}

export function KeyPointList({ points, requested }: Props) {
  if (!points.length) return <p class="muted">No sentence here stands out as a key point.</p>;
  return (
    <>
      <ol class="key-points" data-testid="key-points">
        {points.map((p, i) => (
          <li key={i}>{p}</li>
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
