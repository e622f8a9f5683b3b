import { useState } from 'preact/hooks';
import { tx, t } from '@/components/i18n';
import { openShortcutSettings, shortcutSteps, useShortcut } from '@/components/use-shortcut';

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
          tx('shortcutIs', <kbd data-testid="shortcut">{shortcut}</kbd>)
        ) : (
          <span data-testid="shortcut">{t('noShortcut')}</span>
        )}
      </span>
      <button type="button" class="linkish" aria-describedby="shortcut-now" onClick={() => void change()}>
        {t(shortcut ? 'changeShortcut' : 'setShortcut')}
      </button>
      {steps && (
        <span class="shortcut-steps" role="note">
          {shortcutSteps()}
        </span>
      )}
    </span>
  );
}
