import { useState } from 'preact/hooks';
import { t, tx } from '@/components/i18n';
import { openShortcutSettings, shortcutSteps, useShortcut } from '@/components/use-shortcut';
import { CHROME_SHORTCUTS_URL } from '@/utils/shortcut';

/** The shortcut in force and the way to the browser's page where it is changed (extensions cannot set it). */
export function ShortcutSettings() {
  const shortcut = useShortcut();
  const [failed, setFailed] = useState(false);
  return (
    <fieldset>
      <legend>{t('shortcutLegend')}</legend>
      <p data-testid="shortcut-line">
        {shortcut === undefined
          ? t('shortcutReading')
          : shortcut
            ? tx('shortcutOpens', <kbd data-testid="shortcut">{shortcut}</kbd>)
            : tx('shortcutNotSet', <span data-testid="shortcut">{t('shortcutNotSetName')}</span>)}
      </p>
      <div class="row">
        <button type="button" data-testid="change-shortcut" onClick={() => void openShortcutSettings().then((ok) => setFailed(!ok))}>
          {t(shortcut ? 'changeTheShortcut' : 'setAShortcut')}
        </button>
      </div>
      <p class="hint muted">
        {import.meta.env.FIREFOX ? t('shortcutStepsFirefox') : t('shortcutsWhereChrome', CHROME_SHORTCUTS_URL)}
      </p>
      {failed && (
        <p class="notice error" role="alert">
          {t('shortcutSettingsFailed', shortcutSteps())}
        </p>
      )}
    </fieldset>
  );
}
