import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, serveDirectory, type Harness } from './harness';
import { themeIs } from './expect';
import type { StaticServer } from './server';

export const EXTENSION_DIR = resolve(process.env.WINNOW_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES_DIR = resolve('tests/fixtures');

export interface Env {
  h: Harness;
  server: StaticServer;
  url(path: string): string;
  close(): Promise<void>;
}

/** A Chromium with the built extension, and the fixtures served from 127.0.0.1; `args` are extra switches (`--lang=fr`). */
export async function startEnv(args: string[] = []): Promise<Env> {
  return envFrom(EXTENSION_DIR, args, () => {});
}

/** The fixtures' server and a Chromium with the extension built in `dir`; `cleanup` runs after both are closed. */
async function envFrom(dir: string, args: string[], cleanup: () => void): Promise<Env> {
  const server = await serveDirectory(FIXTURES_DIR);
  const h = await launchWithExtension(dir, { args });
  return {
    h,
    server,
    url: (path) => `${server.origin}/${path}`,
    close: async () => {
      await h.close();
      await server.close();
      cleanup();
    },
  };
}

/**
 * Like startEnv, with a copy of the built extension that holds 127.0.0.1 from the start: Chromium
 * has no way to grant an optional permission headless, and this is the state a past "Allow"
 * leaves. Closing also removes the copy.
 */
export async function startEnvWithSiteAllowed(): Promise<Env> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  return envFrom(dir, [], () => rmSync(dir, { recursive: true, force: true }));
}

/** The extension API as seen by code evaluated inside an extension page. */
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/** Sets the theme option through storage, as the options page would, and waits until it is applied there. */
export async function setTheme(env: Env, theme: 'light' | 'dark'): Promise<void> {
  const page = await env.h.openExtensionPage('options.html');
  await page.evaluate(async (t) => {
    const { options } = await chrome.storage.sync.get('options');
    await chrome.storage.sync.set({ options: { ...(options as object), theme: t } });
  }, theme);
  await themeIs(page, theme);
  await page.close();
}
