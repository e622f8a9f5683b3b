import { useEffect, useState } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import { deleteSummary, listSummaries, saveSummary, SUMMARY_PREFIX } from '@/utils/storage/summaries-store';
import { StatusView } from '@/components/StatusView';
import { useOptions } from '@/components/use-options';
import { EntryCard } from './EntryCard';

type Load = { state: 'loading' } | { state: 'ready'; entries: SavedSummary[]; unreadable: number } | { state: 'failed'; message: string };

export function App() {
  useOptions();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [removed, setRemoved] = useState<SavedSummary | null>(null);

  const refresh = () =>
    listSummaries().then(
      ({ entries, unreadable }) => setLoad({ state: 'ready', entries, unreadable: unreadable.length }),
      (err: unknown) => setLoad({ state: 'failed', message: String(err) }),
    );

  useEffect(() => {
    void refresh();
    // Another window may save or delete while this page is open.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(SUMMARY_PREFIX))) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const remove = async (entry: SavedSummary) => {
    await deleteSummary(entry.id);
    setRemoved(entry);
  };
  const undo = async () => {
    if (!removed) return;
    await saveSummary(removed);
    setRemoved(null);
  };

  if (load.state === 'loading') return <StatusView busy title="Loading saved summaries…" />;
  if (load.state === 'failed') return <StatusView title="Saved summaries could not be loaded" message={load.message} />;

  const { entries, unreadable } = load;
  return (
    <main>
      <header class="page-head">
        <h1>Saved summaries</h1>
        <span class="muted" data-testid="count">
          {entries.length} saved
        </span>
      </header>
      {unreadable > 0 && (
        <p class="notice error" role="alert" data-testid="unreadable">
          {unreadable === 1 ? '1 entry' : `${unreadable} entries`} could not be read and {unreadable === 1 ? 'is' : 'are'} not
          shown.
        </p>
      )}
      {entries.length === 0 ? (
        <div class="empty" data-testid="empty">
          <p>
            <strong>Nothing saved yet.</strong>
          </p>
          <p>Open an article, click Winnow in the toolbar, then “Save”: the summary will be kept here.</p>
        </div>
      ) : (
        <ul class="entries" data-testid="entries">
          {entries.map((e) => (
            <EntryCard key={e.id} entry={e} onDelete={() => void remove(e)} />
          ))}
        </ul>
      )}
      {removed && (
        <div class="toast" role="status">
          <span>Deleted “{removed.title}”.</span>
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setRemoved(null)}>
            ✕
          </button>
        </div>
      )}
    </main>
  );
}
