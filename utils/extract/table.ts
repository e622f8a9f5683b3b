/**
 * Data tables read as tables: a grid of plain-text cells, never page markup. The cells cross
 * `executeScript` and storage as strings and are shown as text nodes, so no page HTML is kept and
 * nothing needs DOMPurify. Layout tables (a page laid out in a grid, a one-cell wrapper) are not
 * data: their cells are read as ordinary blocks.
 */
import type { TableCells } from './types';

/** Caps, so a hostile page cannot make one table outweigh the article in storage. */
export const MAX_TABLE_ROWS = 200;
export const MAX_TABLE_COLUMNS = 20;
export const MAX_CELL_CHARS = 400;

/** Inside a cell, these mean the table lays out a page rather than holding data. */
const LAYOUT_INSIDE = 'table, h1, h2, h3, h4, h5, h6, pre, blockquote, figure, form, article, section, nav, iframe';
/** A cell with more words than this is a column of a page, not a datum. */
const MAX_DATA_CELL_WORDS = 120;
/** Nor is a table whose cells average this many words. */
const MAX_MEAN_CELL_WORDS = 40;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The rows that belong to this table (not to a table nested in it). */
function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
}

function ownCells(row: Element): Element[] {
  return [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/**
 * The table's cells, or null when it is not a data table. `textOf` reads one cell's text the way
 * the rest of the article is read (hidden parts left out, line breaks as spaces).
 */
export function readTable(table: Element, textOf: (cell: Element) => string): TableCells | null {
  const role = table.getAttribute('role')?.trim().toLowerCase();
  if (role === 'presentation' || role === 'none') return null;
  if (table.querySelector(LAYOUT_INSIDE)) return null;
  const trs = ownRows(table);
  if (trs.length < 2) return null;

  const rows: string[][] = [];
  let cells = 0;
  let filled = 0;
  let totalWords = 0;
  let widest = 0;
  for (const tr of trs) {
    const row: string[] = [];
    for (const cell of ownCells(tr)) {
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      const w = words(text);
      if (w > MAX_DATA_CELL_WORDS) return null;
      cells++;
      totalWords += w;
      if (text) filled++;
      if (row.length < MAX_TABLE_COLUMNS) row.push(text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text);
      // A spanning cell keeps the columns under it aligned.
      const span = Math.min(Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1, MAX_TABLE_COLUMNS);
      for (let i = 1; i < span && row.length < MAX_TABLE_COLUMNS; i++) row.push('');
    }
    widest = Math.max(widest, row.length);
    if (row.some(Boolean) && rows.length < MAX_TABLE_ROWS) rows.push(row);
  }
  if (widest < 2 || rows.length < 2 || filled * 2 < cells || totalWords / Math.max(1, filled) > MAX_MEAN_CELL_WORDS) return null;
  // Every row as wide as the widest, so the grid stays a grid.
  for (const row of rows) while (row.length < widest) row.push('');

  const first = trs[0]!;
  const firstCells = ownCells(first);
  const header = first.parentElement?.tagName === 'THEAD' || (firstCells.length > 0 && firstCells.every((c) => c.tagName === 'TH'));
  return { rows, header };
}

/** The table as plain text (tab between cells, a line per row), for whatever reads text only. */
export function tableText(cells: TableCells): string {
  return cells.rows.map((row) => row.join('\t')).join('\n');
}

/** What is wrong with stored or sent table cells, in words; null when they are sound. */
export function tableProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'a table has no cells';
  const { rows, header } = v as { rows?: unknown; header?: unknown };
  if (typeof header !== 'boolean') return 'a table does not say whether it has a header row';
  if (!Array.isArray(rows)) return 'a table has no rows';
  if (rows.length > MAX_TABLE_ROWS) return `a table has ${rows.length} rows (at most ${MAX_TABLE_ROWS} are kept)`;
  for (const row of rows) {
    if (!Array.isArray(row)) return 'a table row is not a list of cells';
    if (row.length > MAX_TABLE_COLUMNS) return `a table row has ${row.length} cells (at most ${MAX_TABLE_COLUMNS} are kept)`;
    for (const cell of row) {
      if (typeof cell !== 'string') return 'a table cell is not text';
      if (cell.length > MAX_CELL_CHARS) return `a table cell has ${cell.length} characters (at most ${MAX_CELL_CHARS} are kept)`;
    }
  }
  return null;
}
