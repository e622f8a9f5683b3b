import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { extractArticle } from '../../utils/extract';
import { cleanName, plausibleDate, readMetadata, titleWithoutSite, type PageMetadata } from '../../utils/extract/metadata';

const NOW = new Date('2026-06-01T00:00:00Z');
const URL_ = 'https://news.example/2019/11/story';

const ld = (value: unknown): string => `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
const meta = (key: string, content: string, attr = 'property'): string => `<meta ${attr}="${key}" content="${content}">`;
const read = (head: string): PageMetadata => readMetadata(documentFromHtml(`<html><head>${head}</head><body><p>Text</p></body></html>`, URL_), NOW);

const NONE: PageMetadata = { title: null, author: null, published: null, modified: null, siteName: null };

describe('readMetadata', () => {
  it.each<[string, string, Partial<PageMetadata>]>([
    [
      'a NewsArticle with a nested author object',
      ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge to reopen', author: { '@type': 'Person', name: 'Naomi Pruett' }, datePublished: '2019-11-20T09:28:00Z', dateModified: '2019-11-20T10:02:00Z', publisher: { '@type': 'Organization', name: 'The Courier' } }),
      { title: 'Bridge to reopen', author: 'Naomi Pruett', published: '2019-11-20T09:28:00Z', modified: '2019-11-20T10:02:00Z', siteName: 'The Courier' },
    ],
    [
      'a @graph whose article names its author by @id',
      ld({ '@context': 'https://schema.org', '@graph': [
        { '@type': 'WebSite', '@id': 'https://news.example/#site', name: 'News' },
        { '@type': ['Article', 'BlogPosting'], headline: 'Hiking the Flat Irons', author: { '@id': 'https://news.example/#/person/1' }, datePublished: '2014-09-15' },
        { '@type': 'Person', '@id': 'https://news.example/#/person/1', name: 'Regan Ames' },
      ] }),
      { title: 'Hiking the Flat Irons', author: 'Regan Ames', published: '2014-09-15' },
    ],
    [
      'an array of authors, one a plain string, "By" taken off',
      ld([{ '@type': 'BlogPosting', headline: 'Two voices', author: [{ name: 'By Lia Eustachewich' }, 'Yaron Steinbuch', { name: 'Lia Eustachewich' }] }]),
      { title: 'Two voices', author: 'Lia Eustachewich, Yaron Steinbuch' },
    ],
    [
      'an article nested in a WebPage',
      ld({ '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', headline: 'Inside the plant', author: { name: 'Ana Ruiz' } } }),
      { title: 'Inside the plant', author: 'Ana Ruiz' },
    ],
    [
      'several scripts: a broken one skipped, the article found in the next',
      ld('{"@type": "NewsArticle", "headline": "Broken",') + ld({ '@type': 'Organization', name: 'The Courier' }) + ld({ '@type': 'NewsArticle', headline: 'Whole', author: 'Jo Park' }),
      { title: 'Whole', author: 'Jo Park' },
    ],
    [
      'meta tags when there is no JSON-LD',
      meta('og:title', 'From Open Graph') + meta('article:published_time', '2019-11-18T23:04:24-05:00') + meta('author', 'Justine Coleman', 'name') + meta('og:site_name', 'TheHill'),
      { title: 'From Open Graph', author: 'Justine Coleman', published: '2019-11-18T23:04:24-05:00', siteName: 'TheHill' },
    ],
    [
      'JSON-LD first, meta tags for what it lacks',
      ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' }) + meta('og:title', 'From Open Graph') + meta('author', 'Meg James', 'name'),
      { title: 'From JSON-LD', author: 'Meg James' },
    ],
    [
      'an author that is a web address is no name',
      meta('article:author', 'facebook.com/vegolosi') + meta('author', 'https://news.example/staff/jo', 'name'),
      {},
    ],
    [
      'placeholder and unreadable dates are dropped',
      ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z', dateModified: 'yesterday' }) + meta('pubdate', '1', 'name'),
      {},
    ],
    [
      'a date no engine reads alike is given in ISO form',
      meta('article:published_time', '2019-11-19T13:16+0000'),
      { published: '2019-11-19T13:16:00.000Z' },
    ],
    ['a page with neither', '<title>Plain</title>', {}],
    ['JSON-LD that is not an object or array', ld('"just a string"') + ld('42') + ld('null'), {}],
  ])('%s', (_name, head, want) => {
    expect(read(head)).toEqual({ ...NONE, ...want });
  });

  it('prefers the article about this address when a page lists several', () => {
    const other = { '@type': 'NewsArticle', headline: 'Another story', url: 'https://news.example/other', author: 'Someone Else' };
    const here = { '@type': 'NewsArticle', headline: 'This story', url: URL_, author: 'Jo Park' };
    expect(read(ld({ '@graph': [other, here] }))).toMatchObject({ title: 'This story', author: 'Jo Park' });
  });

  it('never throws on hostile JSON-LD', () => {
    const deep = JSON.stringify(Array.from({ length: 2000 }).reduce<unknown>((acc) => ({ '@type': 'Thing', child: acc }), {}));
    const cyclicRef = { '@graph': [{ '@type': 'Article', author: { '@id': '#a' } }, { '@id': '#a', author: { '@id': '#a' } }] };
    expect(() => read(ld(deep) + ld(cyclicRef) + ld('<!-- -->') + ld(''))).not.toThrow();
  });
});

describe('metadata helpers', () => {
  it.each([
    ['By TOM KRISHER', 'TOM KRISHER'],
    ['  Jo   Park, ', 'Jo Park'],
    ['https://twitter.com/jo', null],
    ['@jopark', null],
    ['An author field that somebody filled with a whole sentence about the article', null],
    ['2019', null],
  ])('cleanName(%j) → %j', (raw, want) => {
    expect(cleanName(raw)).toBe(want);
  });

  it.each([
    ['2019-11-20', '2019-11-20'],
    ['2019-11-20T09:28:00.000Z', '2019-11-20T09:28:00.000Z'],
    ['1970-01-01T00:00:00Z', null],
    ['2999-01-01', null],
    ['soon', null],
    [42, null],
  ])('plausibleDate(%j) → %j', (raw, want) => {
    expect(plausibleDate(raw, NOW)).toBe(want);
  });

  it.each([
    ['Il Climate Clock ha iniziato a scorrere - Vegolosi.it', 'Vegolosi', 'https://www.vegolosi.it/news/x', 'Il Climate Clock ha iniziato a scorrere'],
    ['New York man pleads guilty | TheHill', 'TheHill', URL_, 'New York man pleads guilty'],
    ['The Courier: Council approves bridge repair', 'The Courier', URL_, 'Council approves bridge repair'],
    ['Opinion | Republicans Are Following Trump to Nowhere', 'The New York Times', URL_, 'Opinion | Republicans Are Following Trump to Nowhere'],
    ['Short - News', 'News', URL_, 'Short - News'],
    ['Breaking news everywhere - Newsweek', 'Newsweek', URL_, 'Breaking news everywhere'],
  ])('titleWithoutSite(%j)', (title, site, url, want) => {
    expect(titleWithoutSite(title, site, url)).toBe(want);
  });
});

describe('extractArticle with metadata', () => {
  const body = Array.from({ length: 8 }, (_, i) => `<p>The council approved the new harbour wall on Tuesday after a long debate among members, part ${i + 1}.</p>`).join('');

  it('takes author, date and site from JSON-LD over what Readability guesses', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Harbour wall approved', author: { name: 'Naomi Pruett' }, datePublished: '2019-11-20T09:28:00Z', publisher: { name: 'The Courier' } });
    const html = `<html><head><title>Harbour wall approved | The Courier</title>${head}</head><body><article><h1>Harbour wall approved</h1><p class="byline">By Somebody Else</p>${body}</article></body></html>`;
    const r = extractArticle(documentFromHtml(html, URL_));
    expect(r.ok && { byline: r.article.byline, publishedTime: r.article.publishedTime, siteName: r.article.siteName, title: r.article.title }).toEqual({
      byline: 'Naomi Pruett',
      publishedTime: '2019-11-20T09:28:00Z',
      siteName: 'The Courier',
      title: 'Harbour wall approved',
    });
  });

  it('cleans the byline Readability finds in the text when the page has no metadata', () => {
    const html = `<html><head><title>Harbour wall approved</title></head><body><article><h1>Harbour wall approved</h1><p class="byline">by Jeff FoustMonday, November 18, 2019</p>${body}</article></body></html>`;
    const r = extractArticle(documentFromHtml(html, URL_));
    expect(r.ok && r.article.byline).toBe('Jeff Foust');
  });

  it.each([
    ['By TOM KRISHER, AP Auto Writer', 'TOM KRISHER, AP Auto Writer'],
    ['By Mary March', 'Mary March'],
    ['By Ana Ruiz - 11/18/19 11:04 PM EST', 'Ana Ruiz'],
  ])('cleans the in-text byline %j', (line, want) => {
    const html = `<html><head><title>Harbour wall approved</title></head><body><article><h1>Harbour wall approved</h1><p class="byline">${line}</p>${body}</article></body></html>`;
    const r = extractArticle(documentFromHtml(html, URL_));
    expect(r.ok && r.article.byline).toBe(want);
  });

  it('drops share buttons and breadcrumb trails the page names as such', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>Harbour wall approved</h1>
      <p id="breadcrumbs"><a href="/">Home</a> → <a href="/news/">Notizie dal mondo</a> → <strong>Harbour wall approved after a long debate among the members</strong></p>
      <div class="mbArticleSharePic"><div class="mbArticleShareBtn"><span>转播到腾讯微博</span></div></div>${body}</article></body></html>`;
    const r = extractArticle(documentFromHtml(html, URL_));
    const text = r.ok ? r.article.blocks.map((b) => b.text).join('\n') : '';
    expect(text).toContain('harbour wall');
    expect(text).not.toContain('Notizie');
    expect(text).not.toContain('转播到腾讯微博');
  });

  it('keeps a named link that sits inside a sentence', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>Harbour wall approved</h1>${body}
      <p>Members cited the <a class="related-link" href="/storm">storm of 2018</a> as the reason the wall had to be raised by a metre.</p></article></body></html>`;
    const r = extractArticle(documentFromHtml(html, URL_));
    expect(r.ok && r.article.blocks.map((b) => b.text).join('\n')).toContain('cited the storm of 2018 as the reason');
  });

  it('drops a paragraph that is one link elsewhere, and keeps links in prose and in lists', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>Harbour wall approved</h1>${body}
      <p><strong><a href="https://other.example/story">SEA WALL ROW GOES TO COURT AFTER VOTE</a></strong></p>
      <p>The full <a href="/report.pdf">engineering report</a> runs to 240 pages and was published on Monday.</p>
      <ul><li><a href="https://other.example/a">Harbour plans from earlier years</a></li><li><a href="https://other.example/b">What the wall will cost</a></li></ul>
      ${body}</article></body></html>`;
    const r = extractArticle(documentFromHtml(html, URL_));
    const text = r.ok ? r.article.blocks.map((b) => b.text).join('\n') : '';
    expect(text).not.toContain('SEA WALL ROW');
    expect(text).toContain('engineering report runs to 240 pages');
    expect(text).toContain('Harbour plans from earlier years');
  });
});
