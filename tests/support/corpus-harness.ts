/**
 * The per-page harness over the labelled real-web corpus (corpus/README.md), after Readability's
 * test-pages: every page's labels are checked against its text, every page is read and must hold
 * the invariants, and every train and dev page must give exactly its expected.json (regenerate with
 * `npm run corpus:expected` and review the diff). Blind pages are checked by yes/no assertions only,
 * so a failure never prints their text. The test files corpus-pages-*.test.ts each take a share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PADDING_KINDS } from '../../utils/analysis';
import { formatOutput, pageOutput } from '../../bench/corpus/expected';
import { checkLabels } from '../../bench/corpus/labels';
import { corpusPageUrl, loadCorpus, pageHtml, type CorpusPage } from '../../bench/corpus/pages';
import { pageText } from '../../bench/corpus/page-text';
import { extractFromHtml } from '../../cli/summarize-file';


function labelErrors(page: CorpusPage, html: string): string[] {
  const text = pageText(html);
  return ['labels.json', 'labels.second.json']
    .filter((f) => existsSync(join(page.dir, f)))
    .flatMap((f) => checkLabels(JSON.parse(readFileSync(join(page.dir, f), 'utf8')), text).errors.map((e) => `${f}: ${e}`));
}

/** The pages are shared out between test files by index, so the two cores each take half. */
export function describeCorpusPages(shard: number, shards: number): void {
  const pages = loadCorpus().filter((_, i) => i % shards === shard);
  describe(`corpus pages, part ${shard + 1} of ${shards}`, () => {
    it('has pages to check', () => expect(pages.length).toBeGreaterThan(0));
    it.each(pages.map((p) => [`${p.split} ${p.slug}`, p] as const))('%s', (_name, page) => {
      const html = pageHtml(page);
      // Labels are the page's own words; their errors quote the labels, never Winnow's output.
      expect(labelErrors(page, html)).toEqual([]);

      const result = extractFromHtml(html, corpusPageUrl(page));
      if (!result.ok) expect(result.message.length > 0, 'a page that is not read says why').toBe(true);
      const first = pageOutput(result);
      const again = pageOutput(result);
      expect(formatOutput(first) === formatOutput(again), 'the same page gives the same analysis twice').toBe(true);

      const marks = first.marks ?? [];
      const everyMarkExplained = marks.every(([kind, reason]) => (PADDING_KINDS as readonly string[]).includes(kind) && reason.trim().length > 0);
      expect(everyMarkExplained, 'every mark has a known kind and a reason').toBe(true);
      if (first.read === 'article') expect((first.keyPoints ?? []).length > 0, 'an article gives key points').toBe(true);

      const expectedFile = join(page.dir, 'expected.json');
      if (page.split === 'blind') {
        expect(existsSync(expectedFile), 'no expected output is kept for a blind page').toBe(false);
        return;
      }
      expect(existsSync(expectedFile), 'run npm run corpus:expected').toBe(true);
      expect(formatOutput(first), 'behaviour changed: review, then npm run corpus:expected').toBe(readFileSync(expectedFile, 'utf8'));
    });
  });
}
