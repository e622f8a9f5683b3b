/**
 * The keyboard shortcut that opens Winnow's popup. The manifest suggests it; the reader may change
 * or remove it in the browser's settings, so pages read the one in force with commands.getAll().
 */

/** The command that opens the toolbar popup: its Manifest V3 name, and V2's (the Firefox build). */
const ACTION_COMMANDS: readonly string[] = ['_execute_action', '_execute_browser_action'];

/**
 * Alt+Shift+K, for key points. Chromium keeps some Alt+Shift letters for itself and silently
 * gives an extension no shortcut for them (W, N and P among those tried in Chromium 156; its own
 * are A, B, I and T), so the letter was checked there; Firefox and Edge use no Alt+Shift+K either.
 * On a Mac, Option+Shift+K types a character (), so Control is used there.
 */
export const SUGGESTED_SHORTCUT = { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' } as const;

interface CommandInfo {
  name?: string;
  shortcut?: string;
}

/** The shortcut in force, or null when there is none (the reader removed it, or another extension took it). */
export function actionShortcut(commands: readonly CommandInfo[]): string | null {
  const command = commands.find((c) => c.name !== undefined && ACTION_COMMANDS.includes(c.name));
  const shortcut = command?.shortcut?.trim();
  return shortcut ? shortcut : null;
}

/** Chrome (and Edge, which maps it to its own) lists every extension's shortcuts here. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

