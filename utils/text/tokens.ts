/** Word tokens: letters and digits, with inner apostrophes and hyphens kept ("don't", "e-mail"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let wordSegmenter: Intl.Segmenter | null = null;

/** Words of a run with no spaces (Chinese, Japanese, Thai…), by the platform's dictionary segmenter. */
function segmentWords(run: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter.segment(run)) if (isWordLike) out.push(segment);
  return out;
}

export function words(text: string): string[] {
  const found = text.match(WORD) ?? [];
  if (!UNSPACED.test(text)) return found;
  return found.flatMap((w) => (UNSPACED.test(w) ? segmentWords(w) : [w]));
}

/**
 * How many words a text has, as every view shows it: the popup's counts (the analysis's `words`,
 * which are `words(text)` as the sentences are built) and the saved-summaries page's alike.
 */
export function wordCount(text: string): number {
  return words(text).length;
}

/** Lowercased tokens for comparing sentences; the curly apostrophe is folded to the plain one. */
export function terms(text: string): string[] {
  return words(text).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

/**
 * A light stem for English-like languages so that "leak", "leaks" and "leaked" meet; other
 * scripts pass through. Deliberately crude: it only has to group, never to be shown.
 */
export function stem(term: string): string {
  if (term.length <= 4 || !LOWER_WORD.test(term)) return term;
  // String tests, not a chain of four regex replaces: this runs for every distinct word.
  let t = term;
  if (t.endsWith("'s")) t = t.slice(0, -2);
  if (t.endsWith('ies')) t = `${t.slice(0, -3)}y`;
  // The leftmost suffix that ends the word, as /(?:ing|ed|es|s|ly)$/ would find it.
  if (t.endsWith('ing')) t = t.slice(0, -3);
  else if (t.endsWith('ed') || t.endsWith('es') || t.endsWith('ly')) t = t.slice(0, -2);
  else if (t.endsWith('s')) t = t.slice(0, -1);
  // A doubled last letter ("stopp" from "stopped") loses one.
  if (t.length >= 2 && t[t.length - 1] === t[t.length - 2]) t = t.slice(0, -1);
  return t;
}

const LOWER_WORD = /^[a-z'-]+$/;
