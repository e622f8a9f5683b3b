/**
 * What the key-fact trees see of a sentence besides the padding trees' context row: where it
 * stands among the page's prose (first content sentence, first of its section, first of its
 * paragraph), and how it ranks within its own page on the numbers that make a fact (centrality,
 * title words, specifics, length, figures). Readers pick a handful of sentences per page, so a
 * sentence's standing on its page says more than its raw numbers, which vary from page to page.
 */
import type { SentenceFeatures } from '../features';
import { leans } from '../point-spans';
import { sectionsOf } from '../sections';
import { CONTEXT_FEATURES, WORDS_FEATURE } from './padding-context';
import { PADDING_FEATURES } from './padding-features';

/** Padding features whose rank within the page the key-fact trees see. */
const RANKED = ['centrality', 'titleOverlap', 'specificity', 'length', 'names', 'newWords'] as const;

/** What the sentence's place on the page says, computed from the sentences alone (see `standing`). */
export const STANDING = [
  'proseRank',
  'proseRankLog',
  'proseCount',
  'sections',
  'rankInSection',
  'sectionShare',
  'blockRank',
  'blockSize',
  'rank:figures',
  'leans',
  'firstItem',
] as const;

export const KEY_FACT_FEATURES = [...CONTEXT_FEATURES, ...STANDING, 'rank:words', ...RANKED.map((f) => `rank:${f}`)] as const;

const HEADING_COLUMN = PADDING_FEATURES.indexOf('heading');

/** Each value's standing among `values` at the indices `among` (0 lowest, 1 highest; ties share the middle). */
function ranks(values: Float64Array, among: readonly number[]): Float64Array {
  const out = new Float64Array(values.length);
  const sorted = among.map((i) => values[i]!).sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 2) return out;
  for (const i of among) {
    const v = values[i]!;
    // The first index holding v or more, then the first holding more.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sorted[m]! < v) lo = m + 1;
      else hi = m;
    }
    let up = lo;
    while (up < n && sorted[up] === v) up++;
    out[i] = (lo + up - 1) / 2 / (n - 1);
  }
  return out;
}

/** Per sentence, its STANDING row: where it sits among the page's prose, sections and paragraphs. */
export function standing(sentences: readonly SentenceFeatures[]): Float64Array[] {
  const n = sentences.length;
  const proseSentences = sentences.filter((s) => s.blockKind !== 'heading');
  const prose = proseSentences.map((s) => s.index);
  const proseRank = new Int32Array(n);
  prose.forEach((i, r) => (proseRank[i] = r));
  const { sectionOf, rankInSection, sizes: sectionSize } = sectionsOf(sentences, proseSentences);
  const blockRank = new Map<number, number>();
  const blockSize = new Map<number, number>();
  for (const i of prose) {
    const b = sentences[i]!.block;
    if (!blockRank.has(b)) blockRank.set(b, blockRank.size);
    blockSize.set(b, (blockSize.get(b) ?? 0) + 1);
  }
  const figures = ranks(Float64Array.from(sentences, (s) => s.numbers), prose);
  return sentences.map((s, k) =>
    Float64Array.of(
      Math.min(proseRank[k]!, 40) / 40,
      Math.log1p(proseRank[k]!) / Math.log(100),
      Math.log1p(prose.length) / Math.log(500),
      Math.min(sectionSize.size, 12) / 12,
      Math.min(rankInSection[k]!, 10) / 10,
      (sectionSize.get(sectionOf[k]!) ?? 0) / (prose.length || 1),
      Math.min(blockRank.get(s.block) ?? 0, 30) / 30,
      Math.min(blockSize.get(s.block) ?? 0, 10) / 10,
      figures[k]!,
      leans(s) ? 1 : 0,
      s.blockKind === 'list-item' && sentences[k - 1]?.blockKind !== 'list-item' ? 1 : 0,
    ),
  );
}

/** The key-fact trees' rows (KEY_FACT_FEATURES): each context row, its standing, and its ranks on the page. */
export function keyFactRows(standingRows: readonly Float64Array[], context: readonly Float64Array[]): Float64Array[] {
  const prose: number[] = [];
  context.forEach((r, i) => {
    if (!r[HEADING_COLUMN]) prose.push(i);
  });
  const column = (j: number) => Float64Array.from(context, (r) => r[j]!);
  const ranked = [WORDS_FEATURE, ...RANKED.map((f) => PADDING_FEATURES.indexOf(f))].map((j) => ranks(column(j), prose));
  return context.map((row, k) => {
    const out = new Float64Array(KEY_FACT_FEATURES.length);
    out.set(row, 0);
    out.set(standingRows[k]!, CONTEXT_FEATURES.length);
    ranked.forEach((r, j) => (out[CONTEXT_FEATURES.length + STANDING.length + j] = r[k]!));
    return out;
  });
}
