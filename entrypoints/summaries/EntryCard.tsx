import { siteLabel } from './site-label';
import { useState } from 'preact/hooks';
import { savedPoints, type SavedSummary } from '@/utils/storage/saved-summary';
import { siteOf } from '@/utils/storage/library';
import { isHttpUrl } from '@/utils/url';
import { ArticleByline } from '@/components/ArticleByline';
import { CopyButtons } from '@/components/CopyButtons';
import { PointCode } from '@/components/KeyPointList';
import { formatDate, formatPercent, t, tn } from '@/components/i18n';
import { FoldedText } from '@/components/FoldedText';
import { withWordCounts } from './word-counts';
import { MarkedText } from '@/components/MarkedText';
import { ViewTabs } from '@/components/ViewTabs';
import { SafeLink } from '@/components/SafeLink';

const PREVIEW_POINTS = 2;
const TEXT_VIEWS = [
  { id: 'marked', label: 'viewMarked' },
  { id: 'clean', label: 'viewClean' },
] as const;

/** The kept article, marked or with its padding folded away. */
function SavedText({ id, marked }: { id: string; marked: NonNullable<SavedSummary['marked']> }) {
  const [view, setView] = useState<'marked' | 'clean'>('marked');
  const prefix = `entry-${id}`;
  return (
    <>
      <ViewTabs
        tabs={TEXT_VIEWS.map((v) => ({ id: v.id, label: t(v.label) }))}
        current={view}
        onChange={setView}
        label={t('articleText')}
        idPrefix={prefix}
      />
      <div id={`${prefix}-panel`} role="tabpanel" aria-labelledby={`${prefix}-tab-${view}`}>
        {view === 'marked' ? (
          <MarkedText blocks={marked.blocks} sentences={marked.sentences} />
        ) : (
          <FoldedText blocks={marked.blocks} sentences={withWordCounts(marked.sentences)} />
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
  const all = savedPoints(entry);
  const points = open ? all : all.slice(0, PREVIEW_POINTS);
  const more = entry.keyPoints.length - points.length;
  return (
    <li class={`entry${entry.pinned ? ' pinned' : ''}${selected ? ' selected' : ''}`} data-testid="entry" data-id={entry.id}>
      <input
        type="checkbox"
        class="entry-check"
        data-testid="entry-select"
        checked={selected}
        aria-label={t('selectEntry', entry.title)}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <div class="entry-body">
        {/* Arrow keys move between these; a title without a safe link is focusable by script only. */}
        <h2 id={titleId} class="entry-title" tabIndex={isHttpUrl(entry.url) ? undefined : -1}>
          <SafeLink href={entry.url}>{entry.title}</SafeLink>
          {entry.pinned && (
            <span class="pin-badge" data-testid="pinned-badge">
              <PinIcon /> {t('pinned')}
            </span>
          )}
        </h2>
        <ArticleByline byline={entry.byline} publishedTime={entry.publishedTime} />
        <p class="meta muted">
          {siteLabel(siteOf(entry))} · {t('savedOn', formatDate(entry.savedAt))} · {t('paddingShare', formatPercent(entry.paddingRatio))} ·{' '}
          {t('readTime', entry.readingMinutes)}
        </p>
        <ol class="points">
          {points.map((p, i) => (
            <li key={i}>
              {p.text}
              {p.code && <PointCode code={p.code} />}
            </li>
          ))}
        </ol>
        {!open && more > 0 && <p class="more muted">{tn('morePoints', more)}</p>}
        {open && (
          <div class="detail" id={detailId}>
            {entry.marked ? (
              <SavedText id={entry.id} marked={entry.marked} />
            ) : (
              <p class="muted">{t('markedNotKept')}</p>
            )}
            {isHttpUrl(entry.url) && (
              <p>
                <SafeLink href={entry.url}>{t('openOriginal')}</SafeLink>
              </p>
            )}
          </div>
        )}
        <div class="entry-actions">
          <button type="button" aria-expanded={open ? 'true' : 'false'} aria-controls={detailId} onClick={() => setOpen(!open)}>
            {t(open ? 'close' : 'open')}
          </button>
          <button
            type="button"
            class="pin"
            data-testid="pin"
            aria-pressed={entry.pinned ? 'true' : 'false'}
            aria-label={t('pinEntry', entry.title)}
            title={t(entry.pinned ? 'pinnedTitle' : 'pinTitle')}
            onClick={onTogglePin}
          >
            <PinIcon /> {t('pin')}
          </button>
          <CopyButtons source={{ title: entry.title, url: entry.url, points: all }} describedBy={titleId} />
          <button type="button" class="danger" onClick={onDelete} aria-label={t('deleteEntry', entry.title)}>
            {t('delete')}
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
