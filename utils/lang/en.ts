import { eng } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './en.cues.json';

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  stopwords: eng,
  cues: cues as CueLists,
  persons: {
    i: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"],
    we: ['we', 'us', 'our', 'ours', "we're", "we've", "let's"],
    you: ['you', 'your', 'yours', "you're", "you'll", "you've", "you'd"],
  },
  reporting:
    /\b(?:said|says|told|according to|reported|announced|stated|wrote|explained|added|noted|confirmed|estimated?|found|showed|shows|study|survey|data|per cent)\b/i,
  recipeHeadings: {
    ingredients: ['ingredients', "you'll need", 'you’ll need', 'you will need'],
    method: ['instructions', 'directions', 'method', 'steps', 'preparation', 'how to make it'],
  },
  leaning: [
    'he', 'she', 'it', "it's", 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their',
    'however', 'but', 'and', 'also', 'instead', 'still', 'yet', 'so', 'thus', 'therefore', 'meanwhile',
    'moreover', 'furthermore', 'additionally', 'nevertheless', 'besides', 'otherwise', 'similarly',
    'likewise', 'conversely', 'hence', 'then', 'such', 'there',
  ],
};
