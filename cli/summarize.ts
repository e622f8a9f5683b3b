import { DEFAULT_POINTS, DEFAULT_SENSITIVITY, isPointCount, isSensitivity, MAX_POINTS, MIN_POINTS, SENSITIVITIES } from '../utils/analysis';
import type { Sensitivity } from '../utils/analysis';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../utils/analysis';
import { formatReport } from './format';
import { summarizeInput, toJson, type FileResult } from './summarize-file';

/** Inputs read by one worker before it is replaced by a fresh one: memory stays flat over any batch. */
const PER_WORKER = 20;

const USAGE = `Usage: npm run summarize -- <file.html|file.txt|-> [more files…] [--json] [--points N] [--sensitivity ${SENSITIVITIES.join('|')}]

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
  const args: Args = { inputs: [], json: false, points: DEFAULT_POINTS, sensitivity: DEFAULT_SENSITIVITY };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--points' || a.startsWith('--points=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      const n = Number(v);
      if (!isPointCount(n)) return `--points takes a whole number from ${MIN_POINTS} to ${MAX_POINTS}`;
      args.points = n;
    } else if (a === '--sensitivity' || a.startsWith('--sensitivity=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (!isSensitivity(v)) return `--sensitivity takes one of ${SENSITIVITIES.join(', ')}`;
      args.sensitivity = v;
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('--')) return `Unknown option ${a}`;
    else args.inputs.push(a);
  }
  if (!args.inputs.length) return 'Name at least one file.';
  return args;
}

/** Reads one batch in a worker, handing each result on as it comes, in order. */
function inWorker(inputs: string[], options: AnalyzeOptions, each: (r: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./summarize-worker.mjs', import.meta.url), { workerData: { inputs, options } });
    let done = 0;
    worker.on('message', (r: FileResult) => {
      each(r);
      if (++done === inputs.length) void worker.terminate().then(() => resolve());
    });
    worker.on('error', reject);
    worker.on('exit', () => (done === inputs.length ? resolve() : reject(new Error(`a reader stopped after ${done} of ${inputs.length} files`))));
  });
}

/** Every input's result, in order: in this process for a few files, in fresh workers for long batches. */
async function summarizeAll(inputs: string[], options: AnalyzeOptions, each: (r: FileResult, i: number) => void): Promise<void> {
  if (inputs.length <= PER_WORKER || inputs.includes('-')) {
    inputs.forEach((input, i) => each(summarizeInput(input, options), i));
    return;
  }
  for (let start = 0; start < inputs.length; start += PER_WORKER) {
    let i = start;
    await inWorker(inputs.slice(start, start + PER_WORKER), options, (r) => each(r, i++));
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) console.error(`${args}\n`);
    console.error(USAGE);
    return args ? 1 : 0;
  }
  let status = 0;
  await summarizeAll(args.inputs, { points: args.points, sensitivity: args.sensitivity }, (result, i) => {
    const input = args.inputs[i]!;
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

process.exitCode = await main();
