/**
 * `npm run train`: rebuilds the padding model and the key-fact model
 * (utils/analysis/model/{padding,key-fact}-weights.json) from the labelled corpus. Fitted on the
 * train split only; the thresholds are chosen on dev; blind pages are never read. Deterministic:
 * full-batch gradient descent from zero, fixed steps, rounded weights.
 *
 *   --check   rebuild and compare with the shipped files instead of writing them (CI): exit 1 if they differ
 *
 * For comparing variants on dev (the shipped weights use the defaults): WINNOW_UNLABELLED,
 * WINNOW_MIN_PAGES, WINNOW_WORD_L2 override the constants below; WINNOW_TRAIN_CACHE=FILE keeps the
 * pages' rows between runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysisParts } from '../utils/analysis/analyze';
import { PADDING_FEATURES } from '../utils/analysis/model/padding-features';
import { loadModel, probability, type LinearWeights } from '../utils/analysis/model/linear-model';
import { MIN_SENTENCES, type PaddingModel, type PaddingWeights } from '../utils/analysis/model/padding-model';
import { SENSITIVITIES } from '../utils/analysis/vocabulary';
import { covers, words } from '../bench/corpus/fragments';
import { corpusPageUrl, loadCorpus, pageHtml, type CorpusPage } from '../bench/corpus/pages';
import { extractFromHtml } from '../cli/summarize-file';
import { sentenceClasses } from '../bench/corpus/score';

const WEIGHTS_FILE = fileURLToPath(new URL('../utils/analysis/model/padding-weights.json', import.meta.url));
const KEY_FACT_FILE = fileURLToPath(new URL('../utils/analysis/model/key-fact-weights.json', import.meta.url));
/** Unlabelled sentences are content by the readers' judgement (they listed every padding sentence), but less surely. */
const UNLABELLED_WEIGHT = Number(process.env.WINNOW_UNLABELLED ?? 0.3);
const STEPS = 1500;
const RATE = 0.5;
const L2 = 1e-3;
/** A word gets a weight only if it occurs on this many train pages: no page's own phrasing. */
const MIN_PAGES = Number(process.env.WINNOW_MIN_PAGES ?? 8);
/** Words are many and each is rare: they are held back harder than the structural features. */
const WORD_L2 = Number(process.env.WINNOW_WORD_L2 ?? 1e-2);
/** Per sensitivity: the least precision and the most real content marked a threshold may cost on dev. */
const LIMITS = {
  strict: { precision: 0.8, protectedMarked: 0.03 },
  balanced: { precision: 0.85, protectedMarked: 0.02 },
  relaxed: { precision: 0.9, protectedMarked: 0.01 },
} as const;

interface Rows {
  x: Float64Array[];
  words: string[][];
  /** The page each sentence is on, to count on how many pages a word occurs. */
  page: number[];
  y: Int8Array[];
  /** 1 where the sentence states one of the page's labelled key facts. */
  key: Int8Array[];
  ruleMarked: boolean[][];
}

function rowsOf(pages: readonly CorpusPage[], log: (m: string) => void): Rows {
  const out: Rows = { x: [], words: [], page: [], y: [], key: [], ruleMarked: [] };
  pages.forEach((page, i) => {
    const r = extractFromHtml(pageHtml(page), corpusPageUrl(page));
    if (!r.ok) return;
    const parts = analysisParts(r.article);
    out.x.push(...parts.inputs.rows);
    out.words.push(...parts.inputs.words);
    for (const _ of parts.inputs.rows) out.page.push(i);
    const classes = sentenceClasses(parts.features.map((f) => words(f.text)), page.labels);
    out.y.push(classes);
    out.key.push(Int8Array.from(parts.features, (f) => (page.labels.keyFacts.some((alts) => covers(f.text, alts)) ? 1 : 0)));
    out.ruleMarked.push(parts.rules.marks.map((m) => m !== null));
    if ((i + 1) % 50 === 0) log(`${i + 1}/${pages.length} pages read`);
  });
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Words on at least MIN_PAGES train pages, sorted: the model's vocabulary. */
function commonWordsOf(rows: Rows): string[] {
  const pagesOf = new Map<string, Set<number>>();
  rows.words.forEach((ws, i) => {
    for (const x of ws) {
      let set = pagesOf.get(x);
      if (!set) pagesOf.set(x, (set = new Set()));
      set.add(rows.page[i]!);
    }
  });
  return [...pagesOf].filter(([, ps]) => ps.size >= MIN_PAGES).map(([x]) => x).sort();
}

/** Logistic regression on the rows: `target` 1 or 0 per sentence, `weight` how much each counts. */
function fit(rows: Rows, target: readonly number[], weight: readonly number[]): LinearWeights {
  const x = rows.x;
  const d = PADDING_FEATURES.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(1);
  for (let j = 1; j < d; j++) {
    let m = 0;
    for (const r of x) m += r[j]!;
    m /= x.length;
    let v = 0;
    for (const r of x) v += (r[j]! - m) ** 2;
    mean[j] = m;
    scale[j] = Math.sqrt(v / x.length) || 1;
  }
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!));
  const total = weight.reduce((a, b) => a + b, 0);

  // The vocabulary: words on at least MIN_PAGES train pages, in a fixed (sorted) order.
  const vocabulary = commonWordsOf(rows);
  const index = new Map(vocabulary.map((x, i) => [x, i]));
  const wordIds = rows.words.map((ws) => ws.flatMap((x) => (index.has(x) ? [index.get(x)!] : [])));

  const w = new Float64Array(d);
  const v = new Float64Array(vocabulary.length);
  const grad = new Float64Array(d);
  const gradV = new Float64Array(vocabulary.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    gradV.fill(0);
    for (let i = 0; i < z.length; i++) {
      const r = z[i]!;
      const ids = wordIds[i]!;
      let s = 0;
      for (let j = 0; j < d; j++) s += r[j]! * w[j]!;
      for (const id of ids) s += v[id]!;
      const e = (sigmoid(s) - target[i]!) * weight[i]!;
      for (let j = 0; j < d; j++) grad[j]! += e * r[j]!;
      for (const id of ids) gradV[id]! += e;
    }
    for (let j = 0; j < d; j++) w[j]! -= RATE * (grad[j]! / total + (j ? L2 * w[j]! : 0));
    for (let j = 0; j < v.length; j++) v[j]! -= RATE * (gradV[j]! / total + WORD_L2 * v[j]!);
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  // Words whose weight rounds to nothing are left out of the shipped file.
  const kept = vocabulary.map((x, i) => [x, round(v[i]!)] as const).filter(([, x]) => Math.abs(x) >= 1e-3);
  return {
    features: [...PADDING_FEATURES],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: [...w].map(round),
    vocabulary: kept.map(([x]) => x),
    wordWeights: kept.map(([, x]) => x),
  };
}


interface Tally {
  recall: number;
  precision: number;
  protectedMarked: number;
}

const LONG = PADDING_FEATURES.indexOf('long');

/** Dev figures with the analysis's own rule: the rules' marks, then the model's (see markByModel). */
function tallyAt(rows: Rows, m: PaddingModel, threshold: number): Tally {
  const judged = rows.y.map((c) => c.length >= MIN_SENTENCES);
  let pad = 0;
  let padMarked = 0;
  let prot = 0;
  let protMarked = 0;
  let k = 0;
  rows.y.forEach((classes, page) => {
    classes.forEach((c, i) => {
      const marked = rows.ruleMarked[page]![i]! || (judged[page]! && !rows.x[k]![LONG] && probability(rows.x[k]!, rows.words[k]!, m) >= threshold);
      k++;
      if (c === 1) {
        pad++;
        if (marked) padMarked++;
      } else if (c === -1) {
        prot++;
        if (marked) protMarked++;
      }
    });
  });
  return { recall: padMarked / (pad || 1), precision: padMarked / (padMarked + protMarked || 1), protectedMarked: protMarked / (prot || 1) };
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const log = (m: string) => process.stderr.write(`train: ${m}\n`);
const corpus = loadCorpus();
// WINNOW_TRAIN_CACHE=FILE keeps the pages' rows between runs, for comparing variants on dev quickly.
const cacheFile = process.env.WINNOW_TRAIN_CACHE;
const revive = (r: Rows): Rows => ({ ...r, x: r.x.map((row) => Float64Array.from(row)), y: r.y.map((c) => Int8Array.from(c)), key: r.key.map((c) => Int8Array.from(c)) });
const cached = cacheFile && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as { train: Rows; dev: Rows }) : null;
const train = cached ? revive(cached.train) : rowsOf(corpus.filter((p) => p.split === 'train'), log);
log(`train: ${train.x.length} sentences`);
const dev = cached ? revive(cached.dev) : rowsOf(corpus.filter((p) => p.split === 'dev'), log);
if (cacheFile && !cached) {
  const plain = (r: Rows) => ({ ...r, x: r.x.map((row) => [...row]), y: r.y.map((c) => [...c]), key: r.key.map((c) => [...c]) });
  writeFileSync(cacheFile, JSON.stringify({ train: plain(train), dev: plain(dev) }));
}
log(`dev: ${dev.x.length} sentences`);
const padClasses = train.y.flatMap((c) => [...c]);
const model: PaddingWeights = {
  ...fit(train, padClasses.map((c) => (c === 1 ? 1 : 0)), padClasses.map((c) => (c === 0 ? UNLABELLED_WEIGHT : 1))),
  threshold: { strict: 0.5, balanced: 0.5, relaxed: 0.5 },
};
const scorer: PaddingModel = loadModel(model, 'padding-weights.json');
// Key facts: every sentence counts the same; a reader chose 4–6 of a page's sentences.
const keyFacts = fit(train, train.key.flatMap((c) => [...c]), train.key.flatMap((c) => [...c].map(() => 1)));

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
for (const s of SENSITIVITIES) {
  const limit = LIMITS[s];
  let chosen = 0.99;
  // The lowest threshold (the most padding found) that keeps within the limits on dev.
  for (let t = 0.99; t >= 0.3; t = Math.round((t - 0.01) * 100) / 100) {
    const r = tallyAt(dev, scorer, t);
    if (r.precision < limit.precision || r.protectedMarked > limit.protectedMarked) break;
    chosen = t;
  }
  model.threshold[s] = chosen;
  const r = tallyAt(dev, scorer, chosen);
  log(`${s}: threshold ${chosen} · dev recall ${pct(r.recall)}, precision ${pct(r.precision)}, real content marked ${pct(r.protectedMarked)}`);
}
const rulesOnly = tallyAt(dev, scorer, 2);
log(`rules alone on dev: recall ${pct(rulesOnly.recall)}, precision ${pct(rulesOnly.precision)}, real content marked ${pct(rulesOnly.protectedMarked)}`);

const files: [string, string][] = [
  [WEIGHTS_FILE, `${JSON.stringify(model, null, 1)}\n`],
  [KEY_FACT_FILE, `${JSON.stringify(keyFacts, null, 1)}\n`],
];
if (check) {
  const same = files.every(([file, text]) => readFileSync(file, 'utf8') === text);
  console.log(same ? 'The shipped weights are the ones training produces.' : 'The shipped weights differ from what training produces: run npm run train');
  process.exit(same ? 0 : 1);
}
for (const [file, text] of files) writeFileSync(file, text);
console.log(`wrote ${files.map(([f]) => f).join(' and ')}`);
