import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Runs the real command line, as benchmarks do. */
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/summarize.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The --json contract, as benchmarks read it. */
interface SummaryJson {
  title: string;
  keyPoints: { text: string; sentence: number }[];
  sentences: { text: string; padding: { kind: string; reason: string } | null }[];
  padding: { ratio: number; byKind: Record<string, number> };
}

const AGENCY = 'tests/fixtures/agency-leak/page.html';
const SHOP = 'tests/fixtures/not-article-shop-category/page.html';

describe('npm run summarize', { timeout: 120_000 }, () => {
  it('reads a long batch in fresh workers, with the same output in the same order as one by one', () => {
    // Past 20 inputs the command line hands them to workers it replaces every 20, so memory stays
    // flat over a thousand pages (jsdom keeps memory per document).
    const dir = mkdtempSync(join(tmpdir(), 'winnow-cli-batch-'));
    const pages = Array.from({ length: 43 }, (_, i) => {
      const path = join(dir, `page-${String(i).padStart(2, '0')}.html`);
      writeFileSync(path, readFileSync(i === 41 ? SHOP : AGENCY));
      return path;
    });
    const batch = cli([...pages, '--json', '--points', '3']);
    expect(batch.code).toBe(3);
    const lines = batch.stdout.trim().split('\n');
    expect(lines).toHaveLength(43);
    const alone = cli([pages[0]!, '--json', '--points', '3']).stdout.trim();
    const url = (p: string) => JSON.stringify(pathToFileURL(p).href);
    for (const [i, line] of lines.entries()) {
      if (i === 41) expect(JSON.parse(line)).toMatchObject({ error: { code: 'not-article' } });
      else expect(line).toBe(alone.replace(url(pages[0]!), url(pages[i]!)));
    }
  });

  it('prints one JSON object per input, in the documented shape, and exits 3 for a non-article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'winnow-cli-'));
    const txt = join(dir, 'note.txt');
    writeFileSync(
      txt,
      'Harbour wall approved\n\nThe Harbour Council approved a new sea wall on Tuesday, at a cost of £4 million.\nWork starts in May.\n\nThe wall will protect 300 homes on Pier Road from winter storms, the council said.',
    );
    const r = cli([AGENCY, SHOP, txt, '--json', '--points', '3']);
    expect(r.code).toBe(3);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);

    expect(Object.keys(lines[0]!).sort()).toEqual(
      [
        'byline', 'engine', 'keyPoints', 'lang', 'notes', 'padding', 'publishedTime', 'readingMinutes', 'sentences', 'siteName', 'tables',
        'title', 'truncated', 'url', 'wordCount',
      ].sort(),
    );
    expect(lines[0]).toMatchObject({ engine: 'readability', truncated: false, notes: [], tables: [] });
    const [agency, shop, note] = lines as unknown as [SummaryJson, unknown, SummaryJson];
    expect(agency.title).toBe("Anthropic's Code Leak: What Happened and What It Means");
    expect(agency.keyPoints).toHaveLength(3);
    for (const k of agency.keyPoints) expect(agency.sentences[k.sentence]?.text.length).toBeGreaterThan(0);
    expect(agency.sentences.some((s) => s.padding && s.padding.kind && s.padding.reason)).toBe(true);
    expect(agency.padding.ratio).toBeGreaterThan(0.4);
    expect(Object.keys(agency.padding.byKind).length).toBeGreaterThan(2);

    expect(shop).toEqual({ error: { code: 'not-article', message: expect.stringMatching(/doesn't look like an article/) } });

    expect(note.title).toBe('Harbour wall approved');
    expect(note).toMatchObject({ engine: null, truncated: false });
    expect(note.sentences.map((s) => s.text)).toEqual([
      'The Harbour Council approved a new sea wall on Tuesday, at a cost of £4 million.',
      'Work starts in May.',
      'The wall will protect 300 homes on Pier Road from winter storms, the council said.',
    ]);
  });

  it('reads HTML from stdin and prints a readable report', () => {
    const meta = '<meta name="author" content="Jo Park"><meta property="article:published_time" content="2019-11-20T09:28:00Z">';
    const html = `<html><head><title>Bridge</title>${meta}</head><body><article><h1>Bridge</h1>${'<p>The Harbour Council approved the new bridge on Tuesday after a vote of 7 to 2, and work starts in May at a cost of £4 million.</p>'.repeat(6)}</article></body></html>`;
    const r = cli(['-'], html);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Bridge\nBy Jo Park · 2019-11-20\n/);
    expect(r.stdout).toMatch(/Key points/);
    expect(r.stdout).toMatch(/Padding: \d+% of the text/);
  });

  it('fails with a message and exit 1 on a missing file or a bad option', () => {
    const missing = cli(['no/such/file.html', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read no\/such\/file\.html/);
    const bad = cli([AGENCY, '--points', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--points takes a whole number/);
  });
});

describe('pages whose stylesheet jsdom cannot parse', () => {
  it('are still read, as a browser would skip the bad rule', async () => {
    const { extractFromHtml } = await import('../../cli/summarize-file');
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>The harbour board in Marrowby voted ${i + 4}-2 on Tuesday to fund ${i + 2} more acres of oyster reef, the board's chair said after the meeting.</p>`,
    ).join('');
    const html = `<html><head><title>Reef vote</title><style>@media (min-width: 10px) { .a { min-height: calc(($max-width - $side-width - 16px) / 16 * 9); } }</style></head><body><article><h1>Reef vote</h1>${paragraphs}</article></body></html>`;
    const result = extractFromHtml(html, 'https://news.example/reef');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.blocks.some((b) => b.text.includes('oyster reef'))).toBe(true);
  });
});
