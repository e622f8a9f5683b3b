import { por } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './pt.cues.json';

export const pt: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  stopwords: por,
  cues: cues as CueLists,
  persons: {
    i: ['eu', 'me', 'meu', 'minha', 'meus', 'minhas', 'mim'],
    we: ['nós', 'nos', 'nosso', 'nossa', 'nossos', 'nossas'],
    you: ['você', 'vocês', 'tu', 'te', 'teu', 'tua', 'seu', 'sua'],
  },
  reporting: /(?<!\p{L})(?:segundo|de acordo com|disse|afirmou|declarou|explicou|anunciou|informou|estudo|pesquisa|dados)(?!\p{L})/iu,
  abbreviations: {
    always: [
      'p. ex', 'sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'profa', 'eng', 'exmo', 'exma', 'v. exa', 'pág', 'págs',
      'aprox', 'av', 'vol', 'fig', 'cap', 'tel', 'n',
    ],
    mayEnd: ['etc', 'cia', 'ltda', 'séc', 'p', 'ex'],
  },
  sentenceStarters: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'este', 'esta', 'estes', 'estas', 'isto', 'esse', 'essa', 'isso', 'ele',
    'ela', 'eles', 'elas', 'seu', 'sua', 'seus', 'suas', 'mas', 'e', 'ou', 'em', 'no', 'na', 'com', 'para', 'por',
    'se', 'quando', 'enquanto', 'após', 'depois', 'antes', 'desde', 'há', 'aqui', 'lá', 'como', 'quem', 'sem',
    'além', 'agora', 'então', 'também', 'ainda', 'alguns', 'muitos', 'não', 'nós', 'eu',
  ],
  recipeHeadings: { ingredients: ['ingredientes'], method: ['modo de preparo'] },
  leaning: [
    'ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas',
    'seu', 'sua', 'seus', 'suas', 'mas', 'e', 'porém', 'contudo', 'entretanto', 'todavia', 'também',
    'assim', 'portanto', 'então', 'dessa', 'desse', 'nesse', 'nessa', 'nisso', 'lá', 'aí',
  ],
};
