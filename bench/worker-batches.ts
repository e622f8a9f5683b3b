/**
 * Pages read in worker threads, a fresh worker for each batch, for the WCXB and language benches,
 * `npm run train` and `npm run corpus:expected`: jsdom keeps some memory per document even after
 * its window is closed, and a few hundred pages read in one process outgrew the heap.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerBatches<Item, Message> {
  /** The worker's module: it posts one message per item of its batch, in the batch's order. */
  worker: URL;
  workerData: (batch: Item[]) => unknown;
  /** Items per worker: each batch is the next `perWorker` items. */
  perWorker: number;
  /** Workers running at a time, each taking the next batch when its own is done. */
  lanes: number;
  /** Who stopped, in the error when a worker exits before its last message: "a page reader". */
  name: string;
  /** Each message as it comes, with its item's index (for progress). */
  onMessage?: (message: Message, index: number) => void;
}

/** Every item's message, in item order. */
export async function inWorkerBatches<Item, Message>(items: readonly Item[], o: WorkerBatches<Item, Message>): Promise<Message[]> {
  const out = new Array<Message>(items.length);
  const readBatch = (start: number) =>
    new Promise<void>((resolve, reject) => {
      const batch = items.slice(start, start + o.perWorker);
      const worker = new Worker(o.worker, { workerData: o.workerData(batch) });
      let done = 0;
      worker.on('message', (m: Message) => {
        out[start + done] = m;
        o.onMessage?.(m, start + done);
        if (++done === batch.length) void worker.terminate().then(() => resolve());
      });
      worker.on('error', reject);
      worker.on('exit', () => (done === batch.length ? resolve() : reject(new Error(`${o.name} stopped after ${done} of ${batch.length} pages`))));
    });
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const start = next;
      next += o.perWorker;
      await readBatch(start);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.lanes, Math.ceil(items.length / o.perWorker)) }, lane));
  return out;
}
