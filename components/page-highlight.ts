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

/**
 * Notes in the tab's extension world that the highlight stylesheet is in; true when it already
 * was, from an earlier view. A reload clears both the note and the stylesheet, so the note lives
 * in the tab, per page load, and not in the view: a side panel outlives many tabs and reloads.
 */
function claimStylesheet(): boolean {
  const world = globalThis as { __winnowHighlightCss?: boolean };
  const had = world.__winnowHighlightCss === true;
  world.__winnowHighlightCss = true;
  return had;
}

function releaseStylesheet(): void {
  delete (globalThis as { __winnowHighlightCss?: boolean }).__winnowHighlightCss;
}

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
  if (cmd.command === 'apply' && raw.ok) {
    // The tab keeps its stylesheet across views: add it once per page load.
    const [claim] = await browser.scripting.executeScript({ target: { tabId }, func: claimStylesheet });
    if (claim?.result !== true) {
      try {
        await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
      } catch (err) {
        await browser.scripting.executeScript({ target: { tabId }, func: releaseStylesheet }).catch(() => undefined);
        throw err;
      }
    }
  }
  return raw;
}
