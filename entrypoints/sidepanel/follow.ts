/**
 * How the side panel follows the active tab: pure decisions, no browser API, so they are tested
 * as tables. The browser glue (tab events, permissions, the reading itself) is in use-followed-tab.ts.
 *
 * What the panel may do with a tab depends on what the reader granted. Winnow ships with
 * activeTab only: the browser shows a tab's address to Winnow, and lets it read the page, once
 * the reader has used Winnow's toolbar button, shortcut or menu on that tab (until the tab moves
 * to another site), or for a site the reader allowed (an optional host permission). A click
 * inside the panel grants nothing (Chrome 156, measured by tests/e2e/side-panel.spec.ts), so an
 * address the browser hides means: ask the reader to use the toolbar button or the shortcut.
 */
import type { Said } from '@/utils/said';
import { pageAccess } from '@/utils/url';
import type { Reading } from '@/components/read-tab';

/** The tab the panel follows, as the browser shows it to Winnow. */
export interface FollowedTab {
  tabId: number;
  /** Hidden (undefined) where Winnow holds no grant for the tab, and on the browser's own pages. */
  url?: string;
  /** The page is loading: read it once it has arrived. */
  loading: boolean;
}

export interface SiteAccess {
  /** The reader allowed Winnow on the tab's site (an optional host permission). */
  sitePermitted: boolean;
  /** The option "Read each tab automatically once I have allowed this site". */
  autoRead: boolean;
}

export type PanelStep =
  /** Read the page now. */
  | { step: 'read' }
  /** The page is loading; the panel waits for it. */
  | { step: 'wait' }
  /**
   * "Click to read this tab". `canRead`: Winnow may read it (the site is allowed), so the panel's
   * own button reads it; otherwise only the toolbar button or the shortcut can let Winnow in.
   */
  | { step: 'ask'; canRead: boolean }
  /** A page no extension may read (settings, the add-on store, a PDF). */
  | { step: 'restricted'; message: string; said: Said }
  /** One of Winnow's own pages (saved summaries, a Winnow tab): it already shows what Winnow has. */
  | { step: 'own' };

/** What the panel does with the tab it now follows; `ownOrigin` is Winnow's own (runtime.getURL('/')). */
export function nextStep(tab: FollowedTab, access: SiteAccess, ownOrigin?: string): PanelStep {
  if (tab.url === undefined) return { step: 'ask', canRead: false };
  if (ownOrigin && tab.url.startsWith(ownOrigin)) return { step: 'own' };
  const page = pageAccess(tab.url);
  if (!page.ok) return { step: 'restricted', message: page.message, said: page.said };
  if (tab.loading) return { step: 'wait' };
  // An address shown without an allowed site means the reader used Winnow on this very tab.
  if (!access.sitePermitted) return { step: 'read' };
  return access.autoRead ? { step: 'read' } : { step: 'ask', canRead: true };
}

/** What happened in the browser, as the panel hears it. */
export type TabEvent =
  | { type: 'activated'; tabId: number; windowId: number }
  /** tabs.onUpdated, with the parts of its change the panel looks at. */
  | { type: 'updated'; tabId: number; url?: string; status?: string }
  | { type: 'removed'; tabId: number }
  /** The reader used the toolbar button or the shortcut on this tab: Winnow may read it now. */
  | { type: 'granted'; tabId: number };

export type Reaction =
  /** Follow this tab from now on. */
  | { act: 'follow'; tabId: number }
  /** Look at the followed tab again (it navigated or finished loading). */
  | { act: 'refresh' }
  /** Read the followed tab: the reader asked for it with the toolbar button or the shortcut. */
  | { act: 'read' }
  | { act: 'ignore' };

/** How the panel in window `windowId`, following `followed`, reacts to `event`. */
export function react(event: TabEvent, followed: number | null, windowId: number): Reaction {
  switch (event.type) {
    case 'activated':
      return event.windowId === windowId && event.tabId !== followed ? { act: 'follow', tabId: event.tabId } : { act: 'ignore' };
    case 'updated':
      // Title and icon changes say nothing new about the article; an address or a load does.
      return event.tabId === followed && (event.url !== undefined || event.status === 'loading' || event.status === 'complete')
        ? { act: 'refresh' }
        : { act: 'ignore' };
    case 'granted':
      return event.tabId === followed ? { act: 'read' } : { act: 'ignore' };
    case 'removed':
      // The browser activates another tab, and says so: nothing to do here.
      return { act: 'ignore' };
  }
}

/**
 * Readings the panel already made, one per tab, so coming back to a tab shows it at once (and its
 * highlights, which live in that tab). A reading is kept only for the address it was made at.
 */
export class Readings {
  private readonly byTab = new Map<number, { url: string; reading: Reading }>();

  get(tabId: number, url: string | undefined): Reading | null {
    const kept = this.byTab.get(tabId);
    return kept && url !== undefined && kept.url === url ? kept.reading : null;
  }

  /** Only articles are kept: a failure is worth trying again when the reader comes back. */
  keep(tabId: number, url: string, reading: Reading): void {
    if (reading.state === 'article') this.byTab.set(tabId, { url, reading });
    else this.byTab.delete(tabId);
  }

  /** The tab's page changed (a load, a reload) or the tab closed. */
  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }

  get size(): number {
    return this.byTab.size;
  }
}

/** Whether an event makes a kept reading stale: the tab is loading a page, went elsewhere, or closed. */
export function staleAfter(event: TabEvent): number | null {
  if (event.type === 'removed') return event.tabId;
  if (event.type === 'updated' && (event.status === 'loading' || event.url !== undefined)) return event.tabId;
  return null;
}
