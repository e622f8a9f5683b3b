/** A worker of `npm run corpus:expected`: writes the expected output of the pages it is given, posting whether each changed. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { formatOutput, pageOutput } from '../../bench/corpus/expected';
import { corpusPageUrl, loadCorpus, pageHtml } from '../../bench/corpus/pages';
import { extractFromHtml } from '../../cli/summarize-file';

const wanted = new Set((workerData as { slugs: string[] }).slugs);
for (const page of loadCorpus().filter((p) => wanted.has(p.slug))) {
  const file = join(page.dir, 'expected.json');
  const text = formatOutput(pageOutput(extractFromHtml(pageHtml(page), corpusPageUrl(page))));
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  writeFileSync(file, text);
  parentPort!.postMessage(before !== text);
}
