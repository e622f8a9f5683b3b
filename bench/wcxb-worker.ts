/** A worker of the WCXB bench: scores the pages it is given and posts each score back, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { scorePage, type WcxbPage } from './wcxb-page';

const { dataDir, pages } = workerData as { dataDir: string; pages: WcxbPage[] };
for (const page of pages) parentPort!.postMessage(scorePage(dataDir, page));
