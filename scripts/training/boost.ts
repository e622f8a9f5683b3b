/**
 * Trains boosted trees (utils/analysis/model/trees.ts) for a yes/no target with per-row weights:
 * each tree is grown level by level on the gradient and curvature of the logistic loss, splitting
 * at the best of each feature's binned cut points (the method of histogram gradient boosting, as in
 * LightGBM's paper). Deterministic: no sampling, ties go to the first feature and cut.
 */
import type { BoostedTrees, TreeNode } from '../../utils/analysis/model/trees';

export interface BoostOptions {
  trees: number;
  depth: number;
  rate: number;
  /** Least summed row weight on each side of a split. */
  minLeaf: number;
  /** Holds leaf values back: value = -G / (H + lambda). */
  lambda: number;
  bins: number;
}

export const BOOST_DEFAULTS: BoostOptions = { trees: 200, depth: 4, rate: 0.05, minLeaf: 20, lambda: 1, bins: 32 };

/** Each feature's cut points: midpoints between its distinct values, or between quantiles when many. */
function cutsOf(x: readonly ArrayLike<number>[], j: number, bins: number): Float64Array {
  const values = Float64Array.from(x, (r) => r[j]!).sort();
  const distinct: number[] = [];
  for (const v of values) if (distinct[distinct.length - 1] !== v) distinct.push(v);
  let picks = distinct;
  if (distinct.length > bins) {
    picks = [];
    for (let b = 1; b < bins; b++) {
      const v = values[Math.floor((b * values.length) / bins)]!;
      if (picks[picks.length - 1] !== v) picks.push(v);
    }
    picks.push(distinct[distinct.length - 1]!);
  }
  const cuts: number[] = [];
  for (let i = 0; i + 1 < picks.length; i++) cuts.push(round((picks[i]! + picks[i + 1]!) / 2));
  return Float64Array.from(cuts);
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

export function boost(x: readonly ArrayLike<number>[], y: readonly number[], weight: readonly number[], o: BoostOptions = BOOST_DEFAULTS): BoostedTrees {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const cuts = Array.from({ length: d }, (_, j) => cutsOf(x, j, o.bins));
  const nb = o.bins + 1;
  // Each row's bin per feature: bin b means cut[b-1] < v <= cut[b].
  const bin = new Uint8Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const c = cuts[j]!;
      const v = x[i]![j]!;
      let b = 0;
      while (b < c.length && v > c[b]!) b++;
      bin[i * d + j] = b;
    }
  }
  let pos = 0;
  let all = 0;
  for (let i = 0; i < n; i++) {
    pos += y[i]! * weight[i]!;
    all += weight[i]!;
  }
  const base = round(Math.log(pos / (all - pos)));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const gh = new Float64Array(d * nb);
  const hh = new Float64Array(d * nb);
  const wh = new Float64Array(d * nb);
  const trees: TreeNode[][] = [];

  const leafValue = (G: number, H: number) => round((-G / (H + o.lambda)) * o.rate);

  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = (p - y[i]!) * weight[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6) * weight[i]!;
    }
    const nodes: TreeNode[] = [];
    const grow = (rows: Int32Array, depth: number): number => {
      let G = 0;
      let H = 0;
      let W = 0;
      for (const i of rows) {
        G += g[i]!;
        H += h[i]!;
        W += weight[i]!;
      }
      const id = nodes.length;
      const value = leafValue(G, H);
      nodes.push([value]);
      if (depth === o.depth || W < 2 * o.minLeaf) return id;
      gh.fill(0);
      hh.fill(0);
      wh.fill(0);
      for (const i of rows) {
        const off = i * d;
        for (let j = 0; j < d; j++) {
          const k = j * nb + bin[off + j]!;
          gh[k]! += g[i]!;
          hh[k]! += h[i]!;
          wh[k]! += weight[i]!;
        }
      }
      const parent = (G * G) / (H + o.lambda);
      let best = 1e-9;
      let bestJ = -1;
      let bestB = -1;
      for (let j = 0; j < d; j++) {
        let gl = 0;
        let hl = 0;
        let wl = 0;
        for (let b = 0; b < cuts[j]!.length; b++) {
          const k = j * nb + b;
          gl += gh[k]!;
          hl += hh[k]!;
          wl += wh[k]!;
          if (wl < o.minLeaf) continue;
          if (W - wl < o.minLeaf) break;
          const gain = (gl * gl) / (hl + o.lambda) + ((G - gl) * (G - gl)) / (H - hl + o.lambda) - parent;
          if (gain > best) {
            best = gain;
            bestJ = j;
            bestB = b;
          }
        }
      }
      if (bestJ < 0) return id;
      const left: number[] = [];
      const right: number[] = [];
      for (const i of rows) (bin[i * d + bestJ]! <= bestB ? left : right).push(i);
      const l = grow(Int32Array.from(left), depth + 1);
      const r = grow(Int32Array.from(right), depth + 1);
      nodes[id] = [bestJ, cuts[bestJ]![bestB]!, l, r, value];
      return id;
    };
    grow(Int32Array.from({ length: n }, (_, i) => i), 0);
    // Apply the tree to the training rows through their bins: the same answers as the thresholds.
    for (let i = 0; i < n; i++) {
      let node = nodes[0]!;
      while (node.length > 1) {
        const [j, cut, l, r] = node as [number, number, number, number, number];
        node = nodes[x[i]![j]! <= cut ? l : r]!;
      }
      score[i]! += node[0];
    }
    trees.push(nodes);
  }
  return { base, trees };
}
