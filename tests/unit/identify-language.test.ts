import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { articleLanguage } from '../../utils/analysis/language';
import { languagePack } from '../../utils/lang/registry';
import { identifyLanguage } from '../../utils/text/identify-language';

const TEXT = {
  en: 'The council said on Tuesday that the new bridge would open in the spring, and that the old one will be closed for repairs after it was damaged in the floods.',
  es: 'El ayuntamiento dijo el martes que el nuevo puente se abrirá en la primavera, y que el viejo se cerrará para las reparaciones después de las inundaciones.',
  fr: 'Le conseil a déclaré mardi que le nouveau pont ouvrira au printemps, et que l’ancien sera fermé pour des réparations après les inondations de la semaine.',
  de: 'Der Stadtrat sagte am Dienstag, dass die neue Brücke im Frühjahr eröffnet wird und dass die alte nach den Überschwemmungen für Reparaturen geschlossen wird.',
  pt: 'A câmara disse na terça-feira que a nova ponte vai abrir na primavera, e que a antiga será fechada para obras depois das cheias que a danificaram.',
  it: 'Il consiglio ha detto martedì che il nuovo ponte aprirà in primavera, e che quello vecchio sarà chiuso per le riparazioni dopo le alluvioni della settimana.',
  nl: 'De gemeenteraad zei dinsdag dat de nieuwe brug in het voorjaar opengaat en dat de oude na de overstromingen wordt gesloten voor herstelwerkzaamheden.',
  pl: 'Rada miasta poinformowała we wtorek, że nowy most zostanie otwarty wiosną, a stary zostanie zamknięty z powodu napraw po powodziach.',
  ru: 'Городской совет заявил во вторник, что новый мост откроется весной, а старый закроют на ремонт после наводнения.',
  zh: '市议会周二表示，新桥将于明年春天通车，旧桥在洪水中受损，将关闭维修。工程预计耗资四十亿元。',
  ja: '市議会は火曜日、新しい橋が来年の春に開通し、洪水で損傷した古い橋は修理のため閉鎖されると発表した。',
} as const;

describe('identifyLanguage', () => {
  it.each(Object.entries(TEXT))('reads %s from the text', (lang, text) => {
    expect(identifyLanguage(text)).toEqual({ lang, source: 'text' });
  });

  it.each([
    ['a German declaration on an English text', TEXT.en, 'de', { lang: 'en', source: 'text' }],
    ['an English declaration on a French text', TEXT.fr, 'en', { lang: 'fr', source: 'text' }],
    ['a declaration the text agrees with, region subtag dropped', TEXT.pt, 'pt-BR', { lang: 'pt', source: 'text' }],
    ['a short text: the declaration decides', 'Hello there', 'nl', { lang: 'nl', source: 'declared' }],
    ['a language the identifier does not know', 'Bon dia, con ta bai?', 'pap', { lang: 'pap', source: 'declared' }],
    ['Norwegian Bokmål, which the identifier calls Norwegian', 'Regjeringen sa tirsdag at den nye broen åpner til våren.', 'nb-NO', { lang: 'nb', source: 'declared' }],
    ['a declaration that names no language', TEXT.es, 'und', { lang: 'es', source: 'text' }],
    ['a malformed declaration', 'Hello there', 'x-default', { lang: 'en', source: 'text' }],
    ['nothing to read and nothing declared', '', null, { lang: 'en', source: 'default' }],
    ['numbers only', '1 2 3 4 5 6 7 8 9 10', null, { lang: 'en', source: 'default' }],
    ['nothing to read, a declaration', '', 'fr-CA', { lang: 'fr', source: 'declared' }],
  ] as const)('%s', (_name, text, declared, expected) => {
    expect(identifyLanguage(text, declared)).toEqual(expected);
  });

  it('gives codes that name Winnow\'s language packs', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it'] as const) expect(languagePack(identifyLanguage(TEXT[lang]).lang).cues, lang).toBeDefined();
    expect(languagePack(identifyLanguage(TEXT.zh).lang).fullWidthStops).toBe(true);
    expect(languagePack(identifyLanguage(TEXT.ja).lang).fullWidthStops).toBe(true);
  });
});

describe('articleLanguage', () => {
  it('reads the running text rather than headings and captions', () => {
    const blocks = [
      { kind: 'heading' as const, text: 'Breaking news from the city council meeting this week' },
      { kind: 'caption' as const, text: 'Photo credit: the city council, all rights reserved' },
      { kind: 'paragraph' as const, text: TEXT.de },
      { kind: 'paragraph' as const, text: TEXT.de },
    ];
    expect(articleLanguage({ lang: 'en', blocks }).lang).toBe('de');
  });

  it('passes over short lines of names and scores before the running text', () => {
    // A speedway score table: riders' names and points, one a line, before the report.
    const names = ['Nr', 'Zawodnik', 'Suma', 'E. Sajfutdinow', 'Emil Sajfutdinow', '3', 'J. Kołodziej', 'Janusz Kołodziej', '2*', 'R. Tungate', 'Rohan Tungate'];
    const more = ['M. Vaculik', 'Martin Vaculik', 'M. Jepsen Jensen', 'Michael Jepsen Jensen', 'P. Protasiewicz', 'Piotr Protasiewicz', 'P. Dudek', '+2'];
    const table = [...names, ...more, ...names, ...more, ...names, ...more];
    expect(identifyLanguage([...table, TEXT.pl, TEXT.pl].join('\n')).lang).not.toBe('pl');
    const blocks = [
      ...table.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'paragraph' as const, text: TEXT.pl },
      { kind: 'paragraph' as const, text: TEXT.pl },
    ];
    expect(articleLanguage({ lang: null, blocks }).lang).toBe('pl');
  });

  it('reads headings too when there is little running text', () => {
    expect(articleLanguage({ lang: null, blocks: [{ kind: 'heading', text: TEXT.it }, { kind: 'paragraph', text: 'Sì.' }] }).lang).toBe('it');
  });

  it('is what analyze reports, whatever the page declared', () => {
    const a = analyze({ title: 'Bridge', lang: 'de', blocks: [{ kind: 'paragraph', text: `${TEXT.en} ${TEXT.en}` }] });
    expect(a.lang).toBe('en');
  });
});
