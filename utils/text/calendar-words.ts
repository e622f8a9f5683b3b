/**
 * Month and weekday names of a language, long and short, lowercase, as the platform's Intl data
 * writes them (every browser and Node ship it): "november", "nov", "sexta-feira", "outubro". No
 * list to keep per language, and every language Intl knows is covered.
 */

const cache = new Map<string, ReadonlySet<string>>();
/** A year whose days are plain: any would do. */
const YEAR = 2021;

function add(words: Set<string>, written: string): void {
  const w = written.toLowerCase().replace(/\.$/, '');
  if (!/\p{L}/u.test(w)) return;
  words.add(w);
  // "sexta-feira": its parts too, as a tokenizer that splits at hyphens sees them.
  for (const part of w.split(/[-\s]+/)) if (part) words.add(part);
}

function namesOf(lang: string, words: Set<string>): void {
  const forms: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }];
  for (const month of forms) {
    const alone = new Intl.DateTimeFormat(lang, { ...month, timeZone: 'UTC' });
    // With a day, some languages write the month in another case ("listopada", "noviembre" alike).
    const withDay = new Intl.DateTimeFormat(lang, { ...month, day: 'numeric', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(YEAR, m, 15));
      add(words, alone.format(d));
      for (const p of withDay.formatToParts(d)) if (p.type === 'month') add(words, p.value);
    }
  }
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
    // 3–9 January 2021 is Sunday to Saturday.
    for (let d = 3; d <= 9; d++) add(words, f.format(new Date(Date.UTC(YEAR, 0, d))));
  }
}

/**
 * Names in the page's language and in `alsoIn` (a page's declared language is often wrong, and
 * dates in English turn up on pages in any language).
 */
export function calendarWords(lang: string, alsoIn: readonly string[] = ['en']): ReadonlySet<string> {
  const key = `${lang.toLowerCase()}:${alsoIn.join(',')}`;
  let set = cache.get(key);
  if (!set) {
    const words = new Set<string>();
    // British English abbreviates September "Sept".
    for (const l of new Set([...alsoIn, 'en-GB', lang.toLowerCase()])) {
      try {
        namesOf(l, words);
      } catch {
        // Not a language tag Intl takes: the other languages' names still count.
      }
    }
    set = words;
    cache.set(key, set);
  }
  return set;
}
