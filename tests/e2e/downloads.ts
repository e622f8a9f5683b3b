import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from './harness';

export interface DownloadFolder {
  readonly dir: string;
  /** The text of `name` once Chromium has finished writing it. */
  downloaded(name: string): Promise<string>;
  remove(name: string): void;
  dispose(): void;
}

/**
 * Sends the browser's downloads to a fresh temporary folder. Playwright's connectOverCDP leaves
 * Chromium's default behaviour, so the tests set it themselves.
 */
export async function downloadFolder(h: Harness): Promise<DownloadFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-dl-'));
  await h.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  return {
    dir,
    /**
     * Chromium reserves the final name with an empty file while it writes a .crdownload beside
     * it, so existence alone is not enough: wait until no .crdownload is left and the size is
     * non-zero and stable.
     */
    async downloaded(name) {
      const path = join(dir, name);
      let lastSize = -1;
      for (let t = 0; t < 200; t++) {
        const busy = readdirSync(dir).some((f) => f.endsWith('.crdownload'));
        const size = existsSync(path) ? statSync(path).size : -1;
        if (!busy && size > 0 && size === lastSize) return readFileSync(path, 'utf8');
        lastSize = size;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${name} in the download folder (found: ${readdirSync(dir).join(', ') || 'nothing'})`);
    },
    remove(name) {
      rmSync(join(dir, name), { force: true });
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** "winnow-summaries-2026-11-25.md": the name the saved-summaries page gives an export today. */
export function exportName(ext: 'md' | 'json', day = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `winnow-summaries-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.${ext}`;
}
