import { useEffect, useState } from 'preact/hooks';
import { actionShortcut, CHROME_SHORTCUTS_URL } from '@/utils/shortcut';
import { t } from './i18n';

/** Firefox's additions to `commands`, absent from Chrome's types. */
interface FirefoxCommands {
  openShortcutSettings?: () => Promise<void>;
  onChanged?: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
}

/** The shortcut that opens Winnow: `undefined` while it is being read, `null` when there is none. */
export function useShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const read = () => {
      browser.commands.getAll().then(
        (commands) => alive && setShortcut(actionShortcut(commands)),
        () => alive && setShortcut(null),
      );
    };
    read();
    // Chrome says nothing when the reader changes it in its settings page: look again when this page is back in view.
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', read);
    const changed = (browser.commands as unknown as FirefoxCommands).onChanged;
    changed?.addListener(read);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', read);
      changed?.removeListener(read);
    };
  }, []);
  return shortcut;
}

/**
 * The way to the shortcut settings in words, for when they cannot be opened for the reader.
 * Firefox lets no extension open its add-ons pages by address, so the way there is told.
 */
export function shortcutSteps(): string {
  return import.meta.env.FIREFOX ? t('shortcutStepsFirefox') : t('shortcutStepsChrome', CHROME_SHORTCUTS_URL);
}

/**
 * Opens the browser's page of extension shortcuts. Chrome's is an address an extension may open
 * in a tab (a web link to it is refused); Firefox has its own call (Firefox 137+). False when
 * neither is possible, so the caller shows the way there in words.
 */
export async function openShortcutSettings(): Promise<boolean> {
  if (import.meta.env.FIREFOX) {
    const open = (browser.commands as unknown as FirefoxCommands).openShortcutSettings;
    if (!open) return false;
    try {
      await open();
      return true;
    } catch {
      return false;
    }
  }
  try {
    await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
    return true;
  } catch {
    return false;
  }
}
