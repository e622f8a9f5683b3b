import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/text/sentences';

describe('splitSentences', () => {
  it.each([
    ['titles and initialisms', 'Dr. Smith met Mr. Jones in the U.S. Senate on Monday. They talked.', ['Dr. Smith met Mr. Jones in the U.S. Senate on Monday.', 'They talked.']],
    ['money and decimals', 'The deal is worth $2.5 billion. Shares rose 3.4% on Friday.', ['The deal is worth $2.5 billion.', 'Shares rose 3.4% on Friday.']],
    ['an initialism that does end a sentence', 'He moved to the U.S. The next year he left.', ['He moved to the U.S.', 'The next year he left.']],
    ['a quoted question inside a sentence', '"We are done," she said. "Really?" he asked. Yes.', ['"We are done," she said.', '"Really?" he asked.', 'Yes.']],
    ['curly quotes', '“It works,” said Ana. “We checked twice.”', ['“It works,” said Ana.', '“We checked twice.”']],
    ['e.g. and approx.', 'It costs approx. 5 dollars, e.g. for apples. Fine.', ['It costs approx. 5 dollars, e.g. for apples.', 'Fine.']],
    ['initials in names', 'J. K. Rowling wrote it. George W. Bush read it.', ['J. K. Rowling wrote it.', 'George W. Bush read it.']],
    ['Inc. at the end and in the middle', 'Apple Inc. said so. It was sold to Acme Inc. The buyer paid.', ['Apple Inc. said so.', 'It was sold to Acme Inc.', 'The buyer paid.']],
    ['a company suffix before a bracket or comma', 'Helionyx Energy, Inc. (NASDAQ: HLNX) said it agreed. Widgets LLC, a lender, paid.', ['Helionyx Energy, Inc. (NASDAQ: HLNX) said it agreed.', 'Widgets LLC, a lender, paid.']],
    ['a company suffix that ends a sentence', 'She founded Acme Ltd. The company grew.', ['She founded Acme Ltd.', 'The company grew.']],
    ['a list number before a heading', '1. Authenticate everything', ['1. Authenticate everything']],
    ['line breaks end sentences', 'Line one\nLine two without stop', ['Line one', 'Line two without stop']],
    ['ellipsis then question', 'Wait... what? Nothing.', ['Wait... what?', 'Nothing.']],
    ['no punctuation at all', 'just some words with no end', ['just some words with no end']],
    ['empty text', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('splits other languages without crashing', () => {
    expect(splitSentences('El Sr. García llegó. Luego se fue.', 'es')).toEqual(['El Sr. García llegó.', 'Luego se fue.']);
    expect(splitSentences('今日は晴れです。明日は雨です。', 'ja')).toEqual(['今日は晴れです。', '明日は雨です。']);
  });

  it('keeps an ordinal date whole where ordinals take a full stop', () => {
    expect(splitSentences('Veröffentlicht am 12. März 2024 von Anna Weber. Der Bericht kam spät.', 'de')).toEqual([
      'Veröffentlicht am 12. März 2024 von Anna Weber.',
      'Der Bericht kam spät.',
    ]);
    expect(splitSentences('Am 3. Oktober ist Feiertag. Die Läden sind zu.', 'de-AT')).toHaveLength(2);
    // English has no such ordinals: a number may end a sentence.
    expect(splitSentences('The score was 3. Then the rain came.', 'en')).toEqual(['The score was 3.', 'Then the rain came.']);
  });
});
