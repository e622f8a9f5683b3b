/**
 * A recipe card end to end: the page declares its recipe in JSON-LD, and its card's HTML sets each
 * quantity in a table cell apart from its ingredient, under group names ("Cake:", "Chocolate:").
 * In the popup the card reads whole (groups named, each ingredient one item with its quantity,
 * steps in order), the ingredients are a key point, and neither the nutrition line nor the photo
 * credit is one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startEnv, type Env } from './setup';

describe('popup on a recipe card (tests/fixtures/odd/recipe-card.html)', () => {
  let env: Env;
  let popup: Page;

  before(async () => {
    env = await startEnv();
    const page = await env.h.openPage(env.url('odd/recipe-card.html'));
    popup = await env.h.clickToolbarButton(page);
    await popup.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
  });
  after(async () => env?.close());

  it('gives the ingredients, groups and quantities whole, as a key point, and no nutrition line or credit', async () => {
    const points = await popup.getByTestId('key-points').locator('li').allTextContents();
    const ingredients = points.find((p) => p.includes('1/4 cup butter, melted'));
    assert.ok(ingredients, `no ingredients among the key points:\n${points.join('\n')}`);
    assert.match(ingredients, /Cake:? .*2 cups all-purpose flour.*Chocolate:? .*6 ounces dark chocolate, chopped/);
    for (const p of points) {
      assert.doesNotMatch(p, /Calories|Carbohydrates|kcal/, `nutrition line as a key point: ${p}`);
      assert.doesNotMatch(p, /Photo: Ines Calloway/, `photo credit as a key point: ${p}`);
    }
  });

  it('shows the card in the article: a heading per group, one item per ingredient, the steps in order', async () => {
    await popup.getByRole('tab', { name: 'Marked text' }).click();
    const marked = popup.getByTestId('marked-text');
    await marked.waitFor();
    const lines = await marked.locator('h3, li, p').evaluateAll((els) =>
      els.filter((e) => !e.closest('.legend')).map((e) => `${e.tagName === 'H3' ? 'H' : e.tagName === 'LI' ? 'I' : 'P'}:${e.textContent?.trim()}`),
    );
    const at = (line: string): number => {
      const i = lines.indexOf(line);
      assert.ok(i >= 0, `"${line}" not shown as such; the article shows:\n${lines.join('\n')}`);
      return i;
    };
    const order = [
      at('H:Ingredients'), at('H:Cake'), at('I:2 cups all-purpose flour'), at('I:1/4 cup butter, melted'),
      at('H:Chocolate'), at('I:6 ounces dark chocolate, chopped'), at('I:1 tablespoon corn syrup'),
      at('I:Heat the oven to 350°F and grease two 9-inch cake pans.'), at('I:Spread the chocolate over the cooled layers and stack them.'),
    ];
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'the card is out of order');
    // No quantity stands alone.
    assert.ok(!lines.some((l) => /^[IP]:[\d/ ½¼¾]+$/.test(l)), `a quantity alone:\n${lines.join('\n')}`);
    // The nutrition line is marked as padding, the credit as a caption.
    const nutrition = marked.locator('mark.pad', { hasText: 'Calories: 410kcal' });
    assert.equal(await nutrition.count(), 1);
    assert.equal(await marked.locator('mark.pad', { hasText: 'Photo: Ines Calloway' }).count(), 1);
  });
});
