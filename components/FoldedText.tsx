import { Fragment } from 'preact';
import type { AnalysisBlock, PaddingKind, PaddingMark } from '@/utils/analysis/types';
import { PADDING_KINDS } from '@/utils/analysis/vocabulary';
import { foldPadding } from './fold';
import { t, tn } from './i18n';
import { kindLabel } from './kinds';
import { useToggleSet } from './use-toggle-set';
import { codeBlock, Mark, renderBlock, tableBlock } from './MarkedText';

interface FoldSentence {
  text: string;
  block: number;
  words: number;
  padding: PaddingMark | null;
}

interface Props {
  blocks: readonly AnalysisBlock[];
  sentences: readonly FoldSentence[];
  hidden?: ReadonlySet<PaddingKind>;
}

function kindsOf(sentences: readonly FoldSentence[], ids: readonly number[]): string {
  const kinds = new Set(ids.flatMap((i) => (sentences[i]?.padding ? [sentences[i].padding.kind] : [])));
  return PADDING_KINDS.filter((k) => kinds.has(k))
    .map(kindLabel)
    .join(t('listSeparator'));
}

/**
 * "Read without padding": the article with its padding folded away. Each fold is a button that
 * says what it hides and opens in place, showing the hidden sentences marked as usual.
 */
export function FoldedText({ blocks, sentences, hidden }: Props) {
  const folded = foldPadding(blocks, sentences, hidden);
  const [open, toggle] = useToggleSet<string>();

  const fold = (key: string, ids: readonly number[], label: string, inline: boolean) => {
    const expanded = open.has(key);
    const button = (
      <button
        type="button"
        class={inline ? 'fold fold-inline' : 'fold'}
        aria-expanded={expanded ? 'true' : 'false'}
        data-testid="fold"
        onClick={() => toggle(key)}
        title={t(expanded ? 'foldClose' : 'foldOpen')}
      >
        {expanded ? '▾' : '▸'} {label} <span class="fold-kinds">· {kindsOf(sentences, ids)}</span>
      </button>
    );
    return { button, expanded };
  };

  return (
    // The article keeps its own direction; the summary line, with its own dir, is left out of it.
    <div class="marked folded" data-testid="folded-text" dir="auto">
      <p class="muted fold-summary" data-testid="fold-summary" dir="auto">
        {folded.foldedSentences === 0
          ? t('foldNothing')
          : tn('foldSummary', folded.foldedSentences, folded.keptWords, folded.keptWords + folded.foldedWords)}
      </p>
      {folded.items.map((item) => {
        if (item.type === 'code') return codeBlock(blocks[item.block]!.text, item.block);
        if (item.type === 'table') return tableBlock(blocks[item.block]!.table, item.block);
        if (item.type === 'folded-blocks') {
          const key = `b${item.blocks[0]}`;
          const { button, expanded } = fold(key, item.sentences, tn('foldParagraphs', item.blocks.length), false);
          return (
            <div key={key} class="fold-group">
              {button}
              {expanded &&
                item.blocks.map((b) =>
                  renderBlock(
                    blocks[b]!.kind,
                    b,
                    item.sentences
                      .filter((i) => sentences[i]!.block === b)
                      .map((i, n) => (
                        <Fragment key={i}>
                          {n > 0 && ' '}
                          <Mark id={i} text={sentences[i]!.text} mark={sentences[i]!.padding!} />
                        </Fragment>
                      )),
                  ),
                )}
            </div>
          );
        }
        const content = item.pieces.map((piece, n) => {
          if (piece.type === 'text') {
            return (
              <Fragment key={piece.sentence}>
                {n > 0 && ' '}
                {sentences[piece.sentence]!.text}
              </Fragment>
            );
          }
          const key = `s${piece.sentences[0]}`;
          const { button, expanded } = fold(key, piece.sentences, tn('foldSentences', piece.sentences.length), true);
          return (
            <Fragment key={key}>
              {n > 0 && ' '}
              {button}
              {expanded &&
                piece.sentences.map((i) => (
                  <Fragment key={i}>
                    {' '}
                    <Mark id={i} text={sentences[i]!.text} mark={sentences[i]!.padding!} />
                  </Fragment>
                ))}
            </Fragment>
          );
        });
        return renderBlock(blocks[item.block]!.kind, item.block, content);
      })}
    </div>
  );
}
