/**
 * A worker of `npm run summarize` for long batches: reads the inputs it is given and posts each
 * result back, in order. jsdom keeps memory per document even once its window is closed (about
 * 7 MB a page here), so a batch of a thousand pages in one heap runs out of memory; a worker's
 * heap goes when the worker ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../utils/analysis';
import { summarizeInput } from './summarize-file';

const { inputs, options } = workerData as { inputs: string[]; options: AnalyzeOptions };
for (const input of inputs) parentPort!.postMessage(summarizeInput(input, options));
