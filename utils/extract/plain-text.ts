import { normalizeText } from './blocks';
import type { Article, Block } from './types';

const MAX_TITLE_WORDS = 16;

/**
 * A plain-text file as an article: paragraphs are separated by blank lines, and lines inside a
 * paragraph are joined (text files are often hard-wrapped). A short first line without a final
 * full stop is taken as the title, unless `titleFromText` is false (the title is known).
 */
export function articleFromText(text: string, url: string, fallbackTitle: string, titleFromText = true): Article {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => normalizeText(p.replace(/\n/g, ' ')))
    .filter(Boolean);
  let title = fallbackTitle;
  const first = paragraphs[0];
  if (titleFromText && first && paragraphs.length > 1 && first.split(' ').length <= MAX_TITLE_WORDS && !/[.!?]$/.test(first)) {
    title = first;
    paragraphs.shift();
  }
  const blocks: Block[] = paragraphs.map((p) => ({ kind: 'paragraph', text: p }));
  return {
    url,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    blocks,
  };
}
