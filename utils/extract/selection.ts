/**
 * The reader's selection as an article ("Winnow the selection"): the selected part of the page,
 * read by the same block walk as a whole page, so its paragraphs, headings and list items stay
 * apart and the analysis treats it like any article.
 */
import { blocksFromElement } from './blocks';
import { clean, countWords, cutBlocks, MAX_ARTICLE_WORDS, textDirection } from './article-text';
import { articleFromText } from './plain-text';
import type { Article, ExtractResult } from './types';
import { said } from '../said';

export const NOTHING_SELECTED =
  'Nothing is selected. Select some text in the page, then right-click it and choose “Winnow the selection”.';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function selectionNotes(words: number, kept: number | null): Pick<Article, 'notes' | 'noteCodes'> {
  return kept === null
    ? { notes: [`Only the selected text was read (${plural(words, 'word', 'words')}).`], noteCodes: [said('noteSelection', words)] }
    : {
        notes: [`Only the selected text was read, and it is very long: the first ${plural(kept, 'word', 'words')} of ${words.toLocaleString('en')}.`],
        noteCodes: [said('noteSelectionCut', kept, words)],
      };
}

/**
 * `ranges` are the selection's ranges (Firefox keeps one per table cell or Ctrl-selected part).
 * The page itself is only read: each range's contents are cloned into a detached holder.
 */
export function articleFromSelection(doc: Document, ranges: readonly Range[], url: string, maxWords = MAX_ARTICLE_WORDS): ExtractResult {
  const holder = doc.createElement('div');
  for (const range of ranges) {
    if (range.collapsed) continue;
    // One box per range, so the text of two separate selections does not run together.
    const part = doc.createElement('div');
    part.append(range.cloneContents());
    holder.append(part);
  }
  const blocks = blocksFromElement(holder);
  const words = countWords(blocks);
  if (!words) return { ok: false, reason: 'empty', message: NOTHING_SELECTED, said: said('nothingSelected') };
  const kept = cutBlocks(blocks, maxWords);
  const truncated = kept.blocks.length < blocks.length;
  const article: Article = {
    url,
    canonicalUrl: null,
    title: clean(doc.title) ?? url,
    byline: null,
    siteName: null,
    lang: clean(doc.documentElement?.getAttribute('lang')),
    dir: textDirection(null, doc, kept.blocks),
    publishedTime: null,
    excerpt: null,
    blocks: kept.blocks,
    truncated,
    ...selectionNotes(words, truncated ? kept.kept : null),
  };
  return { ok: true, article };
}

/**
 * The selection as the browser's menu reports it (`selectionText`): flat text, used when the page
 * cannot be reached (its own viewer, a frame Winnow may not enter) or the selection is in a text field.
 */
export function articleFromSelectionText(text: string, url: string, title: string | undefined, maxWords = MAX_ARTICLE_WORDS): ExtractResult {
  const article = articleFromText(text, url, clean(title) ?? url, false);
  const words = countWords(article.blocks);
  if (!words) return { ok: false, reason: 'empty', message: NOTHING_SELECTED, said: said('nothingSelected') };
  const kept = cutBlocks(article.blocks, maxWords);
  const truncated = kept.blocks.length < article.blocks.length;
  return {
    ok: true,
    article: { ...article, blocks: kept.blocks, truncated, ...selectionNotes(words, truncated ? kept.kept : null) },
  };
}
