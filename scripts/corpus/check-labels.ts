/**
 * The labeller's checker: `npx tsx scripts/corpus/check-labels.ts LABELS.json PAGE.html[.gz]`.
 * Prints every problem in the label file (LABELLING.md); exits 1 if there is one. It never runs
 * Winnow: a labeller must not see Winnow's output on the page.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../utils/text/decode-html';
import { checkLabels } from '../../bench/corpus/labels';
import { pageText } from '../../bench/corpus/page-text';

const [labelsPath, pagePath] = process.argv.slice(2);
if (!labelsPath || !pagePath) {
  console.error('usage: npx tsx scripts/corpus/check-labels.ts LABELS.json PAGE.html[.gz]');
  process.exit(2);
}
const raw = readFileSync(pagePath);
const html = decodeHtml(pagePath.endsWith('.gz') ? gunzipSync(raw) : raw);
let json: unknown;
try {
  json = JSON.parse(readFileSync(labelsPath, 'utf8'));
} catch (err) {
  console.error(`${labelsPath}: not valid JSON: ${(err as Error).message}`);
  process.exit(1);
}
const { errors, warnings, labels } = checkLabels(json, pageText(html));
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
if (labels) {
  const n = (xs: unknown[]) => xs.length;
  console.log(`ok: ${n(labels.keyFacts)} key facts, ${n(labels.padding)} padding, ${n(labels.boilerplate)} boilerplate, ${n(labels.notPadding)} notPadding`);
}
process.exit(errors.length ? 1 : 0);
