/**
 * The article gate on small synthetic pages shaped like real ones (tests/support/gate-pages.ts),
 * and its verdicts on measured facts. The thresholds were fitted on half of WCXB's development
 * pages (bench/wcxb.ts); these tests pin the decisions that matter to a reader.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { extractArticle, judgeReading, type GateFacts } from '../../utils/extract';
import { LISTING, LISTING_WITH_EXCERPTS, NEWS_BRIEF, RECIPE_CARD } from '../support/gate-pages';

const read = (html: string) => extractArticle(documentFromHtml(html, 'https://gazette.example/page'));
const textOf = (r: ReturnType<typeof read>): string => (r.ok ? r.article.blocks.map((b) => b.text).join('\n') : '');

describe('the article gate on whole pages', () => {
  it('reads a 120-word news brief, with no doubt noted', () => {
    const result = read(NEWS_BRIEF);
    expect(result.ok).toBe(true);
    expect(textOf(result)).toContain('The island ferry will run again from Monday');
    expect(result.ok && result.article.notes).toEqual([]);
  });

  it('reads a recipe card made of lists, ingredients and steps included', () => {
    const result = read(RECIPE_CARD);
    expect(result.ok).toBe(true);
    expect(textOf(result)).toContain('300 g long-grain rice, rinsed');
    expect(textOf(result)).toContain('Fork through the lemon zest, juice and parsley, and season to taste.');
    expect(result.ok && result.article.notes).toEqual([]);
  });

  it('refuses a listing of 20 linked headlines, saying it is a list of links', () => {
    const result = read(LISTING);
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    expect(result.ok ? '' : result.message).toMatch(/list of links/);
  });

  it('reads the listing anyway when the reader asks, without the doubt turning into a refusal', () => {
    const result = extractArticle(documentFromHtml(LISTING, 'https://gazette.example/page'), { acceptShort: true });
    expect(textOf(result)).toContain('Harbour wall repairs start next week');
  });

  it('reads a listing whose entries carry real excerpts, with a note first saying what it is', () => {
    const result = read(LISTING_WITH_EXCERPTS);
    expect(result.ok).toBe(true);
    expect(result.ok && result.article.notes?.[0]).toMatch(/list of links to other pages/);
  });
});

describe('judgeReading', () => {
  /** An ordinary short reading: prose, no links, nothing declared. */
  const base: GateFacts = {
    words: 125, readerable: false, linkShare: 0, linkedItems: 0, proseWords: 125, longestProse: 22, listWords: 0,
    blocks: 7, cards: 0, pageWords: 140, pageCards: 1, declaresList: false,
  };

  it.each<[string, Partial<GateFacts>, 'article' | 'note' | 'refuse']>([
    ['a short brief Readability doubts', {}, 'article'],
    ['a card of lists with no prose at all', { proseWords: 0, listWords: 110 }, 'article'],
    ['fewer than 80 words', { words: 79, proseWords: 79 }, 'refuse'],
    ['an article with a row of related links', { words: 1500, proseWords: 1300, linkShare: 0.06, linkedItems: 12, cards: 12 }, 'article'],
    ['twenty linked headlines and nothing else', { words: 230, proseWords: 0, linkShare: 0.53, linkedItems: 20, cards: 20 }, 'refuse'],
    ['linked headlines over real excerpts', { words: 270, proseWords: 156, linkShare: 0.45, linkedItems: 24, cards: 12 }, 'note'],
    ['a few links that make up most of a short text', { words: 120, proseWords: 0, linkShare: 0.7, linkedItems: 3, cards: 3 }, 'article'],
    ['a shop category read as its description', { words: 800, proseWords: 700, declaresList: true }, 'note'],
  ])('%s → %s', (_name, facts, kind) => {
    expect(judgeReading({ ...base, ...facts }).kind).toBe(kind);
  });

  it('says why it refuses, in words a reader understands', () => {
    const few = judgeReading({ ...base, words: 40, proseWords: 40 });
    const links = judgeReading({ ...base, words: 230, proseWords: 0, linkShare: 0.53, linkedItems: 20 });
    expect(few.kind === 'refuse' && few.message).toMatch(/too little running text/);
    expect(links.kind === 'refuse' && links.message).toMatch(/list of links to other pages, not an article/);
  });
});
