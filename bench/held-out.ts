/**
 * The pages reserved for outside checks (`HELD-OUT.md` in the bench data; `corpus/HELD-OUT.md` is
 * its copy for clones without `../shared`). Every bench section and corpus script asks here, so
 * none can read a reserved page by parsing the list its own way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The list's entries: files (`trafilatura-eval/html/x.html.gz`) or folders (`readability-test-pages/pages/ehow-2`). */
export function parseHeldOut(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).trim().replace(/\/$/, ''))
    .filter(Boolean);
}

/** The held-out entries of a bench-data folder; none when it has no list. */
export function heldOutEntries(dataDir: string): string[] {
  const path = join(dataDir, 'HELD-OUT.md');
  return existsSync(path) ? parseHeldOut(readFileSync(path, 'utf8')) : [];
}

/** Whether a path relative to the bench-data folder is reserved: listed itself, or inside a listed folder. */
export function isHeldOut(entries: readonly string[], relPath: string): boolean {
  const p = relPath.replace(/^\.?\//, '');
  return entries.some((e) => p === e || p.startsWith(`${e}/`));
}
