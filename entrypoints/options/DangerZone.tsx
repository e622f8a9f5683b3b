import { useState } from 'preact/hooks';
import { deleteAllSummaries } from '@/utils/storage/summaries-store';

/** "Delete all saved data", behind an explicit second step. */
export function DangerZone({ count, onDeleted }: { count: number; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  if (confirming) {
    return (
      <div class="notice error" role="alertdialog" aria-labelledby="danger-q" data-testid="confirm-delete-all">
        <p id="danger-q">
          Delete all {count} saved {count === 1 ? 'summary' : 'summaries'}, pinned ones included? This cannot be undone.
        </p>
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
            Delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="row">
      <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={count === 0}>
        Delete all saved data…
      </button>
      {done && (
        <span role="status" class="muted">
          All saved summaries were deleted.
        </span>
      )}
    </div>
  );
}
