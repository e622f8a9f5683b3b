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

/** Word lists a language may have; see lists/README.md. */
export type WordListName =
  | 'genericWords'
  | 'lightWords'
  | 'buttonVerbs'
  | 'writerRoles'
  | 'dateWords'
  | 'narratorPronouns'
  | 'closingFurniture';

/** Sentence-shape patterns a language may have. */
export type RulePatternName = 'bioOpening' | 'bioDetail' | 'selfIntro';

type LanguageLists = { cues: CueGroupData[]; rulePatterns?: Partial<Record<RulePatternName, string>> } & Partial<
  Record<WordListName, { words: string[] }>
>;

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
export function wordSet(lang: string, list: WordListName): ReadonlySet<string> {
  const key = `${lang}:${list}`;
  let set = wordSets.get(key);
  if (!set) {
    set = new Set(LISTS[lang]?.[list]?.words ?? []);
    wordSets.set(key, set);
  }
  return set;
}

const patterns = new Map<string, RegExp | null>();

/** A sentence-shape pattern of the language, or null: a rule without one stays silent. */
export function rulePattern(lang: string, name: RulePatternName): RegExp | null {
  const key = `${lang}:${name}`;
  let re = patterns.get(key);
  if (re === undefined) {
    const source = LISTS[lang]?.rulePatterns?.[name];
    re = source ? new RegExp(source, 'u') : null;
    patterns.set(key, re);
  }
  return re;
}

/** Words of a sentence, lowercased, with adjacent pairs, for looking up word lists. */
export function wordsAndPairs(norm: string): string[] {
  const words = norm.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
}
