import { stopwords } from '../../text/stopwords';
import type { PaddingKind } from '../types';
import { languagePack } from '../../lang/registry';
import type { CueGroupData, RulePatternName, WordListName } from '../../lang/types';
import { patternTriggers, type Trigger } from './triggers';
import { hashStep, WORD_HASH_SEED, WordTable } from './word-table';

export interface CueGroup {
  kind: PaddingKind;
  weight: number;
  reason: string;
  /** The reason's code for the views: the label's words, "Byline or post meta" → byline_or_post_meta. */
  code: string;
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
  matches(norm: string, starts: Starts): [number, string][] {
    const out: [number, string][] = [];
    for (let k = 0; k < starts.words.length; k++) {
      const candidates = this.byFirst.get(starts.words[k]!);
      if (!candidates) continue;
      const at = starts.at[k]!;
      for (const phrase of candidates) if (this.endsAt(norm, phrase, at)) out.push([at, phrase]);
    }
    return out;
  }

  /** The first of `matches`, without building the list: `find` runs for every live group of every sentence. */
  first(norm: string, starts: Starts): [number, string] | undefined {
    for (let k = 0; k < starts.words.length; k++) {
      const candidates = this.byFirst.get(starts.words[k]!);
      if (!candidates) continue;
      const at = starts.at[k]!;
      for (const phrase of candidates) if (this.endsAt(norm, phrase, at)) return [at, phrase];
    }
    return undefined;
  }

  /** `phrase` stands at `at` in `norm` as a whole word run. */
  private endsAt(norm: string, phrase: string, at: number): boolean {
    const end = at + phrase.length;
    return norm.startsWith(phrase, at) && (end === norm.length || !WORD_CHAR.test(norm[end]!));
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
 * Which cue patterns can match a sentence, from the words it holds (see triggers.ts): a pattern
 * none of whose trigger words the sentence holds cannot match, so it is not run. The rule asks
 * group by group about one sentence; the answer is worked out once per sentence.
 */
class CueFilter {
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<number, Map<string, number[]>>();
  private readonly suffix = new Map<number, Map<string, number[]>>();
  private readonly infix: [string, number][] = [];
  /** Patterns with no trigger words: they run on every sentence. */
  private readonly always: number[] = [];
  /** Sentence count, to mark patterns already listed without clearing an array per sentence. */
  private stamp = 0;
  private readonly listed: Int32Array;
  private last: string | null = null;
  /** Words recur across sentences and articles; the bound keeps a long session's memory flat. */
  private readonly byWord = new WordTable<WordInfo>(MAX_REMEMBERED);
  /** For each phrase-opening word, the groups whose index holds a phrase it opens. */
  private readonly firstWords: ReadonlyMap<string, readonly number[]>;
  /** Group of each pattern. */
  private readonly groupOf: Int32Array;
  /**
   * Per group, the stamp of the last sentence that may match it: a group with neither an active
   * pattern nor a phrase-opening word in the sentence finds nothing, so it returns at once.
   */
  readonly live: Int32Array;
  /** Patterns that may match the current sentence, as listed by `update`. */
  readonly active: number[] = [];
  /** Words of the current sentence that open an indexed phrase: the indices look only there. */
  readonly starts: Starts = { words: [], at: [] };

  /**
   * `triggers`: per pattern (numbered across all groups), its trigger words or null; `groupOf`:
   * each pattern's group; `firstWords`: the groups each phrase-opening word opens a phrase of.
   */
  constructor(
    triggers: readonly (readonly Trigger[] | null)[],
    groupOf: Int32Array,
    groups: number,
    firstWords: ReadonlyMap<string, readonly number[]>,
  ) {
    this.firstWords = firstWords;
    this.groupOf = groupOf;
    this.live = new Int32Array(groups).fill(-1);
    this.listed = new Int32Array(triggers.length).fill(-1);
    const add = (map: Map<string, number[]>, key: string, unit: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [unit]);
      else if (!list.includes(unit)) list.push(unit);
    };
    const byLength = (maps: Map<number, Map<string, number[]>>, t: Trigger, unit: number): void => {
      let map = maps.get(t.text.length);
      if (!map) maps.set(t.text.length, (map = new Map()));
      add(map, t.text, unit);
    };
    triggers.forEach((list, unit) => {
      if (!list) this.always.push(unit);
      for (const t of list ?? []) {
        if (t.left && t.right) add(this.exact, t.text, unit);
        else if (t.left) byLength(this.prefix, t, unit);
        else if (t.right) byLength(this.suffix, t, unit);
        else this.infix.push([t.text, unit]);
      }
    });
  }

  /** Brings `active` and `starts` up to date for this sentence. */
  prepare(norm: string): void {
    if (norm === this.last) return;
    this.update(norm);
    this.last = norm;
  }

  /** Stamp of the sentence `active`, `starts` and `live` describe. */
  get current(): number {
    return this.stamp;
  }

  private update(norm: string): void {
    const stamp = ++this.stamp;
    const { active, listed, starts, live, groupOf } = this;
    active.length = 0;
    for (const u of this.always) {
      listed[u] = stamp;
      active.push(u);
      live[groupOf[u]!] = stamp;
    }
    starts.words.length = 0;
    starts.at.length = 0;
    // The same walk as `\b\w+` over the sentence: every run of word characters, in order. Read
    // by character code and hashed on the way (see word-table.ts): a known word cuts no string.
    const n = norm.length;
    const table = this.byWord;
    let i = 0;
    while (i < n) {
      let c = norm.charCodeAt(i);
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      const at = i;
      let h = WORD_HASH_SEED;
      do {
        h = hashStep(h, c);
        c = ++i < n ? norm.charCodeAt(i) : -1;
      } while (isWordCode(c));
      let entry = table.find(norm, at, i, h);
      if (entry === -1) {
        const word = norm.slice(at, i);
        const units = this.unitsOf(word);
        const opens = this.firstWords.get(word);
        const groups: number[] = [];
        for (const g of [...units.map((u) => groupOf[u]!), ...(opens ?? [])]) if (!groups.includes(g)) groups.push(g);
        entry = table.add(word, h, { units, opens: opens !== undefined, groups });
      }
      const info = table.value(entry);
      for (const u of info.units) {
        if (listed[u] !== stamp) {
          listed[u] = stamp;
          active.push(u);
        }
      }
      for (const g of info.groups) live[g] = stamp;
      if (info.opens) {
        starts.words.push(table.word(entry));
        starts.at.push(at);
      }
    }
  }

  /** Patterns one of whose triggers the word satisfies. */
  private unitsOf(word: string): readonly number[] {
    const out: number[] = [];
    const take = (units: readonly number[] | undefined): void => {
      if (units) for (const u of units) if (!out.includes(u)) out.push(u);
    };
    take(this.exact.get(word));
    for (const [length, map] of this.prefix) if (length <= word.length) take(map.get(word.slice(0, length)));
    for (const [length, map] of this.suffix) if (length <= word.length) take(map.get(word.slice(word.length - length)));
    for (const [text, unit] of this.infix) if (word.includes(text)) take([unit]);
    return out.length ? out : NONE;
  }
}

const NONE: readonly number[] = [];

interface WordInfo {
  /** Cue patterns the word may trigger. */
  units: readonly number[];
  /** It opens a phrase of some group's index. */
  opens: boolean;
  /** Groups that may match a sentence holding the word: those of `units`, and those it opens a phrase of. */
  groups: readonly number[];
}

/** Words whose groups are remembered at most (a long article has some 10,000 distinct ones). */
const MAX_REMEMBERED = 50_000;

/** `\w`, the word character `\b` is defined by (see triggers.ts): ASCII letters, digits, `_`. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

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

/**
 * A cue group's reason code, from its English label: labels are written once, in English, for
 * every language's pack, so the code is the same whatever the page's language.
 */
export function labelCode(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A numbered backreference would point elsewhere once the pattern stands alone. */
const NUMBERED_BACKREFERENCE = /\\[1-9]/;

/**
 * `first` is the number of the group's first regex pattern among all patterns of the language
 * (the filter's numbering); its patterns follow in order.
 */
function compileGroup(
  g: CueGroupData,
  index: PhraseIndex,
  rest: readonly string[],
  filter: CueFilter,
  first: number,
  self: number,
): CueGroup {
  const source = rest.map((p) => `(?:${p})`).join('|');
  const regex = rest.length ? new RegExp(source, 'u') : null;
  const all = rest.length ? new RegExp(source, 'gu') : null;
  // Alone, each pattern finds what it finds inside the alternation; the alternation's match is
  // the leftmost of them, the earlier pattern on a tie. So only patterns that may match are run.
  const alone = rest.some((p) => NUMBERED_BACKREFERENCE.test(p)) ? null : rest.map((p) => new RegExp(p, 'u'));
  const end = first + rest.length;
  return {
    kind: g.kind as PaddingKind,
    weight: g.weight,
    reason: g.reason,
    code: labelCode(g.reason),
    find(norm) {
      filter.prepare(norm);
      if (filter.live[self] !== filter.current) return null;
      let best: [number, string] | null = null;
      let bestUnit = end;
      for (const u of filter.active) {
        if (u < first || u >= end) continue;
        if (!alone) {
          const m = regex!.exec(norm);
          best = m ? [m.index, m[0]] : null;
          break;
        }
        const m = alone[u - first]!.exec(norm);
        if (m && (!best || m.index < best[0] || (m.index === best[0] && u < bestUnit))) {
          best = [m.index, m[0]];
          bestUnit = u;
        }
      }
      const hit = index.size ? index.first(norm, filter.starts) : undefined;
      if (hit && (!best || hit[0] < best[0])) best = hit;
      return best ? best[1] : null;
    },
    findAll(norm) {
      filter.prepare(norm);
      const hits: [number, string][] = all ? [...norm.matchAll(all)].map((x) => [x.index, x[0]]) : [];
      if (index.size) hits.push(...index.matches(norm, filter.starts));
      return hits.sort((a, b) => a[0] - b[0]).map((h) => h[1]);
    },
  };
}

export type { RulePatternName, WordListName };

const compiled = new Map<string, CueGroup[]>();

/** Cue groups for a language; languages without a list get none rather than English guesses. */
export function cueGroups(lang: string): CueGroup[] {
  let groups = compiled.get(lang);
  if (!groups) {
    const data = languagePack(lang).cues?.cues ?? [];
    const common = stopwords(lang);
    const parts = data.map(splitGroup);
    const firstWords = new Map<string, number[]>();
    parts.forEach((p, g) => {
      for (const w of p.index.firstWords) {
        const list = firstWords.get(w);
        if (!list) firstWords.set(w, [g]);
        else if (!list.includes(g)) list.push(g);
      }
    });
    const groupOf = Int32Array.from(parts.flatMap((p, g) => p.rest.map(() => g)));
    // Indexed phrases need no triggers: the index looks only at the words that open them.
    const filter = new CueFilter(
      parts.flatMap((p) => p.rest.map((source) => patternTriggers(source, common))),
      groupOf,
      data.length,
      firstWords,
    );
    let first = 0;
    groups = data.map((g, i) => {
      const { index, rest } = parts[i]!;
      const group = compileGroup(g, index, rest, filter, first, i);
      first += rest.length;
      return group;
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
    set = new Set(languagePack(lang).cues?.[list]?.words ?? []);
    wordSets.set(key, set);
  }
  return set;
}

/** A sentence-shape pattern: `exec` and `test` as on its regex. */
interface RulePattern {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/**
 * The regex behind a check for its trigger words (see triggers.ts): a text holding none of them
 * cannot match, and most sentences hold none, so the regex does not run on them.
 */
function gated(source: string): RulePattern {
  const re = new RegExp(source, 'u');
  const triggers = patternTriggers(source);
  if (!triggers) return re;
  const texts = [...new Set(triggers.map((t) => t.text))];
  const may = (text: string): boolean => texts.some((t) => text.includes(t));
  return {
    exec: (text) => (may(text) ? re.exec(text) : null),
    test: (text) => may(text) && re.test(text),
  };
}

const patterns = new Map<string, Map<RulePatternName, RulePattern | null>>();

/** A sentence-shape pattern of the language, or null: a rule without one stays silent. */
export function rulePattern(lang: string, name: RulePatternName): RulePattern | null {
  let byName = patterns.get(lang);
  if (!byName) patterns.set(lang, (byName = new Map()));
  let re = byName.get(name);
  if (re === undefined) {
    const source = languagePack(lang).cues?.rulePatterns?.[name];
    re = source ? gated(source) : null;
    byName.set(name, re);
  }
  return re;
}

/** The words of a lowercased sentence, as the word lists hold them ("don't", "well-known"). */
const LIST_WORD = /\p{L}[\p{L}'-]*/gu;

/** Per word list, the first words of its entries of several words: only they can open a listed pair. */
const pairOpeners = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * Whether any word of the sentence, or any pair of adjacent words, is in `list`; a pair is built
 * only when its first word opens an entry of several words: rules ask this of most sentences.
 */
export function mentions(norm: string, list: ReadonlySet<string>): boolean {
  let openers = pairOpeners.get(list);
  if (!openers) {
    openers = new Set([...list].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));
    pairOpeners.set(list, openers);
  }
  const words = norm.match(LIST_WORD) ?? [];
  for (const w of words) if (list.has(w)) return true;
  for (let i = 1; i < words.length; i++) if (openers.has(words[i - 1]!) && list.has(`${words[i - 1]!} ${words[i]!}`)) return true;
  return false;
}

/**
 * Content words of a sentence (no stopwords, light verbs or single letters) and the share of them
 * that name nothing in particular, for the platitude rules. `possessive` drops a trailing "'s"
 * first ("people's" counts as "people").
 */
export function genericShare(norm: string, lang: string, stop: ReadonlySet<string>, possessive = false): { content: number; share: number } {
  const generic = wordSet(lang, 'genericWords');
  const light = wordSet(lang, 'lightWords');
  const words = norm.match(LIST_WORD) ?? [];
  const content = (possessive ? words.map((w) => w.replace(/'s$/, '')) : words).filter(
    (w) => !stop.has(w) && !light.has(w) && w.length > 1,
  );
  const share = content.length ? content.filter((w) => generic.has(w)).length / content.length : 0;
  return { content: content.length, share };
}

