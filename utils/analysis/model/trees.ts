/**
 * Gradient-boosted decision trees: a sum of small trees, each a handful of yes/no questions about
 * a sentence's numbers ("is it in the first person?", "does its neighbour have figures?"). Trees
 * see what a linear score cannot: a first-person sentence is padding when it has no figures, and
 * content when it has. Trained by `npm run train` (scripts/training/boost.ts); only reading them
 * lives here, so the extension ships no training code.
 */

/**
 * One node: `[feature, threshold, left, right, value]` asks "row[feature] <= threshold?" and goes to
 * `left` or `right`; `[value]` is a leaf. `value` is what the node alone would add to the log-odds;
 * on inner nodes it lets contributions() say which questions moved the score.
 */
export type TreeNode = [number, number, number, number, number] | [number];

export interface BoostedTrees {
  /** The log-odds before any tree: the training set's base rate. */
  base: number;
  trees: TreeNode[][];
}

const isLeaf = (n: TreeNode): n is [number] => n.length === 1;

/** The log-odds the trees give a row. */
export function margin(row: ArrayLike<number>, m: BoostedTrees): number {
  let z = m.base;
  for (const tree of m.trees) {
    let n = tree[0]!;
    while (!isLeaf(n)) n = tree[row[n[0]]! <= n[1] ? n[2] : n[3]]!;
    z += n[0];
  }
  return z;
}

/**
 * How much each feature moved the row's log-odds: along each tree's path, the change in the node's
 * value at each question goes to the feature asked about (the path attribution of Saabas).
 * `base` plus the sum of the result is margin(row).
 */
export function contributions(row: ArrayLike<number>, m: BoostedTrees, features: number): Float64Array {
  const out = new Float64Array(features);
  for (const tree of m.trees) {
    let n = tree[0]!;
    while (!isLeaf(n)) {
      const next = tree[row[n[0]]! <= n[1] ? n[2] : n[3]]!;
      const after = isLeaf(next) ? next[0] : next[4];
      out[n[0]]! += after - n[4];
      n = next;
    }
  }
  return out;
}

/**
 * The root's value is part of every tree's sum: contributions() measures changes from it, so
 * the trees' roots add to the base. Kept separate so a tree is read the same way everywhere.
 */
export function rootSum(m: BoostedTrees): number {
  let s = 0;
  for (const tree of m.trees) {
    const root = tree[0]!;
    s += isLeaf(root) ? root[0] : root[4];
  }
  return s;
}
