import { describe, expect, it } from 'vitest';
import tableHtml from '../fixtures/odd/table.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis/analyze';
import { wordCount } from '../../utils/text/tokens';
import { blocksFromElement, extractArticle, parseExtractResult } from '../../utils/extract';
import { MAX_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, tableProblem } from '../../utils/extract/table';
import type { Block } from '../../utils/extract/types';
import { exportJson, parseImport } from '../../utils/storage/library';
import { toSavedSummary, validateSummary } from '../../utils/storage/saved-summary';
import { foldPadding } from '../../components/fold';
import { articleOf } from '../support/articles';

const URL_ = 'https://courier.example/ferry-fares';

function blocksOf(html: string): Block[] {
  const doc = documentFromHtml(`<div id="root">${html}</div>`, 'https://x.example/');
  return blocksFromElement(doc.getElementById('root')!);
}

function fixtureArticle() {
  const result = extractArticle(documentFromHtml(tableHtml, URL_));
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const PROSE = [
  'The harbour ferry company will raise single fares on three of its four routes from the first of April, the port authority confirmed on Monday.',
  'Passenger groups said the rise would hit commuters from Saltmarsh hardest, since the bus that once linked the village to the town centre stopped running last autumn.',
  'The port authority said it would review the fares again in October, once the company publishes its accounts for the summer season.',
];
const FARES: Block = {
  kind: 'table',
  text: 'Route\tFare\nNorth Quay\t2.40\nSaltmarsh\t4.10',
  table: { rows: [['Route', 'Fare'], ['North Quay', '2.40'], ['Saltmarsh', '4.10']], header: true },
};

describe('data tables in extraction', () => {
  it('reads a data table as one block of cells, its header row flagged and its caption kept as a caption', () => {
    const article = fixtureArticle();
    const tables = article.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table!.table).toEqual({
      header: true,
      rows: [
        ['Route', 'Current fare', 'From April', 'Change'],
        ['Old Town to Lighthouse Point', '3.20', '3.60', '+12%'],
        ['Old Town to North Quay', '2.40', '2.70', '+13%'],
        ['North Quay to Saltmarsh', '4.10', '4.50', '+10%'],
        ['Old Town to Gull Island', '5.00', '5.00', '0%'],
        ['<script>alert(1)</script>', '1.00', '1.00', '0%'],
      ],
    });
    // Its text is the same cells, for whatever reads text only (word counts, the gate).
    expect(table!.text.split('\n')[1]).toBe('Old Town to Lighthouse Point\t3.20\t3.60\t+12%');
    expect(article.blocks[article.blocks.indexOf(table!) - 1]).toEqual({ kind: 'caption', text: 'Single adult fares, in euros' });
    // No cell became a block of its own.
    expect(article.blocks.filter((b) => b.kind !== 'table').map((b) => b.text)).not.toContain('3.20');
    // Plain data: survives structured cloning as executeScript does, and the validator takes it.
    expect(structuredClone(article)).toEqual(article);
    expect(parseExtractResult({ ok: true, article })).not.toBeNull();
  });

  it('reads a table without header cells as a table with no header row', () => {
    const blocks = blocksOf('<table><tr><td>Year</td><td>2024</td></tr><tr><td>Boats</td><td>41</td></tr></table>');
    expect(blocks).toEqual([{ kind: 'table', text: 'Year\t2024\nBoats\t41', table: { rows: [['Year', '2024'], ['Boats', '41']], header: false } }]);
  });

  it('pads short rows and spanning cells so the grid stays a grid', () => {
    const [block] = blocksOf(
      '<table><tr><th>Route</th><th>Mon</th><th>Tue</th></tr><tr><td>North</td><td colspan="2">closed</td></tr><tr><td>South</td><td>9:00</td></tr></table>',
    );
    expect(block!.table!.rows).toEqual([
      ['Route', 'Mon', 'Tue'],
      ['North', 'closed', ''],
      ['South', '9:00', ''],
    ]);
  });

  it('reads a layout table holding the whole article as paragraphs, not as a table', () => {
    const long = 'The council voted on Tuesday to rebuild the harbour wall over three years, at a cost of 45 million euros shared between the national grant fund and the city reserve.';
    const blocks = blocksOf(
      `<table width="100%"><tr><td><a href="/">Home</a><br><a href="/news">News</a></td>
        <td><h2>Harbour wall</h2><p>${long}</p><p>Work starts in April.</p></td></tr>
        <tr><td colspan="2">© Courier</td></tr></table>`,
    );
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(blocks).toContainEqual({ kind: 'heading', text: 'Harbour wall', level: 2 });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: long });
  });

  it('does not take a one-cell wrapper, a one-column list, a role="presentation" grid or a grid of long prose for data', () => {
    const prose = 'word '.repeat(60).trim();
    for (const html of [
      '<table><tr><td><p>Only one cell wraps this text.</p></td></tr></table>',
      '<table><tr><td>One</td></tr><tr><td>Two</td></tr><tr><td>Three</td></tr></table>',
      '<table role="presentation"><tr><td>Left</td><td>Right</td></tr><tr><td>Down</td><td>Up</td></tr></table>',
      `<table><tr><td>${prose}</td><td>${prose}</td></tr><tr><td>${prose}</td><td>${prose}</td></tr></table>`,
    ]) {
      expect(blocksOf(html).some((b) => b.kind === 'table'), html.slice(0, 60)).toBe(false);
    }
  });

  it('reads a table nested in a layout table as the only table', () => {
    const blocks = blocksOf(
      '<table><tr><td>Outer text</td><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Outer text' },
      { kind: 'table', text: 'a\tb\nc\td', table: { rows: [['a', 'b'], ['c', 'd']], header: false } },
    ]);
  });

  it('caps rows, columns and cell length, so a hostile page cannot blow up storage', () => {
    const cell = 'x'.repeat(MAX_CELL_CHARS * 3);
    const row = `<tr>${Array.from({ length: MAX_TABLE_COLUMNS + 10 }, (_, i) => `<td>${i === 0 ? cell : 'v'}</td>`).join('')}</tr>`;
    const [block] = blocksOf(`<table>${row.repeat(MAX_TABLE_ROWS + 100)}</table>`);
    const rows = block!.table!.rows;
    expect(rows).toHaveLength(MAX_TABLE_ROWS);
    expect(Math.max(...rows.map((r) => r.length))).toBe(MAX_TABLE_COLUMNS);
    expect(rows[0]![0]!.length).toBe(MAX_CELL_CHARS);
    expect(rows[0]![0]!.endsWith('…')).toBe(true);
    expect(tableProblem(block!.table)).toBeNull();
  });

  it('keeps hostile cells as text: markup shown literally, scripts and their text dropped, attributes gone', () => {
    const [block] = blocksOf(
      `<table><tr><th onclick="steal()">Name</th><th>Value</th></tr>
        <tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td><script>alert(2)</script><b style="color:red">bold</b> <a href="javascript:alert(3)">link</a></td></tr></table>`,
    );
    expect(block!.table).toEqual({ header: true, rows: [['Name', 'Value'], ['<img src=x onerror=alert(1)>', 'bold link']] });
    expect(JSON.stringify(block)).not.toMatch(/alert\(2\)|alert\(3\)|onclick|style=/);
  });
});

describe('table blocks crossing into the extension', () => {
  const article = articleOf([{ kind: 'paragraph', text: PROSE[0]! }, FARES]);
  const sent = (blocks: unknown[]) => parseExtractResult({ ok: true, article: { ...article, blocks } });

  it('accepts a sound table and rejects a broken or oversized one', () => {
    expect(sent(article.blocks)).not.toBeNull();
    expect(sent([{ kind: 'table', text: 'a' }])).toBeNull();
    expect(sent([{ ...FARES, table: { rows: [['a', 1]], header: false } }])).toBeNull();
    expect(sent([{ ...FARES, table: { rows: [['a']] } }])).toBeNull();
    expect(sent([{ ...FARES, table: { rows: Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ['a']), header: false } }])).toBeNull();
    expect(sent([{ kind: 'paragraph', text: 'x', table: FARES.table }])).toBeNull();
  });

  it('says what is wrong with broken cells', () => {
    expect(tableProblem({ rows: [['a', 1]], header: false })).toBe('a table cell is not text');
    expect(tableProblem({ rows: [['a']] })).toBe('a table does not say whether it has a header row');
    expect(tableProblem({ rows: [['y'.repeat(MAX_CELL_CHARS + 1)]], header: false })).toBe(
      `a table cell has ${MAX_CELL_CHARS + 1} characters (at most ${MAX_CELL_CHARS} are kept)`,
    );
    expect(tableProblem(null)).toBe('a table has no cells');
  });
});

describe('table blocks in the analysis', () => {
  const input = { title: 'Ferry fares rise', lang: 'en', blocks: [{ kind: 'paragraph', text: PROSE[0]! } as Block, FARES, ...PROSE.slice(1).map((text): Block => ({ kind: 'paragraph', text }))] };

  it('never splits a table into sentences, never makes a key point or padding of it, and counts its words as reading', () => {
    const a = analyze(input, { points: 5 });
    expect(a.sentences.map((s) => s.text)).toEqual(PROSE);
    expect(a.sentences.every((s) => s.block !== 1)).toBe(true);
    for (const k of a.keyPoints) expect(k.text).not.toMatch(/2\.40|4\.10|North Quay\b/);
    const proseWords = a.sentences.reduce((n, s) => n + s.words, 0);
    expect(a.wordCount).toBe(proseWords + wordCount(FARES.text));
    expect(a.blocks[1]).toEqual({ kind: 'table', table: FARES.table });
    // The full-page fixture too: no sentence holds a cell.
    const page = analyze(fixtureArticle());
    expect(page.sentences.some((s) => /3\.20|Lighthouse Point\t/.test(s.text))).toBe(false);
    expect(page.keyPoints.some((k) => k.text.includes('Old Town to'))).toBe(false);
  });

  it('keeps a table in place in the view without padding', () => {
    const a = analyze(input);
    const folded = foldPadding(a.blocks, a.sentences);
    expect(folded.items.find((i) => i.type === 'table')).toEqual({ type: 'table', block: 1 });
  });

  it('stores a table with a kept summary, round-trips it through export and import, and refuses a damaged one', () => {
    const a = analyze(input);
    const saved = toSavedSummary(articleOf(input.blocks, { title: 'Ferry fares rise' }), a, { keepMarked: true });
    expect(validateSummary(structuredClone(saved))).toEqual(saved);
    const back = parseImport(exportJson([saved]));
    expect(back.ok && back.entries[0]!.marked!.blocks[1]).toEqual({ kind: 'table', table: FARES.table });

    const damaged = structuredClone(saved);
    damaged.marked!.blocks[1] = { kind: 'table', table: { rows: [[{ html: '<b>x</b>' }]], header: true } } as never;
    expect(validateSummary(damaged)).toBeNull();
    const imported = parseImport(exportJson([damaged]));
    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.error).toBe('Entry 1 (“Ferry fares rise”) is damaged or incomplete; nothing was imported.');
    const misplaced = structuredClone(saved);
    misplaced.marked!.blocks[0] = { kind: 'paragraph', table: FARES.table };
    expect(validateSummary(misplaced)).toBeNull();
  });
});
