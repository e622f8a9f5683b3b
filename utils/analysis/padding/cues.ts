import type { PaddingKind } from '../types';
import en from './lists/en.json';

interface CueGroupData {
  kind: string;
  weight: number;
  reason: string;
  patterns: string[];
}

export interface CueGroup {
  kind: PaddingKind;
  weight: number;
  reason: string;
  /** All patterns of the group as one regex, compiled once. */
  regex: RegExp;
}

const LISTS: Record<string, { cues: CueGroupData[] }> = { en };
const compiled = new Map<string, CueGroup[]>();

/** Cue groups for a language; languages without a list get none rather than English guesses. */
export function cueGroups(lang: string): CueGroup[] {
  let groups = compiled.get(lang);
  if (!groups) {
    groups = (LISTS[lang]?.cues ?? []).map((g) => ({
      kind: g.kind as PaddingKind,
      weight: g.weight,
      reason: g.reason,
      regex: new RegExp(g.patterns.map((p) => `(?:${p})`).join('|'), 'u'),
    }));
    compiled.set(lang, groups);
  }
  return groups;
}
