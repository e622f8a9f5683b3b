import type { SentenceFeatures } from '../features';

/** '"…," said Jane Roe, chief executive of Acme.': the quote comes first, the speaker after. */
const LEADING_QUOTE = /^["“]([^"”]{12,}?)[,.!?]?["”],?\s+(?:said|says|added|explained|noted|commented|stated)\b/u;
const CAPITALISED_WORD = /(?<=\s)\p{Lu}[\p{L}'’-]+/gu;
const NUMBER = /\d[\d,.]*/g;

/**
 * Specificity of a quoted statement's own words, leaving out who said it. A press release's
 * '"An incredibly exciting day," said the CEO' is sourced, but what it says is still empty: the
 * speaker's name and title should not shield the quote from being marked as hype or sales talk.
 * Null when the sentence does not open with a quote.
 */
export function quotedSpecificity(s: SentenceFeatures): number | null {
  const m = LEADING_QUOTE.exec(s.text);
  if (!m) return null;
  const quote = m[1]!;
  const numbers = quote.match(NUMBER)?.length ?? 0;
  const names = new Set(quote.match(CAPITALISED_WORD) ?? []).size;
  return numbers + 0.5 * names;
}
