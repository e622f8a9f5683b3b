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
  recipeHeadings: { ingredients: ['ingredientes'], method: ['modo de preparo'] },
};
