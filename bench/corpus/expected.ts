/**
 * The per-page harness's expected output (after Readability's test-pages): what Winnow shows for a
 * corpus page, the key points and every mark with its reason, written one entry a line so that a
 * change in behaviour is a readable diff in review. Kept for train and dev pages only: blind pages'
 * output is never written down.
 */
import { analyze, type Analysis } from '../../utils/analysis';
import type { ExtractResult } from '../../utils/extract';

interface PageOutput {
  /** 'article', or why the page was not read ('not-article', …). */
  read: string;
  lang?: string;
  words?: number;
  meter?: number;
  keyPoints?: string[];
  /** [kind, reason, sentence] for each marked sentence, in page order. */
  marks?: [string, string, string][];
}

function outputOf(analysis: Analysis): PageOutput {
  return {
    read: 'article',
    lang: analysis.lang,
    words: analysis.wordCount,
    meter: Math.round(analysis.padding.ratio * 1000) / 1000,
    keyPoints: analysis.keyPoints.map((k) => k.text),
    marks: analysis.sentences.filter((s) => s.padding).map((s) => [s.padding!.kind, s.padding!.reason, s.text]),
  };
}

export function pageOutput(result: ExtractResult): PageOutput {
  return result.ok ? outputOf(analyze(result.article)) : { read: result.reason };
}

/** Stable JSON, one key point or mark a line. */
export function formatOutput(o: PageOutput): string {
  const lines = ['{'];
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      if (!value.length) lines.push(`  ${JSON.stringify(key)}: []${comma}`);
      else {
        lines.push(`  ${JSON.stringify(key)}: [`);
        value.forEach((v, j) => lines.push(`    ${JSON.stringify(v)}${j < value.length - 1 ? ',' : ''}`));
        lines.push(`  ]${comma}`);
      }
    } else lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
