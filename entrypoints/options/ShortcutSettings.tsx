import { useState } from 'preact/hooks';
import { openShortcutSettings, useShortcut } from '@/components/use-shortcut';
import { CHROME_SHORTCUTS_URL, FIREFOX_SHORTCUTS_STEPS, shortcutSteps } from '@/utils/shortcut';

/** The shortcut in force and the way to the browser's page where it is changed (extensions cannot set it). */
export function ShortcutSettings() {
  const shortcut = useShortcut();
  const [failed, setFailed] = useState(false);
  return (
    <fieldset>
      <legend>Keyboard shortcut</legend>
      <p data-testid="shortcut-line">
        {shortcut === undefined ? (
          'Reading the shortcut…'
        ) : shortcut ? (
          <>
            <kbd data-testid="shortcut">{shortcut}</kbd> opens Winnow on the page you are reading.
          </>
        ) : (
          <>
            <span data-testid="shortcut">Not set</span>: no keyboard shortcut opens Winnow.
          </>
        )}
      </p>
      <div class="row">
        <button type="button" data-testid="change-shortcut" onClick={() => void openShortcutSettings().then((ok) => setFailed(!ok))}>
          {shortcut ? 'Change the shortcut' : 'Set a shortcut'}
        </button>
      </div>
      <p class="hint muted">
        {import.meta.env.FIREFOX
          ? FIREFOX_SHORTCUTS_STEPS
          : `Shortcuts are set in the browser’s own page, ${CHROME_SHORTCUTS_URL}, for every extension at once.`}
      </p>
      {failed && (
        <p class="notice error" role="alert">
          The browser did not open its shortcut settings. {shortcutSteps(import.meta.env.FIREFOX)}
        </p>
      )}
    </fieldset>
  );
}
