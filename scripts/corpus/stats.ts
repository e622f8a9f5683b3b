/**
 * `npm run corpus:stats`: what the corpus holds, for its README: pages by split, genre and language,
 * labels written, pages labelled twice and how far their readers agree, and its size on disk.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { agreement } from '../../bench/corpus/agreement';
import { CORPUS_DIR, loadCorpus } from '../../bench/corpus/pages';
import { SPLITS } from '../../bench/corpus/split';
import { GENRE_GROUPS, genreGroup } from '../../bench/corpus/section';

const pages = loadCorpus();
const count = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const line = (pairs: [string, number][]) => pairs.map(([k, n]) => `${k} ${n}`).join(', ');

console.log(`${pages.length} pages: ${line(SPLITS.map((s) => [s, pages.filter((p) => p.split === s).length]))}`);
console.log(`by group: ${line(Object.keys(GENRE_GROUPS).map((g) => [g, pages.filter((p) => genreGroup(p.labels.genre) === g).length]))}`);
console.log(`by genre: ${line(count(pages, (p) => p.labels.genre))}`);
console.log(`by language: ${line(count(pages, (p) => p.labels.lang))}`);
console.log(`by source: ${line(count(pages, (p) => p.labels.source.split('/')[0]!))}`);
const sum = (f: (p: (typeof pages)[number]) => number) => pages.reduce((a, p) => a + f(p), 0);
console.log(
  `labels: ${sum((p) => p.labels.keyFacts.length)} key facts, ${sum((p) => p.labels.padding.length)} padding sentences, ` +
    `${sum((p) => p.labels.boilerplate.length)} furniture, ${sum((p) => p.labels.notPadding.length)} notPadding; ` +
    `${pages.filter((p) => p.labels.padding.length === 0).length} pages with no padding`,
);
const twice = pages.filter((p) => p.second);
const a = twice.map((p) => agreement(p.labels, p.second!)).reduce(
  (s, x) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v + x[k as keyof typeof x]])) as typeof x,
  { factsA: 0, factsAinB: 0, factsB: 0, factsBinA: 0, paddingA: 0, paddingAinB: 0, paddingB: 0, paddingBinA: 0 },
);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
console.log(
  `labelled twice: ${twice.length} pages; key facts in common ${pct(a.factsAinB + a.factsBinA, a.factsA + a.factsB)}, ` +
    `padding found by each in the other's list ${pct(a.paddingAinB + a.paddingBinA, a.paddingA + a.paddingB)} ` +
    `(A in B ${pct(a.paddingAinB, a.paddingA)}, B in A ${pct(a.paddingBinA, a.paddingB)})`,
);
let bytes = 0;
const walk = (d: string): void => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else bytes += statSync(join(d, e.name)).size;
  }
};
walk(CORPUS_DIR);
console.log(`size on disk: ${(bytes / 1e6).toFixed(1)} MB (pages gzip-compressed)`);
