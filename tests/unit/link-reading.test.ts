import { describe, expect, it } from 'vitest';
import agencyHtml from '../fixtures/agency-leak/page.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { fetchLink, MAX_LINK_BYTES } from '../../entrypoints/reader/read-link';
import { extractArticle } from '../../utils/extract';
import { mediaType, readFetchedPage } from '../../utils/extract/fetched-page';
import { decodeHtml } from '../../utils/text/decode-html';
import { sitePermission } from '../../utils/url';

/** "Winnow this link": the site asked for, the page fetched, and read as a tab's page would be. */
const URL_ = 'https://mira-vista.example/blog/leak/';
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const parse = (html: string, url: string) => documentFromHtml(html, url);

describe('sitePermission', () => {
  it.each([
    ['https://news.example/a/b?c=1#d', 'https://news.example/*', 'news.example'],
    ['http://127.0.0.1:8080/page.html', 'http://127.0.0.1/*', '127.0.0.1'],
    ['https://sub.news.example/', 'https://sub.news.example/*', 'sub.news.example'],
  ])('asks for one site for %s', (url, origin, host) => {
    expect(sitePermission(url)).toEqual({ origin, host });
  });

  it.each([['mailto:a@b.example'], ['javascript:alert(1)'], ['file:///etc/passwd'], ['not a url']])('asks for nothing for %s', (url) => {
    expect(sitePermission(url)).toBeNull();
  });
});

describe('readFetchedPage', () => {
  it('reads a fetched page exactly as the page itself is read', () => {
    const fetched = readFetchedPage({ url: URL_, contentType: 'text/html; charset=utf-8', bytes: utf8(agencyHtml) }, parse);
    expect(fetched).toEqual(extractArticle(documentFromHtml(agencyHtml, URL_), { url: URL_ }));
    expect(fetched.ok && fetched.article.url).toBe(URL_);
  });

  it('decodes by the charset the site declares in its header', () => {
    const html = `<html><head><title>Größer</title></head><body><article>${'<p>Die Brücke wird größer und schöner, sagt die Stadt heute.</p>'.repeat(20)}</article></body></html>`;
    const read = readFetchedPage({ url: URL_, contentType: 'text/html;charset="ISO-8859-1"', bytes: latin1(html) }, parse);
    expect(read.ok && read.article.title).toBe('Größer');
    expect(read.ok && read.article.blocks[0]?.text).toContain('größer und schöner');
  });

  it('says a page is not an article, and reads it anyway when asked', () => {
    const short = utf8('<title>Short</title><p>Only a few words here.</p>');
    expect(readFetchedPage({ url: URL_, contentType: 'text/html', bytes: short }, parse)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(readFetchedPage({ url: URL_, contentType: 'text/html', bytes: short }, parse, true)).toMatchObject({ ok: true });
  });

  it('reads a plain-text file as paragraphs', () => {
    const read = readFetchedPage({ url: 'https://news.example/notes.txt', contentType: 'text/plain', bytes: utf8('First part.\n\nSecond part.') }, parse);
    expect(read.ok && read.article.blocks.map((b) => b.text)).toEqual(['First part.', 'Second part.']);
  });

  it.each([
    ['a PDF', 'application/pdf', /PDF/],
    ['an image', 'image/png', /a file \(image\/png\), not a web page/],
  ])('says a link to %s is not a page', (_name, contentType, message) => {
    expect(readFetchedPage({ url: URL_, contentType, bytes: new Uint8Array([1, 2, 3]) }, parse)).toMatchObject({
      ok: false,
      reason: 'unsupported',
      message: expect.stringMatching(message) as unknown,
    });
  });

  it('turns a parser that fails into a clear error', () => {
    const read = readFetchedPage({ url: URL_, contentType: null, bytes: utf8('<p>x</p>') }, () => {
      throw new Error('boom');
    });
    expect(read).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/could not be read.*boom/) as unknown });
  });

  it.each([
    ['text/html; charset=UTF-8', 'text/html', 'UTF-8'],
    ['Text/HTML', 'text/html', null],
    ['application/xhtml+xml; q=1; charset=windows-1252', 'application/xhtml+xml', 'windows-1252'],
    [null, '', null],
  ])('reads the media type of %j', (header, type, charset) => {
    expect(mediaType(header)).toEqual({ type, charset });
  });
});

describe('decodeHtml with the header’s charset', () => {
  it('trusts the header over the page’s own declaration', () => {
    expect(decodeHtml(latin1('<meta charset="utf-8"><p>café</p>'), 'iso-8859-1')).toContain('café');
  });
  it('falls back on the bytes when the header names no known charset', () => {
    expect(decodeHtml(utf8('<p>café</p>'), 'x-unknown')).toContain('café');
  });
});

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return respond(String(input), init ?? {});
  }) as typeof fetch;
  return { fn, calls };
}

describe('fetchLink', () => {
  it('fetches without the reader’s cookies and keeps the type and final address', async () => {
    const { fn, calls } = fakeFetch(() => {
      const res = new Response('<p>hello</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
      Object.defineProperty(res, 'url', { value: 'https://news.example/final' });
      return res;
    });
    const got = await fetchLink('https://news.example/start', fn);
    expect(calls[0]).toMatchObject({ url: 'https://news.example/start', init: { credentials: 'omit' } });
    expect(got).toMatchObject({ ok: true, page: { url: 'https://news.example/final', contentType: 'text/html; charset=utf-8' } });
    expect(got.ok && new TextDecoder().decode(got.page.bytes)).toBe('<p>hello</p>');
  });

  it('reads a huge body only so far', async () => {
    const { fn } = fakeFetch(() => new Response(new Uint8Array(MAX_LINK_BYTES + 1000).fill(65)));
    const got = await fetchLink('https://news.example/huge', fn);
    expect(got.ok && got.page.bytes.length).toBe(MAX_LINK_BYTES);
  });

  it.each([
    [404, 'Not Found', /answered “404 Not Found”/],
    [403, 'Forbidden', /refused.*sign in/],
  ])('says what the site answered: %i', async (status, statusText, message) => {
    const { fn } = fakeFetch(() => new Response('no', { status, statusText }));
    expect(await fetchLink('https://news.example/x', fn)).toEqual({ ok: false, message: expect.stringMatching(message) as unknown });
  });

  it('says when the site cannot be reached', async () => {
    const { fn } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchLink('https://news.example/x', fn)).toEqual({ ok: false, message: expect.stringMatching(/could not fetch the link.*Failed to fetch/) as unknown });
  });

  it('gives up on a site that does not answer', async () => {
    const { fn } = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    expect(await fetchLink('https://news.example/slow', fn, 20)).toEqual({ ok: false, message: expect.stringMatching(/took too long/) as unknown });
  });
});
