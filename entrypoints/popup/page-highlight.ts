import type { HighlightCommand, HighlightReply } from '@/utils/highlight/in-page';
import { HIGHLIGHT_CSS } from '@/utils/highlight/highlight-css';

/** Runs a command through the handler the highlight script installed, or null when it is not there yet. */
function callHandler(cmd: HighlightCommand): unknown {
  return globalThis.__winnowHighlight ? globalThis.__winnowHighlight(cmd) : null;
}

function isReply(value: unknown): value is HighlightReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === true
    ? typeof v.active === 'boolean' && typeof v.found === 'number' && typeof v.missing === 'number'
    : v.ok === false && (v.reason === 'unsupported' || v.reason === 'not-found');
}

let cssInserted = false;

/**
 * Sends one command to the tab: installs the handler on first use, inserts the stylesheet before
 * the first highlight, and validates what comes back (it comes from a page's process).
 */
export async function highlightCommand(tabId: number, cmd: HighlightCommand): Promise<HighlightReply> {
  const run = async () => {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: callHandler, args: [cmd] });
    return first?.result;
  };
  let raw = await run();
  // No handler yet means Winnow never highlighted this page: nothing to report, nothing to inject.
  if ((raw === null || raw === undefined) && cmd.command === 'status') return { ok: true, active: false, found: 0, missing: 0 };
  if (raw === null || raw === undefined) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
    raw = await run();
  }
  if (!isReply(raw)) throw new Error('the page answered in a way Winnow does not understand');
  if (cmd.command === 'apply' && raw.ok && !cssInserted) {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    cssInserted = true;
  }
  return raw;
}
