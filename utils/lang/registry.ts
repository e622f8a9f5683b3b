/** Every language pack, and the one lookup the analysis uses. A new language: its pack file, its cue list, a line here. */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja, nl, ordinalDotOnly, zh } from './others';
import { pt } from './pt';
import type { LanguagePack } from './types';

/** In this order: where a question is asked of several packs (which language is this text?), the order is the answer's tie-break. */
export const PACKS: readonly LanguagePack[] = [en, es, fr, de, pt, it, nl, zh, ja, ...ordinalDotOnly];

const BY_CODE = new Map(PACKS.map((p) => [p.code, p]));
const NONE: LanguagePack = { code: '', name: '' };

/** Primary language subtag: "en-US" → "en". */
export function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The pack of a language (any subtag form); an unknown language gets an empty pack, never English. */
export function languagePack(lang: string | null | undefined): LanguagePack {
  return BY_CODE.get(baseLanguage(lang)) ?? NONE;
}

export const ENGLISH = en;

/** Every pack's entries of a list, together: for cues that apply whatever the page's language (recipe headings). */
export function allPacks<T>(pick: (p: LanguagePack) => readonly T[] | undefined): T[] {
  return PACKS.flatMap((p) => [...(pick(p) ?? [])]);
}
