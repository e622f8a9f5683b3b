import { isByline, isDateLine } from '../../../text/furniture-lines';
import type { PaddingRule } from '../rule';

/** Datelines and bylines are short; a longer line is prose that happens to start with "By". */
const MAX_WORDS = 25;

export const dateline: PaddingRule = {
  id: 'dateline',
  description: 'A line that is only a date or time ("Updated Nov 19, 6:55 AM") or a byline ("By Jane Doe - 11/18/19"), or the page\'s own author.',
  evaluate(s, ctx) {
    // Headings are never key points, and a date heading in a live blog is the entry's time.
    if (s.blockKind === 'heading' || s.words > MAX_WORDS) return [];
    if (isDateLine(s.text, ctx.lang)) return [{ kind: 'boilerplate', weight: 3, reason: 'Date line', why: { code: 'date_line' } }];
    if (isByline(s.text, ctx.lang, ctx.page.author, ctx.page.siteName)) return [{ kind: 'boilerplate', weight: 3, reason: 'Byline', why: { code: 'byline' } }];
    return [];
  },
};
