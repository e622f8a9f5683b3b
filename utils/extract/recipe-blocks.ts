/**
 * A recipe card kept whole in the article's blocks. Readability often drops a card's group names
 * ("Chocolate:") and layouts split a quantity from its ingredient ("1/4" / "cup butter"). When the
 * page declares its recipe in JSON-LD and the reading does not hold each ingredient and step as one
 * block, the card (or the part of it the reading lacks) is written back from the declaration: a heading, a heading per named group, one
 * list item per ingredient (quantity included) and per step. Group names the JSON-LD lacks
 * (schema.org has no ingredient groups) are read from the page around its ingredient list items.
 */
import { isBlockish, isQuantity } from './blocks';
import { groupName, type RecipeData, type RecipeGroup } from './recipe';
import type { Block } from './types';

/** Letters only, lowercase, accents off: "▢ ½ cup Butter," and "1/4 cup butter" share "cup butter". */
export function letterKey(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}

/** Letters, digits and fractions, for "is this ingredient whole in that block" (the quantity included). */
function looseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u2044/g, '/')
    .replace(/[^\p{L}\p{N}/.]+/gu, ' ')
    .trim();
}


/** A label between ingredient lists: a few words, as group names are. */
const MAX_LABEL_CHARS = 60;
const MAX_LABEL_WORDS = 8;
/** What a card shows an ingredient as: a list item mostly, a table row or a line in some layouts. */
const ITEM_SELECTOR = 'li,tr,dd,p';
/** Items looked at in a page, at most. */
const MAX_ITEMS_SCANNED = 5_000;

/**
 * The declared ingredients in groups named as the page shows them (the labels between its
 * ingredient items); null when the page shows no groups.
 */
export function ingredientGroupsFromPage(body: Element, ingredients: readonly string[]): RecipeGroup[] | null {
  if (ingredients.length < 2) return null;
  const wanted = new Map<string, number[]>();
  ingredients.forEach((text, i) => {
    const k = letterKey(text);
    if (k) wanted.set(k, [...(wanted.get(k) ?? []), i]);
  });
  // Each declared ingredient to the first unclaimed list item that reads the same.
  const matched = new Map<Element, number>();
  const items = Array.from(body.querySelectorAll(ITEM_SELECTOR)).slice(0, MAX_ITEMS_SCANNED);
  for (const li of items) {
    if (li.querySelector(ITEM_SELECTOR)) continue;
    const queue = wanted.get(letterKey(li.textContent ?? ''));
    if (queue?.length) matched.set(li, queue.shift()!);
  }
  if (matched.size < ingredients.length / 2) return null;

  // The smallest element holding every matched item: its text in page order tells the groups.
  const lis = [...matched.keys()];
  let container: Element | null = lis[0]!.parentElement;
  while (container && !lis.every((li) => container!.contains(li))) container = container.parentElement;
  if (!container) return null;

  interface Label { text: string; tag: string }
  const events: ({ item: number } | { label: Label })[] = [];
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').trim()) continue;
    const li = node.parentElement?.closest(ITEM_SELECTOR);
    if (li && matched.has(li)) {
      if (li !== last) events.push({ item: matched.get(li)! });
      last = li;
      continue;
    }
    let el: Element | null = node.parentElement;
    if (!el || el.closest('script,style,button,select,noscript,template')) continue;
    while (el && el !== container && !isBlockish(el)) el = el.parentElement;
    if (!el || el === last) continue;
    last = el;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A link ("Jump to…", "Metric") is a control, not a name.
    const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    if (text.length > MAX_LABEL_CHARS || text.split(' ').length > MAX_LABEL_WORDS || linked > text.length / 2 || !/\p{L}/u.test(text)) continue;
    events.push({ label: { text, tag: `${el.tagName}.${el.getAttribute('class') ?? ''}` } });
  }

  const groupOf: (string | null)[] = ingredients.map(() => null);
  const firstItem = events.findIndex((e) => 'item' in e);
  const inner = events.slice(firstItem).filter((e): e is { label: Label } => 'label' in e);
  if (!inner.length) return null;
  // Before the first item: the card's heading ("Ingredients") or the first group's own name. It
  // is a group name when it is marked up as the later ones are.
  const before = events.slice(0, firstItem).filter((e): e is { label: Label } => 'label' in e).at(-1);
  let current = before && inner.some((e) => e.label.tag === before.label.tag) ? groupName(before.label.text) : null;
  let seenItem = false;
  for (const e of events.slice(firstItem)) {
    if ('label' in e) {
      if (seenItem) current = groupName(e.label.text);
      seenItem = false;
      continue;
    }
    seenItem = true;
    groupOf[e.item] = current;
  }
  // An ingredient the page does not show as an item stays with the one before it.
  for (let i = 1; i < groupOf.length; i++) if (groupOf[i] === null && !lis.some((li) => matched.get(li) === i)) groupOf[i] = groupOf[i - 1]!;
  const groups: RecipeGroup[] = [];
  ingredients.forEach((text, i) => {
    const name = groupOf[i] ?? null;
    const open = groups.at(-1);
    if (open && open.name === name) open.items.push(text);
    else groups.push({ name, items: [text] });
  });
  return groups.length > 1 ? groups : null;
}

/** Words and figures of a text, for "does that block say everything this item says". */
const tokens = (text: string): string[] => looseText(text).split(' ').filter(Boolean);

/** More than this share of a card's items read whole: the reading holds it (a page words some differently from its JSON-LD). */
const HELD_SHARE = 0.5;

/** Items of the groups that some one block says in full, quantity included: the share of them. */
function heldShare(blocks: readonly Block[], groups: readonly RecipeGroup[]): number {
  const sets = blocks.map((b) => new Set(tokens(b.text)));
  const items = groups.flatMap((g) => g.items);
  if (!items.length) return 1;
  const held = items.filter((item) => {
    const want = tokens(item);
    return !want.length || sets.some((set) => want.every((t) => set.has(t)));
  });
  return held.length / items.length;
}

/** Does the reading hold a section of the card: most items whole, each in one block, every group named? */
function readingHolds(blocks: readonly Block[], groups: readonly RecipeGroup[]): boolean {
  const names = new Set(blocks.map((b) => letterKey(b.text)));
  const named = groups.length < 2 || groups.every((g) => !g.name || names.has(letterKey(g.name)));
  return named && heldShare(blocks, groups) > HELD_SHARE;
}

/** Blocks of the reading that are part of the card: an ingredient or step, whole or in pieces, or a group's name. */
function cardParts(blocks: readonly Block[], recipe: RecipeData): boolean[] {
  const keys = [...recipe.ingredients, ...recipe.steps].flatMap((g) => g.items.map(letterKey));
  const names = new Set([...recipe.ingredients, ...recipe.steps].map((g) => (g.name ? letterKey(g.name) : '')).filter(Boolean));
  const items = [...recipe.ingredients, ...recipe.steps].flatMap((g) => g.items.map(tokens));
  return blocks.map((b) => {
    // A card laid out as a table (a quantity per cell) is one block now: part of the card when it says two items whole.
    if (b.kind === 'table') {
      const set = new Set(tokens(b.text));
      return items.filter((want) => want.length && want.every((t) => set.has(t))).length >= 2;
    }
    const k = letterKey(b.text);
    if (k.length < 3) return false;
    return names.has(k) || keys.some((item) => item === k || (item.includes(k) && k.length >= item.length / 4));
  });
}

/** Card blocks within this many others are one card. */
const MAX_GAP = 3;

/** The blocks that hold the card now: the longest run of card parts with small gaps; null if none. */
function cardRegion(blocks: readonly Block[], parts: readonly boolean[]): { start: number; end: number } | null {
  let best: { start: number; end: number; count: number } | null = null;
  let run: { start: number; end: number; count: number } | null = null;
  parts.forEach((part, i) => {
    if (!part) return;
    if (run && i - run.end - 1 <= MAX_GAP) {
      run.end = i;
      run.count++;
    } else run = { start: i, end: i, count: 1 };
    if (!best || run.count > best.count) best = { ...run };
  });
  const found = best as { start: number; end: number; count: number } | null;
  if (!found || found.count < 2) return null;
  let { start } = found;
  // A quantity cut from its ingredient, just before the run, is part of it.
  while (start > 0 && isQuantity(blocks[start - 1]!.text)) start--;
  return { start, end: found.end };
}

/** The card as blocks: a heading, then each group (named when the page names it) as a list. */
function cardBlocks(recipe: RecipeData, headings: { ingredients: string; steps: string }, level: number): Block[] {
  const out: Block[] = [];
  const section = (title: string, groups: readonly RecipeGroup[]): void => {
    if (!groups.length) return;
    out.push({ kind: 'heading', text: title, level });
    for (const g of groups) {
      if (g.name) out.push({ kind: 'heading', text: g.name, level: Math.min(6, level + 1) });
      for (const item of g.items) out.push({ kind: 'list-item', text: item });
    }
  };
  section(headings.ingredients, recipe.ingredients);
  section(headings.steps, recipe.steps);
  return out;
}

/** Headings when the reading has none of its own to reuse (the page's language is not known here). */
const DEFAULT_HEADINGS = { ingredients: 'Ingredients', steps: 'Instructions' };

/**
 * The blocks with the recipe card whole: unchanged when they already hold it, else with the card
 * in place of the pieces that were read (other blocks among them kept after it), or added at the
 * end when the reading has none of it.
 */
export function withRecipeCard(blocks: readonly Block[], declared: RecipeData): Block[] {
  const ingredientsHeld = readingHolds(blocks, declared.ingredients);
  const stepsHeld = readingHolds(blocks, declared.steps);
  if (ingredientsHeld && stepsHeld) return [...blocks];
  // Only what the reading lacks is written back: a section it holds stays as the page wrote it.
  const recipe: RecipeData = { ...declared, ingredients: ingredientsHeld ? [] : declared.ingredients, steps: stepsHeld ? [] : declared.steps };
  const parts = cardParts(blocks, recipe);
  const region = cardRegion(blocks, parts);
  if (!region) return [...blocks, ...cardBlocks(recipe, DEFAULT_HEADINGS, 2)];

  // The page's own headings are reused: the one right above the card, and the one above its first step.
  const headings = { ...DEFAULT_HEADINGS };
  let level = 2;
  let start = region.start;
  const above = blocks[start - 1];
  if (above?.kind === 'heading') {
    headings.ingredients = above.text;
    level = above.level ?? level;
    start--;
  }
  const stepKeys = recipe.steps.flatMap((g) => g.items.map(letterKey));
  const kept: Block[] = [];
  let stepHeadingTaken = false;
  for (let i = region.start; i <= region.end; i++) {
    const b = blocks[i]!;
    if (parts[i] || isQuantity(b.text)) continue;
    const next = blocks[i + 1];
    const beforeStep = next && parts[i + 1] && stepKeys.some((k) => k.includes(letterKey(next.text)));
    if (b.kind === 'heading' && beforeStep && !stepHeadingTaken) {
      headings.steps = b.text;
      stepHeadingTaken = true;
      continue;
    }
    // Headings of the card the declaration names itself ("Ingredients" again, a group) go; other blocks stay.
    kept.push(b);
  }
  return [...blocks.slice(0, start), ...cardBlocks(recipe, headings, level), ...kept, ...blocks.slice(region.end + 1)];
}
