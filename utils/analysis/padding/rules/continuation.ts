import type { PaddingKind } from '../../types';
import type { PaddingRule } from '../rule';

/** Words that make a sentence lean on the one before it. */
const ANAPHORIC = new Set(['this', 'it', "it's", 'that', 'these', 'those', 'such', 'they']);
/** A longer sentence has room for content of its own, even without numbers or names. */
const MAX_WORDS = 20;
/** Kinds whose next sentence tends to carry on in the same vein; an analogy or hook does not. */
const CARRIES_ON: ReadonlySet<PaddingKind> = new Set(['platitude', 'speculation', 'filler', 'promo', 'hype']);

export const continuation: PaddingRule = {
  id: 'continuation',
  description: 'A sentence that opens with "This", "It"… right after a padded sentence, adding nothing specific.',
  evaluate(s, ctx) {
    if (!ANAPHORIC.has(s.opener) || s.index === 0 || s.words > MAX_WORDS) return [];
    const prev = ctx.sentences[s.index - 1];
    const prevMark = ctx.marks[s.index - 1];
    if (!prev || prev.block !== s.block || !prevMark || !CARRIES_ON.has(prevMark.kind)) return [];
    if ((ctx.specificity[s.index] ?? 0) >= 1) return [];
    return [{ kind: prevMark.kind, weight: 1, reason: 'Carries on the padded sentence before it', why: { code: 'continuation' } }];
  },
};
