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
  recipeHeadings: { ingredients: ['ingredienti'], method: ['procedimento', 'preparazione'] },
};
