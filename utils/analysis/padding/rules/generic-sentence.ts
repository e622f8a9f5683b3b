import { stopwords } from '../../../text/stopwords';
import { wordsAndPairs, wordSet } from '../cues';
import type { PaddingRule } from '../rule';

const MIN_WORDS = 7;
const MAX_WORDS = 28;
/** Share of content words that must be generic… */
const GENERIC_SHARE = 0.5;
/** …out of at least this many content words. */
const MIN_CONTENT = 2;
export const genericSentence: PaddingRule = {
  id: 'generic-sentence',
  description:
    'A statement made mostly of words that name nothing in particular ("the best gift", "people", "always"), with no number, name, date or source: it could close any article.',
  evaluate(s, ctx) {
    if (s.blockKind === 'heading' || s.blockKind === 'caption' || s.blockKind === 'code') return [];
    if (s.question || s.attributed || s.words < MIN_WORDS || s.words > MAX_WORDS) return [];
    if ((ctx.specificity[s.index] ?? 0) > 0 || /\d/.test(s.text)) return [];
    const dates = wordSet(ctx.lang, 'dateWords');
    if (wordsAndPairs(s.norm).some((w) => dates.has(w))) return [];
    const generic = wordSet(ctx.lang, 'genericWords');
    if (!generic.size) return [];
    const light = wordSet(ctx.lang, 'lightWords');
    const stop = stopwords(ctx.lang);
    const content = (s.norm.match(/\p{L}[\p{L}'-]*/gu) ?? [])
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => !stop.has(w) && !light.has(w) && w.length > 1);
    if (content.length < MIN_CONTENT) return [];
    const share = content.filter((w) => generic.has(w)).length / content.length;
    if (share < GENERIC_SHARE) return [];
    return [{ kind: 'platitude', weight: 1, reason: 'Says nothing specific' }];
  },
};
