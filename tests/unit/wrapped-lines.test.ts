import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { blocksFromElement } from '../../utils/extract';
import { joinWrappedLines } from '../../utils/extract/wrapped-lines';
import { splitSentences } from '../../utils/text/sentences';

const blocksOf = (html: string) => blocksFromElement(documentFromHtml(`<div id="root">${html}</div>`, 'https://x.example/').getElementById('root')!);

describe('joinWrappedLines', () => {
  it.each([
    [
      'prose wrapped mid-sentence',
      'So after reading this post I figured I might as well bite the\nbullet and move the whole blog over to a static site generator.',
      'So after reading this post I figured I might as well bite the bullet and move the whole blog over to a static site generator.',
    ],
    [
      'a wrapped line that ends a sentence keeps its break (the splitter cuts there anyway)',
      'The migration took me two weekends, most of it spent on the old comments.\nThen I switched the DNS over to the new host and waited for\nthe caches to expire.',
      'The migration took me two weekends, most of it spent on the old comments.\nThen I switched the DNS over to the new host and waited for the caches to expire.',
    ],
    [
      'in wrapped prose, a break mid-sentence before a capital too',
      'Last spring the release manager of the project, a volunteer named\nGreta, asked everyone to test the beta before the end of the month\nand to report what broke.',
      'Last spring the release manager of the project, a volunteer named Greta, asked everyone to test the beta before the end of the month and to report what broke.',
    ],
  ])('joins %s', (_name, text, joined) => {
    expect(joinWrappedLines(text)).toBe(joined);
  });

  it.each([
    ['verse (short lines)', 'Because I could not stop for Death\nHe kindly stopped for me\nThe Carriage held but just Ourselves\nAnd Immortality'],
    ['an address', 'Harbour Books Ltd\n12 Quay Street\nPort Calloway PC1 4AB'],
    [
      'long lines that all end in punctuation',
      'We will fight on the beaches, we will fight on the landing grounds,\nwe will fight in the fields and in the streets, we will fight in the hills;\nwe shall never surrender.',
    ],
    ['a list of titles, each line starting anew', 'Climate Smart Gardening Course Book (pdf)\nFacilitators Handouts from the Notebook (pdf)\nCompanion Presentation (pdf)'],
    ['a single line', 'Nothing to join here at all, just one line of text that runs on.'],
  ])('keeps the breaks of %s', (_name, text) => {
    expect(joinWrappedLines(text)).toBe(text);
  });

  it('joins wrapped CJK text without a space', () => {
    expect(joinWrappedLines('这是一个很长的句子，因为作者在写博客的时候习惯每隔一段就手动换行，所以句子被拆成了两\n行，读起来很不方便。')).toBe(
      '这是一个很长的句子，因为作者在写博客的时候习惯每隔一段就手动换行，所以句子被拆成了两行，读起来很不方便。',
    );
  });
});

describe('hard-wrapped paragraphs in extraction', () => {
  const wrapped =
    'After reading this post I figured I might as well bite the bullet and\nmove my notes into plain text files, one file for each project I am\nworking on. It has been a month now and I do not miss the old app.';

  it('joins source newlines inside a <p> mid-sentence, so sentences come out whole', () => {
    const [block] = blocksOf(`<p>${wrapped}</p>`);
    expect(splitSentences(block!.text)).toEqual([
      'After reading this post I figured I might as well bite the bullet and move my notes into plain text files, one file for each project I am working on.',
      'It has been a month now and I do not miss the old app.',
    ]);
  });

  it('joins <br> breaks every ~70 characters the same way', () => {
    const [block] = blocksOf(`<p>${wrapped.replace(/\n/g, '<br>')}</p>`);
    expect(splitSentences(block!.text)).toHaveLength(2);
    expect(block!.text).not.toContain('and\nmove');
  });

  it('keeps a poem and an address line by line', () => {
    expect(blocksOf('<p>Roses are red<br>Violets are blue<br>Sugar is sweet<br>And so are you</p><p>Harbour Books Ltd<br>12 Quay Street</p>')).toEqual([
      { kind: 'paragraph', text: 'Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you' },
      { kind: 'paragraph', text: 'Harbour Books Ltd\n12 Quay Street' },
    ]);
  });

  it('leaves code exactly as it was', () => {
    const code = 'for (const line of lines) {\n  if (line.length > 70) wrap(line, 70, "the next one continues")\n}';
    expect(blocksOf(`<pre>${code}</pre>`)).toEqual([{ kind: 'code', text: code }]);
  });
});
