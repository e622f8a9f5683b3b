import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * axe-core in an extension page: 0 violations of any rule axe runs by default (WCAG 2 A/AA,
 * colour contrast included, and best practices). Its source is evaluated through DevTools,
 * because the pages' policy refuses inline scripts (as it should).
 */
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

interface AxeSummary {
  violations: AxeViolation[];
  passed: number;
  /** Rules axe could not decide (e.g. contrast over an image); listed in the log, not failed. */
  incomplete: string[];
}

async function runAxe(page: Page): Promise<AxeSummary> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: AxeViolation[]; passes: unknown[]; incomplete: { id: string; nodes: unknown[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe;
    const { violations, passes, incomplete } = await axe.run(document);
    return {
      passed: passes.length,
      incomplete: incomplete.map((r) => `${r.id} ×${r.nodes.length}`),
      violations: violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  });
}

export async function assertAccessible(page: Page, where: string): Promise<void> {
  const { violations: found, passed, incomplete } = await runAxe(page);
  console.log(`axe, ${where}: ${passed} rules pass, ${found.length} violated${incomplete.length ? `; undecided: ${incomplete.join(', ')}` : ''}`);
  const report = found
    .map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`)
    .join('\n');
  assert.equal(found.length, 0, `${where}: axe found\n${report}`);
}

/**
 * The popup's panel scrolls, and axe cannot judge the contrast of text clipped out of view
 * ("partially obscured"). Audit the popup as laid out, then once more with the panel unclipped
 * so every key point and mark is checked, then restore it.
 */
export async function assertPopupAccessible(popup: Page, where: string): Promise<void> {
  await assertAccessible(popup, where);
  await popup.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('main, .panel')) {
      el.style.maxHeight = 'none';
      el.style.overflow = 'visible';
    }
  });
  try {
    await assertAccessible(popup, `${where}, whole panel`);
  } finally {
    await popup.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('main, .panel')) el.removeAttribute('style');
    });
  }
}
