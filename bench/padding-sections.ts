/** Bench sections for issue #4: the padding marker on labelled pages, and boilerplate leaks. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PADDING_KINDS } from '../utils/analysis';
import { measureLeaks, type LeakCounts } from './boilerplate-leaks';
import { loadPages } from './key-facts';
import { emptyTally, splitPages, tallyPage, type PaddingTally } from './padding';
import type { Context, SectionResult } from './sections';
import type { Row } from './table';

const share = (n: number, d: number): string => `${d ? ((n / d) * 100).toFixed(1) : '0.0'}% (${n}/${d})`;

function summaryRows(section: string, label: string, t: PaddingTally, targets: boolean): Row[] {
  const handled = t.marked + t.removed;
  const recall = t.labelled ? handled / t.labelled : 0;
  const fp = t.protectedSeen ? t.protectedMarked / t.protectedSeen : 0;
  return [
    {
      section,
      label: `${label}: padding recall`,
      cells: { value: `${share(handled, t.labelled)} (marked ${t.marked}, removed by extraction ${t.removed})` },
      targets: targets ? [{ text: `≥ 85% (${(recall * 100).toFixed(1)}%)`, pass: recall >= 0.85 }] : undefined,
    },
    {
      section,
      label: `${label}: notPadding + key facts marked`,
      cells: { value: share(t.protectedMarked, t.protectedSeen) },
      targets: targets ? [{ text: `≤ 2% (${(fp * 100).toFixed(1)}%)`, pass: fp <= 0.02 }] : undefined,
    },
  ];
}

export function paddingSection(ctx: Context): SectionResult {
  const section = 'Padding';
  const set = loadPages(ctx.fixtureDirs);
  const { dev, heldOut } = splitPages(set.pages);
  const all = emptyTally();
  const devT = emptyTally();
  const heldT = emptyTally();
  for (const p of dev) {
    tallyPage(p, devT);
    tallyPage(p, all);
  }
  for (const p of heldOut) {
    tallyPage(p, heldT);
    tallyPage(p, all);
  }
  ctx.progress(`padding: ${dev.length} dev + ${heldOut.length} held-out pages`);
  // Sentences are quoted for dev pages only: quoting held-out pages would show them to whoever tunes.
  for (const f of devT.falseAlarms) ctx.notes.push(`Padding false alarm: ${f}`);
  for (const l of devT.boilerplate.leaked) ctx.notes.push(`Boilerplate shown unmarked: ${l}`);
  const hidden = heldT.falseAlarms.length + heldT.boilerplate.leaked.length;
  if (hidden) ctx.notes.push(`Held-out pages: ${heldT.falseAlarms.length} false alarms, ${heldT.boilerplate.leaked.length} boilerplate lines shown unmarked (not quoted)`);

  const b = all.boilerplate;
  const handled = b.removed + b.marked;
  const rows: Row[] = [
    ...summaryRows(section, `all ${set.pages.length} pages`, all, true),
    ...summaryRows(section, `held out (${heldOut.length}, never read while tuning)`, heldT, false),
    ...summaryRows(section, `dev (${dev.length}, read while tuning)`, devT, false),
    {
      section,
      label: 'labelled boilerplate removed or marked',
      cells: { value: `${share(handled, b.labels)} (removed ${b.removed}, marked ${b.marked})` },
      targets: [{ text: `= 100% (${b.labels ? ((handled / b.labels) * 100).toFixed(1) : '0'}%)`, pass: handled === b.labels }],
    },
    ...PADDING_KINDS.map((k) => {
      const s = all.byKind[k]!;
      const recall = s.labelled ? `${((s.found / s.labelled) * 100).toFixed(0)}% of ${s.labelled}` : 'none labelled';
      const precision = s.predicted ? `${((s.predictedCorrect / s.predicted) * 100).toFixed(0)}% of ${s.predicted}` : 'none marked';
      return { section, label: `  ${k}`, cells: { value: `recall ${recall} · precision ${precision}` } };
    }),
  ];
  return { rows, json: { all, dev: devT, heldOut: heldT } };
}

export function leaksSection(ctx: Context): SectionResult {
  const section = 'Leaks';
  const dir = ctx.dataDir ? join(ctx.dataDir, 'trafilatura-eval') : null;
  if (!dir || !existsSync(join(dir, 'ground-truth.json'))) {
    return { rows: [{ section, label: 'skipped', cells: { value: 'trafilatura-eval not found' } }], json: null };
  }
  const { readability, winnow } = measureLeaks(dir, ctx.limit, ctx.progress);
  const row = (label: string, c: LeakCounts, baseline?: LeakCounts): Row[] => {
    const leak = c.withoutTotal ? c.withoutShown / c.withoutTotal : 0;
    const kept = c.withTotal ? c.withKept / c.withTotal : 0;
    const baseKept = baseline && baseline.withTotal ? baseline.withKept / baseline.withTotal : 0;
    return [
      {
        section,
        label: `${label}: boilerplate shown`,
        cells: { value: `${share(c.withoutShown, c.withoutTotal)} of "without" snippets, ${c.pages} pages` },
        targets: baseline ? [{ text: `≤ 5% (${(leak * 100).toFixed(1)}%)`, pass: leak <= 0.05 }] : undefined,
      },
      {
        section,
        label: `${label}: article text kept`,
        cells: { value: `${share(c.withKept, c.withTotal)} of "with" snippets` },
        targets: baseline
          ? [{ text: `drop ≤ 2 points vs Readability (${((baseKept - kept) * 100).toFixed(1)})`, pass: baseKept - kept <= 0.02 }]
          : undefined,
      },
    ];
  };
  return { rows: [...row('plain Readability', readability), ...row('Winnow', winnow, readability)], json: { readability, winnow } };
}
