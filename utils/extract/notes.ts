/**
 * Plain sentences telling the reader how the page was read: which reader, what was cut, what
 * could not be reached. Built here, beside the facts they describe, so every caller shows the same words.
 */
import type { Coverage } from './flatten';

export interface ReadingFacts {
  /** The article gate's doubt about the page (a list of links read anyway, say), shown first. */
  gateNote?: string | null;
  /** Why our own reader replaced Readability, or null when it did not. */
  fallbackWhy: 'nothing' | 'little' | 'failed' | null;
  coverage: Coverage;
  truncated: { kept: number; total: number } | null;
  stillLoading: boolean;
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function readingNotes(facts: ReadingFacts): string[] {
  const notes: string[] = facts.gateNote ? [facts.gateNote] : [];
  const { fallbackWhy, coverage, truncated } = facts;
  if (fallbackWhy) {
    const why =
      fallbackWhy === 'nothing'
        ? 'the usual reader found no article'
        : fallbackWhy === 'failed'
          ? 'the usual reader could not handle this page'
          : 'the usual reader found too little of the page’s text';
    notes.push(`Read by Winnow’s simple reader: ${why}.`);
  }
  if (truncated) {
    notes.push(
      `This page is very long: only the first ${plural(truncated.kept, 'word', 'words')} of about ${truncated.total.toLocaleString('en')} were read.`,
    );
  }
  if (coverage.shadowRoots) notes.push(`Read text inside ${plural(coverage.shadowRoots, 'embedded component', 'embedded components')} (shadow DOM).`);
  if (coverage.frames) notes.push(`Read text inside ${plural(coverage.frames, 'frame', 'frames')} from this site.`);
  if (coverage.blockedFrames) {
    notes.push(`${plural(coverage.blockedFrames, 'frame', 'frames')} from other sites could not be read.`);
  }
  if (facts.stillLoading) notes.push('The page was still loading: Winnow read what had arrived. Try again once it has finished for the full text.');
  return notes;
}
