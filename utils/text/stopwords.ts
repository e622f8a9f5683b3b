import { ENGLISH, languagePack, PACKS } from '../lang/registry';

export { baseLanguage } from '../lang/registry';

/** Languages with a stopword list (their packs' order), as primary subtags. */
export const STOPWORD_LANGUAGES: readonly string[] = PACKS.filter((p) => p.stopwords).map((p) => p.code);

const cache = new Map<string, ReadonlySet<string>>();

/**
 * A language's stopwords (utils/lang). Unknown languages fall back to English, which is harmless:
 * non-English words simply never match.
 */
export function stopwords(lang: string | null | undefined): ReadonlySet<string> {
  const pack = languagePack(lang);
  const key = pack.stopwords ? pack.code : 'en';
  let set = cache.get(key);
  if (!set) {
    set = new Set((pack.stopwords ?? ENGLISH.stopwords ?? []).map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}
