/**
 * `npx tsx scripts/corpus/add-pages.ts WORKDIR`: brings labelled pages into corpus/pages.
 * WORKDIR is a labelling workspace: `pages/<slug>/{page.html.gz, info.json}` as handed to the
 * labellers, `out/<slug>/labels.json` (first reader) and `out2/<slug>/labels.json` (second reader).
 * `claims/<slug>/by` and `claims2/<slug>/by` name the reader of each. Every label file is checked
 * against its page; a page whose source is held out is refused.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../utils/text/decode-html';
import { checkLabels } from '../../bench/corpus/labels';
import { CORPUS_DIR } from '../../bench/corpus/pages';
import { pageText } from '../../bench/corpus/page-text';
import { isHeldOut, parseHeldOut } from '../../bench/held-out';

const work = process.argv[2];
if (!work) {
  console.error('usage: npx tsx scripts/corpus/add-pages.ts WORKDIR');
  process.exit(2);
}
const heldOutFile = resolve(CORPUS_DIR, '../../../shared/bench-data/HELD-OUT.md');
const heldOut = existsSync(heldOutFile) ? parseHeldOut(readFileSync(heldOutFile, 'utf8')) : [];

let added = 0;
const problems: string[] = [];
for (const slug of readdirSync(join(work, 'out')).sort()) {
  const first = join(work, 'out', slug, 'labels.json');
  if (!existsSync(first)) continue;
  const info = JSON.parse(readFileSync(join(work, 'pages', slug, 'info.json'), 'utf8')) as { source: string; url: string; licence: string };
  if (isHeldOut(heldOut, info.source)) {
    problems.push(`${slug}: ${info.source} is held out`);
    continue;
  }
  const pagePath = join(work, 'pages', slug, 'page.html.gz');
  const text = pageText(decodeHtml(gunzipSync(readFileSync(pagePath))));
  const labelFiles: [string, string, string][] = [[first, 'labels.json', 'claims']];
  const second = join(work, 'out2', slug, 'labels.json');
  if (existsSync(second)) labelFiles.push([second, 'labels.second.json', 'claims2']);
  const checked = labelFiles.map(([path, name, claims]) => {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const by = join(work, claims, slug, 'by');
    raw.labeller = existsSync(by) ? readFileSync(by, 'utf8').trim() : undefined;
    const c = checkLabels(raw, text);
    if (!c.labels) problems.push(`${slug} ${name}: ${c.errors.join('; ')}`);
    return { raw, name, ok: !!c.labels };
  });
  if (!checked[0]!.ok) continue;
  const dir = join(CORPUS_DIR, slug);
  mkdirSync(dir, { recursive: true });
  copyFileSync(pagePath, join(dir, 'page.html.gz'));
  for (const { raw, name, ok } of checked) {
    if (!ok) continue;
    // Where the page came from is the workspace's record, not the labeller's copy of it.
    const { title, genre, lang, keyFacts, padding, boilerplate, notPadding, labeller } = raw;
    // Some of the trafilatura set's keys are not addresses ("recall::site-name.html"): no address then.
    const url = /^https?:\/\//.test(info.url) ? info.url : '';
    const out = { title, source: info.source, url, licence: info.licence, labeller, genre, lang, keyFacts, padding, boilerplate, notPadding };
    writeFileSync(join(dir, name), `${JSON.stringify(out, null, 2)}\n`);
  }
  added++;
}
for (const p of problems) console.log(`not added: ${p}`);
console.log(`${added} pages in ${CORPUS_DIR}`);
