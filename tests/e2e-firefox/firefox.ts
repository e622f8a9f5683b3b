/**
 * Firefox end-to-end harness: Debian's Firefox ESR with the built MV2 extension installed as a temporary
 * add-on, driven over Marionette (./marionette.ts, our own client; no geckodriver, nothing downloaded).
 *
 *   const ff = await launchFirefox('.output/firefox-mv2');      // fresh temp profile, free port
 *   const page = await ff.openTab(`${origin}/article.html`);     // selected tab, waits for load
 *   const popup = await ff.clickToolbarButton(page);             // REAL clicks: Extensions button → Winnow
 *   await popup.waitFor(() => document.querySelector('li'), 'a key point');
 *   const list = await ff.waitForTab(ff.extensionUrl('summaries.html'));  // a tab the extension opened
 *   const options = await ff.openTab(ff.extensionUrl('options.html'), { background: true });
 *   await ff.close();                                            // kills Firefox, deletes the profile
 *
 * Harness members:
 *   version, extensionId     Firefox's version (from the session) and the add-on's gecko id
 *   extensionUrl(path)       'moz-extension://<uuid>/<path>' (the uuid is per profile)
 *   openTab(url, {background}) new tab; selected unless background; resolves once its document is
 *                            complete at that URL
 *   waitForTab(urlPrefix)    the first tab whose URL starts with urlPrefix, once loaded (e.g. a tab
 *                            the extension opened with tabs.create)
 *   clickToolbarButton(tab)  selects `tab`, then clicks the toolbar's Extensions button and Winnow's item
 *                            in that panel with real mouse events (WebDriver actions in the browser's
 *                            own window): Firefox's own click handling preloads the popup on mousedown
 *                            and grants activeTab for the tab, exactly as for a person. Resolves with
 *                            the popup once its document is complete.
 *   closePopup()             closes the open popup (what Escape or a click elsewhere does)
 *   waitForSidebar()         Winnow's sidebar (sidebar_action) as a View, once open and loaded
 *   realClick(where, sel)    a real mouse click (WebDriver actions in the browser window) on `sel` in the
 *                            popup or the sidebar: a user gesture, unlike element.click() from evaluate
 *   popupIsOpen()            whether Winnow's popup is open in the window
 *   chrome(fn, ...args)      runs fn in the browser's privileged window (gBrowser, Services...)
 *   logs()                   Firefox's last output lines, for failure messages
 *   close()                  idempotent: ends the session, kills Firefox's process group, removes the
 *                            profile. Also done on process exit, so a crashed test leaves nothing behind.
 *
 * A View (a tab or the popup) has evaluate(fn, ...args) and waitFor(fn, what, timeoutMs): fn is
 * serialised (fn.toString()) and run in the page; arguments and results must be JSON. Clicks inside a
 * page are `element.click()` from such a function (synthetic events: enough for Preact handlers, but
 * they are not a person's pointer).
 *
 * How a page is reached: extension pages run in Firefox's separate extension process, and Marionette's
 * content context only follows tabs, never the action popup. Each page, tab or popup, has Marionette's
 * own per-window actor ("MarionetteCommands", registered for every frame while a session is open);
 * from the chrome context we find the page's <browser> element (the popup's via Firefox's ViewPopup
 * registry) and call that actor's executeScript, which is what WebDriver:ExecuteScript does for a
 * tab. This leans on Marionette internals of Firefox 153 ESR: if an ESR update renames them, the
 * failure says "MarionetteCommands actor".
 *
 * Launch: `firefox-esr --headless --marionette -remote-allow-system-access --profile <temp>` (the flag
 * opens Marionette's chrome context, which installing add-ons and driving the toolbar need); the
 * profile's user.js allows unsigned temporary add-ons and sets marionette.port to 0, so Firefox picks
 * a free port and writes it to <profile>/MarionetteActivePort (no race for a port). Every step has a
 * deadline, and a failure names the step and ends with Firefox's last output.
 *
 * Env: FIREFOX_PATH (default /usr/bin/firefox-esr), E2E_FIREFOX_DEBUG=1 (Firefox's output to stderr).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Marionette } from './marionette';

/** Where a view lives, as the chrome-side helpers understand it. */
type Target = { kind: 'popup'; extensionId: string } | { kind: 'sidebar' } | { kind: 'tab'; browserId: number };

export interface View {
  /** Runs `fn` in the page and returns its (JSON) result; a returned promise is awaited. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Polls `fn` in the page until it returns something truthy, and returns that; else fails naming `what`. */
  waitFor<A extends unknown[], R>(
    fn: (...args: A) => R,
    what: string,
    options?: { timeoutMs?: number; args?: A },
  ): Promise<NonNullable<Awaited<R>>>;
}

export interface Tab extends View {
  readonly browserId: number;
}

export interface FirefoxHarness {
  readonly version: string;
  readonly extensionId: string;
  extensionUrl(path: string): string;
  openTab(url: string, options?: { background?: boolean }): Promise<Tab>;
  waitForTab(urlPrefix: string, timeoutMs?: number): Promise<Tab>;
  clickToolbarButton(tab: Tab, timeoutMs?: number): Promise<View>;
  closePopup(): Promise<void>;
  popupIsOpen(): Promise<boolean>;
  /** Winnow's sidebar (sidebar_action), once it is open in the window and its document complete. */
  waitForSidebar(timeoutMs?: number): Promise<View>;
  /**
   * A real mouse click (WebDriver actions in the browser's window, as for the toolbar) on the
   * first `selector` in the open sidebar or popup: a user gesture, as the reader's own click is.
   */
  realClick(where: 'sidebar' | 'popup', selector: string): Promise<void>;
  chrome<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  logs(): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Bound for start + session + add-on install. Default 60 s (the machine may be shared and busy). */
  timeoutMs?: number;
}

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEB_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

// Chrome-context globals the serialised helpers use; typed loosely, they only exist inside Firefox.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const gBrowser: any;
declare const Services: any;
declare const ChromeUtils: any;
declare const WebExtensionPolicy: any;
declare const CustomizableUI: any;
/* eslint-enable @typescript-eslint/no-explicit-any */

// tsx (esbuild keepNames) wraps named inner functions in __name(); the page has no such helper.
const PRELUDE = 'var __name = (f) => f;';

/** Chrome side: the <browser> element showing `target`, or null (popup closed, tab gone). */
function browserFor(target: Target) {
  if (target.kind === 'sidebar') {
    // The sidebar box hosts Firefox's webext-panels page, which holds the extension's own <browser>.
    const box = document.getElementById('sidebar') as { contentDocument?: Document } | null;
    const inner = box?.contentDocument?.getElementById('webext-panels-browser') as { currentURI?: { spec: string } } | null;
    return inner?.currentURI?.spec.startsWith('moz-extension:') ? inner : null;
  }
  if (target.kind === 'tab') return gBrowser.browsers.find((b: { browserId: number }) => b.browserId === target.browserId) ?? null;
  const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
  const extension = WebExtensionPolicy.getByID(target.extensionId)?.extension;
  const popup = extension && ViewPopup.for(extension, window);
  return popup?.attached && !popup.destroyed ? popup.browser : null;
}

/** Chrome side: runs `script` in the page of `target` through Marionette's window actor. */
function evaluateIn(target: Target, script: string, args: unknown[]) {
  const browser = browserFor(target);
  if (!browser) throw new Error(target.kind === 'popup' ? 'the popup is not open' : 'the tab is closed');
  const actor = browser.browsingContext?.currentWindowGlobal?.getActor('MarionetteCommands');
  if (!actor) throw new Error('no MarionetteCommands actor in that page (not loaded yet?)');
  return actor.executeScript(script, args, {});
}

function fnScript(fn: (...args: never[]) => unknown, helpers: ((...args: never[]) => unknown)[] = []): string {
  const defs = helpers.map((h) => `const ${h.name} = (${h.toString()});`).join('\n');
  return `${PRELUDE}\n${defs}\nreturn (${fn.toString()}).apply(null, arguments);`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Widget id Firefox gives an extension's toolbar button (ExtensionCommon's makeWidgetId + suffix). */
function widgetId(extensionId: string): string {
  return `${extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

const PREFS: Record<string, string | number | boolean> = {
  'xpinstall.signatures.required': false, // temporary add-ons are unsigned
  'marionette.port': 0, // any free port; Firefox writes it to <profile>/MarionetteActivePort
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.normandy.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
};

// Firefox process groups and profiles still alive: cleaned up even when the test process exits on an
// uncaught error or is interrupted, so no browser or temp profile outlives the run.
const live = new Set<() => void>();
const cleanupAll = () => {
  for (const cleanup of live) cleanup();
  live.clear();
};
process.once('exit', cleanupAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanupAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

export async function launchFirefox(extensionDir: string, { timeoutMs = 60_000 }: LaunchOptions = {}): Promise<FirefoxHarness> {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension at ${dir} (run wxt build -b firefox)`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const extensionId = manifest.browser_specific_settings?.gecko?.id;
  if (!extensionId) throw new Error('the Firefox manifest has no browser_specific_settings.gecko.id');

  const profile = mkdtempSync(join(tmpdir(), 'winnow-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  const debug = process.env.E2E_FIREFOX_DEBUG === '1';
  // detached: Firefox and its content processes get their own process group, killed as one.
  const proc: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    if (debug) process.stderr.write(chunk);
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  let exited: string | null = null;
  proc.once('exit', (code, signal) => {
    exited = `Firefox exited (code ${code}, signal ${signal})`;
  });
  const logs = () => output.slice(-40).join('\n');

  const killAndClean = () => {
    // The whole group: content processes too, even if the main process has already gone.
    if (proc.pid) {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(profile, { recursive: true, force: true });
  };
  live.add(killAndClean);

  let client: Marionette | null = null;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (client && !exited) {
      // A clean quit first, so Firefox does not leave a crash report; then the hard stop regardless.
      await client.send('Marionette:Quit', { flags: ['eForceQuit'] }, { timeoutMs: 5_000 }).catch(() => undefined);
      const deadline = Date.now() + 5_000;
      while (!exited && Date.now() < deadline) await sleep(50);
    }
    client?.close();
    killAndClean();
    live.delete(killAndClean);
  };

  const started = Date.now();
  const remaining = () => timeoutMs - (Date.now() - started);
  const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      await close();
      throw new Error(`Firefox launch failed at "${what}": ${(err as Error).message}\n--- Firefox output ---\n${logs()}`);
    }
  };

  const port = await step('waiting for Marionette to listen', async () => {
    const file = join(profile, 'MarionetteActivePort');
    while (remaining() > 0) {
      if (exited) throw new Error(exited);
      if (existsSync(file)) {
        const n = Number(readFileSync(file, 'utf8').trim());
        if (n > 0) return n;
      }
      await sleep(100);
    }
    throw new Error(`no MarionetteActivePort after ${timeoutMs} ms`);
  });
  const m = await step(`connecting to Marionette on port ${port}`, () => Marionette.connect(port, { timeoutMs: remaining() }));
  client = m;
  const session = (await step('WebDriver:NewSession', () =>
    m.send('WebDriver:NewSession', { capabilities: {} }, { timeoutMs: remaining() }),
  )) as { capabilities: { browserVersion: string } };
  await step('Addon:Install (temporary)', () => m.send('Addon:Install', { path: dir, temporary: true }, { timeoutMs: remaining() }));
  await step('Marionette:SetContext chrome', () => m.send('Marionette:SetContext', { value: 'chrome' }));

  const chrome = async <A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> =>
    (await m.send('WebDriver:ExecuteScript', { script: fnScript(fn, [browserFor, evaluateIn]), args })) as Awaited<R>;

  const baseUrl = await step('extension base URL', async () => {
    // The policy appears once the add-on has started.
    while (remaining() > 0) {
      const url = await chrome((id: string) => WebExtensionPolicy.getByID(id)?.getURL('') ?? null, extensionId);
      if (url) return url;
      await sleep(100);
    }
    throw new Error(`add-on ${extensionId} never started`);
  });

  const view = (target: Target): View => {
    const evaluate = async <A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> =>
      (await chrome(
        (t: Target, script: string, a: unknown[]) => evaluateIn(t, script, a),
        target,
        fnScript(fn),
        args as unknown[],
      )) as Awaited<R>;
    const waitFor = async <A extends unknown[], R>(
      fn: (...args: A) => R,
      what: string,
      { timeoutMs: limit = 10_000, args = [] as unknown as A }: { timeoutMs?: number; args?: A } = {},
    ): Promise<NonNullable<Awaited<R>>> => {
      const until = Date.now() + limit;
      let last = 'never evaluated';
      for (;;) {
        try {
          const value = await evaluate(fn, ...args);
          if (value) return value as NonNullable<Awaited<R>>;
          last = `last result ${JSON.stringify(value)}`;
        } catch (err) {
          last = `last error: ${(err as Error).message}`;
        }
        if (Date.now() > until) throw new Error(`waiting for ${what}: not there after ${limit} ms (${last})`);
        await sleep(100);
      }
    };
    return { evaluate, waitFor };
  };

  const tabView = async (browserId: number, url: string, timeoutMs = 15_000): Promise<Tab> => {
    const tab = { browserId, ...view({ kind: 'tab', browserId }) };
    await tab.waitFor((u: string) => location.href === u && document.readyState === 'complete', `tab ${url} to load`, {
      timeoutMs,
      args: [url],
    });
    return tab;
  };

  /** A real mouse click (move, press, release) at a point of the browser window (CSS pixels from its top left). */
  const clickAt = async (x: number, y: number) => {
    await m.send('WebDriver:PerformActions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await m.send('WebDriver:ReleaseActions');
  };

  /** A real mouse click (move, press, release) on a chrome element, as WebDriver actions. */
  const clickChrome = async (selector: string) => {
    const element = (await m.send('WebDriver:FindElement', { using: 'css selector', value: selector })) as Record<string, string>;
    if (!element[WEB_ELEMENT]) throw new Error(`no ${selector} in the browser window`);
    await m.send('WebDriver:PerformActions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', origin: element, x: 0, y: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await m.send('WebDriver:ReleaseActions');
  };

  const waitChrome = async <A extends unknown[], R>(fn: (...args: A) => R, what: string, timeoutMs: number, ...args: A) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await chrome(fn, ...args);
      if (value) return value;
      if (Date.now() > until) throw new Error(`waiting for ${what}: not there after ${timeoutMs} ms`);
      await sleep(50);
    }
  };

  const popupOpen = () => chrome((t: Target) => browserFor(t) !== null, { kind: 'popup', extensionId } as Target);

  const harness: FirefoxHarness = {
    version: session.capabilities.browserVersion,
    extensionId,
    extensionUrl: (path) => baseUrl + path.replace(/^\//, ''),
    chrome,
    logs,
    close,
    popupIsOpen: popupOpen,

    async openTab(url, { background = false } = {}) {
      const browserId = await chrome(
        (u: string, bg: boolean) => {
          const tab = gBrowser.addTab(u, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
          if (!bg) gBrowser.selectedTab = tab;
          return tab.linkedBrowser.browserId as number;
        },
        url,
        background,
      );
      return tabView(browserId, url);
    },

    async waitForTab(urlPrefix, timeoutMs = 10_000) {
      const found = await waitChrome(
        (prefix: string) => {
          const b = gBrowser.browsers.find((x: { currentURI: { spec: string } }) => x.currentURI.spec.startsWith(prefix));
          return b ? { browserId: b.browserId as number, url: b.currentURI.spec as string } : null;
        },
        `a tab at ${urlPrefix}`,
        timeoutMs,
        urlPrefix,
      );
      return tabView(found.browserId, found.url);
    },

    async clickToolbarButton(tab, timeoutMs = 15_000) {
      if (await popupOpen()) throw new Error('clickToolbarButton: a popup is already open (closePopup() first)');
      await chrome((id: number) => {
        gBrowser.selectedTab = gBrowser.getTabForBrowser(gBrowser.browsers.find((b: { browserId: number }) => b.browserId === id));
      }, tab.browserId);
      const widget = widgetId(extensionId);
      // A fresh profile keeps the add-on's button in the Extensions panel (not pinned): open it first,
      // as a person would.
      await waitChrome((w: string) => Boolean(CustomizableUI.getWidget(w)?.forWindow(window)?.node), 'Winnow in the toolbar', timeoutMs, widget);
      await clickChrome('#unified-extensions-button');
      await waitChrome(
        () => (document.getElementById('unified-extensions-panel') as { state?: string } | null)?.state === 'open',
        'the Extensions panel to open',
        timeoutMs,
      );
      await clickChrome(`#${widget} .unified-extensions-item-action-button`);
      await waitChrome((t: Target) => browserFor(t) !== null, 'the Winnow popup to open', timeoutMs, { kind: 'popup', extensionId } as Target);
      const popup = view({ kind: 'popup', extensionId });
      await popup.waitFor(() => location.pathname === '/popup.html' && document.readyState === 'complete', 'the popup document', { timeoutMs });
      return popup;
    },

    async waitForSidebar(timeoutMs = 15_000) {
      await waitChrome((t: Target) => browserFor(t) !== null, 'Winnow’s sidebar to open', timeoutMs, { kind: 'sidebar' } as Target);
      const sidebar = view({ kind: 'sidebar' });
      await sidebar.waitFor(() => location.pathname === '/sidepanel.html' && document.readyState === 'complete', 'the sidebar document', { timeoutMs });
      return sidebar;
    },

    async realClick(where, selector) {
      const target: Target = where === 'sidebar' ? { kind: 'sidebar' } : { kind: 'popup', extensionId };
      const inPage = await view(target).evaluate((sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, selector);
      if (!inPage) throw new Error(`no ${selector} in the ${where}`);
      const origin = await chrome((t: Target) => {
        const b = browserFor(t) as { getBoundingClientRect(): DOMRect } | null;
        if (!b) throw new Error('the view is not open');
        const r = b.getBoundingClientRect();
        // The sidebar's browser sits in Firefox's webext-panels page, itself in the sidebar box.
        const box = t.kind === 'sidebar' ? (document.getElementById('sidebar') as unknown as { getBoundingClientRect(): DOMRect }).getBoundingClientRect() : null;
        return { x: r.x + (box?.x ?? 0), y: r.y + (box?.y ?? 0) };
      }, target);
      await clickAt(origin.x + inPage.x, origin.y + inPage.y);
    },

    async closePopup() {
      await chrome((id: string) => {
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        const extension = WebExtensionPolicy.getByID(id)?.extension;
        const popup = extension && ViewPopup.for(extension, window);
        popup?.closePopup();
      }, extensionId);
      await waitChrome((t: Target) => browserFor(t) === null, 'the popup to close', 5_000, { kind: 'popup', extensionId } as Target);
    },
  };
  return harness;
}
