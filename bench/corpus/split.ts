/**
 * The corpus split, frozen by a hash of the page's name: train (60%) to fit, dev (20%) to choose,
 * blind (20%) to report once. Blind pages' sentences are never read while tuning: the bench prints
 * only their totals, and the per-page harness keeps no expected output for them.
 */
import { nameHash } from '../name-hash';

export const SPLITS = ['train', 'dev', 'blind'] as const;
export type Split = (typeof SPLITS)[number];

export function corpusSplit(slug: string): Split {
  const bucket = nameHash(`winnow-corpus:${slug}`) % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'blind';
}
