/**
 * Pathological inputs for the analysis, shared by the fuzz test (which checks the output) and the
 * bench (which times it): no punctuation, one 50,000-character sentence, only emoji, and so on.
 */
import type { AnalysisInput } from '../../utils/analysis';
import type { Block, BlockKind } from '../../utils/extract/types';

const para = (text: string, kind: BlockKind = 'paragraph'): Block => (kind === 'heading' ? { kind, text, level: 2 } : { kind, text });
const input = (blocks: Block[], title = 'A title', lang: string | null = 'en'): AnalysisInput => ({ title, lang, blocks });
const sentence = 'the council met on tuesday to talk about the harbour wall and the cost of the repairs';

export const PATHOLOGICAL: [name: string, make: () => AnalysisInput][] = [
  ['no punctuation at all', () => input([para(Array.from({ length: 300 }, (_, i) => `${sentence} item ${i}`).join(' '))])],
  ['one 50,000-character sentence', () => {
    let text = 'The report, which the council published on Tuesday';
    for (let i = 0; text.length < 50_000; i++) text += `, and clause ${i} of the agreement on the harbour wall, which the engineers reviewed`;
    return input([para(`${text}.`)]);
  }],
  ['only emoji', () => input([para('😀😂🤔 🙈🚀🌍 🇫🇷👩‍👩‍👧‍👦 👍🏽❤️'.repeat(200)), para('🚀'.repeat(5000))], '🚀🚀')],
  ['only numbers', () => input([para(Array.from({ length: 2000 }, (_, i) => String(i * 7919 % 10007)).join(' ')), para('3.14159 2.71828 1,000,000 42% 1e10 -7 0x1F')])],
  ['only whitespace', () => input([para('   '), para('\n\n\t'), para('\u00a0\u3000\u2003'), para('', 'heading')], '   ')],
  ['mixed scripts in every sentence', () =>
    input(Array.from({ length: 40 }, (_, i) =>
      para(`The mayor (市长 ${i}) said «мост» will open — الجسر سيفتح, הגשר ייפתח, 다리가 열린다, पुल खुलेगा, สะพานจะเปิด. 港の防波堤は${i}年に完成した。`)))],
  ['extremely long words', () => input([para(`${'a'.repeat(20_000)} ${'Ω'.repeat(10_000)}. https://example.com/${'x'.repeat(8_000)}?q=${'y'.repeat(2_000)}.`), para('supercalifragilistic'.repeat(500))])],
  ['many repeated sentences', () => input(Array.from({ length: 400 }, () => para(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}. It was a long meeting. It was a long meeting.`)))],
  ['many tiny blocks', () => input(Array.from({ length: 12_000 }, (_, i) => para(i % 3 ? `Word${i}.` : 'a', i % 7 ? 'paragraph' : 'list-item')))],
  ['no blocks', () => input([], '')],
  ['only code', () => input([para('const x = 1;\nfor (;;) {}', 'code'), para('SELECT * FROM t;', 'code')])],
  ['only headings', () => input(Array.from({ length: 50 }, (_, i) => para(`Heading number ${i} about the harbour`, 'heading')))],
  ['control characters and lone surrogates', () => input([para('Start \u0000\u0001\u0007 middle \ud800 end \udfff. Then \u202e reversed \u202c text. Done.'), para('\r\r\r.\u2028\u2029.')])],
  ['punctuation only', () => input([para('.'.repeat(5000)), para('?!…;:,'.repeat(800)), para('"“”\'’'.repeat(500))])],
];
