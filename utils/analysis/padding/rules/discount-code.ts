import { rulePattern } from '../cues';
import type { PaddingRule } from '../rule';

/**
 * "Use code CASTIRON15 for 15% off": a discount code handed to the reader is an advertisement
 * wherever it sits and whatever else the sentence says, so it marks like page furniture. The code
 * must look like one (capitals and digits), which keeps "use code snippets" and "the code was 15%
 * off spec" out; the pattern is matched on the sentence as written for that reason.
 */
export const discountCode: PaddingRule = {
  id: 'discount-code',
  description: 'A discount, promo or coupon code offered to the reader ("use code SAVE20").',
  evaluate(s, ctx) {
    const m = rulePattern(ctx.lang, 'discountCode')?.exec(s.text);
    if (!m) return [];
    return [{ kind: 'promo', weight: 3, reason: `Discount code for the reader “${m[0].trim()}”` }];
  },
};
