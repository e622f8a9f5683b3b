import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

/**
 * Stopword lists from the MIT-licensed `stopword` package, one per language, imported by name so
 * that the bundle carries only these. Unknown languages fall back to English, which is harmless:
 * non-English words simply never match.
 */
const LISTS: Record<string, readonly string[]> = {
  en: eng,
  es: spa,
  fr: fra,
  de: deu,
  pt: por,
  it: ita,
  nl: nld,
};

/** Languages with a stopword list, as primary subtags. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(LISTS);

const cache = new Map<string, ReadonlySet<string>>();

/** Primary language subtag: "en-US" → "en". */
export function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

export function stopwords(lang: string | null | undefined): ReadonlySet<string> {
  const base = baseLanguage(lang);
  const key = LISTS[base] ? base : 'en';
  let set = cache.get(key);
  if (!set) {
    set = new Set((LISTS[key] ?? eng).map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}
