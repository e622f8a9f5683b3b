/**
 * The code a key point introduces. A tutorial's sentence "In Example 1, I'll show you how to draw
 * a plot." means little without the code under it, so a point whose sentence introduces a code
 * block carries that code (plain text, capped) to be shown with it.
 */
import type { Block } from '../extract/types';
import type { SentenceFeatures } from './features';

/** Longest code a point carries: a point is read at a glance, the article has the rest. */
export const MAX_CODE_LINES = 20;
export const MAX_CODE_CHARS = 1200;
/** Marks code cut to the caps: the point shows the beginning only. */
export const CODE_CUT = '…';

/** A paragraph this short (in sentences) introduces the code under it as a whole. */
const SHORT_BLOCK = 3;
/** A label between an introducing colon and its code ("app.js", "Output") has at most this many words. */
const LABEL_WORDS = 4;

/** Prose blocks: a heading or caption right above code names it, it does not introduce it. */
const INTRODUCING = new Set<Block['kind']>(['paragraph', 'list-item', 'quote']);

/** Code cut to the caps at a line end (a single over-long line is cut inside), marked when cut. */
export function capCode(code: string): string {
  const lines = code.split('\n');
  let kept = '';
  let n = 0;
  for (const line of lines) {
    const next = n === 0 ? line : `${kept}\n${line}`;
    if (n >= MAX_CODE_LINES || next.length > MAX_CODE_CHARS) {
      const head = n === 0 ? line.slice(0, MAX_CODE_CHARS) : kept;
      return `${head.replace(/\s+$/, '')}\n${CODE_CUT}`;
    }
    kept = next;
    n++;
  }
  return kept;
}

/**
 * The code blocks (consecutive ones joined by a blank line) that the point ending on sentence `last`
 * introduces, capped; undefined when it introduces none. A sentence introduces the code right
 * after its block when it is the block's last sentence or its block is short; a sentence ending in
 * a colon also reaches over one short label ("app.js:", "Output") to its code.
 */
export function codeAfter(last: number, sentences: readonly SentenceFeatures[], blocks: readonly Block[]): string | undefined {
  const s = sentences[last];
  if (!s || !INTRODUCING.has(s.blockKind)) return undefined;
  const endsBlock = sentences[last + 1]?.block !== s.block;
  const blockSize = s.inBlock + 1 + countAfter(last, sentences);
  if (!endsBlock && blockSize > SHORT_BLOCK) return undefined;
  let next = s.block + 1;
  const label = blocks[next];
  if (endsBlock && /:\s*$/.test(s.text) && label && label.kind !== 'code' && isLabel(label)) next++;
  const code: string[] = [];
  for (let b = next; blocks[b]?.kind === 'code'; b++) code.push(blocks[b]!.text);
  return code.length ? capCode(code.join('\n\n')) : undefined;
}

function countAfter(i: number, sentences: readonly SentenceFeatures[]): number {
  let n = 0;
  const block = sentences[i]!.block;
  for (let j = i + 1; sentences[j]?.block === block; j++) n++;
  return n;
}

function isLabel(block: Block): boolean {
  return block.text.split(/\s+/).length <= LABEL_WORDS && !/[.!?]$/.test(block.text);
}
