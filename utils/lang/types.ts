/**
 * What Winnow knows of a language, in one place: a pack per language (`<code>.ts`, with its cue
 * list `<code>.cues.json`), registered in registry.ts. Every field may be absent: a language
 * without it simply gets no help from it (no English guesses), and `npm test` lists, per language
 * and field, what is there and what is not yet (tests/unit/language-packs.test.ts).
 */

/** One group of padding cues: patterns of one kind, weight and reason (see CUES.md). */
export interface CueGroupData {
  kind: string;
  weight: number;
  reason: string;
  patterns: string[];
}

/** Word lists a language may have; see CUES.md. */
export type WordListName =
  | 'genericWords'
  | 'lightWords'
  | 'buttonVerbs'
  | 'writerRoles'
  | 'dateWords'
  | 'narratorPronouns'
  | 'closingFurniture'
  | 'datelineWords'
  | 'bylineWords';

/** Sentence-shape patterns a language may have. */
export type RulePatternName = 'bioOpening' | 'bioDetail' | 'selfIntro' | 'discountCode' | 'promoCode';

/** A language's padding cue file. */
export type CueLists = { cues: CueGroupData[]; rulePatterns?: Partial<Record<RulePatternName, string>> } & Partial<
  Record<WordListName, { words: string[] }>
>;

/**
 * Abbreviations that end in a full stop, lowercase and without that last stop. A stop inside a
 * multi-part one ("z. b", "p. ex", "e.g") matches with or without a space after it.
 */
export interface Abbreviations {
  /** Never end a sentence: joined to whatever follows ("Dr.", "z. B."). */
  always: readonly string[];
  /** Often end a sentence ("etc.", "usw."): joined only when a lowercase word or a number follows. */
  mayEnd?: readonly string[];
  /** Company suffixes ("Inc."): like `mayEnd`, and also joined when a bracket or comma follows. */
  company?: readonly string[];
}

export interface LanguagePack {
  /** Primary subtag: "en", "fr". */
  code: string;
  name: string;
  /** Words too common to mean anything (the MIT-licensed `stopword` package). */
  stopwords?: readonly string[];
  /** Padding cues, word lists and sentence shapes (`<code>.cues.json`). */
  cues?: CueLists;
  /** Pronouns of the first person singular and plural and of the second person, lowercase. */
  persons?: { i: readonly string[]; we: readonly string[]; you: readonly string[] };
  /** Reporting words: a sentence with one is attributed to a source. */
  reporting?: RegExp;
  /**
   * Every noun is written with a capital (German), so a capital mid-sentence does not make a name:
   * the words of the pack's `genericWords` ("Leben", "Erfolg") are not counted as names.
   */
  capitalisedNouns?: boolean;
  /** Ordinals take a full stop ("am 12. März"), so "12." does not end a sentence. */
  ordinalDot?: boolean;
  /** Abbreviations the sentence splitter must not end a sentence at. */
  abbreviations?: Abbreviations;
  /** Words that usually open a sentence, lowercase: after an initialism ("U.S.") they mean a new sentence began. */
  sentenceStarters?: readonly string[];
  /**
   * Sentences end at full-width 。！？ with no space after them, and brackets and quotes open
   * inside a sentence are kept whole (Chinese, Japanese).
   */
  fullWidthStops?: boolean;
  /** Words that carry a sentence on after a closing quote (Japanese 「…。」と言った), as written. */
  quoteContinuations?: readonly string[];
  /** Headings of a recipe card's ingredients and method, lowercase. */
  recipeHeadings?: { ingredients: readonly string[]; method: readonly string[] };
  /** Openers that make a sentence lean on the one before ("However", "This"), lowercase. */
  leaning?: readonly string[];
}

/** The fields a pack may fill, for the registry's report. */
export const PACK_FIELDS = [
  'stopwords',
  'cues',
  'persons',
  'reporting',
  'capitalisedNouns',
  'ordinalDot',
  'abbreviations',
  'sentenceStarters',
  'fullWidthStops',
  'quoteContinuations',
  'recipeHeadings',
  'leaning',
] as const;
export type PackField = (typeof PACK_FIELDS)[number];
