import { deu } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './de.cues.json';

export const de: LanguagePack = {
  code: 'de',
  name: 'German',
  stopwords: deu,
  cues: cues as CueLists,
  persons: {
    i: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
    we: ['wir', 'uns', 'unser', 'unsere', 'unseren'],
    you: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'sie', 'ihnen'],
  },
  reporting: /(?<!\p{L})(?:laut|zufolge|sagte|sagt|erklärte|teilte mit|berichtete|betonte|kündigte|schätzt|studie|umfrage|daten)(?!\p{L})/iu,
  ordinalDot: true,
  abbreviations: {
    // "u. a." (unter anderem) mostly goes on before a noun, which German writes capitalised: always joined.
    always: [
      'z. b', 'd. h', 'u. a', 'bzw', 'nr', 'dr', 'prof', 'hr', 'fr', 'st', 'vgl', 'ca', 'inkl', 'zzgl', 'ggü', 'v. a', 'z. t',
      'u. u', 'i. d. r', 'u. a. m', 'mio', 'mrd', 'tel', 'abs', 'bd', 'dipl', 'ing',
    ],
    // Month names are followed by a year, and a number joins these anyway.
    mayEnd: ['usw', 'etc', 'evtl', 'ggf', 'o. ä', 's. o', 's. u', 'jh', 'str', 'od', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dez'],
  },
  recipeHeadings: { ingredients: ['zutaten'], method: ['zubereitung'] },
};
