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
  recipeHeadings: { ingredients: ['ingredientes'], method: ['preparación', 'elaboración'] },
};
