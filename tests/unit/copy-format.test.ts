import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatKeyPoints, keyPointsMarkdown, keyPointsText } from '../../utils/copy-format';

const source = {
  title: 'Water rates rise 9% in July',
  url: 'https://news.example/water-rates?id=4',
  points: ['The council voted 7–2 to raise rates.', 'The average bill goes up\n$4.10 a month.'],
};

describe('keyPointsText', () => {
  it('gives the title, the address and the numbered points, one line each', () => {
    expect(keyPointsText(source)).toBe(
      'Water rates rise 9% in July\nhttps://news.example/water-rates?id=4\n\n1. The council voted 7–2 to raise rates.\n2. The average bill goes up $4.10 a month.\n',
    );
  });

  it('leaves out an address that is not a web page', () => {
    expect(keyPointsText({ ...source, url: 'file:///home/me/notes.html' })).toBe(
      'Water rates rise 9% in July\n\n1. The council voted 7–2 to raise rates.\n2. The average bill goes up $4.10 a month.\n',
    );
  });

  it('gives just the heading when there are no points', () => {
    expect(keyPointsText({ ...source, points: [] })).toBe('Water rates rise 9% in July\nhttps://news.example/water-rates?id=4\n');
  });
});

describe('keyPointsMarkdown', () => {
  it('links the title and lists the points as bullets', () => {
    expect(keyPointsMarkdown(source)).toBe(
      '[Water rates rise 9% in July](https://news.example/water-rates?id=4)\n\n- The council voted 7–2 to raise rates.\n- The average bill goes up $4.10 a month.\n',
    );
  });

  it('keeps a link whole when the address holds parentheses or spaces', () => {
    const md = keyPointsMarkdown({ title: 'Bridge (engineering)', url: 'https://en.wiki.example/wiki/Bridge_(engineering) x', points: ['A point.'] });
    expect(md.split('\n')[0]).toBe('[Bridge (engineering)](https://en.wiki.example/wiki/Bridge_%28engineering%29%20x)');
  });

  it('escapes what would break the link text', () => {
    expect(keyPointsMarkdown({ ...source, title: 'The [best] *deal*', points: [] })).toBe(
      '[The \\[best\\] \\*deal\\*](https://news.example/water-rates?id=4)\n',
    );
  });

  it('gives the title as text when the address is not a web page', () => {
    expect(keyPointsMarkdown({ ...source, url: 'about:blank', points: ['One.'] })).toBe('Water rates rise 9% in July\n\n- One.\n');
  });

  it('uses the address when the page has no title', () => {
    expect(keyPointsMarkdown({ ...source, title: '  ', points: [] })).toBe(
      '[https://news.example/water-rates?id=4](https://news.example/water-rates?id=4)\n',
    );
  });

  it('formats by name', () => {
    expect(formatKeyPoints(source, 'markdown')).toBe(keyPointsMarkdown(source));
    expect(formatKeyPoints(source, 'text')).toBe(keyPointsText(source));
  });
});

describe('points that carry code', () => {
  const withCode = {
    title: 'Scatterplots in R',
    url: 'https://plots.example/r',
    points: [
      { text: 'In Example 1, I show a basic plot.', code: 'ggplot(data, aes(x, y)) +\n  geom_point()' },
      { text: 'A point *without* code.' },
    ],
  };

  it('puts the code in a fenced block inside the Markdown item, unescaped', () => {
    expect(keyPointsMarkdown(withCode)).toBe(
      [
        '[Scatterplots in R](https://plots.example/r)',
        '',
        '- In Example 1, I show a basic plot.',
        '  ```',
        '  ggplot(data, aes(x, y)) +',
        '    geom_point()',
        '  ```',
        '- A point \\*without\\* code.',
        '',
      ].join('\n'),
    );
  });

  it('fences code holding backticks with a longer fence', () => {
    const md = keyPointsMarkdown({ ...withCode, points: [{ text: 'Quote it.', code: 'echo ```x```\n\necho `y`' }] });
    expect(md).toContain('- Quote it.\n  ````\n  echo ```x```\n\n  echo `y`\n  ````\n');
  });

  it('sets the code in under the point in plain text, line by line', () => {
    expect(keyPointsText(withCode)).toBe(
      [
        'Scatterplots in R',
        'https://plots.example/r',
        '',
        '1. In Example 1, I show a basic plot.',
        '    ggplot(data, aes(x, y)) +',
        '      geom_point()',
        '2. A point *without* code.',
        '',
      ].join('\n'),
    );
  });
});

describe('escapeMarkdown keeps a point plain text', () => {
  it.each([
    ['emphasis and code', 'Use *only* `npm ci` here_now', 'Use \\*only\\* \\`npm ci\\` here\\_now'],
    ['a link or HTML', 'See [docs](x) or <b>this</b>', 'See \\[docs\\](x) or \\<b\\>this\\</b\\>'],
    ['a heading', '# Not a heading', '\\# Not a heading'],
    ['a list item', '- not a list', '\\- not a list'],
    ['a plus list item', '+ not a list', '\\+ not a list'],
    ['an ordered list item', '2019. A good year.', '2019\\. A good year.'],
    ['an ordered list item with a parenthesis', '3) Third', '3\\) Third'],
    ['a rule', '---', '\\---'],
    ['a quote', '> quoted', '\\> quoted'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['a backslash', 'C:\\temp', 'C:\\\\temp'],
  ])('%s', (_name, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    ['a number inside a sentence', 'Rates rose 9.5% in 2024.'],
    ['a hyphen inside a sentence', 'A well-known fact - really.'],
    ['a hash inside a sentence', 'Issue #4 is fixed.'],
  ])('leaves %s alone', (_name, text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });
});
