/**
 * Sentence splitting on top of `Intl.Segmenter`, which knows quotes, decimals and most
 * punctuation but splits after abbreviations such as "Dr.", "U.S." and "z." (of "z. B."), and
 * leaves Chinese brackets astray. Those splits are mended here with the language pack of the
 * text (its abbreviations, its sentence starters, its full-width stops); line breaks (from `<br>`)
 * always end a sentence.
 */

import { languagePack } from '../lang/registry';
import type { Abbreviations, LanguagePack } from '../lang/types';

/** A list number on its own ("1.", "12.") that the segmenter cut from its heading or item. */
const LIST_NUMBER = /^\s*\d{1,3}\.\s*$/;
/** In languages that write ordinals with a full stop ("am 12. März", "3. kolo"; `ordinalDot` in utils/lang), a number then "." rarely ends a sentence. */
const ORDINAL_END = /(?:^|[\s(])\d{1,3}\.\s*$/;
const TOKEN_CHAR = /^[\p{L}.]$/u;
const SPACE = /\s/;
const QUOTE_END = /[?!…]["”’']?\s*$|["”’']\s*$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;
const FIRST_WORD = /^[\s"'“‘([]*([\p{L}\p{N}]+)/u;
/** Enough of either side of a cut to hold any abbreviation. */
const ABBREVIATION_WINDOW = 40;

/** Brackets and quotes that open and close inside a Chinese or Japanese sentence. */
const OPENERS = '（「『“‘【《〈〔［｛([';
const CLOSERS = '）」』”’】》〉〕］｝)]';
const LEADING_CLOSER = new RegExp(`^[${escapeClass(CLOSERS)}]`, 'u');
const ENDS_IN_CLOSER = new RegExp(`[${escapeClass(CLOSERS)}]$`, 'u');
/** A bracket left open longer than this was never closed: stop holding the sentence open for it. */
const MAX_BRACKET_SPAN = 400;
/** A full-width sentence longer than this is cut at its semicolons (；), clause by clause. */
const SEMICOLON_SPLIT_CHARS = 120;
const SEMICOLON = /(?<=；)/u;

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

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

type AbbreviationKind = 'always' | 'mayEnd' | 'company';

/** A pack's abbreviations as one pattern, and what each one does. */
interface AbbreviationMatcher {
  pattern: RegExp;
  kinds: Map<string, AbbreviationKind>;
}

/** A pack's splitting rules, compiled once. */
interface SplitRules {
  ordinalDot: boolean;
  abbreviations: AbbreviationMatcher | null;
  starters: ReadonlySet<string>;
  fullWidth: boolean;
  quoteContinuations: readonly string[];
}

const abbreviationKey = (s: string): string => s.toLowerCase().replace(/[.\s]/g, '');

function compileAbbreviations(a: Abbreviations): AbbreviationMatcher {
  const entries: [string, AbbreviationKind][] = [
    ...a.always.map((w): [string, AbbreviationKind] => [w, 'always']),
    ...(a.mayEnd ?? []).map((w): [string, AbbreviationKind] => [w, 'mayEnd']),
    ...(a.company ?? []).map((w): [string, AbbreviationKind] => [w, 'company']),
  ];
  const kinds = new Map(entries.map(([w, k]) => [abbreviationKey(w), k]));
  // Longest first, so "p. ex" wins over "p"; a stop inside matches with or without its space.
  const alternatives = entries
    .map(([w]) => w)
    .sort((x, y) => y.length - x.length)
    .map((w) => `${w.split(/\.\s*/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\.\\s*')}\\.`);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join('|')})`, 'giu'), kinds };
}

const RULES = new Map<LanguagePack, SplitRules>();

function rulesOf(pack: LanguagePack): SplitRules {
  let rules = RULES.get(pack);
  if (!rules) {
    rules = {
      ordinalDot: pack.ordinalDot === true,
      abbreviations: pack.abbreviations ? compileAbbreviations(pack.abbreviations) : null,
      starters: new Set(pack.sentenceStarters ?? []),
      fullWidth: pack.fullWidthStops === true,
      quoteContinuations: pack.quoteContinuations ?? [],
    };
    RULES.set(pack, rules);
  }
  return rules;
}

/**
 * How an abbreviation meets the cut between `prev` and `next`: 'inside' when the cut falls within
 * one ("z. | B."), its kind when `prev` ends with one ("Dr. | Smith"), else null.
 */
function abbreviationAtCut(prev: string, next: string, matcher: AbbreviationMatcher): 'inside' | AbbreviationKind | null {
  const head = prev.slice(-ABBREVIATION_WINDOW);
  const end = head.trimEnd().length;
  const window = head + next.slice(0, ABBREVIATION_WINDOW);
  for (const m of window.matchAll(matcher.pattern)) {
    const start = m.index;
    const stop = start + m[0].length;
    if (start >= end) break;
    if (stop > head.length) return 'inside';
    if (stop === end) return matcher.kinds.get(abbreviationKey(m[0])) ?? null;
  }
  return null;
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

/** Where the opening brackets and quotes at the end of `text` (and any space after them) begin; `text.length` if none. */
function trailingOpeners(text: string): number {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && OPENERS.includes(text[start - 1]!)) start--;
  return start < end ? start : text.length;
}

/** Brackets and quotes opened and not yet closed in `text`. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

/** Chinese and Japanese: keep brackets and quotes whole, and a quote that the sentence goes on after. */
function shouldJoinFullWidth(prev: string, next: string, rules: SplitRules): boolean {
  if (prev.length > MAX_BRACKET_SPAN) return false;
  if (LEADING_CLOSER.test(next)) return true;
  // Openers at the very end belong to the next sentence (moved there by splitSentences).
  if (openBrackets(prev.slice(0, trailingOpeners(prev))) > 0) return true;
  return ENDS_IN_CLOSER.test(prev.trimEnd()) && rules.quoteContinuations.some((w) => next.startsWith(w));
}

/** Should the piece ending in `prev` be joined with the piece starting `next`? */
function shouldJoin(prev: string, next: string, rules: SplitRules): boolean {
  if (rules.fullWidth && shouldJoinFullWidth(prev, next, rules)) return true;
  if (rules.ordinalDot && ORDINAL_END.test(prev) && /^\s*[\p{L}\d]/u.test(next)) return true;
  // '"Really?" he asked.' is one sentence: a quoted question or exclamation, then lowercase.
  if (QUOTE_END.test(prev) && /^\s*\p{Ll}/u.test(next)) return true;
  if (LIST_NUMBER.test(prev)) return true;
  const last = lastToken(prev);
  if (last === null) return false;
  const first = FIRST_WORD.exec(next)?.[1] ?? '';
  const nextLower = first !== '' && first === first.toLowerCase();
  const nextDigit = /^\d/.test(first);

  const abbreviation = rules.abbreviations ? abbreviationAtCut(prev, next, rules.abbreviations) : null;
  if (abbreviation === 'inside' || abbreviation === 'always') return true;
  // "Acme, Inc. (NASDAQ: ACME) said" goes on after the bracket; "founded Acme Inc. The company" ends.
  if (abbreviation === 'company' && /^\s*[(,;]/.test(next)) return true;
  if (abbreviation !== null) return nextLower || nextDigit;
  const token = last.replace(/^\.+/, '');
  // A single capital initial: "J. K. Rowling", "George W. Bush".
  if (/^\p{Lu}$/u.test(token)) return true;
  if (INITIALISM.test(token)) {
    // "U.S. officials", "U.S. Senate" join; "in the U.S. The next day" splits.
    if (nextLower || nextDigit) return true;
    return first !== '' && !rules.starters.has(first.toLowerCase());
  }
  return false;
}

/** What trim() keeps: \s is the same set of characters (white space and line terminators). */
const NON_SPACE = /\S/;

/** A long full-width sentence cut into its clauses at ；, brackets kept whole. */
function semicolonClauses(sentence: string): string[] {
  if (sentence.length <= SEMICOLON_SPLIT_CHARS || !sentence.includes('；')) return [sentence];
  const out: string[] = [];
  let pending = '';
  for (const part of sentence.split(SEMICOLON)) {
    pending += part;
    if (openBrackets(pending) === 0 && pending.trim()) {
      out.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

/** Splits text into sentences; returned sentences are trimmed and never empty. */
export function splitSentences(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  const rules = rulesOf(languagePack(lang));
  const push = (sentence: string): void => {
    if (rules.fullWidth) out.push(...semicolonClauses(sentence));
    else out.push(sentence);
  };
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
      if (kept && !shouldJoin(pending, segment, rules)) {
        // "。（完）": the segmenter leaves an opening bracket with the sentence before; it opens the next.
        const cut = rules.fullWidth ? trailingOpeners(pending) : pending.length;
        const head = pending.slice(0, cut).trim();
        if (head) {
          push(head);
          pending = pending.slice(cut);
        }
      }
      pending += segment;
    }
    const kept = pending.trim();
    if (kept) push(kept);
  }
  return out;
}
