import { useRef } from 'preact/hooks';

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
      onError(`Nothing was imported: “${file.name}” could not be read (${String(err)}).`);
    }
  };
  return (
    <>
      <button type="button" data-testid="import" onClick={() => input.current?.click()}>
        Import JSON…
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
