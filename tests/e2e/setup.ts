import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, serveDirectory, type Harness } from './harness';
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
  const server = await serveDirectory(FIXTURES_DIR);
  const h = await launchWithExtension(EXTENSION_DIR, { args });
  return {
    h,
    server,
    url: (path) => `${server.origin}/${path}`,
    close: async () => {
      await h.close();
      await server.close();
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
  const server = await serveDirectory(FIXTURES_DIR);
  const h = await launchWithExtension(dir);
  return {
    h,
    server,
    url: (path) => `${server.origin}/${path}`,
    close: async () => {
      await h.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
