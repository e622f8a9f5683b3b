import { useState } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import { formatDate } from '@/components/date';
import { percent } from '@/components/kinds';
import { MarkedText } from '@/components/MarkedText';
import { SafeLink } from '@/components/SafeLink';

const PREVIEW_POINTS = 2;

export function EntryCard({ entry, onDelete }: { entry: SavedSummary; onDelete: () => void }) {
  const [open, setOpen] = useState(false);
  const detailId = `detail-${entry.id}`;
  const points = open ? entry.keyPoints : entry.keyPoints.slice(0, PREVIEW_POINTS);
  return (
    <li class="entry" data-testid="entry">
      <h2>
        <SafeLink href={entry.url}>{entry.title}</SafeLink>
      </h2>
      <p class="meta muted">
        {entry.siteName ?? 'Unknown site'} · saved {formatDate(entry.savedAt)} · {percent(entry.paddingRatio)} padding ·{' '}
        {entry.readingMinutes} min read
      </p>
      <ol class="points">
        {points.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ol>
      {open && (
        <div class="detail" id={detailId}>
          {entry.marked ? (
            <MarkedText blocks={entry.marked.blocks} sentences={entry.marked.sentences} />
          ) : (
            <p class="muted">The marked text was not kept for this page.</p>
          )}
        </div>
      )}
      <div class="entry-actions">
        <button type="button" aria-expanded={open ? 'true' : 'false'} aria-controls={detailId} onClick={() => setOpen(!open)}>
          {open ? 'Close' : 'Open'}
        </button>
        <button type="button" class="danger" onClick={onDelete} aria-label={`Delete “${entry.title}”`}>
          Delete
        </button>
      </div>
    </li>
  );
}
