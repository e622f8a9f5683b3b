import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeldOut, parseHeldOut } from '../../bench/held-out';

describe('the held-out list', () => {
  const entries = parseHeldOut(readFileSync(new URL('../../corpus/HELD-OUT.md', import.meta.url), 'utf8'));

  it('reads files and folders, folders without their slash', () => {
    expect(entries).toContain('trafilatura-eval/html/madame.lefigaro.fr.dintestin.html.gz');
    expect(entries).toContain('readability-test-pages/pages/ehow-2');
    expect(entries.every((e) => !e.endsWith('/') && !e.startsWith('- '))).toBe(true);
  });

  it('reserves a listed file and everything inside a listed folder, and nothing that only shares a prefix', () => {
    expect(isHeldOut(entries, 'trafilatura-eval/html/madame.lefigaro.fr.dintestin.html.gz')).toBe(true);
    expect(isHeldOut(entries, 'readability-test-pages/pages/ehow-2/source.html')).toBe(true);
    expect(isHeldOut(entries, 'readability-test-pages/pages/ehow-2')).toBe(true);
    expect(isHeldOut(entries, 'readability-test-pages/pages/ehow-21/source.html')).toBe(false);
    expect(isHeldOut(entries, 'trafilatura-eval/html/madame.lefigaro.fr.other.html.gz')).toBe(false);
  });

  it('is the same list as the bench data’s, where that is present', () => {
    let shared: string;
    try {
      shared = readFileSync(new URL('../../../shared/bench-data/HELD-OUT.md', import.meta.url), 'utf8');
    } catch {
      // A user's clone has no ../shared: the copy is all there is.
      expect(entries.length).toBeGreaterThan(20);
      return;
    }
    expect(entries).toEqual(parseHeldOut(shared));
  });
});
