import { useEffect, useRef, useState } from 'preact/hooks';
import { say, t } from '@/components/i18n';
import { readTabById, type Reading } from '@/components/read-tab';
import { isOwnPopup } from '@/utils/messages';
import { parseTabGranted } from '@/utils/panel-messages';
import { sitePermission } from '@/utils/url';
import { nextStep, react, Readings, staleAfter, type TabEvent } from './follow';

/** The site of the tab shown, and whether the reader allowed Winnow there. */
export interface Site {
  host: string;
  origin: string;
  permitted: boolean;
}

export type PanelState =
  | { view: 'starting' }
  /** Reading the tab (the extraction; the analysis has its own loading state). */
  | { view: 'reading' }
  | { view: 'wait' }
  /** `tried`: the reader pressed "Read this tab" and Winnow still has no way in. */
  | { view: 'ask'; canRead: boolean; tried: boolean }
  | { view: 'shown'; tabId: number; url: string; reading: Reading; site: Site | null }
  /** The tab went away under the panel and no other took its place. */
  | { view: 'no-tab' }
  /** One of Winnow's own pages is in front. */
  | { view: 'own' };

export interface FollowedTabModel {
  state: PanelState;
  /** Reads the followed tab now (the panel's buttons: read this tab, read it anyway, try again). */
  readNow: (acceptShort?: boolean) => void;
  /** Asks the browser to let Winnow into the shown tab's site; call it straight from a click. */
  allowSite: () => void;
}

/** How long the panel waits for a loading page before reading what has arrived. */
const LOAD_WAIT_MS = 8_000;

async function siteOf(url: string): Promise<Site | null> {
  const site = sitePermission(url);
  if (!site) return null;
  const permitted = await browser.permissions.contains({ origins: [site.origin] }).catch(() => false);
  return { host: site.host, origin: site.origin, permitted };
}

/**
 * The side panel's model: which tab it follows (the active tab of its window), and what it shows
 * for it. Decisions are in follow.ts; this wires them to the browser's events.
 */
export function useFollowedTab(autoRead: boolean | null): FollowedTabModel {
  const [state, setState] = useState<PanelState>({ view: 'starting' });
  const followed = useRef<number | null>(null);
  const windowId = useRef<number | null>(null);
  const readings = useRef(new Readings());
  const autoReadRef = useRef(autoRead ?? false);
  autoReadRef.current = autoRead ?? false;
  // Each look at the tab gets a number; an answer for an older look (the reader has moved on) is dropped.
  const look = useRef(0);

  const show = (n: number, tabId: number, url: string, reading: Reading) =>
    void siteOf(url).then((site) => n === look.current && setState({ view: 'shown', tabId, url, reading, site }));

  const read = async (n: number, tabId: number, url: string, acceptShort: boolean) => {
    setState({ view: 'reading' });
    const reading = await readTabById(tabId, acceptShort).catch(
      (err: unknown): Reading => ({ state: 'error', message: t('couldNotRead', String(err)) }),
    );
    if (n !== look.current) return;
    readings.current.keep(tabId, url, reading);
    show(n, tabId, url, reading);
  };

  /**
   * Looks at the followed tab and shows what follows from it. `asked`: the reader asked for this
   * tab (a read button in the panel, the toolbar button, opening the panel), so it is read wherever
   * Winnow may read it; `tried` is set when that was the panel's own button.
   */
  const refresh = async (asked?: { acceptShort: boolean; tried: boolean }) => {
    const tabId = followed.current;
    const n = ++look.current;
    if (tabId === null) return;
    let tab: Browser.tabs.Tab;
    try {
      tab = await browser.tabs.get(tabId);
    } catch {
      if (n === look.current) setState({ view: 'no-tab' });
      return;
    }
    const url = tab.url;
    // The panel's own buttons (try again, read anyway) want a fresh reading; a toolbar click on a tab already shown does not.
    const kept = asked?.tried ? null : readings.current.get(tabId, url);
    if (kept && url) return show(n, tabId, url, kept);
    const site = url ? await siteOf(url) : null;
    if (n !== look.current) return;
    const access = { sitePermitted: site?.permitted ?? false, autoRead: autoReadRef.current };
    // Asked for, a page still loading is read as it is now, as the popup reads it.
    const step = nextStep({ tabId, url, loading: tab.status === 'loading' && !asked }, access, browser.runtime.getURL('/'));
    if (step.step === 'restricted') return setState({ view: 'shown', tabId, url: url ?? '', reading: { state: 'restricted', message: say(step.said, step.message) }, site: null });
    if (step.step === 'own') return setState({ view: 'own' });
    if (step.step === 'wait') {
      setState({ view: 'wait' });
      // A page that never finishes loading (a stuck ad, a long poll) is read as it is, as the popup does.
      if (url && nextStep({ tabId, url, loading: false }, access).step === 'read') {
        setTimeout(() => n === look.current && void read(n, tabId, url, false), LOAD_WAIT_MS);
      }
      return;
    }
    if (url && (step.step === 'read' || (asked && step.canRead))) return read(n, tabId, url, asked?.acceptShort ?? false);
    setState({ view: 'ask', canRead: step.step === 'ask' && step.canRead, tried: asked?.tried ?? false });
  };

  const onEvent = (event: TabEvent) => {
    const stale = staleAfter(event);
    if (stale !== null) readings.current.forget(stale);
    if (windowId.current === null) return;
    const reaction = react(event, followed.current, windowId.current);
    if (reaction.act === 'follow') followed.current = reaction.tabId;
    if (reaction.act === 'read') void refresh({ acceptShort: false, tried: false });
    else if (reaction.act !== 'ignore') void refresh();
  };

  useEffect(() => {
    let alive = true;
    const start = async () => {
      const win = await browser.windows.getCurrent();
      if (!alive || win.id === undefined) return;
      windowId.current = win.id;
      const [active] = await browser.tabs.query({ active: true, windowId: win.id });
      if (!alive) return;
      followed.current = active?.id ?? null;
      // Opening the panel is the reader asking for the tab in front of them.
      if (active?.id === undefined) setState({ view: 'no-tab' });
      else void refresh({ acceptShort: false, tried: false });
    };
    void start();

    const activated = (info: { tabId: number; windowId: number }) => onEvent({ type: 'activated', ...info });
    const updated = (tabId: number, change: { url?: string; status?: string }) => onEvent({ type: 'updated', tabId, url: change.url, status: change.status });
    const removed = (tabId: number) => onEvent({ type: 'removed', tabId });
    const message = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isOwnPopup(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      const granted = parseTabGranted(raw);
      if (granted) onEvent({ type: 'granted', tabId: granted.tabId });
      return undefined;
    };
    // A site allowed or taken back (here, in the options, or by "Winnow this link") changes what the panel may read.
    const permissions = () => {
      if (followed.current !== null) void refresh();
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    browser.runtime.onMessage.addListener(message);
    browser.permissions.onAdded.addListener(permissions);
    browser.permissions.onRemoved.addListener(permissions);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
      browser.runtime.onMessage.removeListener(message);
      browser.permissions.onAdded.removeListener(permissions);
      browser.permissions.onRemoved.removeListener(permissions);
    };
  }, []);

  // Turning the option on reads the tab of an allowed site at once.
  useEffect(() => {
    if (autoRead && followed.current !== null && state.view === 'ask') void refresh();
  }, [autoRead]);

  const allowSite = () => {
    if (state.view !== 'shown' || !state.site || state.site.permitted) return;
    // No await before the request: the browser asks the reader only in answer to their click.
    void browser.permissions.request({ origins: [state.site.origin] }).then(
      () => void refresh(),
      () => void refresh(),
    );
  };

  return { state, readNow: (acceptShort = false) => void refresh({ acceptShort, tried: true }), allowSite };
}
