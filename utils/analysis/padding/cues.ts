import { stopwords } from '../../text/stopwords';
import type { PaddingKind } from '../types';
import en from './lists/en.json';
import { patternTriggers, type Trigger } from './triggers';

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

  get firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /**
   * Matches as [start, phrase], leftmost first; at one position, the earliest listed phrase.
   * `starts` are the sentence's words, in order, that may open a phrase (see CueFilter).
   */
  matches(norm: string, starts: Starts, firstOnly = false): [number, string][] {
    const out: [number, string][] = [];
    for (let k = 0; k < starts.words.length; k++) {
      const candidates = this.byFirst.get(starts.words[k]!);
      if (!candidates) continue;
      const at = starts.at[k]!;
      for (const phrase of candidates) {
        const end = at + phrase.length;
        if (norm.startsWith(phrase, at) && (end === norm.length || !WORD_CHAR.test(norm[end]!))) {
          out.push([at, phrase]);
          if (firstOnly) return out;
        }
      }
    }
    return out;
  }
}

/** Words of a sentence that open some indexed phrase, with their offsets. */
interface Starts {
  words: string[];
  at: number[];
}

/** Below this many fixed phrases, one regex is faster than walking the sentence's words. */
const INDEX_FROM = 50;

/**
 * Which cue groups can match a sentence, from the words it holds (see triggers.ts): a sentence
 * with none of a group's trigger words cannot match it, so the group's patterns are not run.
 * The rule asks group by group about one sentence; the answer is worked out once per sentence.
 */
class CueFilter {
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<number, Map<string, number[]>>();
  private readonly suffix = new Map<number, Map<string, number[]>>();
  private readonly infix: [string, number][] = [];
  private readonly always: Uint8Array;
  private readonly active: Uint8Array;
  private last: string | null = null;
  private readonly byWord = new Map<string, WordInfo>();
  private readonly firstWords: ReadonlySet<string>;
  /** Words of the current sentence that open an indexed phrase: the indices look only there. */
  readonly starts: Starts = { words: [], at: [] };

  constructor(triggers: readonly (readonly Trigger[] | null)[], firstWords: ReadonlySet<string>) {
    this.firstWords = firstWords;
    this.always = Uint8Array.from(triggers, (t) => (t ? 0 : 1));
    this.active = new Uint8Array(triggers.length);
    const add = (map: Map<string, number[]>, key: string, group: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [group]);
      else if (!list.includes(group)) list.push(group);
    };
    const byLength = (maps: Map<number, Map<string, number[]>>, t: Trigger, group: number): void => {
      let map = maps.get(t.text.length);
      if (!map) maps.set(t.text.length, (map = new Map()));
      add(map, t.text, group);
    };
    triggers.forEach((list, group) => {
      for (const t of list ?? []) {
        if (t.left && t.right) add(this.exact, t.text, group);
        else if (t.left) byLength(this.prefix, t, group);
        else if (t.right) byLength(this.suffix, t, group);
        else this.infix.push([t.text, group]);
      }
    });
  }

  allows(norm: string, group: number): boolean {
    if (norm !== this.last) {
      this.update(norm);
      this.last = norm;
    }
    return this.active[group] === 1;
  }

  private update(norm: string): void {
    const active = this.active;
    active.set(this.always);
    const starts = this.starts;
    starts.words.length = 0;
    starts.at.length = 0;
    // The same walk as `\b\w+` over the sentence: every run of word characters, in order.
    const words = new RegExp(WORDS.source, 'g');
    for (let m = words.exec(norm); m; m = words.exec(norm)) {
      const word = m[0];
      let info = this.byWord.get(word);
      if (!info) {
        info = { groups: this.groupsOf(word), opens: this.firstWords.has(word) };
        // Words recur across sentences and articles; the bound keeps a long session's memory flat.
        if (this.byWord.size >= MAX_REMEMBERED) this.byWord.clear();
        this.byWord.set(word, info);
      }
      for (const g of info.groups) active[g] = 1;
      if (info.opens) {
        starts.words.push(word);
        starts.at.push(m.index);
      }
    }
  }

  /** Groups one of whose triggers the word satisfies. */
  private groupsOf(word: string): readonly number[] {
    const out: number[] = [];
    const take = (groups: readonly number[] | undefined): void => {
      if (groups) for (const g of groups) if (!out.includes(g)) out.push(g);
    };
    take(this.exact.get(word));
    for (const [length, map] of this.prefix) if (length <= word.length) take(map.get(word.slice(0, length)));
    for (const [length, map] of this.suffix) if (length <= word.length) take(map.get(word.slice(word.length - length)));
    for (const [text, group] of this.infix) if (word.includes(text)) take([group]);
    return out.length ? out : NONE;
  }
}

const NONE: readonly number[] = [];

interface WordInfo {
  /** Cue groups the word may trigger. */
  groups: readonly number[];
  /** It opens a phrase of some group's index. */
  opens: boolean;
}

/** Words whose groups are remembered at most (a long article has some 10,000 distinct ones). */
const MAX_REMEMBERED = 50_000;

/** Words as `\b` sees them: runs of ASCII word characters (see triggers.ts). */
const WORDS = /\w+/g;

/** A group's phrases, split into those looked up by first word and the rest, run as a regex. */
function splitGroup(g: CueGroupData): { index: PhraseIndex; rest: string[] } {
  const index = new PhraseIndex();
  const literals = g.patterns.map((p) => LITERAL.exec(p)?.[1]);
  const indexed = literals.filter(Boolean).length >= INDEX_FROM;
  const rest: string[] = [];
  g.patterns.forEach((p, i) => {
    const literal = literals[i];
    if (indexed && literal) index.add(literal);
    else rest.push(p);
  });
  return { index, rest };
}

function compileGroup(g: CueGroupData, index: PhraseIndex, rest: readonly string[], filter: CueFilter, i: number): CueGroup {
  const source = rest.map((p) => `(?:${p})`).join('|');
  const regex = rest.length ? new RegExp(source, 'u') : null;
  const all = rest.length ? new RegExp(source, 'gu') : null;
  return {
    kind: g.kind as PaddingKind,
    weight: g.weight,
    reason: g.reason,
    find(norm) {
      if (!filter.allows(norm, i)) return null;
      const m = regex?.exec(norm) ?? null;
      let best: [number, string] | null = m ? [m.index, m[0]] : null;
      const hit = index.size ? index.matches(norm, filter.starts, true)[0] : undefined;
      if (hit && (!best || hit[0] < best[0])) best = hit;
      return best ? best[1] : null;
    },
    findAll(norm) {
      if (!filter.allows(norm, i)) return [];
      const hits: [number, string][] = all ? [...norm.matchAll(all)].map((x) => [x.index, x[0]]) : [];
      if (index.size) hits.push(...index.matches(norm, filter.starts));
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
    const data = LISTS[lang]?.cues ?? [];
    const common = stopwords(lang);
    // A group is as selective as its least selective pattern; one pattern without words runs it always.
    const parts = data.map(splitGroup);
    const firstWords = new Set(parts.flatMap((p) => [...p.index.firstWords]));
    const filter = new CueFilter(
      data.map((g) => {
        const all: Trigger[] = [];
        for (const p of g.patterns) {
          const t = patternTriggers(p, common);
          if (!t) return null;
          all.push(...t);
        }
        return all;
      }),
      firstWords,
    );
    groups = data.map((g, i) => compileGroup(g, parts[i]!.index, parts[i]!.rest, filter, i));
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

