/** `npx tsx scripts/corpus/page-lines.ts PAGE.html[.gz]`: the page's visible text, one block a line, as labellers read it. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../utils/text/decode-html';
import { pageLines } from '../../bench/corpus/page-text';

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx scripts/corpus/page-lines.ts PAGE.html[.gz]');
  process.exit(2);
}
const raw = readFileSync(path);
process.stdout.write(pageLines(decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw)).join('\n') + '\n');
