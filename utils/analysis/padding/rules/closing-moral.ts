import { stopwords } from '../../../text/stopwords';
import { genericShare, wordsAndPairs, wordSet } from '../cues';
import type { PaddingRule } from '../rule';

/** Prose sentences, counted from the end, that close an article. */
const CLOSING = 3;
const MIN_WORDS = 6;
const MAX_WORDS = 30;
/** A closing line needs fewer generic words than a platitude anywhere else (see generic-sentence). */
const GENERIC_SHARE = 0.25;

export const closingMoral: PaddingRule = {
  id: 'closing-moral',
  description:
    'One of the last sentences of the article that names nothing specific and leans on generic words: the moral that could close any article.',
  evaluate(s, ctx) {
    // A quoted line is someone speaking, and a closing quote is often the story's point.
    if (s.blockKind !== 'paragraph' || s.question || s.attributed || /^["“‘']/.test(s.text)) return [];
    if (s.words < MIN_WORDS || s.words > MAX_WORDS || /\d/.test(s.text)) return [];
    if ((ctx.specificity[s.index] ?? 0) > 0) return [];
    // Count prose sentences after this one; page furniture after the article does not count.
    const furniture = wordSet(ctx.lang, 'closingFurniture');
    let after = 0;
    for (let i = s.index + 1; i < ctx.sentences.length && after < CLOSING; i++) {
      const o = ctx.sentences[i]!;
      if (o.blockKind === 'paragraph' && o.words >= MIN_WORDS && !wordsAndPairs(o.norm).some((w) => furniture.has(w))) after++;
    }
    if (after >= CLOSING) return [];
    const { content, share } = genericShare(s.norm, ctx.lang, stopwords(ctx.lang));
    if (!content || share < GENERIC_SHARE) return [];
    return [{ kind: 'platitude', weight: 1, reason: 'A closing line with nothing specific' }];
  },
};
