/**
 * Languages Winnow knows one or two things of so far: Dutch stopwords, how Chinese and Japanese
 * end their sentences, and the languages that write ordinals with a full stop. A language that grows more gets a file of
 * its own, like en.ts.
 */
import { nld } from 'stopword';
import type { LanguagePack } from './types';

export const nl: LanguagePack = { code: 'nl', name: 'Dutch', stopwords: nld };

export const zh: LanguagePack = { code: 'zh', name: 'Chinese', fullWidthStops: true };

export const ja: LanguagePack = {
  code: 'ja',
  name: 'Japanese',
  fullWidthStops: true,
  // Quotative particles: 「行きます。」と言った is one sentence.
  quoteContinuations: ['と', 'って', 'とか', 'との', 'など', 'を'],
};

const ORDINAL_DOT: [string, string][] = [
  ['da', 'Danish'], ['no', 'Norwegian'], ['nb', 'Norwegian Bokmål'], ['nn', 'Norwegian Nynorsk'], ['fi', 'Finnish'],
  ['cs', 'Czech'], ['sk', 'Slovak'], ['pl', 'Polish'], ['hu', 'Hungarian'], ['sl', 'Slovenian'], ['hr', 'Croatian'],
  ['sr', 'Serbian'], ['bs', 'Bosnian'], ['is', 'Icelandic'], ['et', 'Estonian'], ['lv', 'Latvian'], ['tr', 'Turkish'],
];

export const ordinalDotOnly: LanguagePack[] = ORDINAL_DOT.map(([code, name]) => ({ code, name, ordinalDot: true }));
