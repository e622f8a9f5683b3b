import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { articleFromSelection, articleFromSelectionText, NOTHING_SELECTED } from '../../utils/extract/selection';

const PAGE = `<!doctype html><html lang="en"><head><title>Bridge closure · Local News</title></head><body>
<nav><a href="/">Home</a></nav>
<article>
  <h2 id="h">Detours</h2>
  <p id="a">The Elm Street bridge closes on Monday for six weeks of repairs.</p>
  <p id="b">Buses will detour via Oak Avenue, adding about ten minutes to each trip.</p>
  <ul><li id="c">Cyclists may walk their bikes across the footbridge.</li></ul>
  <p id="d">The city says the work costs 2.4 million dollars.</p>
</article></body></html>`;

function selected(html: string, select: (doc: Document) => Range[]) {
  const doc = documentFromHtml(html, 'https://news.example/bridge');
  const before = doc.documentElement.outerHTML;
  const result = articleFromSelection(doc, select(doc), 'https://news.example/bridge');
  expect(doc.documentElement.outerHTML, 'the page is left as it was').toBe(before);
  return result;
}

function rangeOver(doc: Document, fromId: string, fromOffset: number, toId: string, toOffset: number): Range {
  const range = doc.createRange();
  range.setStart(doc.getElementById(fromId)!.firstChild!, fromOffset);
  range.setEnd(doc.getElementById(toId)!.firstChild!, toOffset);
  return range;
}

describe('articleFromSelection', () => {
  it('keeps the blocks the selection spans, cut where the selection starts and ends', () => {
    const result = selected(PAGE, (doc) => [rangeOver(doc, 'a', 4, 'c', 9)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.blocks).toEqual([
      { kind: 'paragraph', text: 'Elm Street bridge closes on Monday for six weeks of repairs.' },
      { kind: 'paragraph', text: 'Buses will detour via Oak Avenue, adding about ten minutes to each trip.' },
      { kind: 'list-item', text: 'Cyclists' },
    ]);
    expect(result.article).toMatchObject({
      url: 'https://news.example/bridge',
      title: 'Bridge closure · Local News',
      lang: 'en',
      canonicalUrl: null,
      truncated: false,
      notes: ['Only the selected text was read (25 words).'],
    });
  });

  it('keeps a heading a heading', () => {
    const result = selected(PAGE, (doc) => [rangeOver(doc, 'h', 0, 'a', 10)]);
    expect(result.ok && result.article.blocks[0]).toEqual({ kind: 'heading', text: 'Detours', level: 2 });
  });

  it('reads every range of a selection in several parts, each apart', () => {
    const result = selected(PAGE, (doc) => [rangeOver(doc, 'a', 0, 'a', 21), rangeOver(doc, 'd', 0, 'd', 13)]);
    expect(result.ok && result.article.blocks.map((b) => b.text)).toEqual(['The Elm Street bridge', 'The city says']);
  });

  it('says plainly that nothing is selected', () => {
    expect(selected(PAGE, () => [])).toEqual({ ok: false, reason: 'empty', message: NOTHING_SELECTED, said: { code: 'nothingSelected' } });
    expect(selected(PAGE, (doc) => [rangeOver(doc, 'a', 3, 'a', 3)])).toEqual({ ok: false, reason: 'empty', message: NOTHING_SELECTED, said: { code: 'nothingSelected' } });
  });

  it('leaves out scripts and styles caught in the selection', () => {
    const html = '<p id="x">Before.</p><script>alert(1)</script><style>p{}</style><p id="y">After.</p>';
    const result = selected(html, (doc) => [rangeOver(doc, 'x', 0, 'y', 6)]);
    expect(result.ok && result.article.blocks.map((b) => b.text)).toEqual(['Before.', 'After.']);
  });

  it('keeps a right-to-left selection right to left', () => {
    const html = '<html lang="he" dir="rtl"><p id="x">הגשר ייסגר ביום שני לשישה שבועות של תיקונים.</p></html>';
    const result = selected(html, (doc) => [rangeOver(doc, 'x', 0, 'x', 10)]);
    expect(result.ok && result.article).toMatchObject({ dir: 'rtl', lang: 'he' });
  });

  it('cuts a very long selection and says so', () => {
    const doc = documentFromHtml(PAGE, 'https://news.example/bridge');
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('article')!);
    const result = articleFromSelection(doc, [range], 'https://news.example/bridge', 20);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.truncated).toBe(true);
    expect(result.article.blocks.map((b) => b.text)).toEqual(['Detours', 'The Elm Street bridge closes on Monday for six weeks of repairs.']);
    expect(result.article.notes).toEqual(['Only the selected text was read, and it is very long: the first 13 words of 44.']);
  });
});

describe('articleFromSelectionText (the menu’s own copy of the selection)', () => {
  it('reads paragraphs and keeps the page’s title, never taking the first line as one', () => {
    const result = articleFromSelectionText('Detours\n\nBuses will detour via Oak Avenue.', 'https://news.example/bridge', 'Bridge closure');
    expect(result).toMatchObject({
      ok: true,
      article: {
        title: 'Bridge closure',
        blocks: [
          { kind: 'paragraph', text: 'Detours' },
          { kind: 'paragraph', text: 'Buses will detour via Oak Avenue.' },
        ],
        notes: ['Only the selected text was read (7 words).'],
      },
    });
  });

  it('falls back to the address for a title', () => {
    expect(articleFromSelectionText('Some words here.', 'https://news.example/x', undefined)).toMatchObject({ ok: true, article: { title: 'https://news.example/x' } });
  });

  it.each([[''], ['   \n\n  ']])('says nothing is selected for %j', (text) => {
    expect(articleFromSelectionText(text, 'https://news.example/x', 'X')).toEqual({ ok: false, reason: 'empty', message: NOTHING_SELECTED, said: { code: 'nothingSelected' } });
  });
});
