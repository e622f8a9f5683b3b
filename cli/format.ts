import { PADDING_KINDS, type Analysis, type PaddingKind } from '../utils/analysis';
import type { Article } from '../utils/extract';

/** Keyed by the kinds themselves, so a new kind cannot be left unnamed. */
const KIND_NAME: Record<PaddingKind, string> = {
  boilerplate: 'page furniture',
  promo: 'sales talk',
  filler: 'filler',
  hook: 'hook',
  analogy: 'analogy',
  speculation: 'speculation',
  hype: 'hype',
  platitude: 'platitude',
  repetition: 'repetition',
};

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** The readable report: what a person running the tool in a terminal wants to see. */
export function formatReport(article: Article, a: Analysis, width = 88): string {
  const out: string[] = [];
  const site = article.siteName ? `${article.siteName} · ` : '';
  out.push(article.title);
  // Who and when, from the page's metadata: the date as written up to the day.
  const byline = [article.byline ? `By ${article.byline}` : '', article.publishedTime?.slice(0, 10) ?? ''].filter(Boolean).join(' · ');
  if (byline) out.push(byline);
  out.push(`${site}${a.readingMinutes} min read · ${a.wordCount} words`, '');
  const pct = Math.round(a.padding.ratio * 100);
  const kinds = PADDING_KINDS.filter((k) => a.padding.byKind[k])
    .map((k) => `${KIND_NAME[k]} ${a.padding.byKind[k]}`)
    .join(', ');
  out.push(`Padding: ${pct}% of the text${a.savedMinutes >= 0.5 ? ` (skipping it saves ${Math.round(a.savedMinutes)} min)` : ''}${kinds ? ` — ${kinds}` : ''}`, '');
  out.push(`Key points${a.keyPoints.length < a.requestedPoints ? ` (short article: ${a.keyPoints.length} of ${a.requestedPoints})` : ''}:`);
  a.keyPoints.forEach((k, i) => {
    out.push(`  ${i + 1}. ${wrap(k.text, width - 5, '     ')}`);
    // The code a point introduces, as it is (never wrapped), set in under the point.
    if (k.code) out.push(...k.code.split('\n').map((line) => `       ${line}`.trimEnd()));
  });
  const marked = a.sentences.filter((s) => s.padding);
  if (marked.length) {
    out.push('', 'Marked as padding:');
    for (const s of marked) {
      const text = s.text.length > 90 ? `${s.text.slice(0, 89)}…` : s.text;
      out.push(`  - [${KIND_NAME[s.padding!.kind]}] ${text}`, `      why: ${s.padding!.reason}`);
    }
  }
  return out.join('\n');
}
