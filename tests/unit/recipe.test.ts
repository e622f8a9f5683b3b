import { describe, expect, it } from 'vitest';
import recipeHtml from '../fixtures/odd/recipe-card.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis';
import { extractArticle } from '../../utils/extract';
import { jsonLdNodes, jsonLdNodesOf } from '../../utils/extract/json-ld';
import { readRecipe, type RecipeData } from '../../utils/extract/recipe';
import { ingredientGroupsFromPage, withRecipeCard } from '../../utils/extract/recipe-blocks';
import type { Block } from '../../utils/extract/types';
import { htmlToText } from '../../utils/text/html-text';

const recipeOf = (value: unknown): RecipeData | null => readRecipe(jsonLdNodesOf(typeof value === 'string' ? value : JSON.stringify(value)));
const body = (html: string): Element => documentFromHtml(`<html><body>${html}</body></html>`, 'https://kitchen.example/').body;

describe('readRecipe (schema.org Recipe JSON-LD)', () => {
  it('finds the Recipe in a @graph, with its ingredients and named HowToSection groups', () => {
    const r = recipeOf({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Cake' },
        {
          '@type': 'Recipe',
          name: 'Cake',
          recipeIngredient: ['1/4 cup butter', '2 eggs'],
          recipeInstructions: [
            { '@type': 'HowToSection', name: 'Cake:', itemListElement: [{ '@type': 'HowToStep', text: 'Beat.' }, { '@type': 'HowToStep', text: 'Bake.' }] },
            { '@type': 'HowToSection', name: 'Chocolate', itemListElement: [{ '@type': 'HowToStep', name: 'Melt.' }] },
          ],
        },
      ],
    });
    expect(r).toEqual({
      name: 'Cake',
      ingredients: [{ name: null, items: ['1/4 cup butter', '2 eggs'] }],
      steps: [
        { name: 'Cake', items: ['Beat.', 'Bake.'] },
        { name: 'Chocolate', items: ['Melt.'] },
      ],
    });
  });

  it('reads a top-level array, a schema.org-prefixed type list and loose HowToSteps', () => {
    const r = recipeOf([{ '@type': 'Organization', name: 'X' }, { '@type': ['http://schema.org/Recipe', 'Thing'], recipeIngredient: '3 eggs', recipeInstructions: [{ '@type': 'HowToStep', text: 'Whisk.' }, 'Fry.'] }]);
    expect(r?.ingredients).toEqual([{ name: null, items: ['3 eggs'] }]);
    expect(r?.steps).toEqual([{ name: null, items: ['Whisk.', 'Fry.'] }]);
  });

  it('splits an instructions string at its list items or lines', () => {
    expect(recipeOf({ '@type': 'Recipe', recipeIngredient: ['a'], recipeInstructions: '<ol><li>Mix.</li><li>Bake.</li></ol>' })?.steps[0]?.items).toEqual(['Mix.', 'Bake.']);
    expect(recipeOf({ '@type': 'Recipe', recipeIngredient: ['a'], recipeInstructions: 'Mix.\nBake.\n\nServe.' })?.steps[0]?.items).toEqual(['Mix.', 'Bake.', 'Serve.']);
  });

  it('gives markup and character references inside strings as plain text', () => {
    const r = recipeOf({
      '@type': 'Recipe',
      recipeIngredient: ['&frac12; cup <b>sugar</b>', '1&amp;frac14; cups flour', 'Cr&egrave;me fra&#238;che &#x2013; 2 tbsp'],
      recipeInstructions: [{ '@type': 'HowToStep', text: '<p>Heat to 180&deg;C.</p><script>alert(1)</script>' }],
    });
    expect(r?.ingredients[0]?.items).toEqual(['½ cup sugar', '1¼ cups flour', 'Crème fraîche – 2 tbsp']);
    expect(r?.steps[0]?.items[0]).toBe('Heat to 180°C. alert(1)');
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;Salt &unknown; &#0;')).toBe('Salt &unknown;');
  });

  it('is null without a Recipe, or with one that has neither ingredients nor steps', () => {
    expect(recipeOf({ '@type': 'NewsArticle', headline: 'x' })).toBeNull();
    expect(recipeOf({ '@type': 'Recipe', name: 'Empty' })).toBeNull();
    expect(recipeOf('{ not json')).toBeNull();
  });

  it('survives hostile JSON-LD: huge scripts, endless nesting, odd values, thousands of items', () => {
    expect(jsonLdNodesOf(`{"@type":"Recipe","recipeIngredient":["${'x'.repeat(1_100_000)}"]}`)).toEqual([]);
    const deep = `${'{"child":'.repeat(100_000)}{"@type":"Recipe","recipeIngredient":["deep"]}${'}'.repeat(100_000)}`;
    expect(() => recipeOf(deep)).not.toThrow();
    expect(recipeOf(deep)).toBeNull();
    const many = recipeOf({ '@type': 'Recipe', recipeIngredient: Array.from({ length: 10_000 }, (_, i) => `${i} g salt`), recipeInstructions: [{ '@type': 'HowToStep', text: 'y'.repeat(50_000) }, null, 42, { text: { nested: true } }] });
    expect(many?.ingredients[0]?.items.length).toBe(150);
    expect(many?.steps[0]?.items[0]?.length).toBeLessThanOrEqual(2_001);
    expect(many?.steps[0]?.items).toHaveLength(1);
    const nodes = jsonLdNodes(documentFromHtml(`<html><head><script type="application/ld+json">${JSON.stringify({ '@graph': Array.from({ length: 20_000 }, () => ({ '@type': 'Thing' })) })}</script></head><body></body></html>`, 'https://x.example/'));
    expect(nodes.length).toBeLessThanOrEqual(5_000);
  });
});

describe('ingredientGroupsFromPage', () => {
  const ingredients = ['2 cups flour', '1/4 cup butter', '6 ounces dark chocolate', '1/2 cup cream'];

  it('names groups from the labels between ingredient lists, not from the card heading above them', () => {
    const page = body(`<div class="card"><h3 class="header">Ingredients</h3>
      <div class="group"><ul><li><span>2</span> <span>cups</span> flour</li><li>¼ cup butter</li></ul></div>
      <div class="group"><h4 class="group-name">Chocolate:</h4><ul><li>▢ 6 ounces dark chocolate</li><li>1/2 cup cream</li></ul></div></div>`);
    expect(ingredientGroupsFromPage(page, ingredients)).toEqual([
      { name: null, items: ['2 cups flour', '1/4 cup butter'] },
      { name: 'Chocolate', items: ['6 ounces dark chocolate', '1/2 cup cream'] },
    ]);
  });

  it('takes the first group its name when it is marked up as the later ones', () => {
    const page = body(`<h3>Ingredients</h3><div><h4 class="g">Cake:</h4><ul><li>2 cups flour</li><li>1/4 cup butter</li></ul>
      <h4 class="g">Chocolate:</h4><ul><li>6 ounces dark chocolate</li><li>1/2 cup cream</li></ul></div>`);
    expect(ingredientGroupsFromPage(page, ingredients)?.map((g) => g.name)).toEqual(['Cake', 'Chocolate']);
  });

  it('reads group labels set as items of one list', () => {
    const page = body(`<ul><li><strong>For the cake:</strong></li><li>2 cups flour</li><li>1/4 cup butter</li><li><strong>For the chocolate:</strong></li><li>6 ounces dark chocolate</li><li>1/2 cup cream</li></ul>`);
    expect(ingredientGroupsFromPage(page, ingredients)?.map((g) => g.name)).toEqual(['For the cake', 'For the chocolate']);
  });

  it('is null for one plain list, or when the page does not show the ingredients', () => {
    expect(ingredientGroupsFromPage(body(`<h3>Ingredients</h3><ul>${ingredients.map((i) => `<li>${i}</li>`).join('')}</ul>`), ingredients)).toBeNull();
    expect(ingredientGroupsFromPage(body('<p>Nothing here.</p>'), ingredients)).toBeNull();
  });
});

describe('withRecipeCard', () => {
  const recipe: RecipeData = {
    name: 'Cake',
    ingredients: [
      { name: null, items: ['2 cups flour', '1/4 cup butter'] },
      { name: 'Chocolate', items: ['6 ounces dark chocolate'] },
    ],
    steps: [{ name: null, items: ['Mix the flour and butter.', 'Melt the chocolate and pour it over.'] }],
  };
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const li = (text: string): Block => ({ kind: 'list-item', text });

  it('leaves a reading that holds the card whole as it is', () => {
    const blocks: Block[] = [p('Intro.'), { kind: 'heading', text: 'Ingredients', level: 3 }, li('▢ 2 cups flour'), li('1/4 cup butter'), { kind: 'heading', text: 'Chocolate:', level: 4 }, li('6 ounces dark chocolate'), li('Mix the flour and butter.'), li('Melt the chocolate and pour it over.')];
    expect(withRecipeCard(blocks, recipe)).toEqual(blocks);
  });

  it('puts the card in place of quantities split from their ingredients, with its group headings', () => {
    const blocks: Block[] = [
      p('Intro.'),
      { kind: 'heading', text: 'Zutaten', level: 3 },
      p('2'), p('cups flour'), p('1/4'), p('cup butter'), p('6 ounces'), p('dark chocolate'),
      { kind: 'heading', text: 'Zubereitung', level: 3 },
      li('Mix the flour and butter.'), p('Tip: use cold butter.'), li('Melt the chocolate and pour it over.'),
      p('Thanks for reading.'),
    ];
    expect(withRecipeCard(blocks, recipe)).toEqual([
      p('Intro.'),
      { kind: 'heading', text: 'Zutaten', level: 3 },
      li('2 cups flour'), li('1/4 cup butter'),
      { kind: 'heading', text: 'Chocolate', level: 4 },
      li('6 ounces dark chocolate'),
      // The steps were read whole: they stay as the page wrote them.
      { kind: 'heading', text: 'Zubereitung', level: 3 },
      li('Mix the flour and butter.'), p('Tip: use cold butter.'), li('Melt the chocolate and pour it over.'),
      p('Thanks for reading.'),
    ]);
  });

  it('writes back the steps too when they were split, other blocks among them kept after the card', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'Ingredients', level: 2 },
      p('2'), p('cups flour'), p('1/4'), p('cup butter'), p('6 ounces'), p('dark chocolate'),
      { kind: 'heading', text: 'Method', level: 2 },
      p('Mix the flour'), p('and butter.'), p('Tip: use cold butter.'), p('Melt the chocolate'), p('and pour it over.'),
    ];
    expect(withRecipeCard(blocks, recipe).map((b) => `${b.kind}:${b.text}`)).toEqual([
      'heading:Ingredients', 'list-item:2 cups flour', 'list-item:1/4 cup butter', 'heading:Chocolate', 'list-item:6 ounces dark chocolate',
      'heading:Method', 'list-item:Mix the flour and butter.', 'list-item:Melt the chocolate and pour it over.',
      'paragraph:Tip: use cold butter.',
    ]);
  });

  it('leaves a reading that words the ingredients differently but holds them whole', () => {
    const blocks: Block[] = [li('2 cups (250 g) flour, sifted'), li('1/4 cup butter'), { kind: 'heading', text: 'Chocolate', level: 4 }, li('6 ounces dark chocolate'), li('Mix the flour and butter.'), li('Melt the chocolate and pour it over.')];
    expect(withRecipeCard(blocks, recipe)).toEqual(blocks);
  });

  it('adds the card at the end when the reading has none of it', () => {
    const out = withRecipeCard([p('A story about my grandmother and her kitchen.')], recipe);
    expect(out.map((b) => `${b.kind}:${b.text}`)).toEqual([
      'paragraph:A story about my grandmother and her kitchen.',
      'heading:Ingredients', 'list-item:2 cups flour', 'list-item:1/4 cup butter', 'heading:Chocolate', 'list-item:6 ounces dark chocolate',
      'heading:Instructions', 'list-item:Mix the flour and butter.', 'list-item:Melt the chocolate and pour it over.',
    ]);
  });
});

describe('a recipe page read and summarized (tests/fixtures/odd/recipe-card.html)', () => {
  const result = extractArticle(documentFromHtml(recipeHtml, 'https://kitchen.example/chocolate-layer-cake'));
  if (!result.ok) throw new Error(result.message);
  const { blocks } = result.article;
  const texts = blocks.map((b) => b.text);

  it('keeps the ingredient groups whole, each ingredient one item with its quantity', () => {
    const at = (t: string): number => texts.indexOf(t);
    expect(blocks[at('Ingredients')]?.kind).toBe('heading');
    expect(blocks[at('Chocolate')]?.kind).toBe('heading');
    expect(at('Cake')).toBeGreaterThan(at('Ingredients'));
    expect(at('Chocolate')).toBeGreaterThan(at('1/4 cup butter, melted'));
    for (const item of ['1/4 cup butter, melted', '1 1/2 cups granulated sugar', '6 ounces dark chocolate, chopped']) {
      expect(blocks[at(item)]?.kind, item).toBe('list-item');
    }
    expect(texts).not.toContain('1/4');
    // Steps in order, as list items.
    const steps = ['Heat the oven to 350°F and grease two 9-inch cake pans.', 'Spread the chocolate over the cooled layers and stack them.'];
    expect(at(steps[0]!)).toBeLessThan(at(steps[1]!));
    expect(blocks[at(steps[0]!)]?.kind).toBe('list-item');
  });

  it('says each ingredient once: the card laid out as a table is replaced by the card, not kept beside it', () => {
    expect(blocks.filter((b) => b.text.includes('all-purpose flour')).map((b) => b.kind)).toEqual(['list-item']);
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
  });

  it('marks the figure caption and the photo credit as captions', () => {
    expect(blocks.find((b) => b.text === 'Photo: Ines Calloway')?.kind).toBe('caption');
    expect(blocks.find((b) => b.text.startsWith('A slice of the finished cake'))?.kind).toBe('caption');
  });

  it('gives key points with the ingredients, never the nutrition line or a caption', () => {
    const a = analyze({ title: result.article.title, lang: 'en', blocks });
    const points = a.keyPoints.map((k) => k.text);
    expect(points.some((p) => p.includes('1/4 cup butter, melted') && p.includes('Chocolate'))).toBe(true);
    for (const p of points) {
      expect(p).not.toMatch(/Calories|Carbohydrates|Photo:|A slice of the finished cake/);
    }
  });
});
