import type { Ref } from 'preact';
import { t, tn } from '@/components/i18n';
import type { Notice, Removed } from './use-library';

interface NoticesProps {
  unreadable: number;
  notice: Notice | null;
  onDismiss: () => void;
}

/** Damaged entries, and the outcome of the last import or failed action. */
export function Notices({ unreadable, notice, onDismiss }: NoticesProps) {
  return (
    <>
      {unreadable > 0 && (
        <p class="notice error" role="alert" data-testid="unreadable">
          {tn('unreadableEntries', unreadable)}
        </p>
      )}
      {/* The live regions stay mounted so that a new message is announced. */}
      <div role="alert" class="live">
        {notice?.kind === 'error' && <Message notice={notice} onDismiss={onDismiss} />}
      </div>
      <div role="status" class="live">
        {notice?.kind === 'ok' && <Message notice={notice} onDismiss={onDismiss} />}
      </div>
    </>
  );
}

function Message({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <p class={`notice ${notice.kind} dismissable`} data-testid={notice.kind === 'error' ? 'notice-error' : 'notice-ok'}>
      <span>{notice.text}</span>
      <button type="button" class="linkish" aria-label={t('dismissMessage')} onClick={onDismiss}>
        ✕
      </button>
    </p>
  );
}

interface ToastProps {
  removed: Removed | null;
  buttonRef: Ref<HTMLButtonElement>;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted …" with Undo, for one entry or a whole batch. */
export function UndoToast({ removed, buttonRef, onUndo, onDismiss }: ToastProps) {
  const first = removed?.entries[0];
  const what = removed?.entries.length === 1 && first ? t('deletedOne', first.title) : tn('deletedMany', removed?.entries.length ?? 0);
  return (
    <div role="status" class="live">
      {removed && (
        <div class="toast" data-testid="toast">
          <span>{what}</span>
          <button type="button" ref={buttonRef} onClick={onUndo}>
            {t('undo')}
          </button>
          <button type="button" aria-label={t('dismiss')} onClick={onDismiss}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
