/**
 * The language of a text, read from the text itself. The identifier is ELD (the `eld` package,
 * "extrasmall" n-gram model shipped inside it: 60 languages, ISO 639-1 codes, no network). A page's
 * declared `<html lang>` is often wrong (a German `lang` on an English article), so it decides only
 * when the text cannot: too short, or unsure between languages.
 *
 * Why ELD despite its cost (issue 11, measured 2026-12-07; same rule around each identifier; the
 * bench's `language` section, trafilatura-eval / corpus rows): ELD 99.2% / 99.7%; cld3-asm 98.9 / 99.3;
 * franc 97.6 / 99.0; franc-min 97.3 / 99.0; tinyld/light 96.6 / 98.0. Every alternative misreads German
 * pages ELD gets right (tinyld and franc English ones too). ELD costs the background bundle (the only
 * entrypoint that carries an identifier) +287 KB gzip -9 (+961 KB raw) and ~140 ms of import + first
 * call in Node, 0.05 ms a call on 1,000 characters; franc-min would cost +53 KB, 13 ms and 0.19 ms,
 * tinyld/light +35 KB, 27 ms and 1.1 ms, cld3-asm over 500 KB (wasm) and an async start.
 */
import { eld } from 'eld/extrasmall';
import { baseLanguage } from '../lang/registry';
import { detectLanguage } from './detect-language';

/** Where the language came from: the text, the page's declaration, the stopword guess, or nowhere. */
export type LanguageSource = 'text' | 'declared' | 'stopwords' | 'default';

export interface LanguageReading {
  /** Primary subtag ("en", "zh"), the key of Winnow's language packs. */
  lang: string;
  source: LanguageSource;
}

/** ELD reads at most this much; more only costs time. */
export const SAMPLE_CHARS = 1000;
/** Below this many letters ELD's verdict is a coin toss ("Hello there" could be Dutch), however sure it says it is. */
const MIN_LETTERS = 20;
const LETTER = /\p{L}/gu;
const DEFAULT_LANGUAGE = 'en';

/** The languages ELD can tell apart; a page declaring another one (Bosnian, Norwegian Bokmål, Papiamento) cannot be contradicted by it. */
const KNOWN = new Set(Object.values(eld.info().Languages));
/** A primary language subtag that names a language ("und", "mul", "zxx" and "mis" name none). */
const LANGUAGE_SUBTAG = /^(?!und$|mul$|zxx$|mis$)[a-z]{2,3}$/;

function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/**
 * Which language `text` is in. `declared` (any BCP 47 form, "pt-BR") is taken when the text agrees,
 * when the text is too short or mixed for the identifier to be sure, or when it names a language the
 * identifier does not know. Undeclared and unsure: the stopword guess, then the identifier's best
 * guess, then English.
 */
export function identifyLanguage(text: string, declared: string | null = null): LanguageReading {
  const base = declared?.trim() ? baseLanguage(declared) : '';
  const claimed = LANGUAGE_SUBTAG.test(base) ? base : null;
  if (claimed !== null && !KNOWN.has(claimed)) return { lang: claimed, source: 'declared' };
  const sample = text.slice(0, SAMPLE_CHARS);
  const result = eld.detect(sample);
  const guess = result.language;
  const sure = guess !== '' && result.isReliable() && letterCount(sample) >= MIN_LETTERS;
  if (sure) return { lang: guess, source: 'text' };
  if (claimed !== null) return { lang: claimed, source: 'declared' };
  const byStopwords = detectLanguage(text);
  if (byStopwords !== null) return { lang: byStopwords, source: 'stopwords' };
  if (guess !== '') return { lang: guess, source: 'text' };
  return { lang: DEFAULT_LANGUAGE, source: 'default' };
}
