import { ita } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './it.cues.json';

export const it: LanguagePack = {
  code: 'it',
  name: 'Italian',
  stopwords: ita,
  cues: cues as CueLists,
  persons: {
    i: ['io', 'mi', 'mio', 'mia', 'miei', 'mie', 'me'],
    we: ['noi', 'ci', 'nostro', 'nostra', 'nostri', 'nostre'],
    you: ['tu', 'ti', 'tuo', 'tua', 'voi', 'vi', 'vostro', 'lei'],
  },
  reporting: /(?<!\p{L})(?:secondo|ha detto|ha dichiarato|ha spiegato|ha annunciato|ha affermato|studio|indagine|sondaggio|dati)(?!\p{L})/iu,
  abbreviations: {
    always: [
      'p. es', 'es', 'sig', 'sigg', 'dott', 'prof', 'ing', 'avv', 'arch', 'geom', 'rag', 'on', 'sen', 'dr',
      'n', 'nr', 'pag', 'pagg', 'cfr', 'ca', 'vol', 'fig', 'cap', 'tel',
    ],
    mayEnd: ['ecc', 'sec', 'sgg', 'ss'],
  },
  recipeHeadings: { ingredients: ['ingredienti'], method: ['procedimento', 'preparazione'] },
};
