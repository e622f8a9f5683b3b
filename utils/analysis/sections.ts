/**
 * An article's sections: the runs of sentences between headings. One definition for the key-point
 * selector (is the article sectioned, where does a sentence stand in its section) and the key-fact
 * model's features (model/key-fact-features.ts).
 */
import type { SentenceFeatures } from './features';

export interface Sections {
  /** Per sentence (by index), the number of the section it sits in; a heading opens a new one. */
  sectionOf: Int32Array;
  /** Per sentence of `prose`, how many prose sentences of its section come before it. */
  rankInSection: Int32Array;
  /** Per section that holds prose, how many prose sentences it holds. */
  sizes: Map<number, number>;
}

/** `prose`: the sentences that count (in article order), a subset of `sentences`. */
export function sectionsOf(sentences: readonly SentenceFeatures[], prose: readonly SentenceFeatures[]): Sections {
  const sectionOf = new Int32Array(sentences.length);
  let section = 0;
  for (const s of sentences) {
    if (s.blockKind === 'heading') section++;
    sectionOf[s.index] = section;
  }
  const rankInSection = new Int32Array(sentences.length);
  const sizes = new Map<number, number>();
  for (const s of prose) {
    const k = sectionOf[s.index]!;
    rankInSection[s.index] = sizes.get(k) ?? 0;
    sizes.set(k, (sizes.get(k) ?? 0) + 1);
  }
  return { sectionOf, rankInSection, sizes };
}
