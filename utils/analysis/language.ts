import type { Block } from '../extract/types';
import { identifyLanguage, type LanguageReading } from '../text/identify-language';

/** Running text says most about a language; headings, captions, code, and names or figures in a table's lines say little. */
const PROSE: ReadonlySet<Block['kind']> = new Set(['paragraph', 'list-item', 'quote']);
/** A block with fewer letters than this is a label, a name or a score rather than running text. */
const MIN_BLOCK_LETTERS = 40;
const LETTER = /\p{L}/gu;
/** Enough text for the identifier and the stopword guess behind it. */
const SAMPLE_CHARS = 4000;
/** Less running text than this, and the headings and captions are read too. */
const MIN_PROSE_CHARS = 200;

function sample(blocks: readonly Block[]): string {
  let text = '';
  for (const b of blocks) {
    if (text.length >= SAMPLE_CHARS) break;
    text += `${b.text}\n`;
  }
  return text.slice(0, SAMPLE_CHARS);
}

/** The article's language, read from its text, with the page's declaration used only where the text agrees or cannot tell. */
export function articleLanguage(input: { lang: string | null; blocks: readonly Block[] }): LanguageReading {
  const prose = sample(input.blocks.filter((b) => PROSE.has(b.kind) && (b.text.match(LETTER)?.length ?? 0) >= MIN_BLOCK_LETTERS));
  const text = prose.trim().length >= MIN_PROSE_CHARS ? prose : sample(input.blocks.filter((b) => b.kind !== 'code'));
  return identifyLanguage(text, input.lang);
}
