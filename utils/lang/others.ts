/**
 * Languages Winnow knows one or two things of so far: Dutch stopwords (language detection), and
 * the languages that write ordinals with a full stop. A language that grows more gets a file of
 * its own, like en.ts.
 */
import { nld } from 'stopword';
import type { LanguagePack } from './types';

export const nl: LanguagePack = { code: 'nl', name: 'Dutch', stopwords: nld };

const ORDINAL_DOT: [string, string][] = [
  ['da', 'Danish'], ['no', 'Norwegian'], ['nb', 'Norwegian Bokmål'], ['nn', 'Norwegian Nynorsk'], ['fi', 'Finnish'],
  ['cs', 'Czech'], ['sk', 'Slovak'], ['pl', 'Polish'], ['hu', 'Hungarian'], ['sl', 'Slovenian'], ['hr', 'Croatian'],
  ['sr', 'Serbian'], ['bs', 'Bosnian'], ['is', 'Icelandic'], ['et', 'Estonian'], ['lv', 'Latvian'], ['tr', 'Turkish'],
];

export const ordinalDotOnly: LanguagePack[] = ORDINAL_DOT.map(([code, name]) => ({ code, name, ordinalDot: true }));
