import { fra } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './fr.cues.json';

export const fr: LanguagePack = {
  code: 'fr',
  name: 'French',
  stopwords: fra,
  cues: cues as CueLists,
  persons: { i: ['je', "j'", 'me', 'moi', 'mon', 'ma', 'mes'], we: ['nous', 'notre', 'nos'], you: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'] },
  reporting: /(?<!\p{L})(?:selon|d'après|a déclaré|a dit|a indiqué|a expliqué|a annoncé|a affirmé|a précisé|a estimé|étude|enquête|sondage|données)(?!\p{L})/iu,
  abbreviations: {
    always: [
      'p. ex', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'dr', 'pr', 'cf', 'env', 'chap', 'fig', 'av', 'bd',
    ],
    // "vol" and "sept" are words too ("un vol", "ils étaient sept"); months are followed by a year.
    mayEnd: ['etc', 'p', 'éd', 'cie', 'vol', 'sept', 'janv', 'févr', 'avr', 'juil', 'oct', 'nov', 'déc'],
  },
  recipeHeadings: { ingredients: ['ingrédients'], method: ['préparation'] },
};
