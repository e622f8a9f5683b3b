/** The corpus as issue #10 asks for it: its size and mix, where each page came from, and the pages labelled twice. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/corpus/pages';
import { genreGroup } from '../../bench/corpus/section';
import { isHeldOut, parseHeldOut } from '../../bench/held-out';

const pages = loadCorpus();
const heldOut = parseHeldOut(readFileSync(new URL('../../corpus/HELD-OUT.md', import.meta.url), 'utf8'));

describe('the labelled corpus', () => {
  it('never holds a page reserved for outside checks', () => {
    expect(heldOut.length).toBeGreaterThan(20);
    expect(pages.filter((p) => isHeldOut(heldOut, p.labels.source)).map((p) => p.slug)).toEqual([]);
  });

  it('keeps each page’s source and licence, and its address where the data set gives one', () => {
    for (const p of pages) {
      expect(p.labels.source, p.slug).toMatch(/^(wcxb-dev|trafilatura-eval|article-extraction-benchmark|readability-test-pages)\//);
      expect(p.licence, p.slug).toMatch(/CC-BY-4\.0|Apache-2\.0|MIT/);
      if (p.url || /^(wcxb|aeb)-/.test(p.slug)) expect(p.url, p.slug).toMatch(/^https?:\/\//);
    }
  });

  it('has at least 240 pages in the mix the issue asks for', () => {
    const count = (group: string) => pages.filter((p) => genreGroup(p.labels.genre) === group).length;
    expect(pages.length).toBeGreaterThanOrEqual(240);
    expect(count('how-tos & recipes')).toBeGreaterThanOrEqual(60);
    expect(count('marketing & reviews')).toBeGreaterThanOrEqual(50);
    expect(count('blogs & opinion')).toBeGreaterThanOrEqual(40);
    expect(count('news')).toBeGreaterThanOrEqual(40);
    expect(pages.filter((p) => p.labels.lang !== 'en').length).toBeGreaterThanOrEqual(40);
  });

  it('has 24 pages labelled twice, each by two different readers', () => {
    const twice = pages.filter((p) => p.second);
    expect(twice.length).toBeGreaterThanOrEqual(24);
    for (const p of twice) {
      const meta = (f: string) => JSON.parse(readFileSync(`${p.dir}/${f}`, 'utf8')) as { labeller?: string };
      expect(meta('labels.json').labeller, p.slug).toBeTruthy();
      expect(meta('labels.json').labeller, p.slug).not.toBe(meta('labels.second.json').labeller);
    }
  });

  it('is split 60/20/20 by the frozen hash of each page’s name', () => {
    const share = (s: string) => pages.filter((p) => p.split === s).length / pages.length;
    expect(share('train')).toBeGreaterThan(0.5);
    expect(share('dev')).toBeGreaterThan(0.13);
    expect(share('blind')).toBeGreaterThan(0.13);
  });
});
