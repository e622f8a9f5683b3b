import type { SentenceFeatures } from '../features';

const MIN_TERMS = 5;
const CONTAINMENT = 0.8;
/** Only the rarest terms of a sentence look up earlier sentences: keeps the cost near linear. */
const PROBE_TERMS = 3;

/**
 * Finds sentences that say again what an earlier one said: nearly all of their content terms
 * appear in one earlier sentence. Returns later index → earlier index.
 */
export function findRepeats(sentences: readonly SentenceFeatures[]): Map<number, number> {
  const df = new Map<string, number>();
  const sets = sentences.map((s) => new Set(s.terms));
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);

  const postings = new Map<string, number[]>();
  const exact = new Map<string, number>();
  const repeats = new Map<number, number>();

  sentences.forEach((s, i) => {
    const set = sets[i] ?? new Set<string>();
    if (s.blockKind !== 'heading' && s.words >= 3) {
      const earlier = exact.get(s.norm);
      if (earlier !== undefined) repeats.set(i, earlier);
      else exact.set(s.norm, i);
    }
    if (!repeats.has(i) && set.size >= MIN_TERMS && s.blockKind !== 'heading') {
      const probes = [...set].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, PROBE_TERMS);
      const seen = new Set<number>();
      for (const p of probes) {
        for (const j of postings.get(p) ?? []) {
          if (seen.has(j)) continue;
          seen.add(j);
          const other = sets[j];
          if (!other || other.size < MIN_TERMS) continue;
          let shared = 0;
          for (const t of set) if (other.has(t)) shared++;
          if (shared / set.size >= CONTAINMENT) {
            repeats.set(i, j);
            break;
          }
        }
        if (repeats.has(i)) break;
      }
    }
    for (const t of set) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  return repeats;
}
