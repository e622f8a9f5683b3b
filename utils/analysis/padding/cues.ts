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
  /** The leftmost phrase of the group in a normalised sentence, or null. */
  find(norm: string): string | null;
  /** Every phrase of the group in the sentence, in order (for counting distinct ones). */
  findAll(norm: string): string[];
}

/** A pattern that is only a phrase between word boundaries: looked up, not run as a regex. */
const LITERAL = /^\\b([a-z0-9](?:[a-z0-9 ,'-]*[a-z0-9])?)\\b$/;
const WORD_CHAR = /\w/;
const WORD_START = /\b\w+/g;

/**
 * Phrases indexed by their first word. A group of hundreds of fixed phrases (the clichés list)
 * as one alternation costs the regex engine every alternative at every position; looking up the
 * word that starts at each position costs one map read. Same semantics as `\bphrase\b`.
 */
class PhraseIndex {
  private readonly byFirst = new Map<string, string[]>();

  add(phrase: string): void {
    const first = /^\w+/.exec(phrase)![0];
    const list = this.byFirst.get(first);
    if (list) list.push(phrase);
    else this.byFirst.set(first, [phrase]);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Matches as [start, phrase], leftmost first; at one position, the earliest listed phrase. */
  matches(norm: string, firstOnly = false): [number, string][] {
    const out: [number, string][] = [];
    const words = new RegExp(WORD_START.source, 'g');
    for (let w = words.exec(norm); w; w = words.exec(norm)) {
      const candidates = this.byFirst.get(w[0]);
      if (!candidates) continue;
      for (const phrase of candidates) {
        const end = w.index + phrase.length;
        if (norm.startsWith(phrase, w.index) && (end === norm.length || !WORD_CHAR.test(norm[end]!))) {
          out.push([w.index, phrase]);
          if (firstOnly) return out;
        }
      }
    }
    return out;
  }
}

/** Below this many fixed phrases, one regex is faster than walking the sentence's words. */
const INDEX_FROM = 50;

function compileGroup(g: CueGroupData): CueGroup {
  const index = new PhraseIndex();
  const literals = g.patterns.map((p) => LITERAL.exec(p)?.[1]);
  const indexed = literals.filter(Boolean).length >= INDEX_FROM;
  const rest: string[] = [];
  g.patterns.forEach((p, i) => {
    const literal = literals[i];
    if (indexed && literal) index.add(literal);
    else rest.push(p);
  });
  const source = rest.map((p) => `(?:${p})`).join('|');
  const regex = rest.length ? new RegExp(source, 'u') : null;
  const all = rest.length ? new RegExp(source, 'gu') : null;
  return {
    kind: g.kind as PaddingKind,
    weight: g.weight,
    reason: g.reason,
    find(norm) {
      const m = regex?.exec(norm) ?? null;
      let best: [number, string] | null = m ? [m.index, m[0]] : null;
      const hit = index.size ? index.matches(norm, true)[0] : undefined;
      if (hit && (!best || hit[0] < best[0])) best = hit;
      return best ? best[1] : null;
    },
    findAll(norm) {
      const hits: [number, string][] = all ? [...norm.matchAll(all)].map((x) => [x.index, x[0]]) : [];
      if (index.size) hits.push(...index.matches(norm));
      return hits.sort((a, b) => a[0] - b[0]).map((h) => h[1]);
    },
  };
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
export type RulePatternName = 'bioOpening' | 'bioDetail' | 'selfIntro' | 'discountCode' | 'promoCode';

type LanguageLists = { cues: CueGroupData[]; rulePatterns?: Partial<Record<RulePatternName, string>> } & Partial<
  Record<WordListName, { words: string[] }>
>;

const LISTS: Record<string, LanguageLists> = { en };
const compiled = new Map<string, CueGroup[]>();

/** Cue groups for a language; languages without a list get none rather than English guesses. */
export function cueGroups(lang: string): CueGroup[] {
  let groups = compiled.get(lang);
  if (!groups) {
    groups = (LISTS[lang]?.cues ?? []).map(compileGroup);
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

/**
 * Content words of a sentence (no stopwords, light verbs or single letters) and the share of them
 * that name nothing in particular, for the platitude rules. `possessive` drops a trailing "'s"
 * first ("people's" counts as "people").
 */
export function genericShare(norm: string, lang: string, stop: ReadonlySet<string>, possessive = false): { content: number; share: number } {
  const generic = wordSet(lang, 'genericWords');
  const light = wordSet(lang, 'lightWords');
  const words = norm.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const content = (possessive ? words.map((w) => w.replace(/'s$/, '')) : words).filter(
    (w) => !stop.has(w) && !light.has(w) && w.length > 1,
  );
  const share = content.length ? content.filter((w) => generic.has(w)).length / content.length : 0;
  return { content: content.length, share };
}

