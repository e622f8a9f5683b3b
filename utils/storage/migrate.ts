import { SUMMARY_VERSION, validateSummary, type SavedSummary } from './saved-summary';

/**
 * Written migrations, one per schema step. Each takes an entry of version N and returns version
 * N+1; entries are migrated when read, so storage written by an older Winnow keeps working.
 */
type Migration = (entry: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  // 1 → 2: entries gain `pinned`; nothing was pinned before pinning existed.
  1: (entry) => ({ ...entry, version: 2, pinned: false }),
};

/** Brings a stored value up to the current schema and validates it; null if it cannot be read. */
export function readSummary(value: unknown): SavedSummary | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  let entry = value as Record<string, unknown>;
  let version = entry.version;
  while (typeof version === 'number' && version < SUMMARY_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return null;
    entry = step(entry);
    version = entry.version;
  }
  return validateSummary(entry);
}
