import { spa } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './es.cues.json';

export const es: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  stopwords: spa,
  cues: cues as CueLists,
  persons: {
    i: ['yo', 'me', 'mi', 'mis', 'mío', 'conmigo'],
    we: ['nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    you: ['tú', 'te', 'tu', 'tus', 'usted', 'ustedes', 'vosotros', 'su'],
  },
  reporting: /(?<!\p{L})(?:según|dijo|afirmó|declaró|explicó|anunció|señaló|indicó|aseguró|informó|estudio|encuesta|datos)(?!\p{L})/iu,
  abbreviations: {
    always: [
      'p. ej', 'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'dña', 'lic', 'ing', 'prof', 'ud', 'uds', 'vd', 'vds',
      'núm', 'pág', 'págs', 'aprox', 'av', 'avda', 'gral', 'vol', 'fig', 'cap',
    ],
    mayEnd: ['etc', 'cía', 'p', 'ej', 'dto'],
  },
  sentenceStarters: [
    'el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'estos', 'estas', 'esto', 'ese', 'esa', 'eso', 'él',
    'ella', 'ellos', 'ellas', 'su', 'sus', 'pero', 'y', 'o', 'en', 'con', 'para', 'por', 'si', 'cuando', 'mientras',
    'tras', 'después', 'antes', 'desde', 'hay', 'aquí', 'allí', 'qué', 'cómo', 'quién', 'sin', 'además', 'ahora',
    'entonces', 'también', 'aún', 'algunos', 'muchos', 'no', 'nosotros', 'yo',
  ],
  recipeHeadings: { ingredients: ['ingredientes'], method: ['preparación', 'elaboración'] },
  leaning: [
    'él', 'ella', 'ellos', 'ellas', 'ello', 'esto', 'eso', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos',
    'esas', 'su', 'sus', 'pero', 'y', 'también', 'tampoco', 'todavía', 'así', 'entonces', 'asimismo',
    'igualmente', 'incluso', 'allí', 'ahí', 'dicho',
  ],
};
