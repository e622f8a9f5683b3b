import type { Article, Block } from '../../utils/extract/types';

/** A minimal extracted article for tests: these blocks, everything else empty or a plain default. */
export function articleOf(blocks: Block[], overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/story',
    canonicalUrl: null,
    title: 'A story',
    byline: null,
    siteName: null,
    lang: 'en',
    dir: null,
    publishedTime: null,
    excerpt: null,
    blocks,
    ...overrides,
  };
}

/** The same, from paragraphs of text. */
export function paragraphsArticle(paragraphs: string[], overrides: Partial<Article> = {}): Article {
  return articleOf(
    paragraphs.map((text) => ({ kind: 'paragraph', text })),
    overrides,
  );
}
