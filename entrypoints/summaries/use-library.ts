import { loadOptions } from '@/utils/storage/options';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import { mergeDuplicates, parseImport, queryEntries, siteOf, type SortOrder } from '@/utils/storage/library';
import {
  BYTE_BUDGET,
  deleteSummaries,
  entryBytes,
  listSummaries,
  restoreSummaries,
  importSummaries,
  setPinned,
  SUMMARY_PREFIX,
  type SummaryList,
} from '@/utils/storage/summaries-store';
import { formatNumber, say, t, tn, type MessageKey } from '@/components/i18n';
import { downloadExport, type ExportFormat } from './export-download';

type Load = { state: 'loading' } | { state: 'ready'; list: SummaryList } | { state: 'failed'; message: string };

export interface Filters {
  text: string;
  /** A site name as `siteOf` gives it; null for every site. */
  site: string | null;
  sort: SortOrder;
}

/** A message above the list: success as a status, failure as an alert. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/** What the last delete removed, kept so that Undo can write it back. */
export interface Removed {
  entries: SavedSummary[];
}

const NO_FILTERS: Filters = { text: '', site: null, sort: 'newest' };
const EMPTY: SavedSummary[] = [];

/** Everything the saved-summaries page knows and does; the components only render it. */
export function useLibrary() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const latest = useRef(0);

  /** Reads storage again; an older read that finishes late never overwrites a newer one. */
  const refresh = useCallback(async () => {
    const n = ++latest.current;
    try {
      const list = await listSummaries();
      if (n === latest.current) setLoad({ state: 'ready', list });
    } catch (err) {
      if (n !== latest.current) return;
      setLoad((prev) => (prev.state === 'ready' ? prev : { state: 'failed', message: String(err) }));
      setNotice({ kind: 'error', text: t('summariesReloadFailed', String(err)) });
    }
  }, []);

  useEffect(() => {
    void refresh();
    // A popup may save, or another tab delete, while this page is open.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(SUMMARY_PREFIX))) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const entries = load.state === 'ready' ? load.list.entries : EMPTY;
  const sites = useMemo(() => [...new Set(entries.map(siteOf))].sort((a, b) => a.localeCompare(b)), [entries]);
  // A site whose last entry went away no longer filters anything.
  const site = filters.site !== null && sites.includes(filters.site) ? filters.site : null;
  const shown = useMemo(
    () => queryEntries(entries, { text: filters.text, site, sort: filters.sort }),
    [entries, filters.text, site, filters.sort],
  );
  // Only what is on screen and ticked counts as selected: a search never hides a selected entry from a delete.
  const chosen = useMemo(() => shown.filter((e) => selected.has(e.id)), [shown, selected]);

  /** Runs a storage action; a failure becomes an alert instead of an unhandled rejection. */
  const attempt = async (failed: MessageKey, action: () => Promise<void>) => {
    try {
      await action();
    } catch (err) {
      setNotice({ kind: 'error', text: t(failed, String(err)) });
    }
    await refresh();
  };

  const remove = (list: SavedSummary[]) =>
    attempt('failedDelete', async () => {
      if (!list.length) return;
      await deleteSummaries(list.map((e) => e.id));
      setRemoved({ entries: list });
      setNotice(null);
      setSelected((prev) => new Set([...prev].filter((id) => !list.some((e) => e.id === id))));
    });

  const undo = () =>
    attempt('failedUndo', async () => {
      if (!removed) return;
      const result = await restoreSummaries(removed.entries);
      if (!result.ok) throw new Error(result.message);
      setRemoved(null);
    });

  const togglePin = (entry: SavedSummary) =>
    attempt(entry.pinned ? 'failedUnpin' : 'failedPin', async () => {
      if (!(await setPinned(entry.id, !entry.pinned))) {
        setNotice({ kind: 'error', text: t('noLongerSaved', entry.title) });
      }
    });

  const importText = (text: string) =>
    attempt('failedImport', async () => {
      const parsed = parseImport(text);
      if (!parsed.ok) {
        setNotice({ kind: 'error', text: t('importNothing', say(parsed.said, parsed.error)) });
        return;
      }
      const current = (await listSummaries()).entries;
      const toWrite = mergeDuplicates(parsed.entries, current);
      const existing = new Map(current.map((e) => [e.id, e]));
      const updated = toWrite.filter((e) => existing.has(e.id)).length;
      const sum = (list: readonly SavedSummary[]) => list.reduce((n, e) => n + entryBytes(e), 0);
      const after = sum(current) - sum(toWrite.flatMap((e) => existing.get(e.id) ?? [])) + sum(toWrite);
      if (after > BYTE_BUDGET) {
        const mb = (n: number) => formatNumber(n / 1048576, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
        setNotice({ kind: 'error', text: t('importTooBig', mb(after), mb(BYTE_BUDGET)) });
        return;
      }
      const { libraryLimit } = await loadOptions();
      const result = await importSummaries(toWrite, { maxEntries: libraryLimit, maxBytes: BYTE_BUDGET });
      if (!result.ok) throw new Error(result.message);
      const imported = tn('imported', toWrite.length, updated);
      const made = result.evicted.length ? tn('importEvicted', result.evicted.length, libraryLimit) : '';
      setNotice({ kind: 'ok', text: made ? `${imported} ${made}` : imported });
    });

  const exportAs = (format: ExportFormat) => {
    const list = chosen.length ? chosen : entries;
    try {
      downloadExport(list, format);
    } catch (err) {
      setNotice({ kind: 'error', text: t('failedExport', String(err)) });
    }
  };

  const setChecked = (ids: readonly string[], checked: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return {
    load,
    entries,
    sites,
    shown,
    chosen,
    filters: { ...filters, site },
    setFilters: (patch: Partial<Filters>) => setFilters((prev) => ({ ...prev, ...patch })),
    clearSearch: () => setFilters((prev) => ({ ...prev, text: '', site: null })),
    isSelected: (id: string) => selected.has(id),
    setChecked,
    removed,
    dismissRemoved: () => setRemoved(null),
    notice,
    dismissNotice: () => setNotice(null),
    setNotice,
    remove,
    undo,
    togglePin,
    importText,
    exportAs,
  };
}
