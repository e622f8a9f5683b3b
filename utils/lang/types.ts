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
  /** Ordinals take a full stop ("am 12. März"), so "12." does not end a sentence. */
  ordinalDot?: boolean;
  /** Headings of a recipe card's ingredients and method, lowercase. */
  recipeHeadings?: { ingredients: readonly string[]; method: readonly string[] };
  /** Openers that make a sentence lean on the one before ("However", "This"), lowercase. */
  leaning?: readonly string[];
}

/** The fields a pack may fill, for the registry's report. */
export const PACK_FIELDS = ['stopwords', 'cues', 'persons', 'reporting', 'ordinalDot', 'recipeHeadings', 'leaning'] as const;
export type PackField = (typeof PACK_FIELDS)[number];
