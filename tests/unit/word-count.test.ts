import { describe, expect, it } from 'vitest';
import agencyHtml from '../fixtures/agency-leak/page.html?raw';
import { documentFromHtml } from '../../cli/summarize-file';
import { foldPadding } from '../../components/fold';
import { withWordCounts } from '../../entrypoints/summaries/word-counts';
import { analyze } from '../../utils/analysis';
import { extractArticle } from '../../utils/extract';
import { toSavedSummary } from '../../utils/storage/saved-summary';
import { wordCount } from '../../utils/text/tokens';
import { paragraphsArticle } from '../support/articles';

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['One.', 1],
    ["Don't e-mail the 3 o’clock team — ever.", 7],
    ['£2 million, 40% of it — gone.', 6],
    ['  spaced   out\n\ntext  ', 3],
    ['東京は晴れです', 4],
  ])('%j has %i words', (text, n) => expect(wordCount(text)).toBe(n));
});

describe('one word count for the popup and the saved-summaries page', () => {
  const read = extractArticle(documentFromHtml(agencyHtml, 'https://mira-vista.example/blog/leak/'));
  if (!read.ok) throw new Error(read.message);
  const analysis = analyze(read.article);

  it('counts each sentence as the analysis does', () => {
    expect(analysis.sentences.length).toBeGreaterThan(10);
    expect(analysis.sentences.map((s) => wordCount(s.text))).toEqual(analysis.sentences.map((s) => s.words));
  });

  it('folds a saved summary with the same word totals as the popup', () => {
    const saved = toSavedSummary(read.article, analysis, { keepMarked: true });
    const popup = foldPadding(analysis.blocks, analysis.sentences);
    const page = foldPadding(saved.marked!.blocks, withWordCounts(saved.marked!.sentences));
    expect(popup.foldedSentences).toBeGreaterThan(0);
    expect({ kept: page.keptWords, folded: page.foldedWords }).toEqual({ kept: popup.keptWords, folded: popup.foldedWords });
  });

  it('counts code blocks in the article total with the same function', () => {
    const code = 'const total = items.reduce((a, b) => a + b, 0);';
    const prose = 'The function adds the items up. It returns zero for an empty list.';
    const a = analyze({ ...paragraphsArticle([prose]), blocks: [{ kind: 'paragraph', text: prose }, { kind: 'code', text: code }] });
    expect(a.wordCount).toBe(wordCount(prose) + wordCount(code));
  });
});
