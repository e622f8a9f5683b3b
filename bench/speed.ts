/**
 * How long `analyze()` takes, extraction apart, and how that grows with length. Inputs are real
 * prose (article paragraphs concatenated), because synthetic text would not exercise the rules.
 */
import { performance } from 'node:perf_hooks';
import { analyze, type AnalysisInput } from '../utils/analysis';
import { countWords, type Block } from '../utils/extract';

const WARM_UP_MS = 1000;

interface SpeedSize {
  words: number;
  reps: number;
}

export interface SpeedResult {
  /** Asked-for size. */
  words: number;
  /** Words actually in the input (paragraphs are whole, so slightly more). */
  actualWords: number;
  reps: number;
  medianMs: number;
  minMs: number;
}

/** Paragraph blocks taken in turn (cycling when the source runs out) until `words` is reached. */
function buildInput(paragraphs: readonly string[], words: number): AnalysisInput {
  if (!paragraphs.length) throw new Error('no text to build a speed input from');
  const blocks: Block[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const block: Block = { kind: 'paragraph', text: paragraphs[i % paragraphs.length]! };
    blocks.push(block);
    total += countWords([block]);
  }
  return { title: '', lang: 'en', blocks };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function measureSpeed(paragraphs: readonly string[], sizes: readonly SpeedSize[]): SpeedResult[] {
  const inputs = sizes.map((size) => ({ size, input: buildInput(paragraphs, size.words) }));
  // Warm-up: let the JIT compile the hot paths (and the segmenter load) before anything counts.
  // Time-based, since a fixed count that suffices on one machine is too short on a slower one.
  const smallest = inputs[0]?.input;
  if (smallest) {
    const until = performance.now() + WARM_UP_MS;
    while (performance.now() < until) analyze(smallest);
  }
  for (const { input } of inputs.slice(1, 2)) for (let i = 0; i < 3; i++) analyze(input);

  return inputs.map(({ size, input }) => {
    analyze(input);
    const times: number[] = [];
    for (let r = 0; r < size.reps; r++) {
      const t0 = performance.now();
      analyze(input);
      times.push(performance.now() - t0);
    }
    return {
      words: size.words,
      actualWords: countWords(input.blocks),
      reps: size.reps,
      medianMs: median(times),
      minMs: Math.min(...times),
    };
  });
}
