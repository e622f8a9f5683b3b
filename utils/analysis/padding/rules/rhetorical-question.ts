import type { PaddingRule } from '../rule';

export const rhetoricalQuestion: PaddingRule = {
  id: 'rhetorical-question',
  description: 'A question in running text that names nothing specific: the writer asks, then answers.',
  evaluate(s, ctx) {
    if (!s.question || s.blockKind !== 'paragraph' || s.attributed) return [];
    if ((ctx.specificity[s.index] ?? 0) >= 1) return [];
    return [{ kind: 'hook', weight: 2, reason: 'Rhetorical question' }];
  },
};
