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
  recipeHeadings: { ingredients: ['ingredientes'], method: ['modo de preparo'] },
};
