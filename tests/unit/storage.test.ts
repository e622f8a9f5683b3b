import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import agencyHtml from '../fixtures/agency-leak/page.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis';
import { extractArticle, type Article } from '../../utils/extract';
import { savedPoints, toSavedSummary, validateSummary, type SavedSummary } from '../../utils/storage/saved-summary';
import { deleteSummary, getSummary, listSummaries, saveSummary } from '../../utils/storage/summaries-store';

function agency(url = 'https://mira-vista.example/blog/leak/'): Article {
  const r = extractArticle(documentFromHtml(agencyHtml, url));
  if (!r.ok) throw new Error(r.message);
  return r.article;
}

const base = agency();
const baseAnalysis = analyze(base);

function summaryFor(url: string, now = new Date('2026-11-01T10:00:00Z')): SavedSummary {
  return toSavedSummary({ ...base, url }, baseAnalysis, { keepMarked: false, now });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('saved summaries', () => {
  it('saves, lists newest first, reads back and deletes', async () => {
    const older = summaryFor('https://a.example/1', new Date('2026-11-01T10:00:00Z'));
    const newer = summaryFor('https://a.example/2', new Date('2026-11-02T10:00:00Z'));
    expect(await saveSummary(older)).toEqual({ ok: true, replaced: false, evicted: [] });
    expect(await saveSummary(newer)).toEqual({ ok: true, replaced: false, evicted: [] });

    const list = await listSummaries();
    expect(list.entries.map((e) => e.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    expect(list.unreadable).toEqual([]);
    expect(await getSummary(older.id)).toEqual(older);

    await deleteSummary(older.id);
    expect((await listSummaries()).entries.map((e) => e.url)).toEqual(['https://a.example/2']);
  });

  it('stores what the popup shows: title, site, date, key points, padding', () => {
    const article = agency();
    const analysis = analyze(article);
    const s = toSavedSummary(article, analysis, { keepMarked: true });
    expect(s.title).toBe(article.title);
    expect(s.siteName).toBe('Mira Vista Digital');
    expect(s.byline).toBe('Mira Vista Digital Team');
    expect(s.publishedTime).toBe('2026-04-02T09:00:00-07:00');
    expect(s.keyPoints).toEqual(analysis.keyPoints.map((k) => k.text));
    expect(s.paddingRatio).toBe(analysis.padding.ratio);
    expect(s.marked?.sentences).toHaveLength(analysis.sentences.length);
    expect(validateSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('keeps the code a point carries, and loads entries saved before points carried code', () => {
    const article = agency();
    const analysis = analyze(article);
    const points = analysis.keyPoints.map((k, i) => (i === 1 ? { ...k, code: 'ggplot(data) +\n  geom_point()' } : k));
    const s = toSavedSummary(article, { ...analysis, keyPoints: points }, { keepMarked: false });
    expect(s.keyPointCode).toEqual(points.map((k, i) => (i === 1 ? 'ggplot(data) +\n  geom_point()' : null)));
    expect(validateSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(savedPoints(s)[1]).toEqual({ text: points[1]!.text, code: 'ggplot(data) +\n  geom_point()' });
    expect(savedPoints(s)[0]).toEqual({ text: points[0]!.text });

    // No code anywhere: no field, as in entries saved before it existed.
    const plain = toSavedSummary(article, analysis, { keepMarked: false });
    expect('keyPointCode' in plain).toBe(false);
    expect(validateSummary(JSON.parse(JSON.stringify(plain)))).toEqual(plain);
    expect(savedPoints(plain).every((p) => !('code' in p))).toBe(true);
  });

  it.each([
    ['not a list', 'print(1)'],
    ['a list of the wrong length', [null]],
    ['a number among the code', [1, null, null, null, null]],
    ['code far longer than a point ever carries', ['x'.repeat(100_000), null, null, null, null]],
  ])('drops damaged code under the points (%s) and keeps the entry', (_name, damaged) => {
    const s = toSavedSummary(agency(), analyze(agency()), { keepMarked: false });
    expect(s.keyPoints).toHaveLength(5);
    const read = validateSummary({ ...JSON.parse(JSON.stringify(s)), keyPointCode: damaged });
    expect(read).toEqual(s);
    expect(read && 'keyPointCode' in read).toBe(false);
  });

  it('keeps one entry when the same page is saved twice, even through tracking parameters', async () => {
    await saveSummary(summaryFor('https://a.example/story?utm_source=news#top'));
    const second = await saveSummary(summaryFor('https://a.example/story', new Date('2026-11-03T00:00:00Z')));
    expect(second).toEqual({ ok: true, replaced: true, evicted: [] });
    const { entries } = await listSummaries();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.savedAt).toBe('2026-11-03T00:00:00.000Z');
  });

  it('loses none of 100 different pages saved at once', async () => {
    const summaries = Array.from({ length: 100 }, (_, i) => summaryFor(`https://a.example/p/${i}`));
    const results = await Promise.all(summaries.map((s) => saveSummary(s)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await listSummaries()).entries).toHaveLength(100);
  });

  it('skips and counts damaged entries without losing the good ones', async () => {
    const good = summaryFor('https://a.example/good');
    await saveSummary(good);
    await fakeBrowser.storage.local.set({
      'summary:broken1': 'not an object',
      'summary:broken2': { ...good, id: 'x', keyPoints: 'oops' },
      'summary:broken3': { ...good, id: 'y', version: 99 },
      'unrelated-key': { anything: true },
    });
    const list = await listSummaries();
    expect(list.entries.map((e) => e.id)).toEqual([good.id]);
    expect(list.unreadable.sort()).toEqual(['summary:broken1', 'summary:broken2', 'summary:broken3']);
  });

  it('reports a failed write clearly and keeps what was saved', async () => {
    const kept = summaryFor('https://a.example/kept');
    await saveSummary(kept);
    const original = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveSummary(summaryFor('https://a.example/new'));
    fakeBrowser.storage.local.set = original;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/storage .* is full/);
    expect((await listSummaries()).entries.map((e) => e.id)).toEqual([kept.id]);
  });
});
