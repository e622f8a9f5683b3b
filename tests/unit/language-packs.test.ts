/**
 * What Winnow knows of each language (utils/lang), field by field. The table below is the record:
 * a pack that gains or loses a field fails here until the table says so, so the test names, for each
 * language, what is present and what is not yet.
 */
import { describe, expect, it } from 'vitest';
import { PACKS, languagePack } from '../../utils/lang/registry';
import { PACK_FIELDS, type LanguagePack, type PackField } from '../../utils/lang/types';

const STATUS: Record<string, readonly PackField[]> = {
  en: ['stopwords', 'cues', 'persons', 'reporting', 'abbreviations', 'sentenceStarters', 'recipeHeadings', 'leaning'],
  fr: ['stopwords', 'cues', 'persons', 'reporting', 'abbreviations', 'sentenceStarters', 'recipeHeadings', 'leaning'],
  de: ['stopwords', 'cues', 'persons', 'reporting', 'capitalisedNouns', 'ordinalDot', 'abbreviations', 'sentenceStarters', 'recipeHeadings', 'leaning'],
  es: ['stopwords', 'cues', 'persons', 'reporting', 'abbreviations', 'sentenceStarters', 'recipeHeadings', 'leaning'],
  it: ['stopwords', 'cues', 'persons', 'reporting', 'abbreviations', 'sentenceStarters', 'recipeHeadings', 'leaning'],
  pt: ['stopwords', 'cues', 'persons', 'reporting', 'abbreviations', 'sentenceStarters', 'recipeHeadings', 'leaning'],
  nl: ['stopwords'],
  zh: ['fullWidthStops'],
  ja: ['fullWidthStops', 'quoteContinuations'],
};
const ORDINAL_ONLY: readonly PackField[] = ['ordinalDot'];

const present = (p: LanguagePack): PackField[] => PACK_FIELDS.filter((f) => p[f] !== undefined && p[f] !== false);

describe('language packs', () => {
  it.each(PACKS.map((p) => {
    const want = STATUS[p.code] ?? ORDINAL_ONLY;
    const missing = PACK_FIELDS.filter((f) => !want.includes(f));
    return [`${p.code} (${p.name}): ${want.join(', ')}; not yet: ${missing.join(', ') || 'nothing'}`, p, want] as const;
  }))('%s', (_name, pack, want) => {
    expect(present(pack)).toEqual(PACK_FIELDS.filter((f) => want.includes(f)));
  });

  it('has one pack per language code', () => {
    expect(new Set(PACKS.map((p) => p.code)).size).toBe(PACKS.length);
  });

  it('finds a pack by any subtag form, and gives an unknown language an empty pack rather than English', () => {
    expect(languagePack('de-AT').code).toBe('de');
    expect(languagePack('EN_gb').code).toBe('en');
    expect(present(languagePack('ko'))).toEqual([]);
  });

  it('keeps every list lowercase, as the analysis looks words up', () => {
    for (const p of PACKS) {
      for (const w of [...(p.leaning ?? []), ...(p.persons?.i ?? []), ...(p.persons?.we ?? []), ...(p.persons?.you ?? [])]) expect(w).toBe(w.toLowerCase());
      for (const h of [...(p.recipeHeadings?.ingredients ?? []), ...(p.recipeHeadings?.method ?? [])]) expect(h).toBe(h.toLowerCase());
    }
  });

  it('writes abbreviations lowercase, without their last full stop, each once per language', () => {
    for (const p of PACKS) {
      const a = p.abbreviations;
      if (!a) continue;
      const all = [...a.always, ...(a.mayEnd ?? []), ...(a.company ?? [])];
      for (const w of all) {
        expect(w, p.code).toBe(w.toLowerCase());
        expect(w, p.code).toMatch(/^\p{L}[\p{L}. ]*\p{L}$|^\p{L}$/u);
      }
      expect(new Set(all).size, p.code).toBe(all.length);
    }
  });

  it('keeps the six languages with cue lists on par for reporting words, pronouns and abbreviations', () => {
    for (const p of PACKS.filter((x) => x.cues)) {
      expect(p.reporting, p.code).toBeInstanceOf(RegExp);
      expect(p.persons, p.code).toBeDefined();
      expect(p.abbreviations, p.code).toBeDefined();
    }
  });
});
