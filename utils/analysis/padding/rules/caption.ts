import type { PaddingRule } from '../rule';

export const caption: PaddingRule = {
  id: 'caption',
  description: 'A photo caption or credit: it describes a picture the reader no longer sees.',
  evaluate(s) {
    if (s.blockKind !== 'caption') return [];
    return [{ kind: 'boilerplate', weight: 3, reason: 'Photo caption or credit', why: { code: 'caption' } }];
  },
};
