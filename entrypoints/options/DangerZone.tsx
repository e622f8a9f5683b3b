import { useState } from 'preact/hooks';
import { t, tn } from '@/components/i18n';
import { deleteAllSummaries } from '@/utils/storage/summaries-store';

/** "Delete all saved data", behind an explicit second step. */
export function DangerZone({ count, onDeleted }: { count: number; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  if (confirming) {
    return (
      <div class="notice error" role="alertdialog" aria-labelledby="danger-q" data-testid="confirm-delete-all">
        <p id="danger-q">{tn('deleteAllQuestion', count)}</p>
        <div class="row">
          <button
            type="button"
            class="danger"
            onClick={() =>
              void deleteAllSummaries().then(() => {
                setConfirming(false);
                setDone(true);
                onDeleted();
              })
            }
          >
            {t('deleteEverything')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="row">
      <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={count === 0}>
        {t('deleteAllData')}
      </button>
      {done && (
        <span role="status" class="muted">
          {t('allDeleted')}
        </span>
      )}
    </div>
  );
}
