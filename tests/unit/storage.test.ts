import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import agencyHtml from '../fixtures/agency-leak/page.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis';
import { extractArticle, type Article } from '../../utils/extract';
import { toSavedSummary, validateSummary, type SavedSummary } from '../../utils/storage/saved-summary';
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
