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
  // After an initialism ("S.p.A.") a capitalised one of these opens a new sentence; "l", "c": the
  // splitter reads "L'azienda" as "L".
  sentenceStarters: [
    'il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'un', 'uno', 'una', 'questo', 'questa', 'questi', 'queste',
    'quel', 'quella', 'quello', 'lui', 'lei', 'loro', 'noi', 'voi', 'io', 'ma', 'e', 'o', 'però', 'quindi',
    'in', 'nel', 'nella', 'per', 'con', 'su', 'se', 'quando', 'mentre', 'dopo', 'prima', 'poi', 'anche',
    'secondo', 'non', 'c', 'tuttavia', 'inoltre', 'intanto',
  ],
  recipeHeadings: { ingredients: ['ingredienti'], method: ['procedimento', 'preparazione'] },
  // A page reads its own language's openers and English's (features.ts).
  leaning: [
    'lui', 'lei', 'loro', 'egli', 'essa', 'esso', 'essi', 'esse', 'questo', 'questa', 'questi', 'queste',
    'quello', 'quella', 'quelli', 'quelle', 'ciò', 'suo', 'sua', 'suoi', 'sue', 'ma', 'però', 'tuttavia',
    'comunque', 'quindi', 'dunque', 'pertanto', 'perciò', 'inoltre', 'anche', 'invece', 'infatti', 'così',
    'poi', 'allora', 'altrimenti', 'e',
  ],
};
