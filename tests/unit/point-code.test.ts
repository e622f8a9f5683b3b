import { describe, expect, it } from 'vitest';
import tutorialHtml from '../fixtures/odd/tutorial-code.html?raw';
import { documentFromHtml, summarizeInput, toJson } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis';
import { buildSentences } from '../../utils/analysis/features';
import { capCode, codeAfter, CODE_CUT, MAX_CODE_CHARS, MAX_CODE_LINES } from '../../utils/analysis/point-code';
import { extractArticle, type Block } from '../../utils/extract';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text, level: 2 });
const code = (text: string): Block => ({ kind: 'code', text });

/** The code the point ending on the sentence that starts with `start` would carry. */
function codeFor(blocks: Block[], start: string): string | undefined {
  const { sentences } = buildSentences(blocks, 'en');
  const s = sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with ${start}`);
  return codeAfter(s.index, sentences, blocks);
}

describe('codeAfter', () => {
  it('gives the code right under a paragraph to its last sentence and to every sentence of a short one', () => {
    const blocks = [p('In Example 1, I will show you how to draw a plot. It takes one line.'), code('plot(x, y)')];
    expect(codeFor(blocks, 'In Example 1')).toBe('plot(x, y)');
    expect(codeFor(blocks, 'It takes')).toBe('plot(x, y)');
  });

  it('gives it to none but the last sentence of a long paragraph', () => {
    const blocks = [p('The data has forty rows. Each row is one plant. The height is in centimetres. Now draw it.'), code('plot(height)')];
    expect(codeFor(blocks, 'The data')).toBeUndefined();
    expect(codeFor(blocks, 'Now draw')).toBe('plot(height)');
  });

  it('joins consecutive code blocks and reaches over a short label after a colon', () => {
    expect(codeFor([p('Install the package first:'), code('npm install left-pad'), code('npx left-pad --help')], 'Install')).toBe(
      'npm install left-pad\n\nnpx left-pad --help',
    );
    expect(codeFor([p('Put this in the config file:'), p('vite.config.ts'), code('export default {}')], 'Put this')).toBe('export default {}');
    // Without the colon, a paragraph in between means the code belongs to it, not to the sentence.
    expect(codeFor([p('Put this in the config file.'), p('vite.config.ts'), code('export default {}')], 'Put this')).toBeUndefined();
  });

  it('gives nothing to a sentence not followed by code, nor to a heading', () => {
    expect(codeFor([p('A plain paragraph ends here.'), p('Another one follows it.'), code('x <- 1')], 'A plain')).toBeUndefined();
    const blocks = [h('Example 2: Colours'), code('plot(x, col = 2)')];
    const { sentences } = buildSentences(blocks, 'en');
    expect(codeAfter(0, sentences, blocks)).toBeUndefined();
  });
});

describe('capCode', () => {
  it('keeps short code whole', () => {
    expect(capCode('a\n  b\n\tc')).toBe('a\n  b\n\tc');
  });

  it('cuts long code at a line end and marks the cut', () => {
    const long = Array.from({ length: 50 }, (_, i) => `line_${i} <- ${i}`).join('\n');
    const capped = capCode(long);
    const lines = capped.split('\n');
    expect(lines).toHaveLength(MAX_CODE_LINES + 1);
    expect(lines.at(-1)).toBe(CODE_CUT);
    expect(lines.at(-2)).toBe(`line_${MAX_CODE_LINES - 1} <- ${MAX_CODE_LINES - 1}`);
  });

  it('cuts one over-long line inside, by characters', () => {
    const capped = capCode('x'.repeat(MAX_CODE_CHARS * 3));
    expect(capped).toBe(`${'x'.repeat(MAX_CODE_CHARS)}\n${CODE_CUT}`);
  });
});

describe('key points of a tutorial with code', () => {
  const URL_ = 'https://plotting.example/r/ggplot2-scatterplot';

  it('carry the code their sentence introduces, as plain text', () => {
    const result = extractArticle(documentFromHtml(tutorialHtml, URL_));
    if (!result.ok) throw new Error(result.message);
    const a = analyze(result.article);
    const example1 = a.keyPoints.find((k) => k.text.startsWith('In Example 1'));
    expect(example1?.code).toBe('ggplot(data, aes(x = x, y = y)) +\n  geom_point()');
    const withCode = a.keyPoints.filter((k) => k.code);
    expect(withCode.length).toBeGreaterThanOrEqual(3);
    // Entities come back as characters: the code is text, not markup.
    for (const k of withCode) expect(k.code).not.toMatch(/&lt;|<\/?code>/);
  });

  it('adds the code to the CLI JSON beside the fields it had', () => {
    const json = toJson(summarizeInput('tests/fixtures/odd/tutorial-code.html', {})) as { keyPoints: Record<string, unknown>[] };
    for (const k of json.keyPoints) {
      expect(Object.keys(k).slice(0, 3)).toEqual(['text', 'sentence', 'sentences']);
      expect(k.code === undefined || typeof k.code === 'string').toBe(true);
    }
    expect(json.keyPoints.some((k) => typeof k.code === 'string' && k.code.includes('geom_point()'))).toBe(true);
  });

  it('leave points of a page without code as they were', () => {
    const a = analyze({ title: 'T', lang: 'en', blocks: [p('The council voted seven to two to raise water rates in July.'), p('The average bill goes up four dollars a month.')] });
    expect(a.keyPoints.every((k) => !('code' in k))).toBe(true);
  });
});
