import { runHighlightCommand, type HighlightCommand } from '@/utils/highlight/in-page';

/** The name the installed handler goes by in the extension's isolated world (pages cannot see it). */
declare global {
  var __winnowHighlight: ((cmd: HighlightCommand) => unknown) | undefined;
}

/**
 * Injected by the popup into the tab when the reader asks for highlights or clicks a key point.
 * It installs a handler once; the popup then sends commands through `scripting.executeScript`
 * with `func` and `args`. Nothing is added to the page's DOM.
 */
export default defineUnlistedScript(() => {
  globalThis.__winnowHighlight = (cmd) => runHighlightCommand(document, cmd);
  return true;
});
