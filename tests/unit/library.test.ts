import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  exportJson,
  exportMarkdown,
  mergeDuplicates,
  parseImport,
  queryEntries,
  siteStats,
  MAX_IMPORT_BYTES,
} from '../../utils/storage/library';
import { readSummary } from '../../utils/storage/migrate';
import type { SavedSummary } from '../../utils/storage/saved-summary';
import {
  chooseEvictions,
  deleteAllSummaries,
  deleteSummaries,
  entryBytes,
  getSummary,
  importSummaries,
  listSummaries,
  restoreSummaries,
  saveSummary,
  setPinned,
} from '../../utils/storage/summaries-store';

function entry(n: number, over: Partial<SavedSummary> = {}): SavedSummary {
  return {
    version: 2,
    id: `id${n}`,
    url: `https://site${n % 3}.example/p/${n}`,
    key: `https://site${n % 3}.example/p/${n}`,
    title: `Story number ${n}`,
    siteName: `site${n % 3}.example`,
    byline: null,
    lang: 'en',
    savedAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    keyPoints: [`Point one of story ${n}.`, `The harbour wall costs £${n} million.`],
    paddingRatio: (n % 10) / 10,
    byKind: { filler: 1 },
    wordCount: 500,
    readingMinutes: 2,
    pinned: false,
    marked: null,
    ...over,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migration', () => {
  it('reads a version 1 entry (before pinning existed) as an unpinned version 2 entry', () => {
    const { pinned: _pinned, ...v1 } = { ...entry(1), version: 1 };
    const read = readSummary(v1);
    expect(read).toEqual(entry(1));
  });

  it('reads entries with and without a publication date, and refuses a date that is not text', async () => {
    // Entries saved before the date was kept have no field at all: they load unchanged.
    expect(readSummary(entry(1))).toEqual(entry(1));
    expect(readSummary(entry(2, { byline: 'Naomi Pruett', publishedTime: '2019-11-20T09:28:00Z' }))?.publishedTime).toBe('2019-11-20T09:28:00Z');
    expect(readSummary(entry(3, { publishedTime: null }))?.publishedTime).toBeNull();
    expect(readSummary({ ...entry(4), publishedTime: 20191120 })).toBeNull();
    await fakeBrowser.storage.local.set({ 'summary:id1': entry(1), 'summary:id2': entry(2, { publishedTime: '2019-11-20' }) });
    const { entries, unreadable } = await listSummaries();
    expect(entries.map((e) => e.publishedTime)).toEqual(['2019-11-20', undefined]);
    expect(unreadable).toEqual([]);
  });

  it('lists version 1 entries found in storage', async () => {
    const { pinned: _pinned, ...v1 } = { ...entry(2), version: 1 };
    await fakeBrowser.storage.local.set({ 'summary:id2': v1 });
    const { entries, unreadable } = await listSummaries();
    expect(entries).toEqual([entry(2)]);
    expect(unreadable).toEqual([]);
  });

  it('refuses versions it does not know', () => {
    expect(readSummary({ ...entry(3), version: 0 })).toBeNull();
    expect(readSummary({ ...entry(3), version: 3 })).toBeNull();
    expect(readSummary(null)).toBeNull();
  });
});

describe('limits', () => {
  it('evicts the oldest unpinned entries first, never pinned ones nor the one just saved', () => {
    const entries = [entry(1, { pinned: true }), entry(2), entry(3), entry(4), entry(5)];
    const out = chooseEvictions(entries, { maxEntries: 3, maxBytes: Infinity }, 'id2');
    expect(out.map((e) => e.id)).toEqual(['id3', 'id4']);
  });

  it('evicts by bytes too', () => {
    const entries = [entry(1), entry(2), entry(3)];
    const oneEntry = entryBytes(entry(1));
    const out = chooseEvictions(entries, { maxEntries: 100, maxBytes: oneEntry * 2.5 });
    expect(out.map((e) => e.id)).toEqual(['id1']);
  });

  it('makes room when saving into a full library and says what went', async () => {
    for (const n of [1, 2, 3]) await saveSummary(entry(n));
    await setPinned('id1', true);
    const result = await saveSummary(entry(4), { maxEntries: 3, maxBytes: Infinity });
    expect(result.ok && result.evicted.map((e) => e.id)).toEqual(['id2']);
    expect((await listSummaries()).entries.map((e) => e.id).sort()).toEqual(['id1', 'id3', 'id4']);
  });

  it('keeps a pin when the same page is saved again', async () => {
    await saveSummary(entry(1));
    await setPinned('id1', true);
    await saveSummary(entry(1, { savedAt: '2026-12-01T00:00:00.000Z' }));
    expect((await getSummary('id1'))?.pinned).toBe(true);
  });
});

describe('import into a limited library', () => {
  it('keeps the limit: the oldest unpinned entries make room, pinned ones stay', async () => {
    await restoreSummaries([entry(1, { pinned: true }), entry(2)]);
    const result = await importSummaries([entry(3), entry(4)], { maxEntries: 3, maxBytes: Infinity });
    expect(result.ok && result.evicted.map((e) => e.id)).toEqual(['id2']);
    expect((await listSummaries()).entries.map((e) => e.id).sort()).toEqual(['id1', 'id3', 'id4']);
  });
});

describe('bulk operations', () => {
  it('deletes several, restores them, and deletes everything including damaged entries', async () => {
    await restoreSummaries([entry(1), entry(2), entry(3)]);
    await deleteSummaries(['id1', 'id2']);
    expect((await listSummaries()).entries.map((e) => e.id)).toEqual(['id3']);
    await restoreSummaries([entry(1), entry(2)]);
    expect((await listSummaries()).entries).toHaveLength(3);
    await fakeBrowser.storage.local.set({ 'summary:junk': 42, options: { keep: true } });
    await deleteAllSummaries();
    const after = await listSummaries();
    expect(after.entries).toEqual([]);
    expect(after.unreadable).toEqual([]);
    expect(await fakeBrowser.storage.local.get('options')).toEqual({ options: { keep: true } });
  });
});

describe('search, sort and statistics', () => {
  const all = [entry(1), entry(2), entry(3), entry(4, { title: 'Café prices rise', siteName: 'news.example' })];

  it('searches title, site and key points, accents and case folded, all words required', () => {
    expect(queryEntries(all, { text: 'cafe' }).map((e) => e.id)).toEqual(['id4']);
    expect(queryEntries(all, { text: '£2 million' }).map((e) => e.id)).toEqual(['id2']);
    expect(queryEntries(all, { text: 'SITE1.example story' }).map((e) => e.id)).toEqual(['id1']);
    expect(queryEntries(all, { text: 'story nowhere' })).toEqual([]);
  });

  it('filters by site and sorts by date or padding', () => {
    expect(queryEntries(all, { site: 'site2.example' }).map((e) => e.id)).toEqual(['id2']);
    expect(queryEntries(all, { sort: 'oldest' }).map((e) => e.id)).toEqual(['id1', 'id2', 'id3', 'id4']);
    expect(queryEntries(all, { sort: 'most-padding' }).map((e) => e.id)).toEqual(['id4', 'id3', 'id2', 'id1']);
    expect(queryEntries(all, { sort: 'least-padding' }).map((e) => e.id)).toEqual(['id1', 'id2', 'id3', 'id4']);
  });

  it('averages padding per site', () => {
    const stats = siteStats([entry(1), entry(4), entry(7)]);
    expect(stats).toEqual([{ site: 'site1.example', pages: 3, averagePadding: (0.1 + 0.4 + 0.7) / 3 }]);
  });
});

describe('export', () => {
  it('writes complete, versioned JSON that imports back unchanged', () => {
    const json = exportJson([entry(1), entry(2)], new Date('2026-11-25T00:00:00Z'));
    const parsed = JSON.parse(json) as { format: string; version: number; entries: unknown[] };
    expect(parsed.format).toBe('winnow-summaries');
    expect(parsed.version).toBe(2);
    expect(parseImport(json)).toEqual({ ok: true, entries: [entry(1), entry(2)] });
  });

  it('writes readable Markdown with one section per page, escaping page text', () => {
    const md = exportMarkdown([entry(1, { title: 'A [link](javascript:alert(1)) *bold*' })], new Date('2026-11-25T00:00:00Z'));
    expect(md).toContain('# Saved summaries');
    expect(md).toContain('## A \\[link\\](javascript:alert(1)) \\*bold\\*');
    expect(md).toContain('- Padding: 10%');
    expect(md).toContain('- Link: <https://site1.example/p/1>');
    expect(md).toContain('1. Point one of story 1.');
    expect(md).toContain('2. The harbour wall costs £1 million.');
  });

  it('writes the Markdown in the words it is given, a page without a site name included', () => {
    const words = {
      heading: 'Résumés enregistrés',
      exported: (date: string, pages: number) => `Exporté de Winnow le ${date} : ${pages} pages.`,
      site: 'Site',
      saved: 'Enregistré',
      padding: 'Remplissage',
      link: 'Lien',
      keyPoints: 'Points clés',
      unknownSite: 'Site inconnu',
    };
    const md = exportMarkdown([entry(1, { siteName: null }), entry(2)], new Date('2026-11-25T00:00:00Z'), words);
    expect(md.startsWith('# Résumés enregistrés\n\nExporté de Winnow le 2026-11-25 : 2 pages.')).toBe(true);
    expect(md).toContain('- Site: Site inconnu');
    expect(md).toContain('- Remplissage: 10%');
    expect(md).toContain('Points clés:');
    expect(md).not.toMatch(/Key points|Unknown site|Padding/);
  });

  it('writes the code a point carries as a fenced block inside its item, and imports it back', () => {
    const withCode = entry(1, { keyPointCode: ['plot(x) # *not* emphasis', null] });
    const md = exportMarkdown([withCode], new Date('2026-11-25T00:00:00Z'));
    expect(md).toContain('1. Point one of story 1.\n   ```\n   plot(x) # *not* emphasis\n   ```\n2. The harbour wall');
    expect(parseImport(exportJson([withCode]))).toEqual({ ok: true, entries: [withCode] });
  });
});

describe('import', () => {
  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['a JSON array', '[1,2]', /not a Winnow export/],
    ['other JSON', '{"name":"package"}', /"format" is not "winnow-summaries"/],
    ['a newer version', '{"format":"winnow-summaries","version":9,"entries":[]}', /newer Winnow/],
    ['no entries list', '{"format":"winnow-summaries","version":2}', /no "entries" list/],
    ['a damaged entry', JSON.stringify({ format: 'winnow-summaries', version: 2, entries: [entry(1), { ...entry(2), keyPoints: 'x' }] }), /Entry 2 \(“Story number 2”\) is damaged/],
    ['a missing field', JSON.stringify({ format: 'winnow-summaries', version: 2, entries: [{ ...entry(1), url: undefined }] }), /Entry 1 .* is damaged/],
  ])('rejects %s with a precise message', (_name, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a huge file before parsing it', () => {
    const r = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/imports files up to 20 MB/), said: { code: 'importFileTooBig', args: ['20.0', 20] } });
  });

  it('accepts version 1 exports, migrating their entries', () => {
    const { pinned: _p, ...v1 } = { ...entry(1), version: 1 };
    expect(parseImport(JSON.stringify({ format: 'winnow-summaries', version: 1, entries: [v1] }))).toEqual({ ok: true, entries: [entry(1)] });
  });

  it('merges duplicates: the newer save wins, a pin on either copy is kept', () => {
    const old = entry(1, { pinned: true });
    const newer = entry(1, { savedAt: '2026-12-01T00:00:00.000Z', title: 'Updated' });
    expect(mergeDuplicates([newer], [old])).toEqual([{ ...newer, pinned: true }]);
    expect(mergeDuplicates([entry(2), entry(2)])).toHaveLength(1);
  });
});
