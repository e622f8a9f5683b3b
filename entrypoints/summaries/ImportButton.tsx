import { useRef } from 'preact/hooks';
import { t } from '@/components/i18n';

interface Props {
  onText: (text: string) => void;
  onError: (message: string) => void;
}

/** A visible button that opens a hidden file picker for a JSON export. */
export function ImportButton({ onText, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const onPick = async (el: HTMLInputElement) => {
    const file = el.files?.[0];
    el.value = ''; // choosing the same file again must fire again
    if (!file) return;
    try {
      onText(await file.text());
    } catch (err) {
      onError(t('importUnreadableFile', file.name, String(err)));
    }
  };
  return (
    <>
      <button type="button" data-testid="import" onClick={() => input.current?.click()}>
        {t('importJson')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={(e) => void onPick(e.currentTarget)}
      />
    </>
  );
}
