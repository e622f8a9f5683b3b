import { deu } from 'stopword';
import type { CueLists, LanguagePack } from './types';
import cues from './de.cues.json';

export const de: LanguagePack = {
  code: 'de',
  name: 'German',
  stopwords: deu,
  cues: cues as CueLists,
  persons: {
    i: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
    we: ['wir', 'uns', 'unser', 'unsere', 'unseren'],
    you: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'sie', 'ihnen'],
  },
  reporting: /(?<!\p{L})(?:laut|zufolge|sagte|sagt|erklärte|teilte mit|berichtete|betonte|kündigte|schätzt|studie|umfrage|daten)(?!\p{L})/iu,
  ordinalDot: true,
  recipeHeadings: { ingredients: ['zutaten'], method: ['zubereitung'] },
};
