import { describe, expect, it } from 'vitest';
import { lcsLength, meanRouge, rouge, rougeL, rougeN, rougeTokens } from '../../bench/rouge';

describe('rougeTokens', () => {
  it('lowercases and keeps runs of [a-z0-9] only', () => {
    expect(rougeTokens('U.S. GDP rose 3.5%, Locke \'s deal')).toEqual(['u', 's', 'gdp', 'rose', '3', '5', 'locke', 's', 'deal']);
    // BBC summaries have no space between sentences; the full stop still separates them.
    expect(rougeTokens('$10.9bn.For the year')).toEqual(['10', '9bn', 'for', 'the', 'year']);
    expect(rougeTokens('')).toEqual([]);
  });
});

describe('ROUGE by hand', () => {
  /*
   * reference "the cat sat on the mat", candidate "the cat lay on the mat": 6 tokens each.
   * ROUGE-1: reference {the:2, cat, sat, on, mat}, candidate {the:2, cat, lay, on, mat};
   *   clipped overlap = the 2 + cat 1 + on 1 + mat 1 = 5; P = 5/6, R = 5/6, F1 = 5/6 ≈ 0.8333.
   * ROUGE-2: reference bigrams {the cat, cat sat, sat on, on the, the mat} (5), candidate
   *   {the cat, cat lay, lay on, on the, the mat} (5); overlap = the cat, on the, the mat = 3;
   *   P = R = F1 = 3/5 = 0.6.
   * ROUGE-L: LCS = "the cat on the mat" = 5; P = R = F1 = 5/6.
   */
  const ref = 'the cat sat on the mat';
  const cand = 'The cat lay on the mat.';

  it('scores the worked example', () => {
    const s = rouge(ref, cand);
    expect(s.r1).toBeCloseTo(5 / 6, 10);
    expect(s.r2).toBeCloseTo(3 / 5, 10);
    expect(s.rl).toBeCloseTo(5 / 6, 10);
  });

  /*
   * Clipping: reference "the cat", candidate "the the the the".
   * ROUGE-1 overlap = min(4, 1) = 1; P = 1/4, R = 1/2, F1 = 2·(1/8)/(3/4) = 1/3.
   * ROUGE-2: candidate bigrams are 3 × "the the", none in the reference: 0.
   * ROUGE-L: LCS = 1, same P and R as ROUGE-1: 1/3.
   */
  it('clips repeated n-grams to the reference count', () => {
    const r = rougeTokens('the cat');
    const c = rougeTokens('the the the the');
    const one = rougeN(r, c, 1);
    expect(one.precision).toBeCloseTo(1 / 4, 10);
    expect(one.recall).toBeCloseTo(1 / 2, 10);
    expect(one.f1).toBeCloseTo(1 / 3, 10);
    expect(rougeN(r, c, 2).f1).toBe(0);
    expect(rougeL(r, c).f1).toBeCloseTo(1 / 3, 10);
  });

  /*
   * Order matters for ROUGE-L but not ROUGE-1: reference "a b c d", candidate "d c b a".
   * ROUGE-1 = 1; LCS = 1 (any single token), F1 = 1/4; no shared bigram, ROUGE-2 = 0.
   */
  it('uses the LCS of the whole sequences', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(3);
    const s = rouge('a b c d', 'd c b a');
    expect(s.r1).toBe(1);
    expect(s.r2).toBe(0);
    expect(s.rl).toBeCloseTo(1 / 4, 10);
  });

  it('gives 0, not NaN, for an empty side', () => {
    expect(rouge('the cat', '')).toEqual({ r1: 0, r2: 0, rl: 0 });
    expect(rouge('', 'the cat')).toEqual({ r1: 0, r2: 0, rl: 0 });
  });

  it('averages F1 per document, then over documents', () => {
    const m = meanRouge([rouge(ref, cand), rouge('the cat', 'the the the the')]);
    expect(m.r1).toBeCloseTo((5 / 6 + 1 / 3) / 2, 10);
    expect(m.r2).toBeCloseTo((3 / 5 + 0) / 2, 10);
    expect(m.rl).toBeCloseTo((5 / 6 + 1 / 3) / 2, 10);
  });
});
