import { mentions, wordSet } from '../cues';
import type { PaddingRule } from '../rule';

/** Content words a question may hold and still ask nothing. */
const MAX_TERMS = 2;
const DIRECT_ANSWER = /^(yes|no|not|nope|absolutely|it depends)\b/i;
const QUOTE_OPEN = /^["“‘'«„]/;

export const rhetoricalQuestion: PaddingRule = {
  id: 'rhetorical-question',
  description: 'A question in running text that names nothing specific: the writer asks, then answers.',
  evaluate(s, ctx) {
    if (!s.question || s.blockKind !== 'paragraph' || s.attributed) return [];
    // A quoted question is someone speaking; a question alone in its paragraph is an FAQ entry.
    if (QUOTE_OPEN.test(s.text)) return [];
    if ((ctx.blockSizes.get(s.block) ?? 0) < 2) return [];
    if ((ctx.specificity[s.index] ?? 0) >= 1) return [];
    // A rhetorical question asks nothing concrete; an FAQ question names its subject.
    if (new Set(s.terms).size > MAX_TERMS) return [];
    // "Was I losing my mind? Could it be true?": a narrator thinking aloud, not a hook aimed at the reader.
    const narrator = wordSet(ctx.lang, 'narratorPronouns');
    if (mentions(s.norm, narrator)) return [];
    const prev = ctx.sentences[s.index - 1];
    const next = ctx.sentences[s.index + 1];
    if ((prev?.block === s.block && prev.question) || (next?.block === s.block && next.question)) return [];
    if (next && next.block === s.block && DIRECT_ANSWER.test(next.text)) return [];
    return [{ kind: 'hook', weight: 2, reason: 'Rhetorical question', why: { code: 'rhetorical_question' } }];
  },
};
