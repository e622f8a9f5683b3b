/**
 * A recipe as the page declares it in schema.org `Recipe` JSON-LD: its ingredients (one string
 * each, quantity included) and its steps, in groups where the page names them (HowToSection).
 * Values are read as plain text whatever markup or references they carry; a hostile value is
 * cut to size, never trusted to be small.
 */
import { isObject, type JsonObject } from '../guards';
import { htmlToText } from '../text/html-text';
import { typesOf } from './json-ld';

export interface RecipeGroup {
  /** The group's name as the page gives it ("Chocolate"), or null for an unnamed group. */
  name: string | null;
  items: string[];
}

export interface RecipeData {
  name: string | null;
  ingredients: RecipeGroup[];
  steps: RecipeGroup[];
}

/** More than any real recipe has; a page that declares more is cut here. */
const MAX_INGREDIENTS = 150;
const MAX_STEPS = 150;
const MAX_ITEM_CHARS = 2_000;
const MAX_NAME_CHARS = 80;
/** Sections inside sections are followed this deep. */
const MAX_NESTING = 4;

/** A value's text, or null when it holds none; cut to `max` characters at a word. */
function plain(value: unknown, max = MAX_ITEM_CHARS): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  // Cut before decoding too: the decoding of a megabyte string is wasted work.
  const text = htmlToText(String(value).slice(0, max * 4));
  if (!text) return null;
  return text.length <= max ? text : text.slice(0, max).replace(/\s+\S*$/, '') + '…';
}

/** A group name without its trailing colon ("Chocolate:" → "Chocolate"). */
export function groupName(value: unknown): string | null {
  const text = plain(value, MAX_NAME_CHARS);
  const name = text?.replace(/\s*[:：]\s*$/, '').trim();
  return name ? name : null;
}

/** Lines of an instructions string: its list items or its lines, else the whole. */
function stepsOfString(raw: string): string[] {
  const parts = /<li\b/i.test(raw) ? raw.split(/<\/li>/i) : raw.split(/\r?\n+/);
  return parts.map((p) => plain(p)).filter((p): p is string => p !== null);
}

/** A HowToStep's text: `text`, else `name`; its own sub-steps when it has no text. */
function stepText(node: JsonObject): string | null {
  return plain(node.text) ?? plain(node.name) ?? plain(node.description);
}

/** The steps of an instructions value, in groups: sections named, loose steps in unnamed groups. */
function readSteps(value: unknown, out: RecipeGroup[], depth = 0, count = { n: 0 }): void {
  if (depth > MAX_NESTING || count.n >= MAX_STEPS || value == null) return;
  const loose = (): RecipeGroup => {
    const last = out.at(-1);
    if (last && last.name === null) return last;
    const group: RecipeGroup = { name: null, items: [] };
    out.push(group);
    return group;
  };
  const add = (group: RecipeGroup, text: string | null): void => {
    if (!text || count.n >= MAX_STEPS) return;
    group.items.push(text);
    count.n++;
  };
  if (typeof value === 'string') {
    const group = loose();
    for (const s of stepsOfString(value)) add(group, s);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) readSteps(v, out, depth + 1, count);
    return;
  }
  if (!isObject(value)) return;
  const types = typesOf(value);
  const list = value.itemListElement;
  if (types.includes('HowToSection') || (list !== undefined && !stepText(value))) {
    const named: RecipeGroup = { name: groupName(value.name), items: [] };
    // A section's steps, flattened: a sub-section's steps stay in its section.
    const inner: RecipeGroup[] = [];
    readSteps(list ?? value.steps, inner, depth + 1, count);
    named.items = inner.flatMap((g) => g.items);
    if (named.items.length) out.push(named);
    return;
  }
  // A HowToStep may hold its directions as a list instead of a text.
  if (list !== undefined && !plain(value.text)) {
    readSteps(list, out, depth + 1, count);
    return;
  }
  add(loose(), stepText(value));
}

function readIngredients(node: JsonObject): RecipeGroup[] {
  const raw = node.recipeIngredient ?? node.ingredients;
  const list = Array.isArray(raw) ? raw : [raw];
  const items: string[] = [];
  for (const v of list.slice(0, MAX_INGREDIENTS * 2)) {
    // Some plugins give each ingredient as an object with a name or a text.
    const text = isObject(v) ? (plain(v.text) ?? plain(v.name)) : plain(v);
    if (text && items.length < MAX_INGREDIENTS) items.push(text);
  }
  return items.length ? [{ name: null, items }] : [];
}

/** The first Recipe among the page's JSON-LD objects that has ingredients or steps; null if none. */
export function readRecipe(nodes: readonly JsonObject[]): RecipeData | null {
  for (const node of nodes) {
    if (!typesOf(node).includes('Recipe')) continue;
    const ingredients = readIngredients(node);
    const steps: RecipeGroup[] = [];
    readSteps(node.recipeInstructions, steps);
    const kept = steps.filter((g) => g.items.length > 0);
    if (!ingredients.length && !kept.length) continue;
    return { name: plain(node.name, MAX_NAME_CHARS * 2), ingredients, steps: kept };
  }
  return null;
}
