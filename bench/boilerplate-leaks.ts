/**
 * Boilerplate that reaches the reader, on trafilatura's evaluation pages (English): for each page,
 * its `without` snippets (page chrome) should not appear in what the reader is shown, and its
 * `with` snippets (article text) should. Plain Readability shows its whole text; Winnow shows the
 * unmarked sentences of its extraction. Snippets are matched after whitespace normalisation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { analyze } from '../utils/analysis';
import { extractArticle } from '../utils/extract';
import { documentFromHtml } from '../cli/summarize-file';
import { heldOutEntries, isHeldOut } from './held-out';

interface EvalPage {
  path: string;
  url: string;
  lang: string;
  with: string[];
  without: string[];
}

export interface LeakCounts {
  pages: number;
  withTotal: number;
  withKept: number;
  withoutTotal: number;
  withoutShown: number;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function count(page: EvalPage, shown: string, c: LeakCounts): void {
  const text = squash(shown);
  for (const w of page.with) {
    c.withTotal++;
    if (text.includes(squash(w))) c.withKept++;
  }
  for (const w of page.without) {
    c.withoutTotal++;
    if (text.includes(squash(w))) c.withoutShown++;
  }
}

export function measureLeaks(dir: string, limit: number, progress: (m: string) => void): { readability: LeakCounts; winnow: LeakCounts } {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as EvalPage[];
  // `dir` is the trafilatura-eval folder; the list names pages from the bench-data folder above it.
  const held = heldOutEntries(join(dir, '..'));
  const pages = truth.filter((p) => p.lang === 'en' && !isHeldOut(held, `trafilatura-eval/${p.path}`)).slice(0, limit);
  const zero = (): LeakCounts => ({ pages: 0, withTotal: 0, withKept: 0, withoutTotal: 0, withoutShown: 0 });
  const readability = zero();
  const winnow = zero();
  pages.forEach((page, i) => {
    if (i % 50 === 0) progress(`boilerplate leaks: page ${i + 1}/${pages.length}`);
    let html: string;
    try {
      html = gunzipSync(readFileSync(join(dir, page.path))).toString('utf8');
    } catch {
      return;
    }
    readability.pages++;
    winnow.pages++;
    const url = page.url.startsWith('http') ? page.url : 'https://bench.example/';
    let plain = '';
    try {
      plain = new Readability(documentFromHtml(html, url)).parse()?.textContent ?? '';
    } catch {
      plain = '';
    }
    count(page, plain, readability);
    const r = extractArticle(documentFromHtml(html, url));
    // What the reader sees unmarked: the sentences not marked as padding, and code blocks as they are.
    const analysis = r.ok ? analyze(r.article) : null;
    const shown = analysis
      ? [...analysis.sentences.filter((s) => !s.padding).map((s) => s.text), ...analysis.blocks.flatMap((b) => (b.text ? [b.text] : []))].join(' ')
      : '';
    count(page, shown, winnow);
  });
  return { readability, winnow };
}
