import { wordCount } from '@/utils/text/tokens';

/**
 * Saved sentences carry no word counts; they are given them as the analysis counts them, so the
 * folded view here says the same "N of M words" as the popup. Here, not in components/: the popup
 * has its counts from the analysis and need not load the word splitter at startup.
 */
export function withWordCounts<S extends { text: string }>(sentences: readonly S[]): (S & { words: number })[] {
  return sentences.map((s) => ({ ...s, words: wordCount(s.text) }));
}
