/**
 * The bench's one plain-text table. Each row belongs to a section; a row may carry several
 * target checks, printed one per line so each PASS/FAIL sits next to what it checks.
 */

export interface TargetCheck {
  /** What is checked, with the numbers compared: "R-1 > LEAD-3 (40.1 vs 39.8)". */
  text: string;
  pass: boolean;
  /** Stretch goals are shown but do not count towards the verdict. */
  stretch?: boolean;
}

export interface Row {
  section: string;
  label: string;
  cells: Record<string, string>;
  targets?: TargetCheck[];
}

export interface Column {
  key: string;
  title: string;
  align: 'left' | 'right';
}

const TARGET_COLUMNS: Column[] = [
  { key: '__target', title: 'Target', align: 'left' },
  { key: '__result', title: 'Result', align: 'left' },
];

function pad(text: string, width: number, align: Column['align']): string {
  const gap = ' '.repeat(Math.max(0, width - [...text].length));
  return align === 'right' ? gap + text : text + gap;
}

function targetCells(t: TargetCheck): Record<string, string> {
  return {
    __target: t.stretch ? `stretch: ${t.text}` : t.text,
    __result: t.pass ? 'PASS' : t.stretch ? 'not yet' : 'FAIL',
  };
}

/** Expands rows into printed lines: one per row, plus one per extra target check. */
function lines(rows: readonly Row[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let lastSection: string | undefined;
  for (const row of rows) {
    const [first, ...more] = row.targets ?? [];
    out.push({
      __section: row.section === lastSection ? '' : row.section,
      __label: row.label,
      ...row.cells,
      ...(first ? targetCells(first) : {}),
    });
    for (const t of more) out.push(targetCells(t));
    lastSection = row.section;
  }
  return out;
}

export function renderTable(title: string, columns: readonly Column[], rows: readonly Row[]): string {
  const cols: Column[] = [
    { key: '__section', title: 'Section', align: 'left' },
    { key: '__label', title: 'Row', align: 'left' },
    ...columns,
    // A table with no targets (the corpus's starting line) needs no empty Target/Result columns.
    ...(rows.some((r) => r.targets?.length) ? TARGET_COLUMNS : []),
  ];
  const body = lines(rows);
  const widths = cols.map((c) => Math.max([...c.title].length, ...body.map((l) => [...(l[c.key] ?? '')].length)));
  const render = (cells: (c: Column) => string): string =>
    cols
      .map((c, i) => pad(cells(c), widths[i]!, c.align))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const out = [title, rule, render((c) => c.title), rule];
  let prevSection: string | undefined;
  for (const l of body) {
    // A rule between sections keeps the one table readable.
    if (l.__section && prevSection !== undefined) out.push(rule);
    if (l.__section) prevSection = l.__section;
    out.push(render((c) => l[c.key] ?? ''));
  }
  out.push(rule);
  return out.join('\n');
}
