import type { SentenceFeatures } from '../features';

const MIN_TERMS = 5;
const CONTAINMENT = 0.8;
/** Only the rarest terms of a sentence look up earlier sentences: keeps the cost near linear. */
const PROBE_TERMS = 3;
/** A probe term found in more sentences than this is too common to point at a repeat. */
const MAX_POSTINGS = 40;

const FIGURE = /\d[\d,.:]*/g;

/** A figure of `later` that `earlier` does not state: "errors above 5% for 3 minutes" is news after "above 20% for 15 minutes". */
function newFigure(later: string, earlier: string): boolean {
  const known = new Set(earlier.match(FIGURE) ?? []);
  return (later.match(FIGURE) ?? []).some((n) => !known.has(n));
}

/** The `k` ids of `set` with the lowest document frequency, without sorting the whole set. */
function rarest(set: readonly number[], df: Int32Array, k: number): number[] {
  const best: number[] = [];
  for (const id of set) {
    if (best.length < k) best.push(id);
    else {
      let worst = 0;
      for (let i = 1; i < best.length; i++) if (df[best[i]!]! > df[best[worst]!]!) worst = i;
      if (df[id]! < df[best[worst]!]!) best[worst] = id;
    }
  }
  return best;
}

/** The fewest shared terms `shared` for which `shared / terms >= CONTAINMENT`, as that test computes it. */
function sharedNeeded(terms: number): number {
  let need = Math.ceil(CONTAINMENT * terms);
  while (need > 0 && (need - 1) / terms >= CONTAINMENT) need--;
  while (need / terms < CONTAINMENT) need++;
  return need;
}

/** Distinct ids in order of first appearance (a Set's order), as arrays: cheaper to build and walk. */
function distinctIds(sentences: readonly SentenceFeatures[], vocabulary: number): number[][] {
  const seen = new Int32Array(vocabulary).fill(-1);
  return sentences.map((s, i) => {
    const out: number[] = [];
    for (const id of s.ids) {
      if (seen[id] !== i) {
        seen[id] = i;
        out.push(id);
      }
    }
    return out;
  });
}

/**
 * Finds sentences that say again what an earlier one said: nearly all of their content terms
 * appear in one earlier sentence (and it states no figure that one lacks), or the whole sentence
 * is the same. Returns later → earlier index.
 */
export function findRepeats(sentences: readonly SentenceFeatures[]): Map<number, number> {
  let vocabulary = 0;
  for (const s of sentences) for (const id of s.ids) if (id >= vocabulary) vocabulary = id + 1;
  const sets = distinctIds(sentences, vocabulary);
  const df = new Int32Array(vocabulary);
  for (const set of sets) for (const id of set) df[id]!++;
  // Which sentence's ids are marked in `mine`: overlap is counted against a stamp, not a Set.
  const mine = new Int32Array(vocabulary).fill(-1);

  // By term id: a dense array, as every content term of every sentence is posted.
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(vocabulary);
  const exact = new Map<string, number>();
  const repeats = new Map<number, number>();
  // Which earlier sentence was already compared for the current one: a stamp, not a Set per sentence.
  const checked = new Int32Array(sentences.length).fill(-1);

  sentences.forEach((s, i) => {
    const set = sets[i]!;
    for (const id of set) mine[id] = i;
    if (s.blockKind !== 'heading' && s.words >= 3) {
      const earlier = exact.get(s.norm);
      if (earlier !== undefined) repeats.set(i, earlier);
      else exact.set(s.norm, i);
    }
    if (!repeats.has(i) && set.length >= MIN_TERMS && s.blockKind !== 'heading') {
      const need = sharedNeeded(set.length);
      search: for (const p of rarest(set, df, PROBE_TERMS)) {
        const list = postings[p];
        if (!list || list.length > MAX_POSTINGS) continue;
        for (const j of list) {
          if (checked[j] === i) continue;
          checked[j] = i;
          const other = sets[j]!;
          // Fewer terms than needed cannot be shared enough; the count stops once it cannot get there.
          if (other.length < MIN_TERMS || other.length < need) continue;
          let shared = 0;
          for (let k = 0; k < other.length && shared + other.length - k >= need; k++) if (mine[other[k]!] === i) shared++;
          if (shared >= need && !newFigure(s.text, sentences[j]!.text)) {
            repeats.set(i, j);
            break search;
          }
        }
      }
    }
    // A heading names a topic; a sentence that takes up its words is not saying it again.
    if (s.blockKind === 'heading') return;
    for (const t of set) {
      const list = postings[t];
      if (list) list.push(i);
      else postings[t] = [i];
    }
  });
  return repeats;
}
