/**
 * A recipe's card: the times and yield, the ingredients and the method. On a recipe page these are
 * what the reader came for (they are the fields of schema.org's Recipe), yet they are verbless
 * labels and list items that centrality and position never favour. Found from the card's own
 * headings, so a page that merely mentions ingredients in prose is not a recipe.
 */
import { allPacks } from '../lang/registry';
import type { SentenceFeatures } from './features';
import type { PaddingMark } from './types';

/** A heading that opens with one of the phrases, in any language with recipe headings (utils/lang). */
function headingPattern(phrases: readonly string[]): RegExp {
  const escaped = [...new Set(phrases)].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})\\b`, 'i');
}
// Recipe pages are often in one language and marked up in another: every language's headings count.
const INGREDIENTS = headingPattern(allPacks((p) => p.recipeHeadings?.ingredients));
const METHOD = headingPattern(allPacks((p) => p.recipeHeadings?.method));
/** Card lines: "Prep Time 10 minutes", "Cook Time: 45 minutes", "Servings 12", "Yield: 6 servings", "Serves 4". */
const CARD_LINE =
  /^(?:(?:prep(?:aration)?|cook(?:ing)?|total|active|inactive|bake|baking|chill(?:ing)?|rest(?:ing)?)\s+time\b|servings?\b|serves\b|yield\b|makes\b)/i;
const CARD_LINE_WORDS = 16;
/** How far above the ingredients the card's times and yield may sit. */
const CARD_WINDOW = 8;
/** An ingredients point longer than this stops at the last whole item that fits. */
const INGREDIENT_WORDS = 110;

interface RecipeCard {
  /** The times and yield lines, in page order (may be empty). */
  overview: number[];
  /** The ingredients heading followed by its items. */
  ingredients: number[];
}

/**
 * The ingredients after their heading, group names included ("Chocolate" over its items), while
 * they fit in INGREDIENT_WORDS; a group's name is kept only with at least one of its items.
 */
function groupedItemsAfter(
  heading: SentenceFeatures,
  sentences: readonly SentenceFeatures[],
  marks: readonly (PaddingMark | null)[],
): number[] {
  const out: number[] = [];
  let words = heading.words;
  for (let i = heading.index + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.blockKind === 'list-item') {
      if (words + s.words > INGREDIENT_WORDS) break;
      words += s.words;
      if (!marks[i]) out.push(i);
      continue;
    }
    // A group's name: a heading (not the method's) right over an item that still fits.
    const next = sentences[i + 1];
    const group = s.blockKind === 'heading' && !marks[i] && !METHOD.test(s.text.trim()) && next?.blockKind === 'list-item';
    if (!group || words + s.words + next.words > INGREDIENT_WORDS) break;
    words += s.words;
    out.push(i);
  }
  return out;
}

/** The card of a recipe page: an ingredients heading over a list, and a method heading after it. Null otherwise. */
export function findRecipeCard(
  sentences: readonly SentenceFeatures[],
  marks: readonly (PaddingMark | null)[],
): RecipeCard | null {
  const heading = sentences.find((s) => s.blockKind === 'heading' && INGREDIENTS.test(s.text.trim()) && !marks[s.index]);
  if (!heading) return null;
  const hasMethod = sentences.some(
    (s) => s.index > heading.index && s.blockKind === 'heading' && METHOD.test(s.text.trim()),
  );
  const items = groupedItemsAfter(heading, sentences, marks);
  if (!hasMethod || items.filter((i) => sentences[i]!.blockKind === 'list-item').length < 2) return null;

  const overview: number[] = [];
  for (let i = Math.max(0, heading.index - CARD_WINDOW); i < heading.index; i++) {
    const s = sentences[i]!;
    if (s.words <= CARD_LINE_WORDS && s.numbers > 0 && CARD_LINE.test(s.text.trim()) && !marks[i]) overview.push(i);
  }
  return { overview, ingredients: [heading.index, ...items] };
}
