/**
 * How far two independent labellings of one page agree: the ceiling a summariser is measured
 * against. Fragments are compared by the labelling guide's word rule, so two readers who cut the
 * same sentence at different words still agree.
 */
import type { CorpusLabels } from './labels';
import { covers, sameSentence, words } from './fragments';

export interface Agreement {
  /** A's facts that B also chose, and B's that A chose. */
  factsA: number;
  factsAinB: number;
  factsB: number;
  factsBinA: number;
  paddingA: number;
  paddingAinB: number;
  paddingB: number;
  paddingBinA: number;
}

/** Two facts are the same when a fragment of one holds most of the words of a fragment of the other. */
function sameFact(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => covers(x, b)) || b.some((y) => covers(y, a));
}

function found(mine: readonly string[], theirs: readonly string[]): number {
  const tw = theirs.map(words);
  return mine.filter((m) => {
    const mw = words(m);
    return tw.some((t) => sameSentence(mw, t));
  }).length;
}

export function agreement(a: CorpusLabels, b: CorpusLabels): Agreement {
  const pa = a.padding.map((p) => p.text);
  const pb = b.padding.map((p) => p.text);
  return {
    factsA: a.keyFacts.length,
    factsAinB: a.keyFacts.filter((f) => b.keyFacts.some((g) => sameFact(f, g))).length,
    factsB: b.keyFacts.length,
    factsBinA: b.keyFacts.filter((g) => a.keyFacts.some((f) => sameFact(f, g))).length,
    paddingA: pa.length,
    paddingAinB: found(pa, pb),
    paddingB: pb.length,
    paddingBinA: found(pb, pa),
  };
}
