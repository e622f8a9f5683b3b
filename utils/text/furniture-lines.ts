/**
 * Lines of page furniture told by their shape, in any language with a pack (utils/lang): a date
 * line ("Nov. 20, 2019, 9:28 AM UTC", "Updated 10:43, Tue, Nov 19, 2019"), a byline ("By Justine
 * Coleman - 11/18/19 11:04 PM EST", or the page's own author), a breadcrumb trail ("Home → News →
 * …"), a web address or a torn-off piece of markup, a nutrition line. General shapes only: each
 * test says what the line is made of, never which page it came from.
 */
import { languagePack, PACKS } from '../lang/registry';
import { calendarWords } from './calendar-words';
import { stopwords } from './stopwords';

/** A line longer than this is prose, whatever it starts with. */
const MAX_DATE_LINE_WORDS = 25;
const MAX_BYLINE_WORDS = 25;
/** A name: up to this many capitalised words. */
const MAX_NAME_WORDS = 6;
/** After a byline's name: a role or outlet ("AP Auto Writer") of at most this many words. */
const MAX_ROLE_WORDS = 8;
const MAX_CRUMB_WORDS = 5;
const MAX_LAST_CRUMB_WORDS = 24;
const MIN_NUTRIENTS = 3;
/** Furniture lines are short in characters too: past this, no test runs (and no regex meets a hostile giant). */
const MAX_LINE_CHARS = 300;

const WORD = /[\p{L}\p{M}]+/gu;
const DIGIT = /\d/;
/** A numeric date or a clock time: "11/18/19", "2019-11-20", "9:28". */
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[:h.]\d{2}(?!\d)/;
/** Time zones as written: EST, GMT, UTC, CEST, ET, HST… (upper case in the text). */
const ZONE = /^(?:[A-Z]{1,4}T|UTC|Z)$/;
/** Ordinal endings glued to a day: 20th, 1er, 1º. */
const ORDINAL = new Set(['st', 'nd', 'rd', 'th', 'er', 'e', 'º', 'ª', 'o', 'a']);
/** Joins in a name: "Ana de la Cruz", "Lia Eustachewich and Yaron Steinbuch". */
const NAME_JOINS = new Set(['de', 'la', 'le', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'and', 'y', 'e', 'et', 'und', 'en']);
const SEPARATOR = /^[\s\-–—|·•,:;/]+/;
/** "Tags: sad": a one-word label, a colon, a short value. */
const FIELD = /^\p{Lu}[\p{L}\p{M}]*\s*:\s*\S/u;
const MAX_FIELD_WORDS = 5;

/**
 * Languages whose date words count on every page: those with cue lists. A page's declared language
 * is often wrong, and its furniture may be in another language than its text; a line made only of
 * date words in any of them is still a date line.
 */
const DATE_LANGUAGES = PACKS.filter((p) => p.cues?.datelineWords).map((p) => p.code);

type ListName = 'datelineWords' | 'bylineWords';
const lists = new Map<string, ReadonlySet<string>>();
/** The page language's words of a list and those of every language with cue lists. */
function wordsOf(lang: string, list: ListName): ReadonlySet<string> {
  const key = `${lang}:${list}`;
  let set = lists.get(key);
  if (!set) {
    set = new Set([...DATE_LANGUAGES, lang].flatMap((l) => languagePack(l).cues?.[list]?.words ?? []));
    lists.set(key, set);
  }
  return set;
}

const calendar = (lang: string): ReadonlySet<string> => calendarWords(lang, DATE_LANGUAGES);

const fold = (text: string): string => text.toLowerCase().replace(/\b([ap])\.m\.?/g, '$1m').replace(/[’‘]/g, "'");

/** "Nov. 20, 2019, 9:28 AM UTC": only dates, times, zones and the words around them ("Updated", "at"). */
export function isDateLine(text: string, lang: string): boolean {
  if (text.length > MAX_LINE_CHARS || !DIGIT.test(text)) return false;
  const words = text.replace(/\b([ap])\.m\.?/gi, '$1m').match(WORD) ?? [];
  if (words.length > MAX_DATE_LINE_WORDS) return false;
  const names = calendar(lang);
  const glue = wordsOf(lang, 'datelineWords');
  let named = false;
  for (const w of words) {
    const lower = fold(w);
    if (names.has(lower)) named = true;
    else if (!glue.has(lower) && !ZONE.test(w) && !ORDINAL.has(lower)) return false;
  }
  return named || NUMERIC_DATE.test(text);
}

/** Length of the name at the start of `text` (capitalised words and joins), in characters; 0 when none. */
function nameLength(text: string, calendarNames: ReadonlySet<string>): number {
  const re = /([\p{L}\p{M}][\p{L}\p{M}'’.-]*)(\s*,?\s*)/uy;
  let end = 0;
  let names = 0;
  let words = 0;
  for (let m = re.exec(text); m && words < MAX_NAME_WORDS + 2; m = re.exec(text)) {
    const w = m[1]!;
    const capital = /^\p{Lu}/u.test(w);
    if (capital && !calendarNames.has(fold(w).replace(/\.$/, ''))) names++;
    else if (!NAME_JOINS.has(w.toLowerCase()) || names === 0) break;
    words++;
    end = re.lastIndex - m[2]!.length;
    if (m[2]!.includes(',')) break;
  }
  return names > 0 && names <= MAX_NAME_WORDS ? end : 0;
}

/** What may follow a byline's name: nothing, a date line, or a short role or outlet ("AP Auto Writer"). */
function bylineTail(rest: string, lang: string): boolean {
  const tail = rest.replace(SEPARATOR, '').trim();
  if (!tail || isDateLine(tail, lang)) return true;
  // "AP Auto Writer | November 18, 2019 at 2:26 PM": a role, then a date line.
  const parts = tail.split(/\s+[-–—|·•]\s+|\s*[|·•]\s*/);
  if (parts.length > 1 && parts.slice(1).every((p) => !p.trim() || isDateLine(p, lang) || bylineTail(p, lang))) return bylineTail(parts[0]!, lang);
  // "Categoria: Saúde", "Tags: sad": a field of the page's details line.
  if (FIELD.test(tail) && (tail.match(WORD) ?? []).length <= MAX_FIELD_WORDS) return true;
  const words = tail.match(WORD) ?? [];
  if (!words.length || words.length > MAX_ROLE_WORDS || /[.!?]$/.test(tail)) return false;
  const stop = stopwords(lang);
  return words.every((w) => /^\p{Lu}/u.test(w) || stop.has(w.toLowerCase()));
}

/** A dash, a name, a handle in brackets, then (group 1) what should be a date. */
const SIGNATURE = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(.+)$/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built once per language: the checks run on every short sentence of an article. */
const bylineRegexes = new Map<string, { opening: RegExp; closing: RegExp; anywhere: RegExp }>();
function bylinePatterns(lang: string): { opening: RegExp; closing: RegExp; anywhere: RegExp } {
  let p = bylineRegexes.get(lang);
  if (!p) {
    const by = [...wordsOf(lang, 'bylineWords')].map(escape).join('|');
    p = {
      opening: new RegExp(`^(?:${by})\\s*:?\\s+`, 'iu'),
      closing: new RegExp(`^(.*\\d.*?)\\s+(?:${by})\\s*:?\\s+(.+)$`, 'iu'),
      anywhere: new RegExp(`(?<![\\p{L}\\p{M}])(?:${by})(?![\\p{L}\\p{M}])`, 'giu'),
    };
    bylineRegexes.set(lang, p);
  }
  return p;
}

/** The last author asked about: an article asks about one author, sentence after sentence. */
let lastAuthor: { author: string; patterns: RegExp[] } | null = null;
function authorPatterns(author: string): RegExp[] {
  if (lastAuthor?.author !== author) {
    const patterns = author
      .split(/\s*[,|]\s*/)
      .map((n) => n.trim())
      .filter((n) => n.length >= 3)
      .map((n) => new RegExp(`(?<![\\p{L}\\p{M}])${escape(n)}(?![\\p{L}\\p{M}])`, 'giu'));
    lastAuthor = { author, patterns };
  }
  return lastAuthor.patterns;
}

/**
 * A byline: "By Jane Doe", "By Jane Doe, AP Auto Writer - 11/18/19 11:04 PM EST", "Posted on
 * March 30, 2015 by Admin", an embedded post's signature ("— Jane Doe (@jdoe) May 1, 2019"), or a
 * line that is the page's own author (from its metadata) with at most a date, a role or the
 * site's name beside it.
 */
export function isByline(text: string, lang: string, author: string | null = null, siteName: string | null = null): boolean {
  const line = text.trim();
  if (line.length > MAX_LINE_CHARS) return false;
  const words = line.match(WORD) ?? [];
  if (!words.length || words.length > MAX_BYLINE_WORDS) return false;
  const names = calendar(lang);
  const { opening: openingRe, closing: closingRe, anywhere } = bylinePatterns(lang);
  // "By Jane Doe …"
  const opening = openingRe.exec(line);
  if (opening) {
    const rest = line.slice(opening[0].length);
    const n = nameLength(rest, names);
    if (n > 0 && bylineTail(rest.slice(n), lang)) return true;
  }
  // "Posted on March 30, 2015 by Admin"
  const closing = closingRe.exec(line);
  if (closing && isDateLine(closing[1]!, lang)) {
    const n = nameLength(closing[2]!, names);
    if (n > 0 && bylineTail(closing[2]!.slice(n), lang)) return true;
  }
  // An embedded post's signature: "— The Senate (@NGRSenate) October 9, 2018".
  const signature = SIGNATURE.exec(line);
  if (signature && isDateLine(signature[1]!, lang)) return true;
  // The page's author, named in its metadata.
  if (author) {
    let rest = line;
    let found = false;
    for (const re of authorPatterns(author)) {
      re.lastIndex = 0;
      if (re.test(rest)) {
        found = true;
        rest = rest.replace(re, ' ');
      }
    }
    if (!found) return false;
    if (siteName && siteName.trim().length >= 3) rest = rest.replace(new RegExp(escape(siteName.trim()), 'giu'), ' ');
    rest = rest
      .replace(anywhere, ' ')
      // "NJ.com": an outlet's address reads as its name.
      .replace(/\.(?:com|org|net|co|uk|de|fr|it|es|pt)\b/gi, '')
      .replace(/(?:^|\s)(?:and|&)(?=\s|$)/gi, ' ');
    // What is left must be nothing, a date line, or a short role or outlet ("Staff Writer", "NJ Advance Media").
    return bylineTail(rest.replace(/[\s\-–—|·•,:;/()]+/g, ' '), lang);
  }
  return false;
}

/** Separators of a breadcrumb trail, set off by spaces (or glued, for the arrow-like ones; » only with spaces, as French and German also quote with it). */
const CRUMB_SEPARATOR = /\s+(?:[›»→>|/]|::)\s+|\s*[›→▸►⟩]\s*/u;

/** "Home → Notizie dal mondo vegan → Il Climate Clock…": short steps joined by separators, no sentence end. */
export function isBreadcrumb(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_LINE_CHARS || /[.!?:]$/.test(line)) return false;
  const crumbs = line.split(CRUMB_SEPARATOR).map((c) => c.trim());
  if (crumbs.length < 3 || crumbs.some((c) => !/\p{L}/u.test(c))) return false;
  const count = (c: string): number => (c.match(WORD) ?? []).length;
  return crumbs.slice(0, -1).every((c) => count(c) <= MAX_CRUMB_WORDS && !/[.!?]$/.test(c)) && count(crumbs.at(-1)!) <= MAX_LAST_CRUMB_WORDS;
}

const URL_ALONE = /^(?:https?:\/\/|www\.)\S+$/i;
/** `type="video/mp4">`: an attribute and a tag's end, without the tag's start before it. */
const TAG_TAIL = /[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*')\s*\/?>/;

/** A web address alone, or a torn-off piece of HTML (`type="video/mp4">`) that leaked into the text. */
export function isStrayMarkup(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_LINE_CHARS * 4) return false;
  if (URL_ALONE.test(line)) return true;
  if (!line.includes('>')) return false;
  const m = TAG_TAIL.exec(line);
  return m !== null && !line.slice(0, m.index).includes('<');
}

/** "Calories: 250kcal | Fat: 12g | Protein: 5g": a label and a quantity, again and again. */
const NUTRIENT = /[\p{L}][\p{L} ]{0,24}:?\s*\d+(?:[.,]\d+)?\s*(?:kcal|cal|kj|mg|mcg|µg|g|iu|%)(?![\p{L}\d])/giu;
const NUTRIENT_SHARE = 0.6;
/** A quantity with a nutrient's unit: every NUTRIENT match holds one, and it is cheap to look for first. */
const NUTRIENT_QUANTITY = /\d\s*(?:kcal|cal|kj|mg|mcg|µg|g|iu|%)(?![\p{L}\d])/giu;

/** A nutrition line: three or more "label quantity" pairs making up most of the line. */
export function isNutritionLine(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_LINE_CHARS * 2) return false;
  // NUTRIENT tries a label at every letter; most lines have no three quantities to look for.
  if ((line.match(NUTRIENT_QUANTITY)?.length ?? 0) < MIN_NUTRIENTS) return false;
  const found = line.match(NUTRIENT) ?? [];
  if (found.length < MIN_NUTRIENTS) return false;
  const covered = found.reduce((n, f) => n + f.length, 0);
  return covered / line.length >= NUTRIENT_SHARE;
}
