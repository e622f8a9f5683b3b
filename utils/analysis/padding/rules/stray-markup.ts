import { isStrayMarkup } from '../../../text/furniture-lines';
import type { PaddingRule } from '../rule';

export const strayMarkup: PaddingRule = {
  id: 'stray-markup',
  description: 'A web address on its own, or a torn-off piece of HTML (`type="video/mp4">`) that leaked into the text.',
  evaluate(s) {
    return isStrayMarkup(s.text) ? [{ kind: 'boilerplate', weight: 3, reason: 'Web address or page markup, not text', why: { code: 'stray_markup' } }] : [];
  },
};
