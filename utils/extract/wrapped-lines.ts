/**
 * Hard-wrapped paragraphs: a `<p>` whose text was broken every ~70 characters, by newlines in the
 * source or by `<br>`, would otherwise be read as half-sentences. A paragraph is taken for wrapped
 * prose when one of its lines (the last aside) is long, not every line ends in punctuation, and
 * the breaks that fall mid-sentence mostly run on into a lowercase word (a wrap cuts anywhere; a
 * list of titles starts each line anew). Then each break that falls mid-sentence is joined with a
 * space. Verse, addresses and lists of lines (all lines short, every line ending in punctuation,
 * or each line starting with a capital) keep their breaks: there each line means something on its own.
 */

/** A line at least this long (in characters, the last line aside) is prose that ran on, not a verse line. */
const LONG_LINE = 40;

/** Ends a sentence: . ! ? … (and full-width ones), possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]）」』]*$/u;
/** Ends in any punctuation a deliberate line ends with (a verse line's comma, an address line's comma). */
const PUNCTUATED = /[.!?…。！？,;:，；：\-–—]["'”’»)\]）」』]*$/u;
/** Chinese, Japanese and Korean script: lines in these join without a space. */
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A line that carries on the sentence before it: a lowercase word, a figure, a bracket, or CJK (no case to tell). */
const RUNS_ON = /^(?:[\p{Ll}\d([]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/u;

function looksWrapped(lines: readonly string[]): boolean {
  const inner = lines.slice(0, -1);
  if (!inner.some((l) => l.length >= LONG_LINE) || inner.every((l) => PUNCTUATED.test(l))) return false;
  let midSentence = 0;
  let runOn = 0;
  for (let i = 1; i < lines.length; i++) {
    if (SENTENCE_END.test(lines[i - 1]!)) continue;
    midSentence++;
    if (RUNS_ON.test(lines[i]!)) runOn++;
  }
  return runOn * 2 >= midSentence;
}

/**
 * The text with the line breaks that fall mid-sentence in wrapped prose replaced by a space (no
 * space between CJK characters). Expects text whose lines are already trimmed (normalizeText).
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.length < 2 || !looksWrapped(lines)) return lines.join('\n');
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (SENTENCE_END.test(prev)) out += `\n${line}`;
    else out += (CJK_END.test(prev) && CJK_START.test(line) ? '' : ' ') + line;
  }
  return out;
}
