import { stopwords } from '../../../text/stopwords';
import { genericShare, mentions, wordSet } from '../cues';
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
    if (mentions(s.norm, dates)) return [];
    if (!wordSet(ctx.lang, 'genericWords').size) return [];
    const { content, share } = genericShare(s.norm, ctx.lang, stopwords(ctx.lang), true);
    if (content < MIN_CONTENT || share < GENERIC_SHARE) return [];
    return [{ kind: 'platitude', weight: 1, reason: 'Says nothing specific', why: { code: 'nothing_specific' } }];
  },
};
