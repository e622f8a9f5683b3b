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
  capitalisedNouns: true,
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
  // After an initialism ("v.Chr.", "U.S.") a capitalised word joins the sentence unless it is one of
  // these; German capitalises every noun, so only articles, pronouns and connectors are listed.
  sentenceStarters: [
    'der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'dieses', 'er', 'sie', 'es', 'wir', 'ich', 'man',
    'sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere', 'aber', 'und', 'oder', 'doch', 'denn', 'dann', 'auch',
    'in', 'im', 'am', 'an', 'auf', 'bei', 'mit', 'nach', 'seit', 'für', 'als', 'wenn', 'während', 'nachdem',
    'bevor', 'da', 'dort', 'hier', 'was', 'warum', 'wie', 'wer', 'noch', 'jedoch', 'inzwischen', 'nun', 'jetzt',
    'heute', 'zudem', 'außerdem', 'viele', 'einige', 'kein', 'keine',
  ],
  recipeHeadings: { ingredients: ['zutaten'], method: ['zubereitung'] },
  // Not "das", "die" or "der" (the article far more often than a pronoun), nor "sie" or "ihr",
  // which also address the reader ("Sie benötigen …").
  leaning: [
    'er', 'dies', 'diese', 'dieser', 'dieses', 'sein', 'seine', 'jedoch', 'aber', 'und',
    'auch', 'stattdessen', 'trotzdem', 'dennoch', 'doch', 'allerdings', 'also', 'daher', 'deshalb', 'deswegen',
    'somit', 'folglich', 'zudem', 'außerdem', 'ebenso', 'ebenfalls', 'gleichzeitig', 'inzwischen', 'mittlerweile',
    'sonst', 'andernfalls', 'umgekehrt', 'dann', 'danach', 'dabei', 'dadurch', 'dafür', 'dazu', 'damit', 'solche',
    'dort',
  ],
};
