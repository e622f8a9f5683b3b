/**
 * Plain helpers on an article's blocks of text, shared by every way of reading one (a page, a
 * selection, a fetched link). Kept apart from the page reader so the small scripts that need
 * only these do not carry Readability.
 */
import { countTextWords } from './scripts';
import type { Block } from './types';

/** Longer than nearly any article (about two hours of reading); keeps the popup quick on huge pages. */
export const MAX_ARTICLE_WORDS = 30_000;

/** Words of running text (code blocks are not counted). */
export function countWords(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'code') n += countTextWords(b.text);
  return n;
}

/** One line of metadata (a title, a language), or null when there is nothing in it. */
export function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;

/** Direction of the text: declared on the article or page, else guessed from its letters. */
export function textDirection(declared: string | null | undefined, doc: Document, blocks: readonly Block[]): 'ltr' | 'rtl' | null {
  const named = (v: string | null | undefined): 'ltr' | 'rtl' | null => {
    const d = v?.trim().toLowerCase();
    return d === 'rtl' || d === 'ltr' ? d : null;
  };
  const fromPage = named(declared) ?? named(doc.body?.getAttribute('dir')) ?? named(doc.documentElement?.getAttribute('dir'));
  if (fromPage) return fromPage;
  const sample = blocks.slice(0, 20).map((b) => b.text).join(' ');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters && (sample.match(RTL_LETTER)?.length ?? 0) / letters > 0.5 ? 'rtl' : null;
}

/** Keeps whole blocks up to `max` words. */
export function cutBlocks(blocks: Block[], max: number): { blocks: Block[]; kept: number; total: number } {
  let total = 0;
  let keep = blocks.length;
  let kept = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const w = b.kind === 'code' ? 0 : countTextWords(b.text);
    if (keep === blocks.length && total + w > max && i > 0) {
      keep = i;
      kept = total;
    }
    total += w;
  }
  if (keep === blocks.length) kept = total;
  return { blocks: keep === blocks.length ? blocks : blocks.slice(0, keep), kept, total };
}
