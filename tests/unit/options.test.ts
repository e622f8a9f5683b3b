import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PADDING_KINDS } from '../../utils/analysis/vocabulary';
import {
  DEFAULT_OPTIONS,
  loadOptions,
  loadOptionsReport,
  localOptionsItem,
  migrateKindsOff,
  optionsItem,
  readOptions,
  resetOptions,
  updateOptions,
  validateOptions,
} from '../../utils/storage/options';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async (area: 'sync' | 'local' = 'sync') => (await fakeBrowser.storage[area].get(['options', 'options$'])) as Record<string, unknown>;

describe('options', () => {
  it('falls back to defaults, every kind on, when nothing is stored', async () => {
    expect(await loadOptionsReport()).toEqual({ options: DEFAULT_OPTIONS, unreadable: [] });
    expect(DEFAULT_OPTIONS.kindsOff).toEqual([]);
  });

  it('round-trips a change, storing the kinds turned off', async () => {
    await updateOptions({ points: 8, theme: 'dark', kindsOff: ['hype'] });
    expect(await loadOptions()).toMatchObject({ points: 8, theme: 'dark', kindsOff: ['hype'] });
    expect((await stored()).options).toMatchObject({ kindsOff: ['hype'] });
    expect((await stored()).options).not.toHaveProperty('kinds');
  });

  it.each([
    ['points out of range', { points: 99 }, DEFAULT_OPTIONS, ['points']],
    ['a wrong type next to a good field', { points: '7', theme: 'dark' }, { ...DEFAULT_OPTIONS, theme: 'dark' }, ['points']],
    ['unknown kinds dropped quietly', { kindsOff: ['hype', 'nonsense'] }, { ...DEFAULT_OPTIONS, kindsOff: ['hype'] }, []],
    ['kinds off that are not a list', { kindsOff: 'hype' }, DEFAULT_OPTIONS, ['kindsOff']],
    ['bad sensitivity', { sensitivity: 'extreme' }, DEFAULT_OPTIONS, ['sensitivity']],
    ['highlight in page kept', { highlightInPage: true }, { ...DEFAULT_OPTIONS, highlightInPage: true }, []],
    ['highlight in page of the wrong type', { highlightInPage: 'yes' }, DEFAULT_OPTIONS, ['highlightInPage']],
    ['a library limit not offered', { libraryLimit: 7 }, DEFAULT_OPTIONS, ['libraryLimit']],
    ['a field this version does not know', { fontSize: 3 }, DEFAULT_OPTIONS, []],
    ['the side panel reading allowed sites by itself', { panelAutoRead: true }, { ...DEFAULT_OPTIONS, panelAutoRead: true }, []],
    ['that choice of the wrong type', { panelAutoRead: 1 }, DEFAULT_OPTIONS, ['panelAutoRead']],
  ])('reads field by field, naming what it could not read: %s', (_name, value, options, unreadable) => {
    expect(readOptions(value)).toEqual({ options, unreadable });
    expect(validateOptions(value)).toEqual(options);
  });

  it('names every field when the stored value is not an object at all', () => {
    const read = readOptions('garbage');
    expect(read.options).toEqual(DEFAULT_OPTIONS);
    expect(read.unreadable).toEqual(Object.keys(DEFAULT_OPTIONS));
  });
});

describe('options: version 1 (kinds on) to version 2 (kinds off)', () => {
  const allBut = (...off: string[]) => PADDING_KINDS.filter((k) => !off.includes(k));

  it.each([
    ['every kind on', { points: 8, kinds: [...PADDING_KINDS] }, { points: 8, kindsOff: [] }],
    ['two kinds off', { kinds: allBut('hype', 'hook') }, { kindsOff: ['hook', 'hype'] }],
    ['every kind off', { kinds: [] }, { kindsOff: [...PADDING_KINDS] }],
    ['a kind that no longer exists', { kinds: [...allBut('promo'), 'gossip'] }, { kindsOff: ['promo'] }],
    ['already version 2', { kindsOff: ['hype'] }, { kindsOff: ['hype'] }],
    ['no kinds field', { theme: 'dark' }, { theme: 'dark' }],
  ])('migrates %s', (_name, v1, v2) => {
    expect(migrateKindsOff(v1)).toEqual(v2);
  });

  it.each([
    ['kinds that are not a list', { points: 8, kinds: 'filler' }],
    ['not an object', 'garbage'],
    ['a list', ['filler']],
  ])('leaves a value it cannot read as it is, without throwing: %s', (_name, value) => {
    expect(migrateKindsOff(value)).toBe(value);
  });

  it('migrates what is stored through wxt, with the version recorded, in sync and local storage', async () => {
    const v1 = { points: 3, sensitivity: 'strict', kinds: allBut('speculation'), autoSave: true, theme: 'dark' };
    await fakeBrowser.storage.sync.set({ options: v1 });
    await fakeBrowser.storage.local.set({ options: v1 });
    await optionsItem.migrate();
    await localOptionsItem.migrate();
    for (const area of ['sync', 'local'] as const) {
      const { kinds: _gone, ...kept } = v1;
      expect(await stored(area)).toEqual({ options: { ...kept, kindsOff: ['speculation'] }, options$: { v: 2 } });
    }
    expect(await loadOptionsReport()).toEqual({
      options: { ...DEFAULT_OPTIONS, points: 3, sensitivity: 'strict', kindsOff: ['speculation'], autoSave: true, theme: 'dark' },
      unreadable: [],
    });
  });

  it('keeps a corrupt version 1 value as stored, reads the good fields and names the bad one', async () => {
    const v1 = { points: 3, kinds: 'filler', theme: 'dark' };
    await fakeBrowser.storage.sync.set({ options: v1 });
    await optionsItem.migrate();
    expect((await stored()).options).toEqual(v1);
    expect(await loadOptionsReport()).toEqual({ options: { ...DEFAULT_OPTIONS, points: 3, theme: 'dark' }, unreadable: ['kindsOff'] });
  });

  it('keeps a stored value that is not an object, and says every option shows its default', async () => {
    await fakeBrowser.storage.sync.set({ options: 'garbage' });
    await optionsItem.migrate();
    expect((await stored()).options).toBe('garbage');
    const report = await loadOptionsReport();
    expect(report.options).toEqual(DEFAULT_OPTIONS);
    expect(report.unreadable).toHaveLength(Object.keys(DEFAULT_OPTIONS).length);
  });

  it('reads a version 1 value written after the migration (by an older Winnow, through sync)', async () => {
    await fakeBrowser.storage.sync.set({ options: { points: 4, kinds: allBut('hype') }, options$: { v: 2 } });
    expect(await loadOptions()).toMatchObject({ points: 4, kindsOff: ['hype'] });
  });

  it('a kind the reader never turned off stays on after the migration', async () => {
    await fakeBrowser.storage.sync.set({ options: { kinds: allBut('hype') } });
    await optionsItem.migrate();
    const { kindsOff } = await loadOptions();
    expect(PADDING_KINDS.filter((k) => !kindsOff.includes(k))).toEqual(allBut('hype'));
  });
});

describe('updateOptions', () => {
  it('keeps both of two quick changes, the second made before the first is stored', async () => {
    // What the options page does when "Short (3)" and then "Dark" are chosen at once.
    const first = updateOptions({ points: 3 });
    const second = updateOptions({ theme: 'dark' });
    await Promise.all([first, second]);
    expect(await loadOptions()).toMatchObject({ points: 3, theme: 'dark' });
  });

  it('gives a function change the latest options, so two quick toggles both land', async () => {
    await Promise.all([
      updateOptions((o) => ({ kindsOff: [...o.kindsOff, 'hype'] })),
      updateOptions((o) => ({ kindsOff: [...o.kindsOff, 'hook'] })),
    ]);
    expect((await loadOptions()).kindsOff).toEqual(['hook', 'hype']);
  });

  it('saves on top of a change made elsewhere (another page) since this one last drew', async () => {
    await updateOptions({ points: 3 });
    await fakeBrowser.storage.sync.set({ options: { ...(await loadOptions()), points: 7 } });
    await updateOptions({ theme: 'dark' });
    expect(await loadOptions()).toMatchObject({ points: 7, theme: 'dark' });
  });

  it('refuses a value that is not an option, saves nothing, and later changes still work', async () => {
    await updateOptions({ points: 3 });
    await expect(updateOptions({ points: 99 })).rejects.toThrow(/not a valid option: points/);
    await updateOptions({ theme: 'dark' });
    expect(await loadOptions()).toMatchObject({ points: 3, theme: 'dark' });
  });

  it('saves over unreadable fields with what was shown', async () => {
    await fakeBrowser.storage.sync.set({ options: { points: 3, kinds: 'filler' } });
    await updateOptions({ theme: 'dark' });
    expect(await loadOptionsReport()).toEqual({ options: { ...DEFAULT_OPTIONS, points: 3, theme: 'dark' }, unreadable: [] });
  });

  it('resets to defaults in turn with other changes', async () => {
    await Promise.all([updateOptions({ points: 3 }), resetOptions(), updateOptions({ theme: 'light' })]);
    expect(await loadOptions()).toEqual({ ...DEFAULT_OPTIONS, theme: 'light' });
  });

  it('falls back to local storage when sync storage refuses the write', async () => {
    const sync = fakeBrowser.storage.sync;
    const setSync = sync.set.bind(sync);
    sync.set = () => Promise.reject(new Error('sync is disabled'));
    try {
      await updateOptions({ points: 4 });
    } finally {
      sync.set = setSync;
    }
    expect((await stored('local')).options).toMatchObject({ points: 4 });
  });
});
