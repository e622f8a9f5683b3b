import type { PaddingRule } from '../rule';

const MAX_WORDS = 3;

export const shortLabel: PaddingRule = {
  id: 'short-label',
  description: 'A paragraph of one to three words with no sentence punctuation: a widget label or button text.',
  evaluate(s, ctx) {
    if (s.blockKind !== 'paragraph' || s.words > MAX_WORDS || /[.!?:;]["”']?$/.test(s.text)) return [];
    // "Nestwise Duo" in a list of products is a name, not a widget: several capitalised words.
    const words = s.text.split(/\s+/);
    if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return [];
    return ctx.blockSizes.get(s.block) === 1 ? [{ kind: 'boilerplate', weight: 3, reason: 'A short label, not a sentence' }] : [];
  },
};
