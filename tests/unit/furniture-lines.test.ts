import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import type { Block } from '../../utils/extract';
import { isBreadcrumb, isByline, isDateLine, isNutritionLine, isStrayMarkup } from '../../utils/text/furniture-lines';
import { articleOf } from '../support/articles';

describe('date lines', () => {
  it.each([
    ['en', 'Nov. 20, 2019, 9:28 AM UTC'],
    ['en', 'Published 11:11 PM EST Nov 19, 2019'],
    ['en', '| UPDATED: 10:43, Tue, Nov 19, 2019'],
    ['en', 'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM'],
    ['en', 'Published November 20th, 2019 - 07:29 GMT'],
    ['en', 'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET'],
    ['en', 'November 19, 2019 at 9:45 a.m.'],
    ['en', '2019-11-20 06:01'],
    ['pt', 'sexta-feira, 22 de outubro de 2010 às 20:13'],
    ['de', 'Aktualisiert am 3. März 2021, 14:05 Uhr'],
    ['fr', 'Publié le 12 janvier 2022 à 10h30'],
    ['es', 'Actualizado el 5 de mayo de 2020 a las 10:00'],
    ['it', 'Pubblicato il 30 settembre 2020 alle ore 15:26'],
  ])('%s: %s', (lang, text) => {
    expect(isDateLine(text, lang)).toBe(true);
  });

  it.each([
    ['en', 'The council met on Nov. 20, 2019, to vote on the budget.'],
    ['en', 'Sales rose 12% in 2019.'],
    ['en', 'March on'],
    ['en', 'Updated daily'],
    ['en', 'At 9 the plant opened its doors to 340 workers.'],
    ['pt', 'O jogo terminou 2 a 1 em outubro de 2010 no Maracanã.'],
  ])('%s: not a date line: %s', (lang, text) => {
    expect(isDateLine(text, lang)).toBe(false);
  });
});

describe('bylines', () => {
  it.each([
    ['By Justine Coleman - 11/18/19 11:04 PM EST', null],
    ['By TOM KRISHER, AP Auto Writer', null],
    ['By Lia Eustachewich and Yaron Steinbuch', null],
    ['By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM', null],
    ['Posted on March 30, 2015 by Admin', null],
    ['05/10/2018 - Posted by: Clarissa Borba - Category: Health - Tags: clinic', null],
    ['— Harbour Council (@harbourcouncil) October 9, 2018', null],
    ['Jamelle Bouie', 'Jamelle Bouie'],
    ['Troy L. Smith, Cleveland.com', 'Troy L. Smith, Cleveland.com'],
    ['Amy Kuperinsky | NJ Advance Media for NJ.com', 'Amy Kuperinsky'],
    ['Meg James · Nov. 19, 2019', 'Meg James'],
  ])('%s', (text, author) => {
    expect(isByline(text, 'en', author)).toBe(true);
  });

  it.each([
    ['By Tuesday, the council had voted to close the bridge.', null],
    ['By contrast, the plant employs 340 people.', null],
    ['By 2030 the city wants every bus to be electric.', null],
    ["By Ana's account, the talks went well", null],
    ['— as the mayor (@mayor) put it, the wall will hold for a century', null],
    ['Regan is a Southeastern Connecticut native now living in Central Massachusetts with two cats.', 'Regan'],
    ['Jamelle Bouie argued last week that the party had lost its way.', 'Jamelle Bouie'],
  ])('not a byline: %s', (text, author) => {
    expect(isByline(text, 'en', author)).toBe(false);
  });

  it('reads bylines in the page language', () => {
    expect(isByline('Par Jeanne Martin, le 12 janvier 2022', 'fr')).toBe(true);
    expect(isByline('Von Anna Schmidt', 'de')).toBe(true);
    expect(isByline('Por María García - 5 de mayo de 2020', 'es')).toBe(true);
  });
});

describe('breadcrumbs, markup, nutrition', () => {
  it.each([
    'Home → Notizie dal mondo vegan → Il Climate Clock ha iniziato a scorrere',
    'Mensagens » Mensagens de Autoestima » Só quem se Ama…',
    'Home › News › World › Europe',
    'Home / Recipes / Desserts / Chocolate cake',
  ])('breadcrumb: %s', (text) => {
    expect(isBreadcrumb(text)).toBe(true);
  });

  it.each([
    'Go to Settings > Privacy > Clear data.',
    'Prices rose from $2 → $3 in a year.',
    'Er sagte »Ja« und dann »Nein« zu uns',
    'Revenue was 4 / 5 / 6 million',
  ])('not a breadcrumb: %s', (text) => {
    expect(isBreadcrumb(text)).toBe(false);
  });

  it.each([
    ['type="video/mp4">', true],
    ['https://www.sfgate.com/news/article/Cat-found-14848175.php', true],
    ['Use <source src="clip.mp4" type="video/mp4"> inside the video element.', false],
    ['Read more at https://example.com/report about the plan.', false],
  ])('stray markup: %s → %s', (text, expected) => {
    expect(isStrayMarkup(text)).toBe(expected);
  });

  it.each([
    ['Calories: 250kcal | Carbohydrates: 30g | Protein: 5g | Fat: 12g | Sodium: 300mg', true],
    ['Calories 180, Fat 9 g, Protein 4 g, Fiber 2 g', true],
    ['Each serving has 250 calories and 5g of protein, so it makes a light lunch.', false],
  ])('nutrition line: %s → %s', (text, expected) => {
    expect(isNutritionLine(text)).toBe(expected);
  });
});

const p = (text: string): Block => ({ kind: 'paragraph', text });
const STORY = [
  p('The Dunmore council voted 7 to 2 on Tuesday to repair the Main Street bridge, which has been closed since March.'),
  p('The work will cost $4.2 million and is due to finish in October, the council said.'),
  p('Engineers found cracks in two of the bridge’s five steel girders during an inspection last winter.'),
  p('Traffic will use the Mill Road crossing until the bridge reopens, adding about ten minutes to most trips.'),
  p('Shop owners on Main Street say trade has fallen by a third since the closure.'),
  p('The council will review bids from three contractors next month.'),
];

describe('furniture lines in the analysis', () => {
  const furniture = [
    p('Home → News → Council approves Dunmore bridge repair'),
    p('By Naomi Pruett, Courier Staff Writer'),
    p('Updated Nov. 20, 2019, 9:28 AM EST'),
    p('Naomi Pruett'),
    p('Council approves Dunmore bridge repair'),
  ];
  const article = articleOf([...furniture, ...STORY], { title: 'Council approves Dunmore bridge repair', byline: 'Naomi Pruett' });

  it('marks each line as boilerplate with its reason', () => {
    const a = analyze(article);
    const reasons = furniture.map((b) => a.sentences.find((s) => s.text === b.text)?.padding?.reason);
    expect(reasons).toEqual(['Breadcrumb trail', 'Byline', 'Date line', 'Byline', 'Repeats the title']);
  });

  it('never makes one a key point, even with boilerplate marks turned off', () => {
    const a = analyze(article, { points: 10, kinds: ['promo', 'hype'] });
    const points = a.keyPoints.map((k) => k.text).join('\n');
    expect(a.keyPoints.length).toBe(STORY.length);
    for (const b of furniture) expect(points).not.toContain(b.text);
    // Turned off means shown unmarked: the reader asked to see them.
    expect(a.sentences.find((s) => s.text === furniture[2]!.text)?.padding).toBeNull();
  });

  it('leaves a story sentence that names the author alone', () => {
    const text = 'Naomi Pruett, who covered the first closure, counted 40 empty shops on Main Street.';
    const a = analyze(articleOf([...STORY, p(text)], { byline: 'Naomi Pruett' }));
    expect(a.sentences.find((s) => s.text === text)?.padding).toBeNull();
  });
});
