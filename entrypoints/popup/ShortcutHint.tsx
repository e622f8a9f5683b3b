import { useState } from 'preact/hooks';
import { openShortcutSettings, useShortcut } from '@/components/use-shortcut';
import { shortcutSteps } from '@/utils/shortcut';

/** "Shortcut: Alt+Shift+K · Change", or "No keyboard shortcut · Set one" when the reader removed it. */
export function ShortcutHint() {
  const shortcut = useShortcut();
  const [steps, setSteps] = useState(false);
  if (shortcut === undefined) return null;
  const change = async () => {
    if (await openShortcutSettings()) window.close();
    else setSteps(true);
  };
  return (
    <span class="shortcut muted" data-testid="shortcut-hint">
      <span id="shortcut-now">
        {shortcut ? (
          <>
            Shortcut: <kbd data-testid="shortcut">{shortcut}</kbd>
          </>
        ) : (
          <span data-testid="shortcut">No keyboard shortcut</span>
        )}
      </span>
      <button type="button" class="linkish" aria-describedby="shortcut-now" onClick={() => void change()}>
        {shortcut ? 'Change' : 'Set one'}
      </button>
      {steps && (
        <span class="shortcut-steps" role="note">
          {shortcutSteps(import.meta.env.FIREFOX)}
        </span>
      )}
    </span>
  );
}
