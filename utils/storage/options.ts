import { storage } from 'wxt/utils/storage';
import { isObject, type JsonObject } from '../guards';
import {
  DEFAULT_POINTS,
  DEFAULT_SENSITIVITY,
  isPointCount,
  isSensitivity,
  PADDING_KINDS,
  type PaddingKind,
  type Sensitivity,
} from '../analysis/vocabulary';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Options {
  points: number;
  sensitivity: Sensitivity;
  /**
   * The kinds the reader turned off. Stored this way round so that a kind added in a later
   * version is marked for everyone, not only for readers who never changed their kinds.
   */
  kindsOff: PaddingKind[];
  autoSave: boolean;
  keepMarkedText: boolean;
  theme: Theme;
  /** Highlight key points and dim padding in the page itself when the popup opens. */
  highlightInPage: boolean;
  /** Most saved summaries kept; the oldest unpinned go first. */
  libraryLimit: number;
  /** The side panel reads each tab of a site the reader allowed (an optional host permission) without a click. */
  panelAutoRead: boolean;
}

export const LIBRARY_LIMITS = [50, 100, 250, 500, 1000] as const;

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  points: DEFAULT_POINTS,
  sensitivity: DEFAULT_SENSITIVITY,
  kindsOff: [],
  autoSave: false,
  keepMarkedText: true,
  theme: 'system',
  highlightInPage: false,
  libraryLimit: 500,
  panelAutoRead: false,
});

/** The stored schema: 1 kept the kinds that were on (`kinds`), 2 keeps those turned off (`kindsOff`). */
const OPTIONS_VERSION = 2;

/**
 * Version 1 → 2. Never throws (wxt would then leave the value unmigrated and retry on every page
 * load): a value it cannot read is handed back as it was, so readOptions can say so and nothing
 * stored is thrown away before the reader has seen that message.
 */
export function migrateKindsOff(value: unknown): unknown {
  if (!isObject(value) || 'kindsOff' in value || !('kinds' in value) || !Array.isArray(value.kinds)) return value;
  const { kinds, ...rest } = value;
  // Kinds that no longer exist are dropped; kinds the list now has that the reader never saw count as on.
  return { ...rest, kindsOff: PADDING_KINDS.filter((k) => !kinds.includes(k)) };
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isTheme = (v: unknown): v is Theme => (THEMES as readonly unknown[]).includes(v);
const isLibraryLimit = (v: unknown): v is number => (LIBRARY_LIMITS as readonly unknown[]).includes(v);

/** Each field's reader: its value, or undefined when what is stored is not one. */
const FIELDS: { [K in keyof Options]: (v: unknown) => Options[K] | undefined } = {
  points: (v) => (isPointCount(v) ? v : undefined),
  sensitivity: (v) => (isSensitivity(v) ? v : undefined),
  // Unknown names (a kind since removed, or one from a newer Winnow through sync) are dropped quietly.
  kindsOff: (v) => (Array.isArray(v) ? PADDING_KINDS.filter((k) => v.includes(k)) : undefined),
  autoSave: (v) => (isBoolean(v) ? v : undefined),
  keepMarkedText: (v) => (isBoolean(v) ? v : undefined),
  theme: (v) => (isTheme(v) ? v : undefined),
  highlightInPage: (v) => (isBoolean(v) ? v : undefined),
  libraryLimit: (v) => (isLibraryLimit(v) ? v : undefined),
  panelAutoRead: (v) => (isBoolean(v) ? v : undefined),
};
const FIELD_NAMES = Object.keys(FIELDS) as (keyof Options)[];

interface ReadOptions {
  options: Options;
  /** Fields that were stored but could not be read: they show their default until the reader changes them. */
  unreadable: (keyof Options)[];
}

/** Field by field: a bad field falls back to its default and is named, the good ones are kept. */
export function readOptions(value: unknown): ReadOptions {
  const options = defaults();
  if (value === null || value === undefined) return { options, unreadable: [] };
  if (!isObject(value)) return { options, unreadable: [...FIELD_NAMES] };
  // A version 1 value can still arrive after the migration, written through sync by an older Winnow.
  const v = migrateKindsOff(value) as JsonObject;
  const unreadable: (keyof Options)[] = [];
  const set = <K extends keyof Options>(key: K, stored: unknown) => {
    const read = FIELDS[key](stored);
    if (read === undefined) unreadable.push(key);
    else options[key] = read;
  };
  for (const key of FIELD_NAMES) {
    if (key in v) set(key, v[key]);
    // `kinds` still here means its version 1 list could not be read.
    else if (key === 'kindsOff' && 'kinds' in v) unreadable.push(key);
  }
  return { options, unreadable };
}

export function validateOptions(value: unknown): Options {
  return readOptions(value).options;
}

const itemOptions = {
  fallback: { ...DEFAULT_OPTIONS } as JsonObject,
  version: OPTIONS_VERSION,
  migrations: { 2: migrateKindsOff },
};
/** Options follow the user across browsers through sync storage… */
export const optionsItem = storage.defineItem<JsonObject>('sync:options', itemOptions);
/** …or stay on this device where sync storage is unavailable (disabled by policy, some forks). */
export const localOptionsItem = storage.defineItem<JsonObject>('local:options', itemOptions);

function defaults(): Options {
  return { ...DEFAULT_OPTIONS, kindsOff: [...DEFAULT_OPTIONS.kindsOff] };
}

/** The stored options, with the fields that could not be read. */
export async function loadOptionsReport(): Promise<ReadOptions> {
  try {
    return readOptions(await optionsItem.getValue());
  } catch {
    try {
      return readOptions(await localOptionsItem.getValue());
    } catch {
      return { options: defaults(), unreadable: [] };
    }
  }
}

export async function loadOptions(): Promise<Options> {
  return (await loadOptionsReport()).options;
}

async function saveOptions(options: Options): Promise<void> {
  const value: JsonObject = { ...options };
  try {
    await optionsItem.setValue(value);
  } catch {
    await localOptionsItem.setValue(value);
  }
}

export type OptionsChange = Partial<Options> | ((current: Options) => Partial<Options>);

let queue: Promise<unknown> = Promise.resolve();

/**
 * Saves a change on top of the options as stored now, not as a page last drew them, one change at
 * a time: a second change made before the first has come back through storage keeps the first.
 * A function change is given the latest options (toggling one kind must not undo another toggle).
 */
export function updateOptions(change: OptionsChange): Promise<Options> {
  const run = queue.then(async () => {
    const current = await loadOptions();
    const { options: next, unreadable } = readOptions({ ...current, ...(typeof change === 'function' ? change(current) : change) });
    // The pages check what they offer; a value that gets this far is a bug, not something to save.
    if (unreadable.length) throw new Error(`not a valid option: ${unreadable.join(', ')}`);
    await saveOptions(next);
    return next;
  });
  queue = run.catch(() => {});
  return run;
}

export function resetOptions(): Promise<Options> {
  return updateOptions(() => defaults());
}

export function watchOptions(cb: (options: Options) => void): () => void {
  const a = optionsItem.watch((value) => cb(validateOptions(value)));
  const b = localOptionsItem.watch((value) => cb(validateOptions(value)));
  return () => {
    a();
    b();
  };
}
