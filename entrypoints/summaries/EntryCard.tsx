import { useState } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import { siteOf } from '@/utils/storage/library';
import { isHttpUrl } from '@/utils/url';
import { ArticleByline } from '@/components/ArticleByline';
import { formatDate } from '@/components/date';
import { percent } from '@/components/kinds';
import { FoldedText } from '@/components/FoldedText';
import { MarkedText } from '@/components/MarkedText';
import { ViewTabs } from '@/components/ViewTabs';
import { SafeLink } from '@/components/SafeLink';

const PREVIEW_POINTS = 2;
const TEXT_VIEWS = [
  { id: 'marked', label: 'Marked text' },
  { id: 'clean', label: 'Without padding' },
] as const;

/** The kept article, marked or with its padding folded away. */
function SavedText({ id, marked }: { id: string; marked: NonNullable<SavedSummary['marked']> }) {
  const [view, setView] = useState<'marked' | 'clean'>('marked');
  const prefix = `entry-${id}`;
  return (
    <>
      <ViewTabs tabs={TEXT_VIEWS} current={view} onChange={setView} label="Article text" idPrefix={prefix} />
      <div id={`${prefix}-panel`} role="tabpanel" aria-labelledby={`${prefix}-tab-${view}`}>
        {view === 'marked' ? (
          <MarkedText blocks={marked.blocks} sentences={marked.sentences} />
        ) : (
          <FoldedText
            blocks={marked.blocks}
            sentences={marked.sentences.map((s) => ({ ...s, words: s.text.split(/\s+/).filter(Boolean).length }))}
          />
        )}
      </div>
    </>
  );
}

interface Props {
  entry: SavedSummary;
  selected: boolean;
  onSelect: (checked: boolean) => void;
  onDelete: () => void;
  onTogglePin: () => void;
}

export function EntryCard({ entry, selected, onSelect, onDelete, onTogglePin }: Props) {
  const [open, setOpen] = useState(false);
  const detailId = `detail-${entry.id}`;
  const titleId = `title-${entry.id}`;
  const points = open ? entry.keyPoints : entry.keyPoints.slice(0, PREVIEW_POINTS);
  const more = entry.keyPoints.length - points.length;
  return (
    <li class={`entry${entry.pinned ? ' pinned' : ''}${selected ? ' selected' : ''}`} data-testid="entry" data-id={entry.id}>
      <input
        type="checkbox"
        class="entry-check"
        data-testid="entry-select"
        checked={selected}
        aria-label={`Select “${entry.title}”`}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <div class="entry-body">
        {/* Arrow keys move between these; a title without a safe link is focusable by script only. */}
        <h2 id={titleId} class="entry-title" tabIndex={isHttpUrl(entry.url) ? undefined : -1}>
          <SafeLink href={entry.url}>{entry.title}</SafeLink>
          {entry.pinned && (
            <span class="pin-badge" data-testid="pinned-badge">
              <PinIcon /> Pinned
            </span>
          )}
        </h2>
        <ArticleByline byline={entry.byline} publishedTime={entry.publishedTime} />
        <p class="meta muted">
          {siteOf(entry)} · saved {formatDate(entry.savedAt)} · {percent(entry.paddingRatio)} padding ·{' '}
          {entry.readingMinutes} min read
        </p>
        <ol class="points">
          {points.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ol>
        {!open && more > 0 && <p class="more muted">+ {more} more key {more === 1 ? 'point' : 'points'}</p>}
        {open && (
          <div class="detail" id={detailId}>
            {entry.marked ? (
              <SavedText id={entry.id} marked={entry.marked} />
            ) : (
              <p class="muted">The marked text was not kept for this page.</p>
            )}
            {isHttpUrl(entry.url) && (
              <p>
                <SafeLink href={entry.url}>Open the original page ↗</SafeLink>
              </p>
            )}
          </div>
        )}
        <div class="entry-actions">
          <button type="button" aria-expanded={open ? 'true' : 'false'} aria-controls={detailId} onClick={() => setOpen(!open)}>
            {open ? 'Close' : 'Open'}
          </button>
          <button
            type="button"
            class="pin"
            data-testid="pin"
            aria-pressed={entry.pinned ? 'true' : 'false'}
            aria-label={`Pin “${entry.title}”`}
            title={entry.pinned ? 'Pinned: never removed to make room' : 'Pin: never remove to make room'}
            onClick={onTogglePin}
          >
            <PinIcon /> Pin
          </button>
          <button type="button" class="danger" onClick={onDelete} aria-label={`Delete “${entry.title}”`}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}

function PinIcon() {
  return (
    <svg class="pin-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M10.5 1.5 14.5 5.5 13 6.2 10.6 8.6 10.9 11.9 9.5 13.3 6.9 10.7 2.7 14.9 1.1 13.3 5.3 9.1 2.7 6.5 4.1 5.1 7.4 5.4 9.8 3z" />
    </svg>
  );
}
