import { isBreadcrumb } from '../../../text/furniture-lines';
import type { PaddingRule } from '../rule';

export const breadcrumb: PaddingRule = {
  id: 'breadcrumb',
  description: 'A breadcrumb trail: short steps joined by › → » / ("Home → News → …"), not a sentence.',
  evaluate(s) {
    // A list item "Settings > Privacy > Clear data" is a step of a how-to; trails are loose lines.
    if (s.blockKind !== 'paragraph') return [];
    return isBreadcrumb(s.text) ? [{ kind: 'boilerplate', weight: 3, reason: 'Breadcrumb trail', why: { code: 'breadcrumb' } }] : [];
  },
};
