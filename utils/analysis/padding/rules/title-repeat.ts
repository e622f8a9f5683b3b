import type { PaddingRule } from '../rule';

/** The title is repeated near the top, if anywhere: its own heading set as a paragraph. */
const OPENING_SENTENCES = 5;
const MIN_WORDS = 3;

const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const titleRepeat: PaddingRule = {
  id: 'title-repeat',
  description: 'The page\'s title again, as a line of text near the top: the reader has it above the summary already.',
  evaluate(s, ctx) {
    if (s.blockKind === 'heading' || s.index >= OPENING_SENTENCES || s.words < MIN_WORDS || !ctx.page.title) return [];
    return fold(s.text) === fold(ctx.page.title) ? [{ kind: 'boilerplate', weight: 3, reason: 'Repeats the title', why: { code: 'title_repeat' } }] : [];
  },
};
