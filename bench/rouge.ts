/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1, written here so that every row of the bench (ours, the
 * baselines and the recorded system outputs) is scored by the same few lines.
 *
 * Tokenization: lowercase, then maximal runs of [a-z0-9]; everything else separates tokens.
 * No stemming and no stopword removal. This makes PTB-tokenized references ("Locke 's") and
 * lowercased system outputs comparable with cased, untokenized text, and it makes BBC summaries
 * stored without spaces between sentences ("$10.9bn.For") tokenize as if they had them.
 */

export const TOKENIZATION = 'lowercase, tokens [a-z0-9]+, no stemming, no stopword removal';

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(overlap: number, candidateTotal: number, referenceTotal: number): Prf {
  const precision = candidateTotal ? overlap / candidateTotal : 0;
  const recall = referenceTotal ? overlap / referenceTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // A space cannot occur inside a token, so it is a safe joiner.
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N from clipped overlap: an n-gram counts at most as often as the reference has it. */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): Prf {
  const ref = ngramCounts(reference, n);
  const cand = ngramCounts(candidate, n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/**
 * ROUGE-L over the whole token sequences (summary-level, not the per-sentence union LCS of
 * ROUGE-Lsum): sentence order in the candidate therefore matters.
 */
export function rougeL(reference: readonly string[], candidate: readonly string[]): Prf {
  return prf(lcsLength(reference, candidate), candidate.length, reference.length);
}

/** F1 scores, 0–1. */
export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

export function rouge(referenceText: string, candidateText: string): RougeScores {
  const ref = rougeTokens(referenceText);
  const cand = rougeTokens(candidateText);
  return { r1: rougeN(ref, cand, 1).f1, r2: rougeN(ref, cand, 2).f1, rl: rougeL(ref, cand).f1 };
}

/** Macro average: F1 per document first, then the mean over documents. */
export function meanRouge(scores: readonly RougeScores[]): RougeScores {
  const n = scores.length || 1;
  const sum = (pick: (s: RougeScores) => number): number => scores.reduce((acc, s) => acc + pick(s), 0) / n;
  return { r1: sum((s) => s.r1), r2: sum((s) => s.r2), rl: sum((s) => s.rl) };
}
