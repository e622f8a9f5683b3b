import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/components/i18n';
import { StatusView } from '@/components/StatusView';
import { useOptions } from '@/components/use-options';
import { BulkActions } from './BulkActions';
import { EntryCard } from './EntryCard';
import { moveBetweenEntries, useSlashToSearch } from './keyboard';
import { Notices, UndoToast } from './Notices';
import { SiteStats } from './SiteStats';
import { Toolbar } from './Toolbar';
import { useLibrary } from './use-library';
import { usageLine } from './usage';

/** "No saved summary matches “bridge” on news.example." */
function noMatch(text: string, site: string | null): string {
  if (text && site) return t('noMatchTextSite', text, site);
  if (text) return t('noMatchText', text);
  if (site) return t('noMatchSite', site);
  return t('noMatch');
}

export function App() {
  useOptions();
  const lib = useLibrary();
  const search = useRef<HTMLInputElement>(null);
  useSlashToSearch(search);

  // Focus that was on a deleted entry's button would fall to <body>: hand it to the Undo button instead.
  // Once per delete, and only when nothing else has focus (the list updates a moment after the delete).
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusedFor = useRef<object | null>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lib.removed && focusedFor.current !== lib.removed && lost && undoButton.current) {
      focusedFor.current = lib.removed;
      undoButton.current.focus();
    }
  }, [lib.removed, lib.shown]);

  const { load } = lib;
  if (load.state === 'loading') return <StatusView busy title={t('loadingSummaries')} />;
  if (load.state === 'failed') return <StatusView title={t('summariesLoadFailed')} message={load.message} />;

  const { entries, unreadable, bytes } = load.list;
  const clearSearch = () => {
    lib.clearSearch();
    search.current?.focus();
  };
  return (
    <main>
      <header class="page-head">
        <h1>{t('savedSummaries')}</h1>
        <span class="muted" data-testid="count">
          {usageLine(entries.length, bytes)}
        </span>
      </header>
      <Notices unreadable={unreadable.length} notice={lib.notice} onDismiss={lib.dismissNotice} />
      {entries.length > 0 && <Toolbar filters={lib.filters} sites={lib.sites} onChange={lib.setFilters} searchRef={search} />}
      <BulkActions
        shown={lib.shown}
        chosen={lib.chosen}
        total={entries.length}
        onSelectShown={(checked) => lib.setChecked(lib.shown.map((e) => e.id), checked)}
        onDeleteChosen={() => void lib.remove(lib.chosen)}
        onExport={lib.exportAs}
        onImportText={(text) => void lib.importText(text)}
        onImportError={(text) => lib.setNotice({ kind: 'error', text })}
      />
      <SiteStats entries={entries} />
      {entries.length === 0 ? (
        <div class="empty" data-testid="empty">
          <p>
            <strong>{t('nothingSaved')}</strong>
          </p>
          <p>{t('nothingSavedHow')}</p>
        </div>
      ) : lib.shown.length === 0 ? (
        <div class="empty" data-testid="no-results">
          <p>
            <strong>{noMatch(lib.filters.text.trim(), lib.filters.site)}</strong>
          </p>
          <button type="button" onClick={clearSearch}>
            {t('clearSearch')}
          </button>
        </div>
      ) : (
        <>
          <p class="visually-hidden" role="status">
            {lib.shown.length === entries.length ? '' : t('shownOf', lib.shown.length, entries.length)}
          </p>
          <ul class="entries" data-testid="entries" aria-label={t('savedSummaries')} onKeyDown={moveBetweenEntries}>
            {lib.shown.map((e) => (
              <EntryCard
                key={e.id}
                entry={e}
                selected={lib.isSelected(e.id)}
                onSelect={(checked) => lib.setChecked([e.id], checked)}
                onDelete={() => void lib.remove([e])}
                onTogglePin={() => void lib.togglePin(e)}
              />
            ))}
          </ul>
        </>
      )}
      <UndoToast removed={lib.removed} buttonRef={undoButton} onUndo={() => void lib.undo()} onDismiss={lib.dismissRemoved} />
    </main>
  );
}
