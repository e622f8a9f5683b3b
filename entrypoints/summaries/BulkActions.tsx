import { useEffect, useRef } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import type { ExportFormat } from './export-download';
import { t, tn } from '@/components/i18n';
import { ImportButton } from './ImportButton';

interface Props {
  shown: readonly SavedSummary[];
  chosen: readonly SavedSummary[];
  total: number;
  onSelectShown: (checked: boolean) => void;
  onDeleteChosen: () => void;
  onExport: (format: ExportFormat) => void;
  onImportText: (text: string) => void;
  onImportError: (message: string) => void;
}

/** Select all shown, delete the selection, export (the selection, or everything), import. */
export function BulkActions(p: Props) {
  const all = useRef<HTMLInputElement>(null);
  const count = p.chosen.length;
  const allChosen = p.shown.length > 0 && count === p.shown.length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && !allChosen;
  }, [count, allChosen]);
  return (
    <div class="bulk" data-testid="bulk">
      {p.total > 0 && (
        <>
          <label class="check">
            <input
              ref={all}
              type="checkbox"
              data-testid="select-all"
              checked={allChosen}
              disabled={p.shown.length === 0}
              onChange={(e) => p.onSelectShown(e.currentTarget.checked)}
            />
            {t('selectAllShown')}
          </label>
          <button type="button" class="danger" data-testid="delete-selected" disabled={count === 0} onClick={p.onDeleteChosen}>
            {t('deleteSelected', count)}
          </button>
          <span class="bulk-group" role="group" aria-label={count ? tn('exportSelected', count) : t('exportAll')}>
            <span class="muted">{count ? tn('exportSelectedLabel', count) : t('exportAllLabel')}</span>
            <button
              type="button"
              data-testid="export-md"
              aria-label={count ? tn('exportSelectedAs', count, 'Markdown') : t('exportAllAs', 'Markdown')}
              onClick={() => p.onExport('md')}
            >
              Markdown
            </button>
            <button
              type="button"
              data-testid="export-json"
              aria-label={count ? tn('exportSelectedAs', count, 'JSON') : t('exportAllAs', 'JSON')}
              onClick={() => p.onExport('json')}
            >
              JSON
            </button>
          </span>
        </>
      )}
      <span class="spacer" />
      <ImportButton onText={p.onImportText} onError={p.onImportError} />
    </div>
  );
}
