/**
 * Plain sentences telling the reader how the page was read: which reader, what was cut, what
 * could not be reached. Built here, beside the facts they describe, so every caller shows the same words.
 */
import type { Said } from '../said';
import { said } from '../said';
import type { Coverage } from './flatten';

interface ReadingFacts {
  /** The article gate's doubt about the page (a list of links read anyway, say), shown first. */
  gateNote?: { text: string; said: Said } | null;
  /** Why our own reader replaced Readability, or null when it did not. */
  fallbackWhy: 'nothing' | 'little' | 'failed' | null;
  coverage: Coverage;
  truncated: { kept: number; total: number } | null;
  stillLoading: boolean;
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The notes in English, and the same as codes for the views (`noteCodes[i]` says `notes[i]`). */
export interface ReadingNotes {
  notes: string[];
  noteCodes: Said[];
}

export function readingNotes(facts: ReadingFacts): ReadingNotes {
  const out: ReadingNotes = { notes: [], noteCodes: [] };
  const note = (text: string, code: Said) => {
    out.notes.push(text);
    out.noteCodes.push(code);
  };
  if (facts.gateNote) note(facts.gateNote.text, facts.gateNote.said);
  const { fallbackWhy, coverage, truncated } = facts;
  if (fallbackWhy) {
    const why =
      fallbackWhy === 'nothing'
        ? 'the usual reader found no article'
        : fallbackWhy === 'failed'
          ? 'the usual reader could not handle this page'
          : 'the usual reader found too little of the page’s text';
    note(`Read by Winnow’s simple reader: ${why}.`, said(`noteFallback_${fallbackWhy}`));
  }
  if (truncated) {
    note(
      `This page is very long: only the first ${plural(truncated.kept, 'word', 'words')} of about ${truncated.total.toLocaleString('en')} were read.`,
      said('noteTruncated', truncated.kept, truncated.total),
    );
  }
  if (coverage.shadowRoots) {
    note(
      `Read text inside ${plural(coverage.shadowRoots, 'embedded component', 'embedded components')} (shadow DOM).`,
      said('noteShadow', coverage.shadowRoots),
    );
  }
  if (coverage.frames) note(`Read text inside ${plural(coverage.frames, 'frame', 'frames')} from this site.`, said('noteFrames', coverage.frames));
  if (coverage.blockedFrames) {
    note(`${plural(coverage.blockedFrames, 'frame', 'frames')} from other sites could not be read.`, said('noteBlockedFrames', coverage.blockedFrames));
  }
  if (facts.stillLoading) {
    note('The page was still loading: Winnow read what had arrived. Try again once it has finished for the full text.', said('noteStillLoading'));
  }
  return out;
}
