/**
 * `npm run corpus:expected`: rewrites corpus/pages/<slug>/expected.json for every train and dev
 * page from the current code. Run it after a change in behaviour and review the diff; blind pages
 * get no file (their output is never read), and a stray one is removed.
 *
 * Pages are read in worker threads (bench/worker-batches.ts), PER_WORKER each, one after another.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../bench/corpus/pages';
import { inWorkerBatches } from '../../bench/worker-batches';

const PER_WORKER = 60;
const pages = loadCorpus();
for (const page of pages) {
  const file = join(page.dir, 'expected.json');
  if (page.split === 'blind' && existsSync(file)) rmSync(file);
}
const slugs = pages.filter((p) => p.split !== 'blind').map((p) => p.slug);
// Whether each page's file changed.
const diffs = await inWorkerBatches<string, boolean>(slugs, {
  worker: new URL('./expected-worker.mjs', import.meta.url),
  workerData: (batch) => ({ slugs: batch }),
  perWorker: PER_WORKER,
  lanes: 1,
  name: 'a page writer',
});
console.log(`${diffs.length} expected files written, ${diffs.filter(Boolean).length} changed`);
