import type { PaddingKind, PaddingMark } from '@/utils/analysis/types';

interface FoldSentence {
  block: number;
  words: number;
  padding: PaddingMark | null;
}

/** Inside a kept block: a sentence shown as is, or a run of padded sentences folded into one. */
type Piece = { type: 'text'; sentence: number } | { type: 'fold'; sentences: number[] };

/** A block that keeps some text, or a run of whole blocks that are all padding, folded as one. */
type FoldItem =
  | { type: 'block'; block: number; pieces: Piece[] }
  | { type: 'code'; block: number }
  | { type: 'table'; block: number }
  | { type: 'folded-blocks'; blocks: number[]; sentences: number[] };

interface Folded {
  items: FoldItem[];
  keptWords: number;
  foldedWords: number;
  foldedSentences: number;
}

/**
 * The article with its padding folded away: runs of padded sentences inside a paragraph become one
 * fold, and consecutive paragraphs made only of padding become one fold between the kept ones.
 * Kinds in `hidden` are treated as ordinary text, like the marked view does.
 */
export function foldPadding(
  blocks: readonly { kind: string }[],
  sentences: readonly FoldSentence[],
  hidden?: ReadonlySet<PaddingKind>,
): Folded {
  const padded = (i: number) => {
    const mark = sentences[i]!.padding;
    return !!mark && !hidden?.has(mark.kind);
  };
  const byBlock: number[][] = blocks.map(() => []);
  sentences.forEach((s, i) => byBlock[s.block]?.push(i));

  const items: FoldItem[] = [];
  let keptWords = 0;
  let foldedWords = 0;
  let foldedSentences = 0;
  byBlock.forEach((ids, block) => {
    // Code is never padding: it stays, between whatever is folded around it.
    if (blocks[block]!.kind === 'code') {
      items.push({ type: 'code', block });
      return;
    }
    // So is a table: it has no sentences to fold.
    if (blocks[block]!.kind === 'table') {
      items.push({ type: 'table', block });
      return;
    }
    if (!ids.length) return;
    if (ids.every(padded)) {
      const last = items[items.length - 1];
      if (last?.type === 'folded-blocks') {
        last.blocks.push(block);
        last.sentences.push(...ids);
      } else items.push({ type: 'folded-blocks', blocks: [block], sentences: [...ids] });
      return;
    }
    const pieces: Piece[] = [];
    for (const id of ids) {
      const last = pieces[pieces.length - 1];
      if (!padded(id)) pieces.push({ type: 'text', sentence: id });
      else if (last?.type === 'fold') last.sentences.push(id);
      else pieces.push({ type: 'fold', sentences: [id] });
    }
    items.push({ type: 'block', block, pieces });
  });
  sentences.forEach((s, i) => {
    if (padded(i)) {
      foldedWords += s.words;
      foldedSentences++;
    } else keptWords += s.words;
  });
  return { items, keptWords, foldedWords, foldedSentences };
}
