import { describe, expect, it } from 'vitest';
import agencyHtml from '../fixtures/agency-leak/page.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { blocksFromElement, extractArticle, parseExtractResult } from '../../utils/extract';
import { loadLabelledPages, normalize } from '../support/labels';
import { articleOf } from '../support/articles';

const URL_ = 'https://mira-vista.example/blog/anthropic-code-leak/';

function paragraphs(n: number, sentence: string): string {
  return Array.from({ length: n }, (_, i) => `<p>${sentence} Paragraph ${i + 1} adds a detail about the harbour.</p>`).join('\n');
}

describe('extractArticle', () => {
  it('reads the agency page into ordered blocks with its metadata', () => {
    const result = extractArticle(documentFromHtml(agencyHtml, URL_));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe("Anthropic's Code Leak: What Happened and What It Means");
    expect(article.siteName).toBe('Mira Vista Digital');
    expect(article.byline).toBe('Mira Vista Digital Team');
    expect(article.lang).toBe('en-US');
    expect(article.publishedTime).toBe('2026-04-02T09:00:00-07:00');
    expect(article.url).toBe(URL_);
    expect(article.blocks.length).toBeGreaterThanOrEqual(8);
    expect(article.blocks[0]?.text.startsWith('We’ve all been there')).toBe(true);
    // The site chrome around the article is gone.
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('Recent Posts');
    expect(all).not.toContain('We use cookies');
    // Plain data: survives structured cloning as executeScript does.
    expect(structuredClone(article)).toEqual(article);
  });

  it('never modifies the page it reads', () => {
    const doc = documentFromHtml(agencyHtml, URL_);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says a page of links is not an article', () => {
    const html = `<html><head><title>Shop</title></head><body><nav><a href="/">Home</a></nav>
      <ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a> $${i}.99</li>`).join('')}</ul>
      <footer>© 2026 Shop</footer></body></html>`;
    const result = extractArticle(documentFromHtml(html, 'https://shop.example/'));
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('says an empty page has nothing to read', () => {
    const result = extractArticle(documentFromHtml('<html><body></body></html>', 'https://e.example/'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['empty', 'not-article']).toContain(result.reason);
  });

  it('picks up the canonical link', () => {
    const html = `<html><head><title>T</title><link rel="canonical" href="/story/1"></head><body><article><h1>T</h1>
      ${paragraphs(8, 'The council approved the new harbour wall on Tuesday after a long debate among members.')}</article></body></html>`;
    const result = extractArticle(documentFromHtml(html, 'https://n.example/story/1?utm_source=x'));
    expect(result.ok && result.article.canonicalUrl).toBe('https://n.example/story/1');
  });
});

describe('blocksFromElement', () => {
  it('keeps lists, quotes, headings, code and line breaks apart', () => {
    const doc = documentFromHtml(
      `<div id="root"><h2>Steps</h2><p>First line<br>second line</p><ul><li>Flour, 200 g</li><li>Milk</li></ul>
       <blockquote><p>“Quoted words,” she said.</p></blockquote><pre>const x = 1;</pre>Loose text<p>After</p></div>`,
      'https://x.example/',
    );
    const blocks = blocksFromElement(doc.getElementById('root')!);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Steps', level: 2 },
      { kind: 'paragraph', text: 'First line\nsecond line' },
      { kind: 'list-item', text: 'Flour, 200 g' },
      { kind: 'list-item', text: 'Milk' },
      { kind: 'quote', text: '“Quoted words,” she said.' },
      { kind: 'code', text: 'const x = 1;' },
      { kind: 'paragraph', text: 'Loose text' },
      { kind: 'paragraph', text: 'After' },
    ]);
  });

  it('reads paragraphs inside an inline wrapper as separate blocks', () => {
    const doc = documentFromHtml(
      `<div id="root"><span class="post-body"><p>One paragraph.</p><p>Another <em>one</em>.</p></span></div>`,
      'https://x.example/',
    );
    expect(blocksFromElement(doc.getElementById('root')!)).toEqual([
      { kind: 'paragraph', text: 'One paragraph.' },
      { kind: 'paragraph', text: 'Another one.' },
    ]);
  });
});

describe('restoring labels Readability dropped', () => {
  const prose = paragraphs(8, 'The pancakes are light because whipped egg whites are folded into a ricotta batter.');
  const page = `<html><head><title>Pancakes</title></head><body><article><h1>Pancakes</h1>${prose}
    <div class="recipe-card"><div class="recipe-meta-container">Prep Time 10 minutes Total Time 30 minutes</div>
    <div class="recipe-ingredients"><h3 class="recipe-header">Ingredients</h3><ul><li>2 cups flour, sifted twice for lightness</li><li>1 cup ricotta, drained for fifteen minutes</li><li>3 eggs, separated into whites and yolks</li></ul></div>
    <div class="share-buttons"><a href="/x">Share on X</a> <a href="/f">Share on Facebook</a></div></div></article></body></html>`;

  it('puts back a card heading and details line in page order, but not link rows', () => {
    const result = extractArticle(documentFromHtml(page, 'https://r.example/pancakes'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.article.blocks.map((b) => b.text);
    const prep = texts.indexOf('Prep Time 10 minutes Total Time 30 minutes');
    const heading = result.article.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Ingredients');
    expect(prep).toBeGreaterThan(0);
    expect(heading).toBe(prep + 1);
    expect(texts[heading + 1]).toBe('2 cups flour, sifted twice for lightness');
    expect(texts.join(' ')).not.toContain('Share on');
  });
});

describe('parseExtractResult', () => {
  const article = articleOf([{ kind: 'paragraph', text: 'Hello.' }], { url: 'https://a.example', title: 'T' });
  it('accepts a well-formed result', () => {
    expect(parseExtractResult({ ok: true, article })).not.toBeNull();
    expect(parseExtractResult({ ok: false, reason: 'not-article', message: 'm' })).not.toBeNull();
  });
  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['a bad block kind', { ok: true, article: { ...article, blocks: [{ kind: 'script', text: 'x' }] } }],
    ['a title that is not text', { ok: true, article: { ...article, title: { toString: 1 } } }],
    ['an unknown failure', { ok: false, reason: 'pwned', message: 'm' }],
  ])('rejects %s', (_name, value) => {
    expect(parseExtractResult(value)).toBeNull();
  });
});

/**
 * Key facts Readability is known to drop: recipe cards put their times in a block whose class
 * says "meta", which Readability discards as unlikely content. Listed so any new loss fails.
 */

describe('extraction over the labelled corpus', () => {
  const pages = loadLabelledPages('tests/fixtures');

  it('has pages to check', () => expect(pages.length).toBeGreaterThanOrEqual(30));

  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const result = extractArticle(documentFromHtml(page.html, `https://fixtures.example/${page.name}/`));
    if (page.labels.notArticle) {
      expect(result).toMatchObject({ ok: false, reason: 'not-article' });
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = normalize(result.article.blocks.map((b) => b.text).join(' '));
    // Every key fact survives extraction in at least one of its wordings.
    for (const alternatives of page.labels.keyFacts) {
      expect(alternatives.some((a) => text.includes(normalize(a))), alternatives[0]).toBe(true);
    }
  });
});
