/**
 * End-to-end harness: a real Chromium with an unpacked extension loaded, driven by Playwright.
 *
 *   const h = await launchWithExtension('.output/chrome-mv3');   // fresh temp profile
 *   const page = await h.openPage(`${origin}/article.html`);      // normal tab, brought to front
 *   const popup = await h.clickToolbarButton(page);               // REAL toolbar click (activeTab granted)
 *   await popup.locator('#summary').waitFor();                    // full Playwright Page
 *   const tab = await h.openExtensionPage('summaries.html');      // chrome-extension://<id>/summaries.html
 *   await h.close();                                              // kills Chromium, deletes the profile
 *
 * Harness members:
 *   extensionId            id Chromium gave the unpacked extension (derived from its path / manifest key,
 *                          checked against the service worker when there is one)
 *   extensionUrl(path)     'chrome-extension://<id>/<path>'
 *   browser, context       Playwright Browser / the profile's default BrowserContext
 *   serviceWorker()        the extension's background service worker (Playwright Worker), or null
 *   openPage(url)          new tab at url; waits for 'load'; brings it to front
 *   clickToolbarButton(page, {timeoutMs})
 *                          brings `page` to front, fires CDP Extensions.triggerAction on its *tab*
 *                          target, waits for the action popup target and returns it as a Playwright
 *                          Page (locators, keyboard, screenshot...). Throws if no popup appears.
 *   waitForExtensionView(path, {timeoutMs})
 *                          the extension view at extensionUrl(path) that Playwright does not hold yet
 *                          (present or to come), e.g. the side panel once sidePanel.open() ran;
 *                          adopted as a Page the way the popup is
 *   openExtensionPage(path) new tab at extensionUrl(path); waits for 'domcontentloaded'
 *   cdp(method, params, sessionId?) raw browser-level CDP call (private session, never seen by Playwright)
 *   logs()                 last lines of Chromium's stderr (for failure messages)
 *   close()                idempotent; closes Chromium (SIGKILL after 5 s) and removes the profile
 *
 * Popup behaviour (Chromium 156, headless): it stays open while you drive it (click/fill/keyboard/
 * screenshot, evaluate in the tab), but CLOSES as soon as focus moves: page.bringToFront(), a real
 * click in the tab, opening another tab (openPage/openExtensionPage). Clicking the toolbar again
 * replaces it. Its size is its content's (body CSS, max 800x600); setViewportSize is refused there.
 *
 * How it works (and why): Chromium auto-attaches a new popup only at creation, while its target type is
 * still "other"; Playwright drops such targets, so it never exposes the popup as a Page. We therefore
 * spawn Chromium ourselves with --remote-debugging-pipe and put a tiny in-process CDP proxy (WebSocket
 * server on 127.0.0.1) between it and `chromium.connectOverCDP`. The proxy forwards everything and also
 * lets the harness issue its own commands (ids >= 2^30, plus a private browser session Playwright never
 * sees). To expose the popup we wait until Playwright has dropped its early session, then send
 * `Target.attachToTarget({flatten: true})` on the ROOT session; Chromium emits Target.attachedToTarget
 * to Playwright, which adopts the target as a Page of the default context.
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADFUL=1 (needs a display), E2E_DEBUG_CDP=1
 * (log all CDP traffic to stderr).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';

export { serveDirectory } from './server';

export interface LaunchOptions {
  /** Default true unless E2E_HEADFUL=1. */
  headless?: boolean;
  /** Chromium binary; default $CHROMIUM_PATH or /usr/bin/chromium. */
  executablePath?: string;
  /** Extra command-line switches. */
  args?: string[];
  /** Bound for the whole launch (process start + connect + extension ready). Default 30 s. */
  timeoutMs?: number;
}

export interface ClickOptions {
  /** Bound for triggerAction -> popup Page ready. Default 10 s. */
  timeoutMs?: number;
}

export interface Harness {
  readonly extensionId: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  extensionUrl(path: string): string;
  serviceWorker(): Worker | null;
  openPage(url: string): Promise<Page>;
  clickToolbarButton(page: Page, options?: ClickOptions): Promise<Page>;
  waitForExtensionView(path: string, options?: ClickOptions): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  cdp<T = unknown>(method: string, params?: object, sessionId?: string): Promise<T>;
  logs(): string;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// CDP message shapes (only what we touch)

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { code: number; message: string; data?: string };
  sessionId?: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
  attached: boolean;
}

const OWN_ID_BASE = 2 ** 30;
const DEBUG = process.env['E2E_DEBUG_CDP'] === '1';

// ---------------------------------------------------------------------------------------------
// Chromium's --remote-debugging-pipe: we write to fd 3, read from fd 4, messages are NUL-terminated.

class PipeTransport {
  private pending: Buffer[] = [];
  private closed = false;
  onmessage: ((text: string) => void) | undefined;
  onclose: (() => void) | undefined;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => { this.onData(chunk); });
    input.on('close', () => { this.markClosed(); });
    input.on('error', () => { this.markClosed(); });
    out.on('error', () => { this.markClosed(); });
  }

  send(text: string): void {
    if (this.closed) return;
    this.out.write(text);
    this.out.write('\0');
  }

  private onData(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0, start);
    while (end !== -1) {
      this.pending.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.pending).toString('utf8');
      this.pending = [];
      this.onmessage?.(text);
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
}

// ---------------------------------------------------------------------------------------------
// Minimal RFC 6455 server connection (text frames, fragmentation, ping/close; no extensions).

class WsConnection {
  private buf: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closed = false;
  onmessage: ((text: string) => void) | undefined;
  onclose: (() => void) | undefined;

  constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => { this.onData(chunk); });
    socket.on('close', () => { this.markClosed(); });
    socket.on('error', () => { this.markClosed(); });
  }

  send(text: string): void {
    if (!this.closed) this.socket.write(frame(0x1, Buffer.from(text, 'utf8')));
  }

  close(): void {
    if (this.closed) return;
    this.socket.end(frame(0x8, Buffer.alloc(0)));
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      if (this.buf.length < 2) return;
      const b0 = this.buf[0] ?? 0;
      const b1 = this.buf[1] ?? 0;
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      const masked = (b1 & 0x80) !== 0;
      let len = b1 & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        len = Number(this.buf.readBigUInt64BE(2));
        offset = 10;
      }
      const maskOffset = offset;
      if (masked) offset += 4;
      if (this.buf.length < offset + len) return;
      const payload = Buffer.from(this.buf.subarray(offset, offset + len));
      if (masked) {
        for (let i = 0; i < payload.length; i++) {
          payload[i] = (payload[i] ?? 0) ^ (this.buf[maskOffset + (i & 3)] ?? 0);
        }
      }
      this.buf = this.buf.subarray(offset + len);
      if (opcode === 0x8) {
        this.close();
        return;
      } else if (opcode === 0x9) {
        this.socket.write(frame(0xa, payload));
      } else if (opcode === 0x0 || opcode === 0x1 || opcode === 0x2) {
        this.fragments.push(payload);
        if (fin) {
          const text = Buffer.concat(this.fragments).toString('utf8');
          this.fragments = [];
          this.onmessage?.(text);
        }
      }
    }
  }
}

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  let header: Buffer;
  if (len < 126) {
    header = Buffer.from([0x80 | opcode, len]);
  } else if (len < 65536) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([header, payload]);
}

// ---------------------------------------------------------------------------------------------
// The proxy: Playwright <-ws-> proxy <-pipe-> Chromium, plus the harness's own traffic.

type EventListener = (msg: CdpMessage) => void;

class CdpProxy {
  private nextId = OWN_ID_BASE;
  private readonly callbacks = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private readonly ownSessions = new Set<string>();
  private readonly listeners = new Set<EventListener>();
  /** Playwright's root-level sessions: sessionId -> targetId (from its browser-wide auto-attach). */
  private readonly rootSessions = new Map<string, string>();
  private readonly rootDetachWaiters = new Set<() => void>();
  private client: WsConnection | undefined;
  private server: Server | undefined;
  private closed = false;

  constructor(private readonly pipe: PipeTransport) {
    pipe.onmessage = (text) => { this.fromBrowser(text); };
    pipe.onclose = () => {
      this.closed = true;
      for (const cb of this.callbacks.values()) cb.reject(new Error(`CDP ${cb.method}: browser connection closed`));
      this.callbacks.clear();
      this.client?.close();
    };
  }

  /** Start the WebSocket endpoint Playwright connects to; resolves to its ws:// URL. */
  async listen(): Promise<string> {
    const path = `/devtools/browser/harness-${Math.random().toString(36).slice(2)}`;
    const server = createServer((_req, res) => {
      res.writeHead(404).end();
    });
    server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
      if (DEBUG) process.stderr.write(`upgrade ${req.url} ${JSON.stringify(req.headers)}\n`);
      const key = req.headers['sec-websocket-key'];
      if (req.url !== path || typeof key !== 'string' || this.client) {
        socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
        return;
      }
      const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      const conn = new WsConnection(socket);
      this.client = conn;
      conn.onmessage = (text) => {
        if (DEBUG) process.stderr.write(`-> ${text.slice(0, 300)}\n`);
        this.pipe.send(text);
      };
      conn.onclose = () => {
        if (this.client === conn) this.client = undefined;
      };
    });
    this.server = server;
    await new Promise<void>((res, rej) => {
      server.once('error', rej);
      server.listen(0, '127.0.0.1', () => { res(); });
    });
    const { port } = server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}${path}`;
  }

  async stop(): Promise<void> {
    this.client?.close();
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((res) => server.close(() => { res(); }));
    }
  }

  /** Send a command Playwright never sees. sessionId undefined = root (browser) session. */
  send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`CDP ${method}: browser connection closed`));
    const id = this.nextId++;
    const msg: CdpMessage = { id, method, params: params as Record<string, unknown> };
    if (sessionId) msg.sessionId = sessionId;
    return new Promise<T>((resolve, reject) => {
      this.callbacks.set(id, { resolve: (v) => { resolve(v as T); }, reject, method });
      this.pipe.send(JSON.stringify(msg));
    });
  }

  /** Events arriving on sessions owned by the harness. */
  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves once Playwright holds no root-level session on targetId. Needed because Playwright's
   * auto-attach grabs a new popup while it is still type "other", then detaches; its
   * Target.detachedFromTarget handler looks pages up by *targetId*, so a late detach of that old
   * session would close the Page we are about to create for the same target.
   */
  rootDetached(targetId: string): Promise<void> {
    const held = (): boolean => [...this.rootSessions.values()].includes(targetId);
    if (!held()) return Promise.resolve();
    return new Promise((res) => {
      const check = (): void => {
        if (held()) return;
        this.rootDetachWaiters.delete(check);
        res();
      };
      this.rootDetachWaiters.add(check);
    });
  }

  own(sessionId: string): void {
    this.ownSessions.add(sessionId);
  }

  private fromBrowser(text: string): void {
    if (DEBUG) process.stderr.write(`<- ${text.slice(0, 300)}\n`);
    // Cheap pre-check: only parse what might be ours.
    let msg: CdpMessage | undefined;
    const idMatch = /^\{"id":(\d+)/.exec(text);
    const mayBeOwn = (idMatch && Number(idMatch[1]) >= OWN_ID_BASE) || this.ownSessions.size > 0;
    if (mayBeOwn) msg = JSON.parse(text) as CdpMessage;
    if (msg) {
      if (msg.id !== undefined && msg.id >= OWN_ID_BASE) {
        const cb = this.callbacks.get(msg.id);
        this.callbacks.delete(msg.id);
        if (msg.error) cb?.reject(new Error(`CDP ${cb.method}: ${msg.error.message}${msg.error.data ? ` (${msg.error.data})` : ''}`));
        else cb?.resolve(msg.result);
        return;
      }
      if (msg.sessionId && this.ownSessions.has(msg.sessionId)) {
        if (msg.method === 'Target.attachedToTarget') {
          const child = msg.params?.['sessionId'];
          if (typeof child === 'string') this.ownSessions.add(child);
        }
        for (const l of this.listeners) l(msg);
        return;
      }
      const sid = msg.params?.['sessionId'];
      if (
        !msg.sessionId &&
        (msg.method === 'Target.attachedToTarget' || msg.method === 'Target.detachedFromTarget') &&
        typeof sid === 'string'
      ) {
        // Root-level notifications about our own sessions are none of Playwright's business.
        if (this.ownSessions.has(sid)) return;
        if (msg.method === 'Target.attachedToTarget') {
          const info = msg.params?.['targetInfo'] as TargetInfo | undefined;
          if (info) this.rootSessions.set(sid, info.targetId);
        } else {
          this.rootSessions.delete(sid);
          for (const w of this.rootDetachWaiters) w();
        }
      }
    }
    this.client?.send(text);
  }
}

// ---------------------------------------------------------------------------------------------

function deadline<T>(promise: Promise<T>, ms: number, what: string, extra: () => string = () => ''): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { reject(new Error(`Timed out after ${ms} ms: ${what}${extra()}`)); }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => { clearTimeout(timer); });
}

// One process 'exit' listener for all harnesses (avoids MaxListenersExceeded with many in parallel).
const exitCleanups = new Set<() => void>();
let exitHookInstalled = false;
function registerExitCleanup(fn: () => void): void {
  exitCleanups.add(fn);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const f of exitCleanups) f();
  });
}

/** Chromium's id for an unpacked extension: sha256 of the manifest key (DER) or of the absolute path. */
export function computeExtensionId(extensionDir: string): string {
  const dir = resolve(extensionDir);
  let input: Buffer = Buffer.from(dir, 'utf8');
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { key?: unknown };
    if (typeof manifest.key === 'string') input = Buffer.from(manifest.key, 'base64');
  } catch {
    /* missing/invalid manifest: Chromium will complain; the launch fails later with its log */
  }
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

export async function launchWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<Harness> {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No manifest.json in ${dir} (did you build?)`);
  const headless = options.headless ?? process.env['E2E_HEADFUL'] !== '1';
  const executablePath = options.executablePath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const launchTimeout = options.timeoutMs ?? 30_000;
  const extensionId = computeExtensionId(dir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'winnow-e2e-'));

  const args = [
    ...(headless ? ['--headless'] : []),
    '--remote-debugging-pipe',
    `--user-data-dir=${userDataDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--password-store=basic',
    '--use-mock-keychain',
    '--window-size=1280,900',
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    ...(options.args ?? []),
    'about:blank',
  ];

  const stderrLines: string[] = [];
  const proc: ChildProcess = spawn(executablePath, args, {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    detached: true, // own process group, so close() can take the renderers down with it
  });
  proc.stderr?.setEncoding('utf8');
  proc.stderr?.on('data', (s: string) => {
    // dbus complaints are constant noise in containers; keep the rest for failure messages.
    stderrLines.push(...s.split('\n').filter((l) => l && !l.includes('dbus/')));
    if (stderrLines.length > 200) stderrLines.splice(0, stderrLines.length - 200);
  });
  const exited = new Promise<void>((res) => proc.once('exit', () => { res(); }));
  const spawnError = new Promise<never>((_, rej) => proc.once('error', rej));
  spawnError.catch(() => undefined);
  const logs = (): string => stderrLines.slice(-40).join('\n');
  const withLogs = (): string => `\n--- chromium stderr (tail) ---\n${logs()}`;

  const killGroup = (signal: NodeJS.Signals): void => {
    if (proc.pid === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
    try {
      process.kill(-proc.pid, signal);
    } catch {
      /* already gone */
    }
  };
  // If the test process exits without close(): kill Chromium and drop the profile. (If it is killed
  // outright, Chromium still exits by itself when the debugging pipe closes; only the profile stays.)
  const onExit = (): void => {
    killGroup('SIGKILL');
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* best effort */
    }
  };
  registerExitCleanup(onExit);

  const [, , , fd3, fd4] = proc.stdio;
  const pipe = new PipeTransport(fd3 as Writable, fd4 as Readable);
  const proxy = new CdpProxy(pipe);

  let browser: Browser | undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await browser?.close().catch(() => undefined); // connectOverCDP: just disconnects
      await deadline(proxy.send('Browser.close'), 2_000, 'Browser.close').catch(() => undefined);
      const gone = await deadline(exited, 5_000, 'chromium exit').then(
        () => true,
        () => false,
      );
      if (!gone) {
        killGroup('SIGKILL');
        await deadline(exited, 5_000, 'chromium exit after SIGKILL').catch(() => undefined);
      }
      await proxy.stop();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      exitCleanups.delete(onExit); // only now: if the process exits mid-close, onExit still cleans up
    })();
    return closing;
  };

  try {
    const started = (async () => {
      // Private browser session: target discovery events go only to us.
      const { sessionId: privateSession } = await proxy.send<{ sessionId: string }>('Target.attachToBrowserTarget');
      proxy.own(privateSession);
      const wsUrl = await proxy.listen();
      browser = await chromium.connectOverCDP(wsUrl);
      const context = browser.contexts()[0];
      if (!context) throw new Error('connectOverCDP: no default context');
      return { privateSession, context };
    })();
    const { privateSession, context } = await deadline(
      Promise.race([started, spawnError, exited.then(() => Promise.reject(new Error('Chromium exited during launch')))]),
      launchTimeout,
      'launching Chromium',
      withLogs,
    );
    const connectedBrowser = browser as unknown as Browser;

    // Track targets (for finding the popup) on the private session.
    const targets = new Map<string, TargetInfo>();
    const targetWaiters = new Set<(t: TargetInfo) => void>();
    proxy.onEvent((msg) => {
      if (msg.sessionId !== privateSession) return;
      if (msg.method === 'Target.targetCreated' || msg.method === 'Target.targetInfoChanged') {
        const info = msg.params?.['targetInfo'] as TargetInfo;
        targets.set(info.targetId, info);
        for (const w of targetWaiters) w(info);
      } else if (msg.method === 'Target.targetDestroyed') {
        targets.delete(String(msg.params?.['targetId']));
      }
    });
    await proxy.send('Target.setDiscoverTargets', { discover: true }, privateSession);

    // Wait for the extension to be registered (service worker if it has one, else any extension target
    // or simply the first chrome-extension:// page load succeeding later).
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      background?: { service_worker?: string };
    };
    const swPrefix = `chrome-extension://${extensionId}/`;
    const findSw = (): Worker | null => context.serviceWorkers().find((w) => w.url().startsWith(swPrefix)) ?? null;
    if (manifest.background?.service_worker && !findSw()) {
      await deadline(
        context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(swPrefix), timeout: 0 }),
        Math.max(1_000, launchTimeout),
        `service worker of ${extensionId} (is the id right? loaded extensions: ${[...targets.values()]
          .filter((t) => t.url.startsWith('chrome-extension://'))
          .map((t) => t.url)
          .join(', ')})`,
        withLogs,
      );
    }

    const extensionUrl = (path: string): string => `${swPrefix}${path.replace(/^\/+/, '')}`;

    // Page -> tab target id. Extensions.triggerAction needs the *tab* target, Playwright knows the page
    // target; attach to each tab and auto-attach to its page to learn the mapping.
    const targetIdOf = async (page: Page): Promise<string> => {
      const session = await context.newCDPSession(page);
      try {
        const { targetInfo } = (await session.send('Target.getTargetInfo')) as { targetInfo: TargetInfo };
        return targetInfo.targetId;
      } finally {
        await session.detach().catch(() => undefined);
      }
    };
    const tabOfPage = new WeakMap<Page, string>();
    const tabTargetFor = async (page: Page): Promise<string> => {
      const cached = tabOfPage.get(page);
      if (cached && targets.has(cached)) return cached;
      const pageTargetId = await targetIdOf(page);
      const pageUrl = page.url();
      const { targetInfos } = await proxy.send<{ targetInfos: TargetInfo[] }>(
        'Target.getTargets',
        { filter: [{ type: 'tab' }] },
        privateSession,
      );
      // Same-URL tabs first (usually the only candidate), then the rest in case a navigation is in flight.
      const tabs = targetInfos.filter((t) => t.type === 'tab');
      const ordered = [...tabs.filter((t) => t.url === pageUrl), ...tabs.filter((t) => t.url !== pageUrl)];
      for (const tab of ordered) {
        const { sessionId: tabSession } = await proxy.send<{ sessionId: string }>(
          'Target.attachToTarget',
          { targetId: tab.targetId, flatten: true },
          privateSession,
        );
        proxy.own(tabSession);
        const children: string[] = [];
        const off = proxy.onEvent((msg) => {
          if (msg.sessionId === tabSession && msg.method === 'Target.attachedToTarget') {
            children.push((msg.params?.['targetInfo'] as TargetInfo).targetId);
          }
        });
        try {
          // Attached events are delivered before this command's response.
          await proxy.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, tabSession);
        } finally {
          off();
          await proxy.send('Target.detachFromTarget', { sessionId: tabSession }, privateSession).catch(() => undefined);
        }
        if (children.includes(pageTargetId)) {
          tabOfPage.set(page, tab.targetId);
          return tab.targetId;
        }
      }
      throw new Error(`No tab target found for page ${page.url()}`);
    };

    /**
     * Makes an extension view Playwright never adopted (the action popup, the side panel) a Page:
     * a ROOT-session attach makes Chromium emit Target.attachedToTarget to Playwright, which adopts
     * the target as a Page of the default context. The Page is matched by target id, not URL: under
     * load Playwright may adopt it before the view's navigation commits.
     */
    const adoptTarget = async (target: TargetInfo, pagesBefore: Set<Page>, setStage: (s: string) => void): Promise<Page> => {
      const adopted = new Promise<Page>((res) => {
        const consider = (p: Page): void => {
          if (pagesBefore.has(p)) return;
          pagesBefore.add(p); // consider each page once
          targetIdOf(p).then(
            (id) => {
              if (id !== target.targetId) return;
              context.off('page', consider);
              res(p);
            },
            () => undefined,
          );
        };
        context.on('page', consider);
      });
      // Playwright's own auto-attach grabs the view at creation (as type "other", before it becomes a
      // "page") and then drops it. Wait for that drop to complete, then attach on the root session.
      setStage(`waiting for Playwright to drop its early session on ${target.url}`);
      await proxy.rootDetached(target.targetId);
      setStage(`attaching Playwright to ${target.url}`);
      await proxy.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
      setStage(`waiting for Playwright to adopt ${target.url}`);
      const page = await adopted;
      setStage(`waiting for DOMContentLoaded in ${target.url}`);
      await page.waitForLoadState('domcontentloaded');
      return page;
    };

    /** Resolves with the first target (present or to come) that `matches`. */
    const targetMatching = (matches: (t: TargetInfo) => boolean): Promise<TargetInfo> =>
      new Promise<TargetInfo>((res) => {
        const check = (t: TargetInfo): void => {
          if (!matches(t)) return;
          targetWaiters.delete(check);
          res(t);
        };
        targetWaiters.add(check);
        for (const t of targets.values()) check(t);
      });

    const clickToolbarButton = async (page: Page, opts: ClickOptions = {}): Promise<Page> => {
      const timeoutMs = opts.timeoutMs ?? 10_000;
      let stage = 'bringing the tab to front';
      const work = async (): Promise<Page> => {
        await page.bringToFront(); // the popup's chrome.tabs.query({active, currentWindow}) must see this tab
        stage = 'finding the tab target';
        const tabId = await tabTargetFor(page);
        const popupPrefix = extensionUrl('');
        const pagesBefore = new Set(context.pages());
        const before = new Set([...targets.values()].filter((t) => t.type === 'page').map((t) => t.targetId));
        const popupTarget = targetMatching((t) => t.type === 'page' && !before.has(t.targetId) && t.url.startsWith(popupPrefix));
        stage = 'Extensions.triggerAction';
        await proxy.send('Extensions.triggerAction', { id: extensionId, targetId: tabId });
        stage = 'waiting for the popup target to appear (does the action have a default_popup?)';
        const target = await popupTarget;
        return adoptTarget(target, pagesBefore, (s) => (stage = s));
      };
      return deadline(work(), timeoutMs, `popup after toolbar click on ${page.url()}`, () => ` [stage: ${stage}]${withLogs()}`);
    };

    const waitForExtensionView = async (path: string, opts: ClickOptions = {}): Promise<Page> => {
      const timeoutMs = opts.timeoutMs ?? 10_000;
      const url = extensionUrl(path);
      let stage = `waiting for a target at ${url}`;
      const work = async (): Promise<Page> => {
        const pagesBefore = new Set(context.pages());
        const already = await Promise.all(context.pages().map((p) => targetIdOf(p).catch(() => '')));
        const target = await targetMatching((t) => t.type === 'page' && t.url.startsWith(url) && !already.includes(t.targetId));
        return adoptTarget(target, pagesBefore, (s) => (stage = s));
      };
      return deadline(work(), timeoutMs, `extension view ${path}`, () => ` [stage: ${stage}]${withLogs()}`);
    };

    const openPage = async (url: string): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return page;
    };

    const openExtensionPage = async (path: string): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path), { waitUntil: 'domcontentloaded' });
      return page;
    };

    return {
      extensionId,
      browser: connectedBrowser,
      context,
      extensionUrl,
      serviceWorker: findSw,
      openPage,
      clickToolbarButton,
      waitForExtensionView,
      openExtensionPage,
      cdp: <T = unknown>(method: string, params?: object, sessionId?: string) =>
        proxy.send<T>(method, params, sessionId ?? privateSession),
      logs,
      close,
    };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}
