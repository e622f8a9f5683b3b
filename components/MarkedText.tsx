import { Fragment, type ComponentChildren } from 'preact';
import type { BlockKind, TableCells } from '@/utils/extract/types';
import type { AnalysisBlock, PaddingKind, PaddingMark } from '@/utils/analysis/types';
import { PADDING_KINDS } from '@/utils/analysis/vocabulary';
import { t } from './i18n';
import { kindLabel } from './kinds';
import { reasonText } from './reasons';

interface MarkedSentence {
  text: string;
  block: number;
  padding: PaddingMark | null;
}

interface Props {
  blocks: readonly AnalysisBlock[];
  sentences: readonly MarkedSentence[];
  /** Off where the padding meter's colour chips already serve as the legend. */
  legend?: boolean;
  /** Kinds the reader switched off: their sentences show as plain text. */
  hidden?: ReadonlySet<PaddingKind>;
}

/**
 * The article as text, padding highlighted by kind. Everything is rendered as text nodes: no
 * page markup ever reaches the extension page. Each mark is focusable and tells its reason on
 * hover and on keyboard focus.
 */
export function MarkedText({ blocks, sentences, legend = true, hidden }: Props) {
  const byBlock = new Map<number, { s: MarkedSentence; id: number }[]>();
  sentences.forEach((s, id) => {
    const list = byBlock.get(s.block);
    if (list) list.push({ s, id });
    else byBlock.set(s.block, [{ s, id }]);
  });
  const used = new Set<PaddingKind>(
    sentences.flatMap((s) => (s.padding && !hidden?.has(s.padding.kind) ? [s.padding.kind] : [])),
  );

  return (
    <div class="marked" data-testid="marked-text" dir="auto">
      {/* Its own dir keeps the interface's words out of the article's direction (dir=auto skips it). */}
      {legend && used.size > 0 && (
        <ul class="legend" aria-label={t('legendLabel')} dir="auto">
          {PADDING_KINDS.filter((k) => used.has(k)).map((k) => (
            <li key={k} class={`kind-chip kind-${k}`}>
              {kindLabel(k)}
            </li>
          ))}
        </ul>
      )}
      {blocks.map((block, b) => {
        if (block.kind === 'code') return codeBlock(block.text, b);
        if (block.kind === 'table') return tableBlock(block.table, b);
        const parts = byBlock.get(b);
        if (!parts) return null;
        const content = parts.map(({ s, id }, i) => (
          <Fragment key={id}>
            {i > 0 && ' '}
            {s.padding && !hidden?.has(s.padding.kind) ? <Mark id={id} text={s.text} mark={s.padding} /> : s.text}
          </Fragment>
        ));
        return renderBlock(block.kind, b, content);
      })}
    </div>
  );
}

/** Code as the page showed it: never split, judged or marked. Older saved entries have no text. */
export function codeBlock(text: string | undefined, key: number | string) {
  if (!text) return null;
  return (
    <pre key={key} dir="ltr">
      <code>{text}</code>
    </pre>
  );
}

/**
 * A data table from the page, cell by cell as text nodes (no page markup is kept, so nothing needs
 * sanitising). Wide tables scroll sideways inside a focusable region, so keyboards can scroll them too.
 */
export function tableBlock(table: TableCells | undefined, key: number | string) {
  if (!table?.rows.length) return null;
  const head = table.header ? table.rows[0]! : null;
  const body = table.header ? table.rows.slice(1) : table.rows;
  return (
    <div key={key} class="table-scroll" role="region" tabIndex={0} aria-label={t('tableLabel')}>
      <table data-testid="article-table">
        {head && (
          <thead>
            <tr>
              {head.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One article block as its element: headings stay headings, list items list items. */
export function renderBlock(kind: BlockKind, key: number | string, content: ComponentChildren) {
  switch (kind) {
    case 'heading':
      return <h3 key={key}>{content}</h3>;
    case 'list-item':
      return (
        <ul key={key}>
          <li>{content}</li>
        </ul>
      );
    case 'quote':
      return <blockquote key={key}>{content}</blockquote>;
    // A photo's caption or credit: set apart as one, its picture being gone.
    case 'caption':
      return (
        <p key={key} class="caption">
          {content}
        </p>
      );
    default:
      return <p key={key}>{content}</p>;
  }
}

export function Mark({ id, text, mark }: { id: number; text: string; mark: PaddingMark }) {
  const tip = `pad-tip-${id}`;
  return (
    <mark class={`pad kind-${mark.kind}`} tabIndex={0} data-kind={mark.kind} aria-describedby={tip}>
      {text}
      <span class="pad-tip" id={tip} role="tooltip">
        {describeMark(mark)}
      </span>
    </mark>
  );
}

/** "Hedge “likely”" names its kind already; "Carries on the padded sentence…" needs it said. */
function describeMark(mark: PaddingMark): string {
  const kind = kindLabel(mark.kind);
  const reason = reasonText(mark);
  return reason.toLocaleLowerCase().startsWith(kind.toLocaleLowerCase()) ? reason : t('kindAndReason', kind, reason);
}
