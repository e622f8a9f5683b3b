import type { PaddingRule } from '../rule';

/** Built per analysis from `findRepeats`, because it needs the whole article. */
export function repetitionRule(repeats: ReadonlyMap<number, number>): PaddingRule {
  return {
    id: 'repetition',
    description: 'A sentence whose content words nearly all appeared together in one earlier sentence.',
    evaluate(s) {
      const earlier = repeats.get(s.index);
      if (earlier === undefined) return [];
      return [{ kind: 'repetition', weight: 2, reason: `Says again what sentence ${earlier + 1} said`, why: { code: 'repeats', sentence: earlier + 1 } }];
    },
  };
}
