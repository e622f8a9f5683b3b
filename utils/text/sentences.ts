/**
 * Sentence splitting on top of `Intl.Segmenter`, which knows quotes, decimals and most
 * punctuation but splits after abbreviations such as "Dr." and "U.S.". Those splits are mended
 * here; line breaks (from `<br>`) always end a sentence.
 */

import { languagePack } from '../lang/registry';

/** Abbreviations that almost never end a sentence: always joined to what follows. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'fr', 'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'cf',
  'approx', 'fig', 'figs', 'vol', 'pp', 'p', 'ed', 'eds', 'inc', 'ltd', 'co', 'corp', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd',
  'al', 'ft', 'mins', 'min', 'hrs', 'sq', 'oz', 'lb', 'lbs', 'tbsp', 'tsp', 'llc', 'plc', 'bros',
]);
/** Of those, the ones that commonly do end a sentence: joined only when lowercase follows. */
const MAY_END = new Set([
  'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'no', 'est', 'al', 'p', 'v', 'min', 'mins', 'oz', 'lb', 'lbs', 'ft',
]);
/**
 * Company suffixes: "Acme, Inc. (NASDAQ: ACME) said" goes on after the bracket, while
 * "founded Acme Inc. The company" ends; a ticker or aside in brackets almost never opens a sentence.
 */
const COMPANY = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros']);
/** A list number on its own ("1.", "12.") that the segmenter cut from its heading or item. */
const LIST_NUMBER = /^\s*\d{1,3}\.\s*$/;

/** Words that usually start a new sentence; after "U.S." they mean the split was right. */
const STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'as', 'if', 'when', 'while', 'after', 'before', 'since', 'there', 'here', 'what', 'why', 'how',
  'who', 'still', 'however', 'meanwhile', 'now', 'then', 'also', 'some', 'many', 'most', 'no',
]);

/** In languages that write ordinals with a full stop ("am 12. März", "3. kolo"; `ordinalDot` in utils/lang), a number then "." rarely ends a sentence. */
const ORDINAL_END = /(?:^|[\s(])\d{1,3}\.\s*$/;
const TOKEN_CHAR = /^[\p{L}.]$/u;
const SPACE = /\s/;
const QUOTE_END = /[?!…]["”’']?\s*$|["”’']\s*$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;
const FIRST_WORD = /^[\s"'“‘([]*([\p{L}\p{N}]+)/u;

let cachedSegmenter: { lang: string; seg: Intl.Segmenter } | null = null;

function segmenter(lang: string): Intl.Segmenter {
  if (cachedSegmenter?.lang !== lang) {
    let seg: Intl.Segmenter;
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    cachedSegmenter = { lang, seg };
  }
  return cachedSegmenter.seg;
}

/**
 * The letters and dots before a final full stop ("U.S" in "in the U.S. "), or null: what
 * /([\p{L}.]+)\.\s*$/u captures, read back from the end rather than tried at every position.
 */
function lastToken(prev: string): string | null {
  let end = prev.length;
  while (end > 0 && SPACE.test(prev[end - 1]!)) end--;
  if (prev[end - 1] !== '.') return null;
  const dot = end - 1;
  let start = dot;
  while (start > 0) {
    // Step back one code point: a letter outside the BMP is a surrogate pair.
    const pair = start >= 2 && /[\uDC00-\uDFFF]/.test(prev[start - 1]!) && /[\uD800-\uDBFF]/.test(prev[start - 2]!);
    const size = pair ? 2 : 1;
    if (!TOKEN_CHAR.test(prev.slice(start - size, start))) break;
    start -= size;
  }
  return start < dot ? prev.slice(start, dot) : null;
}

/** Should the piece ending in `prev` be joined with the piece starting `next`? */
function shouldJoin(prev: string, next: string, ordinalDot: boolean): boolean {
  if (ordinalDot && ORDINAL_END.test(prev) && /^\s*[\p{L}\d]/u.test(next)) return true;
  // '"Really?" he asked.' is one sentence: a quoted question or exclamation, then lowercase.
  if (QUOTE_END.test(prev) && /^\s*\p{Ll}/u.test(next)) return true;
  if (LIST_NUMBER.test(prev)) return true;
  const last = lastToken(prev);
  if (last === null) return false;
  const token = last.replace(/^\.+/, '');
  const lower = token.toLowerCase();
  const first = FIRST_WORD.exec(next)?.[1] ?? '';
  const nextLower = first !== '' && first === first.toLowerCase();
  const nextDigit = /^\d/.test(first);

  if (COMPANY.has(lower) && /^\s*[(,;]/.test(next)) return true;
  if (TITLES.has(lower)) return MAY_END.has(lower) ? nextLower || nextDigit : true;
  // A single capital initial: "J. K. Rowling", "George W. Bush".
  if (/^\p{Lu}$/u.test(token)) return true;
  if (INITIALISM.test(token)) {
    // "U.S. officials", "U.S. Senate" join; "in the U.S. The next day" splits.
    if (nextLower || nextDigit) return true;
    return first !== '' && !STARTERS.has(first.toLowerCase());
  }
  return false;
}

/** What trim() keeps: \s is the same set of characters (white space and line terminators). */
const NON_SPACE = /\S/;

/** Splits text into sentences; returned sentences are trimmed and never empty. */
export function splitSentences(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  const ordinalDot = languagePack(lang).ordinalDot === true;
  for (const line of text.split(/\n+/)) {
    if (!line.trim()) continue;
    let pending = '';
    for (const { segment } of segmenter(lang).segment(line)) {
      // A test, not trim(): trim() cuts out a new string for every segment with a trailing space.
      if (!NON_SPACE.test(segment)) {
        pending += segment;
        continue;
      }
      const kept = pending.trim();
      if (kept && !shouldJoin(pending, segment, ordinalDot)) {
        out.push(kept);
        pending = '';
      }
      pending += segment;
    }
    const kept = pending.trim();
    if (kept) out.push(kept);
  }
  return out;
}
