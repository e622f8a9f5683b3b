import { stopwords } from '../../../text/stopwords';
import { genericShare, mentions, wordSet } from '../cues';
import type { PaddingRule, RuleContext } from '../rule';

/** Prose sentences, counted from the end, that close an article. */
const CLOSING = 3;
const MIN_WORDS = 6;
const MAX_WORDS = 30;
/** A closing line needs fewer generic words than a platitude anywhere else (see generic-sentence). */
const GENERIC_SHARE = 0.25;

/**
 * Per analysis, which sentences count as prose after a candidate closing line (1) or not (0), once
 * asked: the same sentences are asked about for each candidate before them.
 */
const proseAfter = new WeakMap<RuleContext, Int8Array>();

function closingProse(ctx: RuleContext, i: number): boolean {
  let flags = proseAfter.get(ctx);
  if (!flags) proseAfter.set(ctx, (flags = new Int8Array(ctx.sentences.length).fill(-1)));
  if (flags[i] === -1) {
    const o = ctx.sentences[i]!;
    const furniture = wordSet(ctx.lang, 'closingFurniture');
    flags[i] = o.blockKind === 'paragraph' && o.words >= MIN_WORDS && !mentions(o.norm, furniture) ? 1 : 0;
  }
  return flags[i] === 1;
}

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
    let after = 0;
    for (let i = s.index + 1; i < ctx.sentences.length && after < CLOSING; i++) if (closingProse(ctx, i)) after++;
    if (after >= CLOSING) return [];
    const { content, share } = genericShare(s.norm, ctx.lang, stopwords(ctx.lang));
    if (!content || share < GENERIC_SHARE) return [];
    return [{ kind: 'platitude', weight: 1, reason: 'A closing line with nothing specific', why: { code: 'closing_line' } }];
  },
};
