/**
 * The main paths in Firefox ESR, end to end (harness: ./firefox.ts).
 *
 * Real: the toolbar click (real mouse events on Firefox's Extensions button and Winnow's item, so
 * Firefox itself grants activeTab and opens the action popup), the popup reading the served article
 * through that grant, the popup's own "Saved summaries" button opening the list with tabs.create, and
 * storage change events crossing from the options page to the other open pages.
 * Scripted: clicks on buttons and radios *inside* extension pages are element.click() (synthetic
 * events), and the options page sits in a background tab opened by the harness (a reader would open
 * it from the popup, which closes the popup; a background tab keeps the popup open to watch it change).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { resolve } from 'node:path';
import { coversFact } from '../support/labels';
import { serveDirectory, type StaticServer } from '../e2e/server';
import { launchFirefox, type FirefoxHarness, type Tab, type View } from './firefox';

const EXTENSION_DIR = resolve(process.env.WINNOW_OUT_DIR ?? '.output', 'firefox-mv2');
const TITLE = "Anthropic's Code Leak: What Happened and What It Means";
const labels = JSON.parse(readFileSync('tests/fixtures/agency-leak/labels.json', 'utf8')) as { keyFacts: string[][] };

/** Page side: clicks the first `selector` whose trimmed text is `text`; false while there is none. */
function clickByText(selector: string, text: string): boolean {
  const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.trim() === text);
  el?.click();
  return el !== undefined;
}

/** Page side: the text of each key point, once there are `n` of them. */
function keyPoints(n: number): string[] | null {
  const items = [...document.querySelectorAll('[data-testid=key-points] li')].map((li) => li.textContent ?? '');
  return items.length === n ? items : null;
}

describe('Firefox ESR: main paths', () => {
  let server: StaticServer;
  let ff: FirefoxHarness;
  let article: Tab;
  let popup: View;
  let list: Tab;
  const started = performance.now();
  const figures: string[] = [];
  let ran = 0;
  let passed = 0;

  before(async () => {
    server = await serveDirectory('tests/fixtures');
    ff = await launchFirefox(EXTENSION_DIR);
    article = await ff.openTab(`${server.origin}/agency-leak/page.html`);
  });
  afterEach((t) => {
    ran += 1;
    if ('passed' in t && t.passed) passed += 1;
  });
  after(async () => {
    await ff?.close();
    await server?.close();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Firefox ESR ${ff?.version ?? '(did not start)'}: ${passed}/${ran} main paths passed in ${seconds} s; ${figures.join(', ')}`);
  });

  it('a toolbar click on an article shows its key points in the popup', async () => {
    const t0 = performance.now();
    popup = await ff.clickToolbarButton(article);
    const points = await popup.waitFor(keyPoints, '5 key points in the popup', { args: [5] });
    figures.push(`click to key points ${(performance.now() - t0).toFixed(0)} ms`);
    assert.equal(await popup.evaluate(() => document.querySelector('[data-testid=title]')?.textContent), TITLE);
    const covered = labels.keyFacts.filter((alts) => points.some((p) => coversFact(p, alts)));
    assert.ok(covered.length >= 3, `only ${covered.length} key facts covered:\n${points.join('\n')}`);
    const meter = await popup.evaluate(() => document.querySelector('[data-testid=padding-percent]')?.textContent ?? '');
    assert.match(meter, /^\d+% padding$/);
  });

  it('Save, then the popup’s "Saved summaries" opens the list with the entry', async () => {
    await popup.evaluate(() => (document.querySelector('[data-testid=save]') as HTMLButtonElement).click());
    await popup.waitFor(() => document.querySelector('[data-testid=save]')?.textContent === 'Saved ✓', 'the button to say "Saved ✓"');
    await popup.evaluate(clickByText, 'button', 'Saved summaries');
    list = await ff.waitForTab(ff.extensionUrl('summaries.html'));
    const entries = await list.waitFor(() => {
      const found = [...document.querySelectorAll('[data-testid=entry]')].map((e) => e.textContent ?? '');
      return found.length ? found : null;
    }, 'an entry in the saved-summaries list');
    assert.equal(entries.length, 1, `entries:\n${entries.join('\n')}`);
    assert.ok(entries[0]!.includes(TITLE), entries[0]);
    assert.match(entries[0]!, /Mira Vista Digital · saved .* · \d+% padding/);
    assert.equal(await ff.popupIsOpen(), false, 'the popup closes once it has opened the list');
  });

  it('an options change reaches the open popup and the open saved-summaries page', async () => {
    popup = await ff.clickToolbarButton(article);
    await popup.waitFor(keyPoints, '5 key points (the default) before the change', { args: [5] });
    // A mark on this very document: if the popup were reopened, it would be gone.
    await popup.evaluate(() => {
      (window as { winnowMark?: boolean }).winnowMark = true;
    });
    const options = await ff.openTab(ff.extensionUrl('options.html'), { background: true });
    await options.waitFor(clickByText, 'the "Short (3)" length', { args: ['label', 'Short (3)'] });
    // The second change at once, before the first has come back through storage: each is saved on
    // top of the latest stored options, so neither undoes the other.
    await options.waitFor(clickByText, 'the "Dark" theme', { args: ['label', 'Dark'] });
    await popup.waitFor(keyPoints, '3 key points in the open popup', { args: [3] });
    await popup.waitFor(() => document.documentElement.dataset.theme === 'dark', 'the open popup to turn dark');
    assert.ok(await popup.evaluate(keyPoints, 3), 'still 3 key points after the theme change');
    assert.equal(await popup.evaluate(() => (window as { winnowMark?: boolean }).winnowMark), true, 'the same popup, not a new one');
    await list.waitFor(() => document.documentElement.dataset.theme === 'dark', 'the open saved-summaries page to turn dark');
  });
});
