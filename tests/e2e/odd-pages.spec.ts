/**
 * Odd pages end to end: CJK and right-to-left text, an article inside an open shadow root and
 * inside a same-origin frame, a single-page app that swaps its story, a 1 MB page, an empty page
 * and about:blank. Each gets a clear message or a correct reading, and the popup stays usable.
 * Fixtures live in tests/fixtures/odd/ (no labels.json, so the labelled-page loaders skip them);
 * the 1 MB page is generated into a temp folder at run time.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { LISTING, LISTING_WITH_EXCERPTS, NEWS_BRIEF } from '../support/gate-pages';
import { hugeArticleHtml } from '../support/huge-page';
import { textMatches } from './expect';
import { serveDirectory } from './harness';
import type { StaticServer } from './server';
import { startEnv, type Env } from './setup';

const HARBOUR = 'The council voted on Tuesday to rebuild the harbour wall over three years, at a cost of 45 million euros shared between the national grant fund and the city reserve.';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's violations on a page, as "rule: help (n nodes)" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: unknown[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  });
}

/** The popup's key points, once shown; on failure, says what the popup showed instead. */
async function keyPoints(popup: Page, timeout = 15_000): Promise<string[]> {
  try {
    await popup.getByTestId('key-points').locator('li').first().waitFor({ timeout });
  } catch (err) {
    const shown = await popup.locator('body').innerText().catch(() => '(popup gone)');
    throw new Error(`no key points; the popup shows:\n${shown}`, { cause: err });
  }
  return popup.getByTestId('key-points').locator('li').allTextContents();
}

describe('popup on odd pages', () => {
  let env: Env;
  let hugeDir: string;
  let hugeServer: StaticServer;

  before(async () => {
    env = await startEnv();
    hugeDir = mkdtempSync(join(tmpdir(), 'winnow-huge-'));
    writeFileSync(join(hugeDir, 'huge.html'), hugeArticleHtml());
    // The article gate's pages (tests/support/gate-pages.ts), served beside it.
    writeFileSync(join(hugeDir, 'brief.html'), NEWS_BRIEF);
    writeFileSync(join(hugeDir, 'listing.html'), LISTING);
    writeFileSync(join(hugeDir, 'listing-excerpts.html'), LISTING_WITH_EXCERPTS);
    hugeServer = await serveDirectory(hugeDir);
  });
  after(async () => {
    await env?.close();
    await hugeServer?.close();
    if (hugeDir) rmSync(hugeDir, { recursive: true, force: true });
  });

  it('reads a short Japanese story whole', async () => {
    const page = await env.h.openPage(env.url('odd/cjk.html'));
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    await textMatches(popup.getByTestId('title'), '港の防波堤、三年かけて改修へ');
    assert.ok(points.includes('市は十二日、老朽化した港の防波堤を三年かけて改修する計画を発表した。'), points.join('\n'));
    assert.equal(await popup.getByTestId('read-notes').count(), 0, 'an ordinary page has no reading notes');
  });

  it('reads an Arabic story and shows it right to left', async () => {
    const page = await env.h.openPage(env.url('odd/rtl.html'));
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    assert.ok(points.some((p) => p.startsWith('أعلنت البلدية يوم الثلاثاء')), points.join('\n'));
    const direction = await popup
      .getByTestId('key-points')
      .locator('li')
      .first()
      .evaluate((el) => getComputedStyle(el).direction);
    assert.equal(direction, 'rtl');
  });

  it('reads an article inside an open shadow root and says so', async () => {
    const page = await env.h.openPage(env.url('odd/shadow.html'));
    await page.waitForFunction(() => document.querySelector('news-story')?.shadowRoot?.querySelector('p') != null);
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    assert.ok(points.includes(HARBOUR), points.join('\n'));
    await textMatches(popup.getByTestId('read-notes'), /Read text inside 1 embedded component \(shadow DOM\)\./);
  });

  it('reads an article inside a closed shadow root, which only extensions can open', async () => {
    const page = await env.h.openPage(env.url('odd/shadow-closed.html'));
    await page.waitForFunction(() => (document.querySelector('news-story') as HTMLElement | null)?.dataset['ready'] === '1');
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    assert.ok(points.includes(HARBOUR), points.join('\n'));
    await textMatches(popup.getByTestId('read-notes'), /Read text inside 1 embedded component \(shadow DOM\)\./);
  });

  it('reads a same-origin frame and says which frames it could not read', async () => {
    const page = await env.h.openPage(env.url('odd/frame.html'));
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    assert.ok(points.includes(HARBOUR), points.join('\n'));
    await textMatches(popup.getByTestId('read-notes'), /Read text inside 1 frame from this site\./);
    await textMatches(popup.getByTestId('read-notes'), /1 frame from other sites could not be read\./);
    // The reading notes keep the popup accessible.
    assert.deepEqual(await axeViolations(popup), []);
  });

  it('reads the new story after a single-page app swaps it', async () => {
    const page = await env.h.openPage(env.url('odd/spa.html'));
    let popup = await env.h.clickToolbarButton(page);
    await textMatches(popup.getByTestId('title'), 'Harbour wall to be rebuilt over three years');
    await page.evaluate(() => (window as unknown as { showStory(n: number): void }).showStory(2));
    popup = await env.h.clickToolbarButton(page);
    await textMatches(popup.getByTestId('title'), 'Library to open on Sundays from March');
    const points = await keyPoints(popup);
    assert.ok(points.every((p) => !p.includes('harbour')), points.join('\n'));
  });

  it('reads the start of a 1 MB page, says it was cut, and stays responsive', async () => {
    const page = await env.h.openPage(`${hugeServer.origin}/huge.html`);
    const t0 = performance.now();
    const popup = await env.h.clickToolbarButton(page, { timeoutMs: 30_000 });
    await keyPoints(popup, 30_000);
    console.log(`1 MB page: click to key points ${(performance.now() - t0).toFixed(0)} ms`);
    await textMatches(popup.getByTestId('read-notes'), /This page is very long: only the first [\d,]+ words of about [\d,]+ were read\./);
    // The popup answers input: the marked text of 30,000 words renders on request.
    await popup.getByRole('tab', { name: 'Marked text' }).click();
    await popup.getByTestId('marked-text').waitFor({ timeout: 15_000 });
    await popup.getByRole('tab', { name: 'Key points' }).click();
    await popup.getByTestId('key-points').waitFor();
  });

  it('reads a page whose HTML is still arriving, and says so', async () => {
    // A server that sends the story, then holds the rest of the page back until the test ends.
    const story = readFileSync('tests/fixtures/odd/frame-story.html', 'utf8');
    const head = story.slice(0, story.indexOf('</article>'));
    const held: ServerResponse[] = [];
    const slow = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      // Enough bytes that the browser starts parsing before the end arrives.
      res.write(`${head}<!-- ${'.'.repeat(4096)} -->\n`);
      held.push(res);
    });
    await new Promise<void>((res) => slow.listen(0, '127.0.0.1', res));
    try {
      const page = await env.h.context.newPage();
      await page.goto(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow.html`, { waitUntil: 'commit' });
      await page.locator('article p').nth(5).waitFor({ state: 'attached' });
      assert.equal(await page.evaluate(() => document.readyState), 'loading');
      const popup = await env.h.clickToolbarButton(page);
      const points = await keyPoints(popup);
      assert.ok(points.includes(HARBOUR), points.join('\n'));
      await textMatches(popup.getByTestId('read-notes'), /The page was still loading: Winnow read what had arrived\./);
    } finally {
      for (const res of held) res.end('</article></body></html>');
      slow.closeAllConnections();
      await new Promise<void>((res) => slow.close(() => res()));
    }
  });

  it('reads a 120-word news brief', async () => {
    const page = await env.h.openPage(`${hugeServer.origin}/brief.html`);
    const popup = await env.h.clickToolbarButton(page);
    const points = await keyPoints(popup);
    assert.ok(points.some((p) => p.startsWith('The island ferry will run again from Monday')), points.join('\n'));
    assert.equal(await popup.getByTestId('read-notes').count(), 0, 'a brief is read without a doubt noted');
  });

  it('says a listing of linked headlines is a list of links, and reads it when asked', async () => {
    const page = await env.h.openPage(`${hugeServer.origin}/listing.html`);
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByRole('heading', { name: 'This page isn’t an article' }).waitFor();
    await textMatches(popup.locator('.status'), /list of links to other pages/);
    await popup.getByRole('button', { name: 'Read it anyway' }).click();
    await keyPoints(popup);
  });

  it('reads a listing with excerpts under a short note above the result', async () => {
    const page = await env.h.openPage(`${hugeServer.origin}/listing-excerpts.html`);
    const popup = await env.h.clickToolbarButton(page);
    await keyPoints(popup);
    const note = popup.getByTestId('read-notes');
    await textMatches(note, /looks like a list of links to other pages rather than one article/);
    // Above the result: the note comes before the key points in the popup.
    const above = await note.evaluate((el) => {
      const points = document.querySelector('[data-testid="key-points"]');
      return points !== null && (el.compareDocumentPosition(points) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    assert.ok(above, 'the note sits above the key points');
    assert.deepEqual(await axeViolations(popup), []);
  });

  it('says an empty page has nothing to read', async () => {
    const page = await env.h.openPage(env.url('odd/empty.html'));
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByRole('heading', { name: 'This page isn’t an article' }).waitFor();
    await textMatches(popup.locator('.status'), /There is no readable text on this page\./);
  });

  it('says about:blank cannot be read', async () => {
    const page = await env.h.openPage('about:blank');
    const popup = await env.h.clickToolbarButton(page);
    await popup.getByRole('heading', { name: 'Winnow can’t read this page' }).waitFor();
    await textMatches(popup.locator('.status'), /doesn’t let extensions read/);
  });
});
