import { describe, expect, it } from 'vitest';
import { foldPadding } from '../../components/fold';
import type { PaddingKind } from '../../utils/analysis/types';

const mark = (kind: PaddingKind) => ({ kind, reason: 'because', confidence: 0.9 });
const s = (block: number, words: number, kind?: PaddingKind) => ({ block, words, padding: kind ? mark(kind) : null });

const paragraphs = (n: number) => Array.from({ length: n }, () => ({ kind: 'paragraph' }));

describe('foldPadding', () => {
  const sentences = [
    s(0, 5), // heading
    s(1, 10, 'hook'),
    s(1, 12),
    s(1, 8, 'filler'),
    s(1, 9, 'platitude'),
    s(2, 20, 'platitude'),
    s(3, 15, 'filler'),
    s(4, 11),
  ];

  it('folds runs inside a paragraph, and merges whole padded paragraphs into one fold', () => {
    const folded = foldPadding(paragraphs(5), sentences);
    expect(folded.items).toEqual([
      { type: 'block', block: 0, pieces: [{ type: 'text', sentence: 0 }] },
      {
        type: 'block',
        block: 1,
        pieces: [
          { type: 'fold', sentences: [1] },
          { type: 'text', sentence: 2 },
          { type: 'fold', sentences: [3, 4] },
        ],
      },
      { type: 'folded-blocks', blocks: [2, 3], sentences: [5, 6] },
      { type: 'block', block: 4, pieces: [{ type: 'text', sentence: 7 }] },
    ]);
    expect(folded).toMatchObject({ keptWords: 28, foldedWords: 62, foldedSentences: 5 });
  });

  it('leaves kinds switched off as ordinary text', () => {
    const folded = foldPadding(paragraphs(5), sentences, new Set<PaddingKind>(['platitude']));
    expect(folded.items[2]).toEqual({ type: 'block', block: 2, pieces: [{ type: 'text', sentence: 5 }] });
    expect(folded.foldedSentences).toBe(3);
  });

  it('folds nothing in an article without padding', () => {
    const folded = foldPadding(paragraphs(2), [s(0, 4), s(1, 6)]);
    expect(folded.items).toEqual([
      { type: 'block', block: 0, pieces: [{ type: 'text', sentence: 0 }] },
      { type: 'block', block: 1, pieces: [{ type: 'text', sentence: 1 }] },
    ]);
    expect(folded.foldedSentences).toBe(0);
  });

  it('keeps code blocks in place between folds', () => {
    const blocks = [{ kind: 'paragraph' }, { kind: 'code' }, { kind: 'paragraph' }];
    const folded = foldPadding(blocks, [s(0, 5, 'hook'), s(2, 5, 'filler')]);
    expect(folded.items).toEqual([
      { type: 'folded-blocks', blocks: [0], sentences: [0] },
      { type: 'code', block: 1 },
      { type: 'folded-blocks', blocks: [2], sentences: [1] },
    ]);
  });
});
