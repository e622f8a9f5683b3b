import type { Block } from '../extract/types';
import { splitSentences } from '../text/sentences';
import { stem, words as wordTokens } from '../text/tokens';
import { stopwords } from '../text/stopwords';
import { ENGLISH, languagePack } from '../lang/registry';

/** Everything the rules and the selector need to know about one sentence, computed once. */
export interface SentenceFeatures {
  index: number;
  block: number;
  blockKind: Block['kind'];
  /** Position of the sentence inside its block. */
  inBlock: number;
  text: string;
  /** Lowercase, curly apostrophes folded: what cue patterns match against. */
  norm: string;
  words: number;
  /** Stemmed content terms (stopwords removed), with repeats. */
  terms: string[];
  /** The same terms as interned ids (see `SentenceSet.vocabulary`). */
  ids: number[];
  numbers: number;
  /** Capitalised words that are not sentence-initial, lowercased. */
  properNouns: string[];
  /** Attributed to a source: "said", "according to", a quotation. */
  attributed: boolean;
  question: boolean;
  /** Share of the sentence's characters inside quotation marks: a direct quote gives voice more than facts. */
  quoted: number;
  /** First word, lowercased. */
  opener: string;
  /**
   * Opens on a word that makes it lean on the sentence before ("However", « Cependant »): the page
   * language's openers and English's (which travel, as its reporting words do), never another
   * language's, where the same word may mean something else (French « il » is Italian "the").
   */
  leansBack: boolean;
}

const NUMBER = /(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|percent|million|billion|bn|m|k))?/giu;
const DIGIT = /\d/;
/** English reporting words count on every page (quotes and sources travel); the page's own language adds its own. */
const ATTRIBUTION = ENGLISH.reporting!;
// Straight and curly quotes, guillemets (« », » «) and German low quotes („ “).
const QUOTED = /["“«„»][^"”»«“]{12,}["”»«“]/;
const CAPITALISED = /^\p{Lu}/u;
const QUOTATION = /["“][^"“”]*(?:["”]|$)|«[^«»]*(?:»|$)|„[^„“”]*(?:[“”]|$)|(?<![\p{L}\p{N}])‘[^‘]*?(?:’(?![\p{L}\p{N}])|$)/gu;

/** Characters a quotation opens with: without one, no part of the sentence is quoted. */
const OPENING_QUOTE = /["“«„‘]/;

function quotedShare(text: string): number {
  if (!OPENING_QUOTE.test(text)) return 0;
  let inside = 0;
  for (const m of text.matchAll(QUOTATION)) inside += m[0].length;
  return text.length ? inside / text.length : 0;
}

/** What one distinct token contributes: its folded form, whether it may be a name, its term. */
interface TokenInfo {
  lower: string;
  name: boolean;
  term: string | null;
  /** The term's id in the vocabulary; -1 when the token is no term. */
  id: number;
}

/** Sentences with their features, and the vocabulary their term ids index. */
interface SentenceSet {
  sentences: SentenceFeatures[];
  vocabulary: Map<string, number>;
}

/** The term's id, given it at first sight: ids count up in order of first appearance. */
function intern(term: string, vocabulary: Map<string, number>): number {
  let id = vocabulary.get(term);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(term, id);
  }
  return id;
}

export function buildSentences(blocks: readonly Block[], lang: string): SentenceSet {
  const stop = stopwords(lang);
  const otherAttribution = languagePack(lang).reporting;
  // Where every noun is capitalised (German), "Leben" or "Erfolg" mid-sentence is no name: a
  // capitalised word of the generic list does not count as one.
  const pack = languagePack(lang);
  const plainNouns = pack.capitalisedNouns ? new Set(pack.cues?.genericWords?.words ?? []) : null;
  const leaning = new Set([...(ENGLISH.leaning ?? []), ...(pack.leaning ?? [])]);
  const out: SentenceFeatures[] = [];
  const vocabulary = new Map<string, number>();
  // Words repeat: each distinct token is folded, checked and stemmed once per article.
  const seen = new Map<string, TokenInfo>();
  const info = (tok: string): TokenInfo => {
    let t = seen.get(tok);
    if (!t) {
      const lower = tok.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
      const isStop = stop.has(lower);
      const term = !isStop && !/^\d+$/.test(lower) && lower.length > 1 ? stem(lower) : null;
      t = {
        lower,
        name: CAPITALISED.test(tok) && tok !== 'I' && !isStop && !plainNouns?.has(lower),
        term,
        // Interned at the token's first sight: the same order internTerms would give.
        id: term === null ? -1 : intern(term, vocabulary),
      };
      seen.set(tok, t);
    }
    return t;
  };
  blocks.forEach((block, b) => {
    // Code and tables are shown as they are; they are neither summarised nor judged.
    if (block.kind === 'code' || block.kind === 'table') return;
    // A blank heading (possible in saved or plain-text input) is no sentence.
    const pieces = block.kind === 'heading' ? [block.text.trim()].filter(Boolean) : splitSentences(block.text, lang);
    pieces.forEach((text, inBlock) => {
      const tokens = wordTokens(text);
      const terms: string[] = [];
      const ids: number[] = [];
      const properNouns: string[] = [];
      let prevName = -2;
      for (let i = 0; i < tokens.length; i++) {
        const t = info(tokens[i]!);
        if (i > 0 && t.name) {
          // "Hester Memorial Library" is one name, not three.
          if (prevName === i - 1 && properNouns.length) properNouns[properNouns.length - 1] += ` ${t.lower}`;
          else properNouns.push(t.lower);
          prevName = i;
        }
        if (t.term !== null) {
          terms.push(t.term);
          ids.push(t.id);
        }
      }
      const opener = (tokens[0] ?? '').toLowerCase().replace(/’/g, "'");
      out.push({
        index: out.length,
        block: b,
        blockKind: block.kind,
        inBlock,
        text,
        norm: text.toLowerCase().replace(/[’‘]/g, "'"),
        // wordCount(text), without splitting the sentence a second time.
        words: tokens.length,
        terms,
        ids,
        // Every figure holds a digit: most sentences have none, and then no match array is made.
        numbers: DIGIT.test(text) ? (text.match(NUMBER)?.length ?? 0) : 0,
        properNouns,
        attributed: ATTRIBUTION.test(text) || QUOTED.test(text) || (otherAttribution?.test(text) ?? false),
        question: /\?["”']?\s*$/.test(text),
        quoted: quotedShare(text),
        opener,
        leansBack: leaning.has(opener),
      });
    });
  });
  return { sentences: out, vocabulary };
}

/** Names that run through the article (its subject): on at least 12% of its sentences, and 3. */
export function commonNames(sentences: readonly SentenceFeatures[]): Set<string> {
  const count = new Map<string, number>();
  for (const s of sentences) {
    // indexOf, not a Set: a sentence has a handful of names, and long articles have thousands of sentences.
    const nouns = s.properNouns;
    for (let i = 0; i < nouns.length; i++) {
      const p = nouns[i]!;
      if (nouns.indexOf(p) === i) count.set(p, (count.get(p) ?? 0) + 1);
    }
  }
  const commonAt = Math.max(3, sentences.length * 0.12);
  const common = new Set<string>();
  for (const [p, n] of count) if (n >= commonAt) common.add(p);
  return common;
}

/** How much each kind of specific counts, for the marker and for the key-point selector. */
export interface SpecificWeights {
  /** Per figure, up to three. */
  figure: number;
  /** Per name, up to `nameCap` names' worth. */
  name: number;
  /** What a common name (the article's subject) counts for, against 1 for another name. */
  commonName: number;
  nameCap: number;
  /** For a source: "said", "according to", a quotation. */
  source: number;
}

/** The padding marker's measure: a sentence with 3 specifics carries facts, whatever its wording. */
const SPECIFICITY: Readonly<SpecificWeights> = { figure: 1, name: 1, commonName: 0.25, nameCap: Infinity, source: 1.5 };

/**
 * How specific a sentence is: its figures, names and sources; one idea, weighed differently by
 * the marker (SPECIFICITY) and the selector. A name that runs through the article (its subject,
 * in `common`) says little about any one sentence, so it counts for less.
 */
export function specifics(s: SentenceFeatures, common: ReadonlySet<string>, w: Readonly<SpecificWeights>): number {
  let names = 0;
  const nouns = s.properNouns;
  for (let i = 0; i < nouns.length; i++) if (nouns.indexOf(nouns[i]!) === i) names += common.has(nouns[i]!) ? w.commonName : 1;
  return Math.min(s.numbers, 3) * w.figure + Math.min(names, w.nameCap) * w.name + (s.attributed ? w.source : 0);
}

/** Each sentence's specificity, as the padding marker weighs it. */
export function specificity(sentences: readonly SentenceFeatures[]): number[] {
  const common = commonNames(sentences);
  return sentences.map((s) => specifics(s, common, SPECIFICITY));
}
