import { isNutritionLine } from '../../../text/furniture-lines';
import type { PaddingRule } from '../rule';

export const nutritionLine: PaddingRule = {
  id: 'nutrition-line',
  description: 'A recipe card\'s nutrition line ("Calories: 250kcal | Fat: 12g | Protein: 5g"): figures for a label, not a point.',
  evaluate(s) {
    return isNutritionLine(s.text) ? [{ kind: 'boilerplate', weight: 3, reason: 'Nutrition line', why: { code: 'nutrition_line' } }] : [];
  },
};
