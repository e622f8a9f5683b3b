import { resolve } from 'node:path';
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
