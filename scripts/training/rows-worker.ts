/** A worker of `npm run train`: reads the corpus pages it is given and posts each page's rows back, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { corpusPageUrl, loadCorpus, pageHtml } from '../../bench/corpus/pages';
import type { Sensitivity } from '../../utils/analysis/vocabulary';
import { pageRows } from './page-rows';

const { slugs, sensitivity } = workerData as { slugs: string[]; sensitivity: Sensitivity };
const bySlug = new Map(loadCorpus().map((p) => [p.slug, p]));
for (const slug of slugs) {
  const page = bySlug.get(slug)!;
  parentPort!.postMessage(pageRows({ html: () => pageHtml(page), url: corpusPageUrl(page), labels: page.labels }, sensitivity));
}
