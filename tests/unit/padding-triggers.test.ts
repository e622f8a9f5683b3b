import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cueGroups } from '../../utils/analysis/padding/cues';
import en from '../../utils/lang/en.cues.json';
import { patternTriggers } from '../../utils/analysis/padding/triggers';
import { splitSentences } from '../../utils/text/sentences';

const show = (source: string): string[] | null =>
  patternTriggers(source)?.map((t) => `${t.left ? '|' : ''}${t.text}${t.right ? '|' : ''}`) ?? null;

/** Prose of every labelled page, as normalised sentences: what the cue groups are run on. */
function fixtureSentences(): string[] {
  const dir = 'tests/fixtures';
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = `${dir}/${name}/page.html`;
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8')
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, '\n')
      .replace(/&[a-z#0-9]+;/g, ' ');
    for (const s of splitSentences(text)) out.push(s.toLowerCase().replace(/[’‘]/g, "'"));
  }
  return out;
}

describe('cue trigger words', () => {
  it('reads whole words between boundaries, spaces and anchors', () => {
    expect(show('\\bcould\\b')).toEqual(['|could|']);
    expect(show('^only then\\b')).toEqual(['|only|']);
    expect(show('\\bsurely (will|be)\\b')).toEqual(['|surely|']);
  });

  it('leaves a side open where the pattern lets the word run on', () => {
    // "endgame changer" matches too: "game" may end a longer word, "chang" starts one.
    expect(show('game[- ]chang(ing|er)')).toEqual(['|chang']);
    expect(show('supercharg(e|es|ed|ing)')).toEqual(['supercharg']);
    expect(show('\\b[a-z]+iest\\b.{0,40}\\bever\\b')).toEqual(['|ever|']);
  });

  it('takes one word from each alternative, looking past optional parts', () => {
    expect(show('x (a |your )?(call|demo)\\b')).toEqual(['|call|', '|demo|']);
    expect(show('^hi,? there\\b')).toEqual(['|there|']);
    expect(show('\\b(it\'s|it is) (safe|fair) to say')).toEqual(['|safe|', '|fair|']);
  });

  it('gives up on patterns some match of which holds no fixed word', () => {
    expect(show('^©|copyright \\d{4}')).toBeNull();
    expect(show('\\(\\d{3}\\) ?\\d{3}-\\d{4}')).toBeNull();
    expect(show('(a|)b')).toEqual(['b']);
    expect(show('(a|)')).toBeNull();
  });

  it('never hides a match: every group finds what its patterns find, on every fixture sentence', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(500);
    const groups = cueGroups('en');
    let matched = 0;
    en.cues.forEach((data, i) => {
      const raw = data.patterns.map((p) => new RegExp(p, 'u'));
      for (const s of sentences) {
        const expected = raw.some((r) => r.test(s));
        if (expected) matched++;
        expect(groups[i]!.find(s) !== null, `${data.reason}: ${s}`).toBe(expected);
      }
    });
    // The check means something only if cues do occur in the fixtures.
    expect(matched).toBeGreaterThan(50);
  });
});
