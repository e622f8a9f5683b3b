import { wordSet } from '../cues';
import type { PaddingRule } from '../rule';

const MAX_WORDS = 3;
const LOOK_AHEAD = 2;
const VALUE_WORDS = 6;
const REASON = 'A short label, not a sentence';
export const shortLabel: PaddingRule = {
  id: 'short-label',
  description: 'A paragraph of one to three words with no sentence punctuation: a widget label or button text.',
  evaluate(s, ctx) {
    if (s.blockKind !== 'paragraph' || s.words > MAX_WORDS || /[.!?:;]["”']?$/.test(s.text)) return [];
    // "£1,899", "Up to 80km", a phone number: a value, not a button.
    if (/\d/.test(s.text)) return [];
    // "Nestwise Duo" in a list of products is a name, not a widget: several capitalised words.
    const words = s.text.split(/\s+/);
    if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return [];
    if (ctx.blockSizes.get(s.block) !== 1) return [];
    // Button text starts with what it asks the reader to do; a subheading rarely does.
    if (wordSet(ctx.lang, 'buttonVerbs').has(s.opener)) return [{ kind: 'boilerplate', weight: 3, reason: REASON, why: { code: 'short_label' } }];
    // "Price" then "£1,899": the name half of a spec table, whose value sits beside it.
    const isValue = (o: (typeof ctx.sentences)[number] | undefined) =>
      !!o && o.words <= VALUE_WORDS && ctx.blockSizes.get(o.block) === 1 && /\d/.test(o.text);
    if (isValue(ctx.sentences[s.index - 1]) || isValue(ctx.sentences[s.index + 1])) return [];
    // A subheading set as a paragraph ("Right-wing resistance") names what the next lines are
    // about; a widget label ("Advertisement", "Share") has nothing to do with them.
    const own = new Set(s.ids);
    for (const next of ctx.sentences.slice(s.index + 1, s.index + 1 + LOOK_AHEAD)) {
      if (next.ids.some((id) => own.has(id))) return [];
    }
    return [{ kind: 'boilerplate', weight: 3, reason: REASON, why: { code: 'short_label' } }];
  },
};
