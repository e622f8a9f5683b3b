/**
 * addons-linter on the Firefox build, held to the bar the README states: no errors, and warnings
 * only for innerHTML assignments inside bundled third-party code (Readability, Preact). Each
 * warning is attributed by the code around it, so a new warning from our own code fails the run.
 *
 *   tsx scripts/check-firefox-lint.ts [.output/firefox-mv2]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Code that only the library in question contains, near the flagged assignment. */
const THIRD_PARTY: { name: string; why: string; signature: RegExp }[] = [
  {
    name: 'Readability',
    why: 'rebuilds the cloned document it parses, never a live page',
    signature: /this\._(charThreshold|isSingleImage|attempts|getInnerText|flagIsActive)/,
  },
  { name: 'Preact', why: 'the dangerouslySetInnerHTML path, which Winnow never uses', signature: /__html/ },
];

const dir = resolve(process.argv[2] ?? join(process.env.WINNOW_OUT_DIR ?? '.output', 'firefox-mv2'));
let out: string;
try {
  out = execFileSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (err) {
  // addons-linter exits non-zero when it finds errors; its JSON is still on stdout.
  out = String((err as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Finding[]; warnings: Finding[] };

let failed = false;
for (const e of report.errors) {
  failed = true;
  console.log(`ERROR   ${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`);
}
for (const w of report.warnings) {
  let owner: (typeof THIRD_PARTY)[number] | undefined;
  if (w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.file && w.line) {
    const line = readFileSync(join(dir, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
    const at = w.column ?? 0;
    const context = line.slice(Math.max(0, at - 300), at + 300);
    owner = THIRD_PARTY.find((t) => t.signature.test(context));
  }
  if (owner) console.log(`warning ${w.code} in ${w.file}: ${owner.name} (${owner.why})`);
  else {
    failed = true;
    console.log(`WARNING ${w.code} ${w.file ?? ''}:${w.line ?? ''} not from known third-party code: ${w.message}`);
  }
}
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings${failed ? ' — FAILED' : ', all in bundled third-party code'}`);
process.exit(failed ? 1 : 0);
