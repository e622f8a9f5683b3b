/**
 * `npm run corpus:expected`: rewrites corpus/pages/<slug>/expected.json for every train and dev
 * page from the current code. Run it after a change in behaviour and review the diff; blind pages
 * get no file (their output is never read), and a stray one is removed.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOutput, pageOutput } from '../../bench/corpus/expected';
import { corpusPageUrl, loadCorpus, pageHtml } from '../../bench/corpus/pages';
import { extractFromHtml } from '../../cli/summarize-file';

let written = 0;
let changed = 0;
for (const page of loadCorpus()) {
  const file = join(page.dir, 'expected.json');
  if (page.split === 'blind') {
    if (existsSync(file)) rmSync(file);
    continue;
  }
  const text = formatOutput(pageOutput(extractFromHtml(pageHtml(page), corpusPageUrl(page))));
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (before !== text) changed++;
  writeFileSync(file, text);
  written++;
}
console.log(`${written} expected files written, ${changed} changed`);
