import { storage } from 'wxt/utils/storage';
import { DEFAULT_POINTS, DEFAULT_SENSITIVITY, isPointCount, isSensitivity, PADDING_KINDS, type PaddingKind, type Sensitivity } from '../analysis/vocabulary';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Options {
  points: number;
  sensitivity: Sensitivity;
  kinds: PaddingKind[];
  autoSave: boolean;
  keepMarkedText: boolean;
  theme: Theme;
  /** Highlight key points and dim padding in the page itself when the popup opens. */
  highlightInPage: boolean;
  /** Most saved summaries kept; the oldest unpinned go first. */
  libraryLimit: number;
}

export const LIBRARY_LIMITS = [50, 100, 250, 500, 1000] as const;

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  points: DEFAULT_POINTS,
  sensitivity: DEFAULT_SENSITIVITY,
  kinds: [...PADDING_KINDS],
  autoSave: false,
  keepMarkedText: true,
  theme: 'system',
  highlightInPage: false,
  libraryLimit: 500,
});

/** Field by field: a bad field falls back to its default, the good ones are kept. */
export function validateOptions(value: unknown): Options {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const points = isPointCount(v.points) ? v.points : DEFAULT_OPTIONS.points;
  const kinds = Array.isArray(v.kinds)
    ? PADDING_KINDS.filter((k) => (v.kinds as unknown[]).includes(k))
    : [...DEFAULT_OPTIONS.kinds];
  return {
    points,
    sensitivity: isSensitivity(v.sensitivity) ? v.sensitivity : DEFAULT_OPTIONS.sensitivity,
    kinds,
    autoSave: typeof v.autoSave === 'boolean' ? v.autoSave : DEFAULT_OPTIONS.autoSave,
    keepMarkedText: typeof v.keepMarkedText === 'boolean' ? v.keepMarkedText : DEFAULT_OPTIONS.keepMarkedText,
    theme: (THEMES as readonly unknown[]).includes(v.theme) ? (v.theme as Theme) : DEFAULT_OPTIONS.theme,
    highlightInPage: typeof v.highlightInPage === 'boolean' ? v.highlightInPage : DEFAULT_OPTIONS.highlightInPage,
    libraryLimit: (LIBRARY_LIMITS as readonly unknown[]).includes(v.libraryLimit)
      ? (v.libraryLimit as number)
      : DEFAULT_OPTIONS.libraryLimit,
  };
}

/** Options follow the user across browsers through sync storage… */
export const optionsItem = storage.defineItem<Record<string, unknown>>('sync:options', {
  fallback: { ...DEFAULT_OPTIONS },
});
/** …or stay on this device where sync storage is unavailable (disabled by policy, some forks). */
const localOptionsItem = storage.defineItem<Record<string, unknown>>('local:options', {
  fallback: { ...DEFAULT_OPTIONS },
});

function defaults(): Options {
  return { ...DEFAULT_OPTIONS, kinds: [...DEFAULT_OPTIONS.kinds] };
}

export async function loadOptions(): Promise<Options> {
  try {
    return validateOptions(await optionsItem.getValue());
  } catch {
    try {
      return validateOptions(await localOptionsItem.getValue());
    } catch {
      return defaults();
    }
  }
}

export async function saveOptions(options: Options): Promise<void> {
  const value = { ...validateOptions(options) };
  try {
    await optionsItem.setValue(value);
  } catch {
    await localOptionsItem.setValue(value);
  }
}

export async function resetOptions(): Promise<void> {
  await saveOptions(defaults());
}

export function watchOptions(cb: (options: Options) => void): () => void {
  const a = optionsItem.watch((value) => cb(validateOptions(value)));
  const b = localOptionsItem.watch((value) => cb(validateOptions(value)));
  return () => {
    a();
    b();
  };
}
