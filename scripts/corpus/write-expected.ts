/**
 * `npm run corpus:expected`: rewrites corpus/pages/<slug>/expected.json for every train and dev
 * page from the current code. Run it after a change in behaviour and review the diff; blind pages
 * get no file (their output is never read), and a stray one is removed.
 *
 * Pages are read by worker threads, PER_WORKER each, one after another: jsdom keeps some memory
 * per document even after its window is closed, and 400 pages in one process outgrew the heap.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadCorpus } from '../../bench/corpus/pages';

const PER_WORKER = 60;
const pages = loadCorpus();
for (const page of pages) {
  const file = join(page.dir, 'expected.json');
  if (page.split === 'blind' && existsSync(file)) rmSync(file);
}
const slugs = pages.filter((p) => p.split !== 'blind').map((p) => p.slug);
let written = 0;
let changed = 0;
for (let i = 0; i < slugs.length; i += PER_WORKER) {
  const batch = slugs.slice(i, i + PER_WORKER);
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./expected-worker.mjs', import.meta.url), { workerData: { slugs: batch } });
    let done = 0;
    worker.on('message', (diff: boolean) => {
      written++;
      if (diff) changed++;
      if (++done === batch.length) void worker.terminate().then(() => resolve());
    });
    worker.on('error', reject);
    worker.on('exit', () => (done === batch.length ? resolve() : reject(new Error(`a page writer stopped after ${done} of ${batch.length} pages`))));
  });
}
console.log(`${written} expected files written, ${changed} changed`);
