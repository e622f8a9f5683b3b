/** The corpus's tools: fragment matching, the label checker, the frozen split, scoring rules, agreement. */
import { describe, expect, it } from 'vitest';
import { agreement } from '../../bench/corpus/agreement';
import { formatOutput } from '../../bench/corpus/expected';
import { covers, findFragment, sameSentence, words } from '../../bench/corpus/fragments';
import { checkLabels, type CorpusLabels } from '../../bench/corpus/labels';
import { pageLines, pageText } from '../../bench/corpus/page-text';
import { corpusSplit } from '../../bench/corpus/split';

const PAGE = `<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body>
<nav><a href="/">Home</a> › <a href="/blog">Blog</a></nav>
<article><h1>Water rates rise</h1>
<p>The council raised water rates by 4.5% on Tuesday, the first rise since 2019.</p>
<p>Let&rsquo;s dive in!</p><p>Households will pay about $38 more a year, the finance office said.</p>
<script>var hidden = "never text";</script></article>
<footer>© 2026 Example News. All rights reserved.</footer></body></html>`;

const labels = (over: Partial<CorpusLabels> = {}): Record<string, unknown> => ({
  title: 'Water rates rise',
  source: 'test',
  genre: 'news',
  lang: 'en',
  keyFacts: [
    ['The council raised water rates by 4.5% on Tuesday'],
    ['Households will pay about $38 more a year'],
    ['the first rise since 2019'],
  ],
  padding: [{ text: "Let's dive in!", kind: 'filler' }],
  boilerplate: ['© 2026 Example News. All rights reserved.'],
  notPadding: ['the finance office said'],
  ...over,
});

describe('page text', () => {
  it('keeps visible text a block a line and drops scripts, styles and the head', () => {
    const lines = pageLines(PAGE);
    expect(lines).toContain('Water rates rise');
    expect(lines).toContain('Let’s dive in!');
    expect(pageText(PAGE)).not.toMatch(/never text|color:red|^t /);
  });
});

describe('fragments', () => {
  it.each([
    ['same words, other quotes and case', 'LET’S DIVE IN', true],
    ['90% of the words within 1.25× the length', 'the council raised water rates by 4.5% on Tuesday the first rise since', true],
    ['words spread too far apart', 'council Tuesday households finance', false],
    ['words not on the page', 'the mayor resigned on Tuesday', false],
  ])('%s', (_name, fragment, found) => {
    expect(findFragment(words(fragment), words(pageText(PAGE))) >= 0).toBe(found);
  });

  it('counts a Chinese or Japanese character as a word', () => {
    expect(words('新竹尖石 camp')).toEqual(['新', '竹', '尖', '石', 'camp']);
  });
});

describe('label checker', () => {
  it('accepts a file whose every fragment is on the page', () => {
    const c = checkLabels(labels(), pageText(PAGE));
    expect(c.errors).toEqual([]);
    expect(c.labels?.padding).toEqual([{ text: "Let's dive in!", kind: 'filler' }]);
  });

  it.each([
    ['a fragment not on the page', labels({ notPadding: ['the mayor resigned on Tuesday'] }), /not found in the page's text/],
    ['an unknown genre', { ...labels(), genre: 'essay' }, /"genre" must be one of/],
    ['an unknown padding kind', labels({ padding: [{ text: "Let's dive in!", kind: 'fluff' as never }] }), /padding kind "fluff"/],
    ['a sentence both padding and notPadding', labels({ notPadding: ["Let's dive in!"] }), /both padding and notPadding/],
    ['a key fact that is padding', labels({ keyFacts: [["Let's dive in!"], ['a'], ['b']] }), /both key fact and padding/],
    ['too few key facts', labels({ keyFacts: [['Households will pay about $38 more a year']] }), /1 key facts/],
  ])('rejects %s', (_name, raw, message) => {
    const c = checkLabels(raw, pageText(PAGE));
    expect(c.labels).toBeNull();
    expect(c.errors.join('\n')).toMatch(message);
  });
});

describe('split', () => {
  it('is frozen: a page keeps its split whatever else joins the corpus', () => {
    expect(['wcxb-4164', 'wcxb-0425', 'aeb-5caf91b8a442', 'traf-regards-fr-enquetes', 'rtp-lemonde-1'].map(corpusSplit)).toEqual([
      'train', 'blind', 'train', 'blind', 'dev',
    ]);
  });

  it('gives about 60/20/20 over many names', () => {
    const counts = { train: 0, dev: 0, blind: 0 };
    for (let i = 0; i < 3000; i++) counts[corpusSplit(`page-${i}`)]++;
    expect(counts.train / 3000).toBeCloseTo(0.6, 1);
    expect(counts.dev / 3000).toBeCloseTo(0.2, 1);
    expect(counts.blind / 3000).toBeCloseTo(0.2, 1);
  });
});

describe('scoring rules', () => {
  it('a point covers a fact when it holds 70% of the words of one alternative', () => {
    expect(covers('On Tuesday the council raised water rates by 4.5%.', ['The council raised water rates by 4.5% on Tuesday'])).toBe(true);
    expect(covers('The council met on Tuesday.', ['The council raised water rates by 4.5% on Tuesday'])).toBe(false);
  });

  it('a label names a sentence that holds it, or that it holds', () => {
    expect(sameSentence(words('raised water rates by 4.5%'), words('The council raised water rates by 4.5% on Tuesday.'))).toBe(true);
    expect(sameSentence(words('The council raised water rates by 4.5% on Tuesday.'), words('raised water rates'))).toBe(true);
    expect(sameSentence(words('Households will pay more'), words('The council raised water rates.'))).toBe(false);
  });
});

describe('agreement between two readers', () => {
  it('counts the facts and padding each found in the other’s list, whatever words they cut at', () => {
    const a = checkLabels(labels(), pageText(PAGE)).labels!;
    const b = checkLabels(
      labels({
        keyFacts: [['raised water rates by 4.5% on Tuesday, the first rise since 2019'], ['Water rates rise'], ['the finance office said']],
        padding: [],
        notPadding: [],
      }),
      pageText(PAGE),
    ).labels!;
    expect(agreement(a, b)).toEqual({
      factsA: 3, factsAinB: 2, factsB: 3, factsBinA: 1, paddingA: 1, paddingAinB: 0, paddingB: 0, paddingBinA: 0,
    });
  });
});

describe('expected output', () => {
  it('is written a key point or mark a line', () => {
    const text = formatOutput({ read: 'article', keyPoints: ['One.', 'Two.'], marks: [['filler', 'Filler phrase', 'Let’s dive in!']] });
    expect(text.split('\n')).toEqual([
      '{', '  "read": "article",', '  "keyPoints": [', '    "One.",', '    "Two."', '  ],', '  "marks": [',
      '    ["filler","Filler phrase","Let’s dive in!"]', '  ]', '}', '',
    ]);
    expect(JSON.parse(text)).toEqual({ read: 'article', keyPoints: ['One.', 'Two.'], marks: [['filler', 'Filler phrase', 'Let’s dive in!']] });
  });
});
