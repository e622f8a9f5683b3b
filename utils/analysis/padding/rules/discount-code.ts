import { rulePattern } from '../cues';
import type { Evidence, PaddingRule } from '../rule';

const REASON = 'Discount code for the reader';
const QUOTES = /["“”'‘’]/g;

/**
 * "Use code CASTIRON15 for 15% off": a discount code the reader is told to use is an
 * advertisement wherever it sits and whatever else the sentence says, so it marks like page
 * furniture. A code only named ("$250 off with promo code APINSIDER") is strong sales talk but
 * gives way to a sentence full of prices and names, as on a deals page where the deal is the news.
 * The code must look like one (capitals and digits), which keeps "use code snippets" and "the code
 * was 15% off spec" out; the patterns are matched on the sentence as written for that reason.
 */
export const discountCode: PaddingRule = {
  id: 'discount-code',
  description: 'A discount, promo or coupon code offered to the reader ("use code SAVE20").',
  evaluate(s, ctx) {
    const told = rulePattern(ctx.lang, 'discountCode')?.exec(s.text);
    const named = told ? null : rulePattern(ctx.lang, 'promoCode')?.exec(s.text);
    const m = told ?? named;
    if (!m) return [];
    const code = m[0].replace(QUOTES, '').trim();
    const evidence: Evidence = { kind: 'promo', weight: told ? 3 : 2, reason: `${REASON} “${code}”`, why: { code: 'discount_code', cue: code } };
    return [evidence];
  },
};
