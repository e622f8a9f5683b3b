/**
 * Winnow in the reader's language: Chromium started with --lang=fr (its UI language, which the
 * extension's i18n follows) shows the popup, its padding reasons, the options and the saved
 * summaries in French, with French numbers; a right-to-left article keeps its direction inside a
 * left-to-right French interface that still fits and passes axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, assertPopupAccessible } from './axe';
import { textMatches } from './expect';
import { startEnv, type Env } from './setup';

async function keyPointsShown(popup: Page): Promise<void> {
  await popup.getByTestId('key-points').locator('li').first().waitFor({ timeout: 15_000 });
}

describe('Winnow in French (Chromium --lang=fr)', () => {
  let env: Env;
  before(async () => {
    env = await startEnv(['--lang=fr']);
  });
  after(async () => env?.close());

  it('the popup speaks French, reasons included, and axe finds nothing', async () => {
    const page = await env.h.openPage(env.url('listicle-budgeting-apps/page.html'));
    const popup = await env.h.clickToolbarButton(page);
    await keyPointsShown(popup);
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await popup.title(), 'Winnow\u00a0: points clés de cette page');
    assert.deepEqual(await popup.getByRole('tab').allTextContents(), ['Points clés', 'Texte annoté', 'Sans remplissage']);
    // Intl in French: "58 %" with a no-break space, and the words around it French.
    await textMatches(popup.getByTestId('padding-percent'), /^\d+[\u00a0\u202f]% de remplissage$/);
    await textMatches(popup.locator('.meta:not(.byline)'), /\d+ min de lecture · [\d\u00a0\u202f]+ mots$/);
    await textMatches(popup.getByTestId('author'), /^Par \S/);
    await textMatches(popup.getByTestId('save'), /^(Enregistrer|Mettre à jour la copie enregistrée)$/);
    await textMatches(popup.getByTestId('copy-markdown'), 'Copier en Markdown');
    await textMatches(popup.getByTestId('shortcut-hint'), /^(Raccourci\u00a0: |Aucun raccourci clavier)/);

    await popup.getByRole('tab', { name: 'Texte annoté' }).click();
    const tips = await popup.locator('.pad-tip').allTextContents();
    assert.ok(tips.length > 0, 'the listicle has padding marked');
    // Quoted cues in French quotation marks: the reason came through its code and the French catalogue.
    assert.ok(tips.some((tip) => /«\u00a0.+\u00a0»/.test(tip)), tips.join('\n'));
    assert.ok(!tips.some((tip) => /“/.test(tip)), `no English-quoted reason left: ${tips.join('\n')}`);

    await popup.getByRole('tab', { name: 'Points clés' }).click();
    await assertPopupAccessible(popup, 'popup in French');
  });

  it('a right-to-left article keeps its direction in the French popup, which still fits', async () => {
    const page = await env.h.openPage(env.url('odd/rtl.html'));
    const popup = await env.h.clickToolbarButton(page);
    await keyPointsShown(popup);
    const layout = await popup.evaluate(() => {
      const point = document.querySelector('[data-testid="key-points"] li')!;
      const save = document.querySelector('[data-testid="save"]')!.getBoundingClientRect();
      return {
        page: getComputedStyle(document.body).direction,
        point: getComputedStyle(point).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        saveInside: save.left >= 0 && save.right <= document.documentElement.clientWidth,
      };
    });
    assert.deepEqual(layout, { page: 'ltr', point: 'rtl', overflow: 0, saveInside: true });
    await textMatches(popup.getByRole('tab', { selected: true }), 'Points clés');
    await assertPopupAccessible(popup, 'French popup on a right-to-left article');
  });

  it('the options and saved-summaries pages speak French', async () => {
    const options = await env.h.openExtensionPage('options.html');
    await textMatches(options.locator('h1'), 'Options de Winnow');
    assert.equal(await options.title(), 'Options · Winnow');
    await textMatches(options.locator('legend').first(), 'Points clés');
    await assertAccessible(options, 'options in French');

    const summaries = await env.h.openExtensionPage('summaries.html');
    await textMatches(summaries.locator('h1'), 'Résumés enregistrés');
    await textMatches(summaries.getByTestId('count'), /^\d+ enregistrés? · [\d,]+ Mo sur \d+ Mo$/);
    await assertAccessible(summaries, 'saved summaries in French');
  });
});
