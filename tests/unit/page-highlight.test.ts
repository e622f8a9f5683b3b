import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type World = { __winnowHighlight?: unknown; __winnowHighlightCss?: boolean };

/**
 * The tab's extension world, as scripting.executeScript sees it: one global scope per page load,
 * shared by every popup that reaches into the tab. Here it is the test's own globalThis, with the
 * highlight handler already installed.
 */
function tabWorld(): void {
  const world = globalThis as World;
  world.__winnowHighlight = () => ({ ok: true, active: true, found: 3, missing: 0 });
  delete world.__winnowHighlightCss;
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { func?: (...args: unknown[]) => unknown; args?: unknown[] }) =>
    injection.func ? [{ frameId: 0, documentId: 'd', result: injection.func(...(injection.args ?? [])) }] : []) as never);
}

/**
 * Several tabs, each with its own extension world: before a script runs in tab N, the test's
 * globalThis takes tab N's world, and gives it back afterwards. `reload(n)` empties a world, as
 * a page load does.
 */
function tabWorlds(): { reload(tabId: number): void } {
  const worlds = new Map<number, World>();
  const worldOf = (tabId: number): World => {
    let w = worlds.get(tabId);
    if (!w) worlds.set(tabId, (w = { __winnowHighlight: () => ({ ok: true, active: true, found: 3, missing: 0 }) }));
    return w;
  };
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    target: { tabId: number };
    func?: (...args: unknown[]) => unknown;
    args?: unknown[];
  }) => {
    if (!injection.func) return [];
    const world = worldOf(injection.target.tabId);
    const global = globalThis as World;
    Object.assign(global, world);
    try {
      return [{ frameId: 0, documentId: 'd', result: injection.func(...(injection.args ?? [])) }];
    } finally {
      world.__winnowHighlightCss = global.__winnowHighlightCss;
      delete global.__winnowHighlightCss;
      delete global.__winnowHighlight;
    }
  }) as never);
  return {
    reload: (tabId) => {
      worlds.delete(tabId);
    },
  };
}

/** A new popup: the module (and its own memory) loaded afresh. */
async function popup() {
  vi.resetModules();
  return import('../../components/page-highlight');
}

describe('the highlight stylesheet', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(() => {
    delete (globalThis as World).__winnowHighlight;
    delete (globalThis as World).__winnowHighlightCss;
  });

  it('is added to a tab once, however many popups turn highlights on', async () => {
    tabWorld();
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const apply = { command: 'apply', sentences: [], kinds: [] } as never;
    const first = await popup();
    await first.highlightCommand(7, apply);
    await first.highlightCommand(7, apply);
    const second = await popup();
    await second.highlightCommand(7, apply);
    expect(insert).toHaveBeenCalledTimes(1);
  });

  it('is tried again by the next popup when adding it failed', async () => {
    tabWorld();
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValueOnce(new Error('tab closed')).mockResolvedValue(undefined);
    const apply = { command: 'apply', sentences: [], kinds: [] } as never;
    await expect((await popup()).highlightCommand(7, apply)).rejects.toThrow('tab closed');
    await (await popup()).highlightCommand(7, apply);
    expect(insert).toHaveBeenCalledTimes(2);
  });

  it('is added to each tab a long-lived view (the side panel) highlights, not only to the first', async () => {
    tabWorlds();
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const apply = { command: 'apply', sentences: [], kinds: [] } as never;
    const panel = await popup();
    await panel.highlightCommand(7, apply);
    await panel.highlightCommand(8, apply);
    await panel.highlightCommand(7, apply);
    expect(insert.mock.calls.map(([injection]) => injection.target.tabId)).toEqual([7, 8]);
  });

  it('is added again after the tab reloads (the reload took it away)', async () => {
    const tabs = tabWorlds();
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const apply = { command: 'apply', sentences: [], kinds: [] } as never;
    const panel = await popup();
    await panel.highlightCommand(7, apply);
    tabs.reload(7);
    await panel.highlightCommand(7, apply);
    expect(insert).toHaveBeenCalledTimes(2);
  });
});
