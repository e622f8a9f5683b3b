import { DEFAULT_POINTS, MAX_POINTS } from '../utils/analysis';
import type { Sensitivity } from '../utils/analysis';
import { formatReport } from './format';
import { summarizeInput, toJson } from './summarize-file';

const USAGE = `Usage: npm run summarize -- <file.html|file.txt|-> [more files…] [--json] [--points N] [--sensitivity strict|balanced|relaxed]

Reads each page (HTML, or plain text with paragraphs separated by blank lines; '-' reads HTML from
stdin), and prints its key points and the padding found. With --json, prints one JSON object per
input, one per line. Exit status: 0 all fine, 3 when an input is not an article, 1 on other errors.`;

interface Args {
  inputs: string[];
  json: boolean;
  points: number;
  sensitivity: Sensitivity;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { inputs: [], json: false, points: DEFAULT_POINTS, sensitivity: 'balanced' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--points' || a.startsWith('--points=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > MAX_POINTS) return `--points takes a whole number from 1 to ${MAX_POINTS}`;
      args.points = n;
    } else if (a === '--sensitivity' || a.startsWith('--sensitivity=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (v !== 'strict' && v !== 'balanced' && v !== 'relaxed') return '--sensitivity takes strict, balanced or relaxed';
      args.sensitivity = v;
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('--')) return `Unknown option ${a}`;
    else args.inputs.push(a);
  }
  if (!args.inputs.length) return 'Name at least one file.';
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) console.error(`${args}\n`);
    console.error(USAGE);
    return args ? 1 : 0;
  }
  let status = 0;
  args.inputs.forEach((input, i) => {
    const result = summarizeInput(input, { points: args.points, sensitivity: args.sensitivity });
    if (args.json) {
      console.log(JSON.stringify(toJson(result)));
    } else if (result.ok) {
      if (args.inputs.length > 1) console.log(`${i > 0 ? '\n' : ''}== ${input}`);
      console.log(formatReport(result.article, result.analysis));
    }
    if (!result.ok) {
      if (!args.json || result.code !== 'not-article') console.error(`${input}: ${result.message}`);
      const code = result.code === 'not-article' ? 3 : 1;
      // An error outranks "not an article" when several inputs fail differently.
      if (status !== 1) status = code;
    }
  });
  return status;
}

process.exitCode = main();
