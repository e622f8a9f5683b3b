import { describe, expect, it } from 'vitest';
import { badgeText, isOwnPopup, parseAnalyzeReply, parseMessage, parseReply } from '../../utils/messages';
import { articleOf } from '../support/articles';

describe('parseMessage', () => {
  it('accepts the badge message', () => {
    expect(parseMessage({ type: 'padding-badge', tabId: 4, ratio: 0.58 })).toEqual({ type: 'padding-badge', tabId: 4, ratio: 0.58 });
  });
  it.each([
    ['null', null],
    ['another type', { type: 'run-code', code: 'alert(1)' }],
    ['a ratio out of range', { type: 'padding-badge', tabId: 4, ratio: 7 }],
    ['a negative tab', { type: 'padding-badge', tabId: -1, ratio: 0.2 }],
    ['a tab id as text', { type: 'padding-badge', tabId: '4', ratio: 0.2 }],
  ])('rejects %s', (_n, m) => expect(parseMessage(m)).toBeNull());
  it('formats the badge', () => expect(badgeText(0.584)).toBe('58%'));
});

describe('isOwnPopup', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it('accepts the popup', () => expect(isOwnPopup({ id, url: `${origin}popup.html` }, id, origin)).toBe(true));
  it('accepts the popup opened as a page in a tab', () =>
    expect(isOwnPopup({ id, url: `${origin}popup.html?tab=7`, tab: { id: 8 } }, id, origin)).toBe(true));
  it.each([
    ['a script in a web page', { id, url: 'https://evil.example/', tab: { id: 3 } }],
    ['our own script in a web page', { id, url: 'https://news.example/story', tab: { id: 3 } }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }],
    ['a sender with our id but a foreign URL', { id, url: 'https://evil.example/' }],
    ['a sender without a URL', { id }],
  ])('rejects %s', (_n, sender) => expect(isOwnPopup(sender, id, origin)).toBe(false));
});

describe('parseMessage: warm and analyze', () => {
  const article = articleOf([{ kind: 'paragraph', text: 'Something happened.' }]);
  const options = { points: 5, sensitivity: 'balanced', kinds: ['filler', 'hype'] };

  it('accepts the warm-up', () => expect(parseMessage({ type: 'warm', extra: 1 })).toEqual({ type: 'warm' }));
  it('accepts an article with options, keeping only the known option fields', () => {
    expect(parseMessage({ type: 'analyze', article, options: { ...options, selector: { weight: 9 } } })).toEqual({
      type: 'analyze',
      article,
      options,
    });
  });
  it('accepts no kinds at all (every kind switched off)', () =>
    expect(parseMessage({ type: 'analyze', article, options: { ...options, kinds: [] } })).not.toBeNull());
  it.each([
    ['no article', { type: 'analyze', options }],
    ['an article with a block kind of its own', { type: 'analyze', article: { ...article, blocks: [{ kind: 'script', text: 'x' }] }, options }],
    ['an article whose title is not text', { type: 'analyze', article: { ...article, title: 3 }, options }],
    ['no options', { type: 'analyze', article }],
    ['too many points', { type: 'analyze', article, options: { ...options, points: 16 } }],
    ['no points', { type: 'analyze', article, options: { ...options, points: 0 } }],
    ['fractional points', { type: 'analyze', article, options: { ...options, points: 2.5 } }],
    ['an unknown sensitivity', { type: 'analyze', article, options: { ...options, sensitivity: 'paranoid' } }],
    ['an unknown kind', { type: 'analyze', article, options: { ...options, kinds: ['filler', 'eval'] } }],
    ['a repeated kind', { type: 'analyze', article, options: { ...options, kinds: ['filler', 'filler'] } }],
    ['kinds that are not a list', { type: 'analyze', article, options: { ...options, kinds: 'filler' } }],
  ])('rejects %s', (_n, m) => expect(parseMessage(m)).toBeNull());
});

describe('parseAnalyzeReply', () => {
  const analysis = {
    blocks: [{ kind: 'paragraph' }],
    sentences: [
      { index: 0, block: 0, text: 'One.', words: 1, padding: null },
      { index: 1, block: 0, text: 'Two.', words: 1, padding: { kind: 'filler', reason: 'Filler', confidence: 0.7 } },
    ],
    keyPoints: [{ text: 'One.', sentence: 0, sentences: [0] }],
    requestedPoints: 5,
    padding: { ratio: 0.5, words: 1, byKind: { filler: 1 } },
    wordCount: 2,
    readingMinutes: 1,
    savedMinutes: 0,
    lang: 'en',
  };

  it('accepts an analysis', () => expect(parseAnalyzeReply({ ok: true, analysis })).toEqual({ ok: true, analysis }));
  it('accepts a key point that carries code', () => {
    const withCode = { ...analysis, keyPoints: [{ text: 'One.', sentence: 0, sentences: [0], code: 'plot(x)' }] };
    expect(parseAnalyzeReply({ ok: true, analysis: withCode })).toEqual({ ok: true, analysis: withCode });
  });
  it('accepts a failure with a message', () =>
    expect(parseAnalyzeReply({ ok: false, message: 'No.' })).toEqual({ ok: false, message: 'No.' }));
  it.each([
    ['nothing', undefined],
    ['a failure without a message', { ok: false }],
    ['success without an analysis', { ok: true }],
    ['a sentence in a block that does not exist', { ok: true, analysis: { ...analysis, sentences: [{ ...analysis.sentences[0], block: 4 }] } }],
    ['a key point whose code is not text', { ok: true, analysis: { ...analysis, keyPoints: [{ text: 'x', sentence: 0, sentences: [0], code: { html: '<b>' } }] } }],
    ['a key point on a sentence that does not exist', { ok: true, analysis: { ...analysis, keyPoints: [{ text: 'x', sentence: 9, sentences: [9] }] } }],
    ['a mark of an unknown kind', { ok: true, analysis: { ...analysis, sentences: [{ ...analysis.sentences[1], padding: { kind: 'x', reason: 'r', confidence: 1 } }] } }],
    ['no padding summary', { ok: true, analysis: { ...analysis, padding: undefined } }],
    ['a word count as text', { ok: true, analysis: { ...analysis, wordCount: '2' } }],
  ])('rejects %s', (_n, reply) => expect(parseAnalyzeReply(reply)).toBeNull());
});

describe('parseReply', () => {
  const warm = { type: 'warm' } as const;
  const badge = { type: 'padding-badge', tabId: 2, ratio: 0.1 } as const;
  it('checks the answer against the message it answers', () => {
    expect(parseReply(warm, { ok: true })).toEqual({ ok: true });
    expect(parseReply(warm, { ok: false })).toBeNull();
    expect(parseReply(badge, { ok: false })).toEqual({ ok: false });
    expect(parseReply(badge, { ok: 'yes' })).toBeNull();
    expect(parseReply({ type: 'analyze', article: articleOf([]), options: { points: 5, sensitivity: 'balanced', kinds: [] } }, { ok: true })).toBeNull();
  });
});
