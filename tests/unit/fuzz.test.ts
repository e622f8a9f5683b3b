/**
 * The analysis on random and pathological text: it must never throw, and what it returns must
 * hold together (ratios in range, key points quoting the input, marks on existing sentences).
 * Deterministic: the random text comes from a seeded generator. No timing here; the bench times it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type AnalysisInput, type AnalyzeOptions } from '../../utils/analysis';
import { PADDING_KINDS } from '../../utils/analysis/vocabulary';
import { BLOCK_KINDS, type Block, type BlockKind } from '../../utils/extract/types';
import { seededRandom } from '../support/huge-page';
import { PATHOLOGICAL } from '../support/pathological';

const KINDS: ReadonlySet<string> = new Set(PADDING_KINDS);

/** Everything the popup relies on, checked against the input it came from. */
function expectWellFormed(input: AnalysisInput, a: Analysis): void {
  expect(a.blocks).toHaveLength(input.blocks.length);
  a.blocks.forEach((b, i) => expect(b.kind).toBe(input.blocks[i]!.kind));

  a.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    const block = input.blocks[s.block];
    expect(block, `sentence ${i} names block ${s.block}`).toBeDefined();
    expect(block!.kind).not.toBe('code');
    expect(s.text.trim().length).toBeGreaterThan(0);
    expect(block!.text.includes(s.text), `sentence ${i} is not verbatim in its block`).toBe(true);
    expect(Number.isInteger(s.words) && s.words >= 0).toBe(true);
    if (s.padding) {
      expect(KINDS.has(s.padding.kind)).toBe(true);
      expect(s.padding.reason.length).toBeGreaterThan(0);
      expect(s.padding.confidence).toBeGreaterThanOrEqual(0);
      expect(s.padding.confidence).toBeLessThanOrEqual(1);
    }
  });
  // Sentences come in block order.
  for (let i = 1; i < a.sentences.length; i++) expect(a.sentences[i]!.block).toBeGreaterThanOrEqual(a.sentences[i - 1]!.block);

  expect(a.keyPoints.length).toBeLessThanOrEqual(a.requestedPoints);
  const mains = new Set<number>();
  for (const k of a.keyPoints) {
    expect(a.sentences[k.sentence], `key point names sentence ${k.sentence}`).toBeDefined();
    expect(k.sentences).toContain(k.sentence);
    expect(mains.has(k.sentence), 'a sentence is a key point twice').toBe(false);
    mains.add(k.sentence);
    for (let i = 1; i < k.sentences.length; i++) expect(k.sentences[i]!).toBeGreaterThan(k.sentences[i - 1]!);
    // The point quotes its sentences word for word, and they quote the input.
    for (const idx of k.sentences) {
      const s = a.sentences[idx];
      expect(s).toBeDefined();
      expect(k.text.includes(s!.text), 'key point does not quote its sentence').toBe(true);
    }
    if (k.sentences.length === 1) expect(k.text).toBe(a.sentences[k.sentence]!.text);
  }

  expect(a.padding.ratio).toBeGreaterThanOrEqual(0);
  expect(a.padding.ratio).toBeLessThanOrEqual(1);
  expect(a.padding.words).toBeGreaterThanOrEqual(0);
  expect(a.padding.words).toBeLessThanOrEqual(a.wordCount);
  const marked = a.sentences.filter((s) => s.padding).length;
  let byKind = 0;
  for (const [kind, n] of Object.entries(a.padding.byKind)) {
    expect(KINDS.has(kind)).toBe(true);
    expect(Number.isInteger(n) && n! > 0).toBe(true);
    byKind += n!;
  }
  expect(byKind).toBeLessThanOrEqual(marked);
  for (const n of [a.wordCount, a.readingMinutes, a.savedMinutes]) expect(Number.isFinite(n) && n >= 0).toBe(true);
  expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
  expect(a.savedMinutes).toBeLessThanOrEqual(a.readingMinutes + 1);
  expect(typeof a.lang === 'string' && a.lang.length > 0).toBe(true);
  // Plain data: the popup stores it and sends it between pages.
  expect(structuredClone(a)).toEqual(a);
}

const OPTION_SETS: AnalyzeOptions[] = [
  {},
  { points: 1, sensitivity: 'strict' },
  { points: 15, sensitivity: 'relaxed', kinds: ['repetition', 'filler'] },
];

function check(input: AnalysisInput, options: readonly AnalyzeOptions[] = OPTION_SETS): Analysis[] {
  return options.map((o) => {
    let a: Analysis | undefined;
    expect(() => (a = analyze(input, o))).not.toThrow();
    expectWellFormed(input, a!);
    return a!;
  });
}

const para = (text: string, kind: BlockKind = 'paragraph'): Block => (kind === 'heading' ? { kind, text, level: 2 } : { kind, text });
const input = (blocks: Block[], title = 'A title', lang: string | null = 'en'): AnalysisInput => ({ title, lang, blocks });

// Letters from several scripts, digits, punctuation, spaces, emoji, marks and invisible characters.
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'абвгдежзиклмнопрстуфхцчшщыэюя',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'אבגדהוזחטיכלמנסעפצקרשת',
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年',
  'あいうえおかきくけこさしすせそたちつてとアイウエオカキクケコ',
  '가나다라마바사아자차카타파하',
  'कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह',
  'กขคงจฉชซญดตถทนบปผพฟภมยรลวสหอ',
  '0123456789',
  '.,;:!?…"“”\'’()[]-–—/%$€£&*#@',
  '     \n\t\u00a0\u3000',
  '😀😂🤔🙈🚀🌍🇫🇷👩‍👩‍👧‍👦👍🏽❤️',
  '\u200b\u200c\u200d\u200e\u200f\u202e\u2066\ufeff\u0301\u0308',
];

function randomText(rand: () => number, length: number): string {
  let out = '';
  let alphabet = [...ALPHABETS[0]!];
  while (out.length < length) {
    if (rand() < 0.15) alphabet = [...ALPHABETS[Math.floor(rand() * ALPHABETS.length)]!];
    out += alphabet[Math.floor(rand() * alphabet.length)]!;
    if (rand() < 0.18) out += ' ';
  }
  return out;
}

describe('analyze() on random text', () => {
  for (let seed = 1; seed <= 25; seed++) {
    it(`seed ${seed}`, () => {
      const rand = seededRandom(seed);
      const blocks: Block[] = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => {
        const kind = BLOCK_KINDS[Math.floor(rand() * BLOCK_KINDS.length)]!;
        return para(randomText(rand, 1 + Math.floor(rand() * 600)), kind);
      });
      const langs = [null, 'en', 'fr', 'de', 'zh', 'ar', 'xx-not-a-language', 'en-US-u-nu-arab'];
      check(input(blocks, randomText(rand, 40), langs[seed % langs.length]!));
    });
  }
});

describe('analyze() on pathological text', () => {
  // Generous: some of these are large, and CI machines are slow. The bench reports the times.
  it.each(PATHOLOGICAL)(
    '%s',
    (_name, make) => {
      check(make());
    },
    120_000,
  );

  it('finds the one real sentence among noise', () => {
    const real = 'The harbour wall will be rebuilt over three years at a cost of 45 million euros, the council said on Tuesday.';
    const [a] = check(input([para('😀 🚀 🌍'), para('1 2 3 4 5'), para(real), para('   ')]), [{}]);
    expect(a!.keyPoints.map((k) => k.text)).toContain(real);
  });
});
