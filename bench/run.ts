/**
 * `npm run bench`: scores Winnow and its baselines in one run and prints one table.
 *
 *   --data DIR       bench-data folder (default: ../shared/bench-data from the repo root)
 *   --fixtures DIR   a labelled-pages folder; repeat for several. Replaces the defaults
 *                    (tests/fixtures and ../shared/fixtures) when given.
 *   --corpus DIR     the labelled real-web corpus (default: corpus/pages)
 *   --only GROUP     rouge | facts | padding | corpus | leaks | language | junk | extraction | speed | budgets; repeat or comma-separate for several
 *   --limit N        first N documents per dataset, for quick runs
 *   --splits LIST    corpus splits to score (default all); `--splits train,dev` while choosing keeps blind unread
 *   --json FILE      also write the results as JSON
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { budgetsSection } from './budgets';
import { corpusSection } from './corpus/section';
import { CORPUS_DIR } from './corpus/pages';
import { SPLITS, type Split } from './corpus/split';
import { languageSection } from './language';
import { junkSection } from './junk-points';
import { TOKENIZATION } from './rouge';
import { leaksSection, paddingSection } from './padding-sections';
import { extractionSection } from './wcxb';
import { bbcSection, cnnDmSection, keyFactsSection, speedSection, type Context, type SectionResult } from './sections';
import { renderTable, type Column, type Row } from './table';

const GROUPS = ['rouge', 'facts', 'padding', 'corpus', 'leaks', 'language', 'junk', 'extraction', 'speed', 'budgets'] as const;
type Group = (typeof GROUPS)[number];

interface Section {
  id: string;
  group: Group;
  /** Budgets build the extension and drive a browser, so a section may be async. */
  run: (ctx: Context) => SectionResult | Promise<SectionResult>;
}

/** In print order. Padding precision/recall and boilerplate leak rows go here as new entries. */
const SECTIONS: Section[] = [
  { id: 'cnndm', group: 'rouge', run: cnnDmSection },
  { id: 'bbc', group: 'rouge', run: bbcSection },
  { id: 'facts', group: 'facts', run: keyFactsSection },
  { id: 'padding', group: 'padding', run: paddingSection },
  { id: 'corpus', group: 'corpus', run: corpusSection },
  { id: 'leaks', group: 'leaks', run: leaksSection },
  { id: 'language', group: 'language', run: languageSection },
  { id: 'junk', group: 'junk', run: junkSection },
  { id: 'wcxb', group: 'extraction', run: extractionSection },
  { id: 'speed', group: 'speed', run: speedSection },
  { id: 'budgets', group: 'budgets', run: budgetsSection },
];

const COLUMNS: Column[] = [
  { key: 'r1', title: 'R-1', align: 'right' },
  { key: 'r2', title: 'R-2', align: 'right' },
  { key: 'rl', title: 'R-L', align: 'right' },
  { key: 'words', title: 'Words', align: 'right' },
  { key: 'value', title: 'Value', align: 'left' },
];

interface Options {
  data: string;
  fixtures: string[];
  corpus: string;
  only: Group[];
  limit: number;
  splits: Split[];
  json: string | null;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `usage: npm run bench -- [--data DIR] [--fixtures DIR]... [--corpus DIR] [--only ${GROUPS.join('|')}] [--limit N] [--splits train,dev,blind] [--json FILE]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    // The defaults hang off the repo root, so the bench behaves the same from any cwd;
    // paths the user passes are taken from the cwd, as any command-line tool does.
    data: resolve(repoRoot, '../shared/bench-data'),
    fixtures: [],
    corpus: CORPUS_DIR,
    only: [],
    limit: Infinity,
    splits: [...SPLITS],
    json: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') fail(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--data':
        opts.data = resolve(value());
        break;
      case '--fixtures':
        opts.fixtures.push(resolve(value()));
        break;
      case '--corpus':
        opts.corpus = resolve(value());
        break;
      case '--only':
        for (const g of value().split(',')) {
          if (!(GROUPS as readonly string[]).includes(g)) fail(`--only takes ${GROUPS.join(', ')}; got "${g}"`);
          opts.only.push(g as Group);
        }
        break;
      case '--limit': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) fail('--limit takes a positive whole number');
        opts.limit = n;
        break;
      }
      case '--splits':
        opts.splits = value()
          .split(',')
          .map((x) => {
            if (!(SPLITS as readonly string[]).includes(x)) fail(`--splits takes ${SPLITS.join(', ')}; got "${x}"`);
            return x as Split;
          });
        break;
      case '--json':
        opts.json = resolve(value());
        break;
      case '-h':
      case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        fail(`unknown argument: ${arg}`);
    }
  }
  if (!opts.fixtures.length) opts.fixtures = [resolve(repoRoot, 'tests/fixtures'), resolve(repoRoot, '../shared/fixtures')];
  return opts;
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  const dataFound = existsSync(opts.data);
  if (!dataFound) console.log(`bench-data not found at ${opts.data}: pass --data DIR`);

  const ctx: Context = {
    dataDir: dataFound ? opts.data : null,
    fixtureDirs: opts.fixtures,
    corpusDir: opts.corpus,
    limit: opts.limit,
    splits: opts.splits,
    notes: [],
    progress: (m) => process.stderr.write(`bench: ${m}\n`),
  };
  const chosen = SECTIONS.filter((s) => !opts.only.length || opts.only.includes(s.group));
  const rows: Row[] = [];
  const tables: NonNullable<SectionResult['table']>[] = [];
  const results: Record<string, unknown> = {};
  for (const section of chosen) {
    const t0 = performance.now();
    const result = await section.run(ctx);
    ctx.progress(`${section.id} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    rows.push(...result.rows);
    if (result.table) tables.push(result.table);
    results[section.id] = result.json;
  }

  const limitNote = Number.isFinite(opts.limit) ? ` · first ${opts.limit} docs per dataset` : '';
  const title =
    `Winnow bench · ROUGE = F1 ×100, tokenization: ${TOKENIZATION}; R-L = LCS of whole token sequences; ` +
    `F1 per document, then mean · Words = mean candidate tokens${limitNote}`;
  if (rows.length || !tables.length) console.log(renderTable(title, COLUMNS, rows));
  for (const t of tables) console.log(`\n${renderTable(t.title, t.columns, t.rows)}`);

  const checks = rows.flatMap((r) => r.targets ?? []);
  const hard = checks.filter((c) => !c.stretch);
  const wallMs = performance.now() - started;
  if (checks.length) {
    console.log(`Targets: ${hard.filter((c) => c.pass).length}/${hard.length} PASS` +
      (checks.length > hard.length ? `; stretch ${checks.filter((c) => c.stretch && c.pass).length}/${checks.length - hard.length}` : ''));
  }
  for (const note of ctx.notes) console.log(`note: ${note}`);
  console.log(`Wall time: ${(wallMs / 1000).toFixed(1)} s`);

  if (opts.json) {
    const json = {
      date: new Date().toISOString(),
      options: { ...opts, limit: Number.isFinite(opts.limit) ? opts.limit : null },
      dataFound,
      tokenization: TOKENIZATION,
      wallMs,
      targets: checks,
      notes: ctx.notes,
      sections: results,
    };
    writeFileSync(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`JSON written to ${opts.json}`);
  }
}

await main();
