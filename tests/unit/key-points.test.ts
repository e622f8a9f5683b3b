import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { buildSentences } from '../../utils/analysis/features';
import { DEFAULT_SELECTOR } from '../../utils/analysis/key-points';
import { leans } from '../../utils/analysis/point-spans';
import type { Article, Block } from '../../utils/extract';
import { articleOf } from '../support/articles';

function article(blocks: Block[], lang = 'en', title = 'Test'): Article {
  return articleOf(blocks, { url: 'https://t.example/', lang, title });
}

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text, level: 2 });
const li = (text: string): Block => ({ kind: 'list-item', text });

/** Texts of the sentences each key point spans, by point. */
function pointSentences(a: ReturnType<typeof analyze>): string[][] {
  return a.keyPoints.map((k) => k.sentences.map((i) => a.sentences[i]!.text));
}

describe('headings', () => {
  it('never makes a heading a key point by itself, even when it is the most central text', () => {
    const a = analyze(
      article([
        h('Harbour Council approves £4 million sea wall for Pier Road after storms'),
        p('The Harbour Council approved a £4 million sea wall for Pier Road on Tuesday after two winter storms flooded 60 homes.'),
        h('Harbour Council sea wall: what Pier Road residents need to know about the £4 million plan'),
        p('Work on the Pier Road sea wall starts in March and should take 14 months, the council said.'),
      ]),
      { points: 5 },
    );
    for (const k of a.keyPoints) {
      for (const i of k.sentences) expect(a.blocks[a.sentences[i]!.block]!.kind).not.toBe('heading');
    }
    expect(a.keyPoints).toHaveLength(2);
  });
});

describe('leaning sentences', () => {
  it('recognises pronoun, connective and answer openers', () => {
    const { sentences } = buildSentences(
      [
        p('However, the vote was close.'),
        p('They said no.'),
        p('Yes: the batter keeps overnight if the whites are whipped in the morning.'),
        p('No houseplant grows in total darkness.'),
        p('The council met on Tuesday.'),
      ],
      'en',
    );
    expect(sentences.map(leans)).toEqual([true, true, true, false, false]);
  });

  it("reads a page's openers in its own language (and English's), never another language's", () => {
    const leansIn = (lang: string, text: string) => leans(buildSentences([p(text)], lang).sentences[0]!);
    // Spanish "su" is "his, her": a pronoun that needs its antecedent.
    expect(leansIn('es', 'Su hermano llegó tarde a la reunión del consejo.')).toBe(true);
    // Italian "su" is "on": the sentence stands on its own.
    expect(leansIn('it', 'Su questo punto il governo ha ceduto ieri sera.')).toBe(false);
    expect(leansIn('it', 'Tuttavia, il voto è stato rinviato a marzo.')).toBe(true);
    // English openers travel, like English reporting words.
    expect(leansIn('fr', 'However, the vote was close.')).toBe(true);
  });

  it('shows an FAQ answer only with its question', () => {
    const a = analyze(
      article([
        p('The Pier Road market opens at 7am on Saturdays from April to October, with 42 stalls run by local growers.'),
        p('Stall fees rose from £20 to £25 this year, the first rise since 2019, to pay for new awnings and lighting.'),
        h('Can I bring my dog to the Pier Road market?'),
        p('Yes: dogs on a short lead are welcome everywhere except the covered food hall and the 12 hot-food stalls.'),
        h('Is there parking near the market?'),
        p('The Quay Street car park has 140 spaces and is free before 10am on market days, the council says.'),
      ]),
      { points: 3 },
    );
    const texts = a.keyPoints.map((k) => k.text);
    expect(texts.some((t) => t.startsWith('Yes:'))).toBe(false);
    expect(texts).toContain(
      'Can I bring my dog to the Pier Road market? Yes: dogs on a short lead are welcome everywhere except the covered food hall and the 12 hot-food stalls.',
    );
  });

  it('keeps the antecedent of a leaning sentence in the same point', () => {
    const a = analyze(
      article(
        [
          p('Harbour Council voted on Tuesday to close the Pier Road car park. However, its 40 parking spaces for disabled drivers will move to Quay Street, 200 metres away, in June.'),
          p('Disabled drivers had asked for spaces on Quay Street, closer to the shops, in a petition signed by 1,200 people.'),
          p('The Quay Street spaces will be free for blue badge holders.'),
        ],
        'en',
        'Disabled parking spaces move to Quay Street',
      ),
      { points: 3 },
    );
    // The leaning sentence is chosen (it carries the title's news), and never as a point's first sentence.
    const withHowever = pointSentences(a).filter((texts) => texts.some((t) => t.startsWith('However')));
    expect(withHowever).toHaveLength(1);
    expect(withHowever[0]![0]).toBe('Harbour Council voted on Tuesday to close the Pier Road car park.');
  });
});

describe('questions', () => {
  it('prefers statements to questions of the same content', () => {
    const a = analyze(
      article([
        p('The Route 9 bridge over Tessel Creek will close on May 5 for 14 weeks while crews replace its deck.'),
        p('Why does the Route 9 bridge over Tessel Creek need 14 weeks of work on its deck?'),
        p('The detour adds about 9 miles to the trip, sending drivers north on County Road 22.'),
        p('The $6.3 million contract was awarded to Brightwater Civil of Sioux Ferry in January.'),
      ]),
      { points: 3 },
    );
    expect(a.keyPoints.some((k) => k.text.includes('?'))).toBe(false);
  });
});

describe('genre', () => {
  const news = [
    p('Fairhaven Utilities will raise water and sewer rates by 6.5% on July 1 after its board voted 4-1 on Wednesday.'),
    p('For a household using 5,000 gallons a month, the bill will go from $63.20 to $67.30.'),
    p('Most of the extra revenue, about $2.9 million a year, will pay to replace 3,400 lead service lines.'),
    p('Board member Ana Ruiz voted against the increase, saying the utility should first apply for state loans.'),
    p('The board meets again in August to review the lead line program and its contractors.'),
    p('Residents can comment on the rates at a public session at the Fairhaven library on June 12.'),
  ];

  it('takes the lede of a news article', () => {
    const a = analyze(article(news, 'en', 'Fairhaven water rates to rise 6.5%'), { points: 3 });
    expect(a.keyPoints[0]?.sentence).toBe(0);
  });

  it('spreads points over the sections of a sectioned guide', () => {
    const section = (name: string, fact: string): Block[] => [
      h(name),
      p(`${name} is one of the plants we tested over six months in a north-facing flat in Leeds.`),
      p(fact),
      p('It is easy to find in most garden centres.'),
    ];
    const blocks = [
      p('Looking for a plant that will survive your gloomy hallway? You have come to the right place.'),
      ...section('The ZZ plant', 'The ZZ plant stores water in thick rhizomes, so in a dim room it needs watering only every 3 to 4 weeks.'),
      ...section('The snake plant', 'The snake plant grows 2 to 3 new leaves a year in low light and rots if watered more than once a month.'),
      ...section('Pothos', 'Pothos trails up to 10 feet from a shelf and drops its lower leaves rather than dying when light is poor.'),
      ...section('The cast iron plant', 'The cast iron plant tolerates temperatures down to 5°C and can go 6 weeks without water in winter.'),
    ];
    const a = analyze(article(blocks, 'en', 'The best plants for low light'), { points: 4 });
    const sectionOf = (block: number): number => blocks.slice(0, block + 1).filter((b) => b.kind === 'heading').length;
    const sections = new Set(a.keyPoints.map((k) => sectionOf(a.sentences[k.sentence]!.block)));
    // Four points over at least three of the four sections. (Before the learned key-fact score, all
    // four; it now rates the test conditions, "tested over six months in a north-facing flat", as a
    // fact worth a point, which readers of the corpus often do too.)
    expect(sections.size).toBeGreaterThanOrEqual(3);
  });
});

describe('short articles', () => {
  it('gives every usable sentence and reports how many points were asked for', () => {
    const a = analyze(
      article([p('The library reopens on Monday after a $4.2 million renovation. A children’s wing adds 30 seats.')]),
      { points: 5 },
    );
    expect(a.keyPoints).toHaveLength(2);
    expect(a.keyPoints.map((k) => k.sentence)).toEqual([0, 1]);
    expect(a.requestedPoints).toBe(5);
  });
});

describe('languages', () => {
  const texts: Record<string, { text: string; stop: string }> = {
    es: { text: 'El ayuntamiento de Sevilla aprobó el martes un presupuesto de 40 millones de euros para el metro. La obra empezará en 2027, según el alcalde. Los vecinos piden más autobuses para el barrio.', stop: 'el' },
    fr: { text: 'Le conseil municipal de Lyon a approuvé mardi un budget de 40 millions d’euros pour le tramway. Les travaux commenceront en 2027, selon le maire. Les habitants demandent plus de bus dans le quartier.', stop: 'le' },
    de: { text: 'Der Stadtrat von Köln hat am Dienstag 40 Millionen Euro für die neue Brücke bewilligt. Der Bau soll 2027 beginnen. Die Anwohner fordern mehr Busse für das Viertel.', stop: 'der' },
    pt: { text: 'A câmara de Lisboa aprovou na terça-feira um orçamento de 40 milhões de euros para o metro. A obra começa em 2027, segundo o presidente. Os moradores pedem mais autocarros para o bairro.', stop: 'para' },
    it: { text: 'Il consiglio comunale di Milano ha approvato martedì un bilancio di 40 milioni di euro per la metropolitana. I lavori inizieranno nel 2027, secondo il sindaco. I residenti chiedono più autobus per il quartiere.', stop: 'il' },
    nl: { text: 'De gemeenteraad van Utrecht heeft dinsdag 40 miljoen euro goedgekeurd voor de nieuwe brug. De bouw begint in 2027, zegt de burgemeester. Bewoners vragen om meer bussen voor de wijk.', stop: 'de' },
  };

  it.each(Object.entries(texts))('uses %s stopwords and picks points', (lang, { text, stop }) => {
    const { sentences } = buildSentences([p(text)], lang);
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(s.terms).not.toContain(stop);
    const a = analyze(article([p(text)], lang), { points: 2 });
    expect(a.lang).toBe(lang);
    expect(a.keyPoints).toHaveLength(2);
  });

  it('detects the language when the page does not declare it', () => {
    const a = analyze({ ...article([p(texts.fr!.text)]), lang: null }, { points: 1 });
    expect(a.lang).toBe('fr');
    expect(a.keyPoints).toHaveLength(1);
  });
});

describe('lists', () => {
  it('keeps a short lead-in, shown with the items it announces', () => {
    const a = analyze(
      article([
        p('The Harbour Council met on Tuesday to discuss the Pier Road market and its future after a 12% drop in visitors.'),
        p('Changes from May:'),
        li('Stalls open at 7am instead of 9am'),
        li('Parking on Pier Road is free on market days'),
        li('Fees rise from £20 to £25'),
        p('Traders said the earlier start would help them catch commuters on their way to the station.'),
      ]),
      { points: 3 },
    );
    const lead = a.keyPoints.find((k) => k.text.startsWith('Changes from May:'));
    expect(lead?.text).toBe('Changes from May: Stalls open at 7am instead of 9am; Parking on Pier Road is free on market days; Fees rise from £20 to £25');
  });
});

describe('lists under a heading', () => {
  it('labels the items with their heading, never showing the heading alone', () => {
    const a = analyze(
      article([
        p('The Tarn Commuter 2 costs £1,899 and weighs 16.8kg, one of the lightest e-bikes we have tested this year.'),
        h('Pros'),
        li('Light enough to carry up two flights of stairs'),
        li('Belt drive needs no cleaning or oil'),
        li('Quiet hub motor below 20km/h'),
        li('Removable 360Wh battery'),
        p('In our range test the battery lasted 52km on a 14km loop with 160m of climbing.'),
      ]),
      { points: 3 },
    );
    const pros = a.keyPoints.find((k) => k.text.startsWith('Pros'));
    expect(pros?.text).toBe('Pros: Light enough to carry up two flights of stairs; Belt drive needs no cleaning or oil; Quiet hub motor below 20km/h');
    expect(a.blocks[a.sentences[pros!.sentence]!.block]!.kind).toBe('list-item');
    for (const k of a.keyPoints) expect(k.sentences.length === 1 && a.blocks[a.sentences[k.sentence]!.block]!.kind === 'heading').toBe(false);
  });
});

describe('recipes', () => {
  const story = [
    p('We make these on slow Saturdays, and the kitchen smells of butter and lemons for hours afterwards.'),
    p('The secret is whipping the egg whites separately, which keeps the pancakes tall and light.'),
    p('Ricotta from the deli counter is creamier than the tubs, but either works in this batter.'),
    p('Leftover pancakes freeze well for up to 2 months if you layer them with baking paper.'),
  ];
  const card = [
    p('Prep Time 10 minutes Cook Time 20 minutes'),
    p('Servings 12 pancakes'),
    h('Ingredients'),
    li('1 1/2 cups (190 g) all-purpose flour'),
    li('1 cup (250 g) whole-milk ricotta'),
    li('3 large eggs, separated'),
    h('Instructions'),
    li('Whisk the flour, sugar and baking powder together in a large bowl.'),
    li('Fold the beaten egg whites into the batter in two additions.'),
  ];

  it('makes the ingredients and the times and yield key points, labelled by their heading', () => {
    const a = analyze(article([...story, ...card]), { points: 4 });
    const texts = a.keyPoints.map((k) => k.text);
    expect(texts).toContain('Ingredients: 1 1/2 cups (190 g) all-purpose flour; 1 cup (250 g) whole-milk ricotta; 3 large eggs, separated');
    expect(texts).toContain('Prep Time 10 minutes Cook Time 20 minutes Servings 12 pancakes');
    expect(a.keyPoints).toHaveLength(4);
  });

  it('keeps the ingredients first when only one point is asked for', () => {
    const a = analyze(article([...story, ...card]), { points: 1 });
    expect(a.keyPoints.map((k) => k.text)).toEqual([
      'Ingredients: 1 1/2 cups (190 g) all-purpose flour; 1 cup (250 g) whole-milk ricotta; 3 large eggs, separated',
    ]);
  });

  it('needs a method under its own heading: an ingredients list alone is not a recipe card', () => {
    const a = analyze(article([...story, ...card.slice(0, 6)]), { points: 2 });
    expect(a.keyPoints.some((k) => k.text.startsWith('Prep Time'))).toBe(false);
  });
});

describe('direct quotes', () => {
  it('prefers the reported fact to a quote that says as much', () => {
    const blocks = [
      p('The Millbrook council approved a $4.2 million library expansion on Tuesday by a vote of 5-2.'),
      p('"The library expansion is the best $4.2 million this council will ever spend," council member Ana Ruiz said.'),
      p('The library expansion adds 6,800 square feet and four study rooms, and construction starts in June.'),
      p('Residents packed the meeting room and many stood at the back for the two-hour debate.'),
    ];
    const points = (quotePenalty: number): string => {
      const a = analyze(articleOf(blocks, { title: 'Millbrook approves library expansion' }), { points: 2, selector: { quotePenalty } });
      return a.keyPoints.map((k) => k.text).join(' ');
    };
    expect(points(0)).toContain('best $4.2 million');
    expect(points(DEFAULT_SELECTOR.quotePenalty)).not.toContain('best $4.2 million');
    expect(points(DEFAULT_SELECTOR.quotePenalty)).toContain('6,800 square feet');
  });
});

describe('quoted share', () => {
  it.each([
    ['"We will not close the plant," the mayor said on Monday.', 0.5, 0.8],
    ['‘I’d be over the moon to get it,’ said Locke.', 0.6, 0.9],
    ['It’s the club’s best season since the players’ strike.', 0, 0],
    ['« Nous ne fermerons pas l’usine », a déclaré le maire lundi.', 0.5, 0.8],
    ['„Wir schließen das Werk nicht“, sagte der Bürgermeister.', 0.5, 0.8],
  ])('measures how much of %j is direct quote', (text, min, max) => {
    const { sentences } = buildSentences([p(text)], 'en');
    expect(sentences[0]!.quoted).toBeGreaterThanOrEqual(min);
    expect(sentences[0]!.quoted).toBeLessThanOrEqual(max);
  });
});

describe('names', () => {
  it('counts a name of several words once', () => {
    const { sentences } = buildSentences([p('Families met at the Hester Memorial Library with Mayor Ruth Okafor on Tuesday.')], 'en');
    expect(sentences[0]!.properNouns).toEqual(['hester memorial library', 'mayor ruth okafor', 'tuesday']);
  });
});

describe('sources in other languages', () => {
  it.each([
    ['fr', 'Selon la mairie, les travaux dureront trois mois.'],
    ['es', 'Las obras durarán tres meses, según el ayuntamiento.'],
    ['de', 'Laut Rathaus dauern die Arbeiten drei Monate.'],
  ])('credits a %s reporting word as a source', (lang, text) => {
    expect(buildSentences([p(text)], lang).sentences[0]!.attributed).toBe(true);
    expect(buildSentences([p(text.replace(/selon|según|laut/i, 'avec'))], lang).sentences[0]!.attributed).toBe(false);
  });
});
