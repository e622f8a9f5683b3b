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
  /** The same, global: for counting how many of the group's phrases a sentence holds. */
  all: RegExp;
}

interface LanguageLists {
  cues: CueGroupData[];
  genericWords?: { words: string[] };
  lightWords?: { words: string[] };
}

const LISTS: Record<string, LanguageLists> = { en };
const compiled = new Map<string, CueGroup[]>();

/** Cue groups for a language; languages without a list get none rather than English guesses. */
export function cueGroups(lang: string): CueGroup[] {
  let groups = compiled.get(lang);
  if (!groups) {
    groups = (LISTS[lang]?.cues ?? []).map((g) => {
      const source = g.patterns.map((p) => `(?:${p})`).join('|');
      return {
        kind: g.kind as PaddingKind,
        weight: g.weight,
        reason: g.reason,
        regex: new RegExp(source, 'u'),
        all: new RegExp(source, 'gu'),
      };
    });
    compiled.set(lang, groups);
  }
  return groups;
}

const wordSets = new Map<string, ReadonlySet<string>>();

/** A word list of the language as a set; empty for languages without one. */
export function wordSet(lang: string, list: 'genericWords' | 'lightWords'): ReadonlySet<string> {
  const key = `${lang}:${list}`;
  let set = wordSets.get(key);
  if (!set) {
    set = new Set(LISTS[lang]?.[list]?.words ?? []);
    wordSets.set(key, set);
  }
  return set;
}
