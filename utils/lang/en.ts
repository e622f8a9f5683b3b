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
  abbreviations: {
    always: [
      'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
      'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'fr', 'nos', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'fig',
      'figs', 'vol', 'pp', 'ed', 'eds', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
      'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'hrs', 'sq', 'tbsp', 'tsp',
    ],
    mayEnd: ['etc', 'no', 'est', 'al', 'p', 'v', 'min', 'mins', 'oz', 'lb', 'lbs', 'ft'],
    company: ['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros'],
  },
  sentenceStarters: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
    'you', 'his', 'her', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
    'as', 'if', 'when', 'while', 'after', 'before', 'since', 'there', 'here', 'what', 'why', 'how',
    'who', 'still', 'however', 'meanwhile', 'now', 'then', 'also', 'some', 'many', 'most', 'no',
  ],
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
