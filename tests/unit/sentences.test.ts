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

  // Each language's abbreviations come from its pack (utils/lang): "z. B." never ends a sentence.
  it.each([
    ['de', 'z. B. and d. h.', 'Routinen durchbrechen: z. B. mal etwas Neues. Das heißt d. h. nicht viel.', ['Routinen durchbrechen: z. B. mal etwas Neues.', 'Das heißt d. h. nicht viel.']],
    ['de', 'z.B. without a space', 'Er kam z.B. gestern. Das war’s.', ['Er kam z.B. gestern.', 'Das war’s.']],
    ['de', 'Nr., Dr. and bzw.', 'Haus Nr. 5 gehört Dr. Müller bzw. seiner Frau. Sie wohnen dort.', ['Haus Nr. 5 gehört Dr. Müller bzw. seiner Frau.', 'Sie wohnen dort.']],
    ['de', 'u. a. and usw. in the middle', 'Er kaufte u. a. Äpfel, Birnen usw. und ging. Dann regnete es.', ['Er kaufte u. a. Äpfel, Birnen usw. und ging.', 'Dann regnete es.']],
    ['de', 'usw. ending a sentence', 'Sie kauften Äpfel, Birnen usw. Dann gingen sie.', ['Sie kauften Äpfel, Birnen usw.', 'Dann gingen sie.']],
    ['fr', 'p. ex., M. and Mme', 'M. Dupont et Mme Durand viennent, p. ex. demain. Ensuite ils partent.', ['M. Dupont et Mme Durand viennent, p. ex. demain.', 'Ensuite ils partent.']],
    ['fr', 'etc. ending a sentence', 'Des pommes, des poires, etc. Le marché ferme.', ['Des pommes, des poires, etc.', 'Le marché ferme.']],
    ['fr', 'a word that is also an abbreviation', 'Ce fut un vol. Il part demain.', ['Ce fut un vol.', 'Il part demain.']],
    ['es', 'p. ej., Sr. and Sra.', 'El Sr. García y la Sra. López vienen, p. ej. mañana. Luego se van.', ['El Sr. García y la Sra. López vienen, p. ej. mañana.', 'Luego se van.']],
    ['es', 'etc. ending a sentence', 'Manzanas, peras, etc. El mercado cierra.', ['Manzanas, peras, etc.', 'El mercado cierra.']],
    ['it', 'Sig., Dott. and p. es.', 'Il Sig. Rossi e il Dott. Bianchi vengono, p. es. domani. Poi partono.', ['Il Sig. Rossi e il Dott. Bianchi vengono, p. es. domani.', 'Poi partono.']],
    ['pt', 'Sr., Dra. and p. ex.', 'O Sr. Silva e a Dra. Costa vêm, p. ex. amanhã. Depois partem.', ['O Sr. Silva e a Dra. Costa vêm, p. ex. amanhã.', 'Depois partem.']],
    ['en', 'English abbreviations stay English', 'Dr. Smith met Mr. Jones in the U.S. Senate on Monday. They talked.', ['Dr. Smith met Mr. Jones in the U.S. Senate on Monday.', 'They talked.']],
    ['en', 'another language\'s abbreviation does not apply', 'The value is in bzw. Then it ends.', ['The value is in bzw.', 'Then it ends.']],
  ])('%s: %s', (lang, _name, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });

  // Chinese and Japanese end sentences at 。！？ with no space; brackets and quotes stay whole.
  it.each([
    ['zh', 'full-width stops', '今天很好。明天下雨！真的吗？是的', ['今天很好。', '明天下雨！', '真的吗？', '是的']],
    ['zh', 'an opening bracket after a stop opens the next sentence', '转播到腾讯微博。（完）记者报道。', ['转播到腾讯微博。', '（完）记者报道。']],
    ['zh', 'a space after the moved bracket stays with it', '转播到腾讯微博。（ 完）记者报道。', ['转播到腾讯微博。', '（ 完）记者报道。']],
    ['zh', 'an opening quote after a closing one', '他说：“你好！”“再见！”她回答。', ['他说：“你好！”', '“再见！”', '她回答。']],
    ['zh', 'a bracket holding two sentences', '（这是第一句。这是第二句。）然后继续。', ['（这是第一句。这是第二句。）', '然后继续。']],
    ['zh', 'corner quotes holding two sentences', '他说：「我来了。你在哪？」她没回答。', ['他说：「我来了。你在哪？」', '她没回答。']],
    ['zh', 'a short sentence keeps its semicolons', '第一；第二；第三。下一句。', ['第一；第二；第三。', '下一句。']],
    ['ja', 'a quote the sentence goes on after', '彼は「行きます。」と言った。次の文です。', ['彼は「行きます。」と言った。', '次の文です。']],
    ['ja', 'double corner brackets kept whole', '『本の題名。副題。』を読んだ。それから寝た。', ['『本の題名。副題。』を読んだ。', 'それから寝た。']],
  ])('%s: %s', (lang, _name, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });

  it('cuts a long Chinese sentence at its semicolons, never inside brackets', () => {
    const clause = (n: number): string => `第${n}项工作由市政府负责完成并向社会公开全部的进展情况和预算`;
    const text = `${clause(1)}；${clause(2)}（含附表；见下）；${clause(3)}；${clause(4)}。`;
    const out = splitSentences(text, 'zh');
    expect(out).toEqual([`${clause(1)}；`, `${clause(2)}（含附表；见下）；`, `${clause(3)}；`, `${clause(4)}。`]);
    expect(out.join('')).toBe(text);
  });

  it('never starts a Chinese or Japanese sentence with a closing bracket or quote, and keeps each verbatim', () => {
    const text = '他说：“你好！”“再见！”她回答。（注：见上。）转播到腾讯微博。（ 完）「行きます。」と言った。 （ 再见。';
    for (const lang of ['zh', 'ja']) {
      const out = splitSentences(text, lang);
      for (const s of out) {
        expect(s, s).not.toMatch(/^[）」』”’】》]/u);
        expect(text.includes(s), s).toBe(true);
      }
      expect(out.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
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
