import { STOPWORD_LANGUAGES, stopwords } from './stopwords';
import { words } from './tokens';

/** Enough text to decide; more only costs time. */
const SAMPLE_WORDS = 400;
/** The winner must cover this share of the sample… */
const MIN_SHARE = 0.12;
/** …and beat the runner-up by this factor. */
const MARGIN = 1.3;

/**
 * Guesses the language of a text from the share of its words that are stopwords of each language
 * Winnow has lists for. Returns null when no language clearly wins (other languages, or too little
 * text), so callers fall back to what the page declared or to a neutral default.
 */
export function detectLanguage(text: string): string | null {
  const sample = words(text.slice(0, SAMPLE_WORDS * 12))
    .slice(0, SAMPLE_WORDS)
    .map((w) => w.toLowerCase().replace(/’/g, "'"));
  if (sample.length < 8) return null;
  const scores = STOPWORD_LANGUAGES.map((lang) => {
    const stop = stopwords(lang);
    let hits = 0;
    for (const w of sample) if (stop.has(w)) hits++;
    return { lang, share: hits / sample.length };
  }).sort((a, b) => b.share - a.share);
  const [best, second] = scores;
  if (!best || best.share < MIN_SHARE) return null;
  if (second && best.share < second.share * MARGIN) return null;
  return best.lang;
}
