/**
 * Readability's misses recovered: when what it kept is mostly short lines (an open letter's
 * signatories) and the letter's prose sits outside it, the prose is read too, in page order;
 * a normal article keeps its reading, and a short page is not padded with text from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { extractArticle, type Article } from '../../utils/extract';
import { blocksFromElement } from '../../utils/extract/blocks';
import { PROSE_OUTSIDE, proseOutside, readingProse } from '../../utils/extract/prose-outside';
import { markElements } from '../../utils/extract/restore';

const URL_ = 'https://ledger.example/letters/open-debate';
const OPEN_LETTER = readFileSync(join(__dirname, '../fixtures/odd/open-letter.html'), 'utf8');

function read(html: string, rule = true): { article: Article; fired: boolean } {
  let fired = false;
  const result = extractArticle(documentFromHtml(html, URL_), {
    ...(rule ? {} : { proseOutside: null }),
    onProseOutside: () => (fired = true),
  });
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return { article: result.article, fired };
}

const texts = (a: Article): string[] => a.blocks.map((b) => b.text);

describe('prose outside what Readability kept', () => {
  it('reads an open letter whole, letter first, when Readability kept only its signatories', () => {
    const doc = documentFromHtml(OPEN_LETTER, URL_);
    const letter = Array.from(doc.querySelectorAll('.post-body p'), (p) => p.textContent!.trim());
    const signatories = Array.from(doc.querySelectorAll('.signatories p'), (p) => p.textContent!.trim()).slice(1);
    expect(letter).toHaveLength(8);
    expect(signatories).toHaveLength(152);

    // The shape of the miss: without the rule, the reading is the list alone.
    const before = texts(read(OPEN_LETTER, false).article);
    for (const p of letter) expect(before).not.toContain(p);

    const { article, fired } = read(OPEN_LETTER);
    const after = texts(article);
    expect(fired).toBe(true);
    expect(article.engine).toBe('readability');
    // The letter, in page order, ahead of the list it precedes on the page; nothing repeated, nothing lost.
    expect(after.slice(0, letter.length)).toEqual(letter);
    for (const s of signatories) expect(after.filter((t) => t === s)).toHaveLength(1);
    // Site chrome stays out.
    expect(after.join('\n')).not.toMatch(/Most read|All rights reserved|Subscribe/);
    // The page itself is untouched.
    const page = documentFromHtml(OPEN_LETTER, URL_);
    const html = page.documentElement.outerHTML;
    extractArticle(page, { url: URL_ });
    expect(page.documentElement.outerHTML).toBe(html);
  });

  it('leaves a normal article with a list of signatures as Readability read it', () => {
    const body = [
      'The parish council voted on Tuesday to keep the village library open for another three years, reversing a plan that would have closed it in April.',
      'The decision followed a petition signed by more than four hundred residents, which the council received at its meeting in the school hall last month.',
      'Councillors said the library would be run by volunteers on two days a week, with the county paying for books, heating and the internet connection.',
      'The chair of the council said the petition had shown how much the building meant to families without a computer at home, and to older readers.',
      'A public meeting to recruit volunteers will be held on the first Saturday of next month, and anyone who wants to help is asked to come along.',
    ];
    const names = ['Ann Brook, Mill Lane', 'Tom Reed, High Street', 'Ivy Shaw, Church Row', 'Sam Cole, The Green', 'May Hart, Well Close', 'Joe Finch, Orchard Way', 'Lou Dale, Bridge End', 'Kit Moss, Station Road'];
    const html = `<!doctype html><html lang="en"><head><title>Village library saved</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <article><h1>Village library saved</h1>
        <div class="story">${body.map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="signed"><p>First signatures on the petition:</p>${names.map((n) => `<p>${n}</p>`).join('')}</div>
      </article>
      <aside><p>Our newsletter arrives every Friday morning with the week's stories from the valley and beyond, free of charge.</p></aside>
      <footer><p>© 2026 Valley News. All rights reserved.</p></footer></body></html>`;
    const withRule = read(html);
    expect(withRule.fired).toBe(false);
    expect(texts(withRule.article)).toEqual(texts(read(html, false).article));
    for (const p of body) expect(texts(withRule.article)).toContain(p);
  });

  it('does not pad a short list-like reading with prose from the page around it', () => {
    const items = Array.from({ length: 14 }, (_, i) => `Stall ${i + 1}, ${['cheese', 'bread', 'apples', 'honey', 'eggs', 'flowers', 'fish'][i % 7]}, from the valley`);
    // Prose elsewhere on the page: in the nav, an aside and the footer (chrome), and two short paragraphs.
    const chrome = ['Valley', 'Hill', 'Lake'].map((n) => `${n} News is an independent newspaper owned by its readers, and every story we publish is paid for by them.`);
    const about = ['The market has been held in the square since the town was granted its charter in the thirteenth century.', 'Parking is free on Saturdays in the station car park, a short walk from the square along the river.'];
    const html = `<!doctype html><html lang="en"><head><title>Saturday market stalls</title></head><body>
      <nav>${chrome.map((p) => `<p>${p}</p>`).join('')}</nav>
      <main><h1>Saturday market stalls</h1><div class="stalls">${items.map((s) => `<p>${s}</p>`).join('')}</div></main>
      <section class="visit"><div>${about.map((p) => `<p>${p}</p>`).join('')}</div></section>
      <aside>${chrome.map((p) => `<p>${p}</p>`).join('')}</aside>
      <footer>${chrome.map((p) => `<p>${p}</p>`).join('')}</footer></body></html>`;
    // Readability's reading stood in for by the stalls alone, traced to the marked copy as in extractArticle.
    const doc = documentFromHtml(html, URL_);
    markElements(doc.body);
    const pristine = doc.body.cloneNode(true) as Element;
    const content = doc.querySelector('.stalls')!.cloneNode(true) as Element;
    const blocks = blocksFromElement(content);
    expect(readingProse(blocks).prose).toBe(0);
    expect(proseOutside(content, pristine, blocks)).toBeNull();
    // Only the limits keep the two short paragraphs out; with looser ones they are read, the chrome's prose never.
    const loose = proseOutside(content, pristine, blocks, { ...PROSE_OUTSIDE, minParagraphs: 2, minProseWords: 30 });
    expect(loose?.blocks.map((b) => b.text)).toEqual([...items, ...about]);
  });
});
