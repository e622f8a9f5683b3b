/**
 * What the padding trees see of a sentence: its own features, its neighbours' (padding comes in
 * runs: an intro of three chatty sentences, a closing paragraph of calls to action), the page's
 * average (a chatty page's first person means less than a news page's) and what its words say
 * (a word model's log-odds, see padding-model.ts). One definition, used by training and analysis.
 */
import { PADDING_FEATURES } from './padding-features';

export const CONTEXT_FEATURES = [
  ...PADDING_FEATURES,
  ...PADDING_FEATURES.map((f) => `prev:${f}`),
  ...PADDING_FEATURES.map((f) => `next:${f}`),
  ...PADDING_FEATURES.map((f) => `page:${f}`),
  'prev:words',
  'next:words',
  'page:words',
  'words',
] as const;

export const WORDS_FEATURE = CONTEXT_FEATURES.indexOf('words');
const PREV_WORDS = CONTEXT_FEATURES.indexOf('prev:words');
const NEXT_WORDS = CONTEXT_FEATURES.indexOf('next:words');
const PAGE_WORDS = CONTEXT_FEATURES.indexOf('page:words');

/** One row per sentence in CONTEXT_FEATURES order; `wordScores` are the word model's log-odds. */
export function contextRows(rows: readonly Float64Array[], wordScores: ArrayLike<number>): Float64Array[] {
  const d = PADDING_FEATURES.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j]! += r[j]! / rows.length;
  let pageWords = 0;
  for (let k = 0; k < rows.length; k++) pageWords += wordScores[k]! / rows.length;
  return rows.map((r, k) => {
    const out = new Float64Array(CONTEXT_FEATURES.length);
    out.set(r, 0);
    if (k > 0) out.set(rows[k - 1]!, d);
    if (k < rows.length - 1) out.set(rows[k + 1]!, 2 * d);
    out.set(mean, 3 * d);
    out[PREV_WORDS] = k > 0 ? wordScores[k - 1]! : 0;
    out[NEXT_WORDS] = k < rows.length - 1 ? wordScores[k + 1]! : 0;
    out[PAGE_WORDS] = pageWords;
    out[WORDS_FEATURE] = wordScores[k]!;
    return out;
  });
}
