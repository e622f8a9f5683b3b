/**
 * Word counts that also work for Chinese, Japanese and Korean. Chinese and Japanese do not put
 * spaces between words, so a paragraph of 200 characters is one "word" to a space-based count and
 * would fail every length gate. Their characters are counted instead, two to a word (a common
 * equivalence for reading time). Korean does space its words, but each one carries particles and
 * endings an English sentence spells as separate words, so its syllables are counted the same way.
 */

/** Han ideographs (with extensions and compatibility forms), Hiragana, Katakana, Hangul syllables. */
const CJ_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Runs of letters or digits outside the CJK scripts. */
const OTHER_WORD = /[\p{L}\p{N}]+/gu;
const CJ_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+/gu;
/** Any East Asian letter, Hangul included: used to tell a CJK page from the rest. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER = /\p{L}/gu;

/** CJK characters per word, for counting. */
const CJ_CHARS_PER_WORD = 2;

/** Words in a text, with CJK text counted by characters. */
export function countTextWords(text: string): number {
  const cj = text.match(CJ_CHAR)?.length ?? 0;
  if (!cj) return text.match(OTHER_WORD)?.length ?? 0;
  const rest = text.replace(CJ_RUN, ' ').match(OTHER_WORD)?.length ?? 0;
  return rest + Math.ceil(cj / CJ_CHARS_PER_WORD);
}

/** Share (0–1) of a text's letters that are Chinese, Japanese or Korean; a sample is enough. */
export function cjkShare(text: string, sampleChars = 20_000): number {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (!letters) return 0;
  return (sample.match(CJK_LETTER)?.length ?? 0) / letters;
}

/** A page is read with the CJK thresholds when at least this share of its letters are CJK. */
export const CJK_PAGE_SHARE = 0.3;
