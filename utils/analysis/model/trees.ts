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

/**
 * The trees laid out flat in typed arrays, all nodes of all trees one after another: reading them
 * is a tight loop over numbers (the JSON's mixed-length arrays are several times slower).
 */
export interface CompiledTrees {
  base: number;
  /** Index of each tree's root. */
  roots: Int32Array;
  /** Per node: the feature asked about, or -1 for a leaf. */
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

export function compileTrees(m: BoostedTrees): CompiledTrees {
  const total = m.trees.reduce((n, t) => n + t.length, 0);
  const c: CompiledTrees = {
    base: m.base,
    roots: new Int32Array(m.trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    value: new Float64Array(total),
  };
  let at = 0;
  m.trees.forEach((tree, t) => {
    c.roots[t] = at;
    tree.forEach((n, i) => {
      const k = at + i;
      if (isLeaf(n)) {
        c.feature[k] = -1;
        c.value[k] = n[0];
      } else {
        c.feature[k] = n[0];
        c.threshold[k] = n[1];
        c.left[k] = at + n[2];
        c.right[k] = at + n[3];
        c.value[k] = n[4];
      }
    });
    at += tree.length;
  });
  return c;
}

/** The log-odds the trees give a row. */
export function margin(row: ArrayLike<number>, c: CompiledTrees): number {
  // The arrays in locals: the loop runs millions of times on a long page.
  const { roots, feature, threshold, left, right, value } = c;
  let z = c.base;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t]!;
    let f = feature[k]!;
    while (f >= 0) {
      k = row[f]! <= threshold[k]! ? left[k]! : right[k]!;
      f = feature[k]!;
    }
    z += value[k]!;
  }
  return z;
}

/**
 * How much each feature moved the row's log-odds: along each tree's path, the change in the node's
 * value at each question goes to the feature asked about (the path attribution of Saabas).
 * `base` plus rootSum() plus the sum of the result is margin(row).
 */
export function contributions(row: ArrayLike<number>, c: CompiledTrees, features: number): Float64Array {
  const out = new Float64Array(features);
  for (let t = 0; t < c.roots.length; t++) {
    let k = c.roots[t]!;
    while (c.feature[k]! >= 0) {
      const next = row[c.feature[k]!]! <= c.threshold[k]! ? c.left[k]! : c.right[k]!;
      out[c.feature[k]!]! += c.value[next]! - c.value[k]!;
      k = next;
    }
  }
  return out;
}

/** The roots' values: contributions() measures changes from them, so they belong with the base. */
export function rootSum(c: CompiledTrees): number {
  let s = 0;
  for (const r of c.roots) s += c.value[r]!;
  return s;
}
