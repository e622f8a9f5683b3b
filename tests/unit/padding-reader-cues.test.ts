import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { paragraphsArticle } from '../support/articles';

// Cues for padding aimed at the reader: discount codes and affiliate lines, hooks that call the
// reader by group, press-release sentiment, scene-setting ledes. Each has near misses from news
// writing that must stay unmarked.

const LEAD = 'The council approved the new bus timetable on Monday, officials said.';

function markOf(sentence: string) {
  const a = analyze(paragraphsArticle([LEAD, sentence], { url: 'https://t.example/', title: 'Bus timetable' }));
  const s = a.sentences.find((x) => x.text === sentence);
  if (!s) throw new Error(`sentence not found: ${sentence}`);
  return s.padding;
}

describe('discount codes and offers', () => {
  it('marks a code handed to the reader, even in a long sentence full of specifics', () => {
    const short = markOf('Use code SAVE20 for 20% off your first box.');
    expect(short?.kind).toBe('promo');
    expect(short?.reason).toContain('Discount code for the reader “Use code SAVE20”');
    const long = markOf(
      'I have used the Acme 5000 blender every day since March 2023 in my London flat and it still crushes ice in 12 seconds — enter promo code ACME25 at checkout.',
    );
    expect(long?.kind).toBe('promo');
    expect(long?.reason).toContain('Discount code');
  });

  it('marks a code only named in a short sentence, but not in a deal reported with its prices', () => {
    expect(markOf('Save on your next trip with promo code TRAVEL10.')?.kind).toBe('promo');
    expect(
      markOf('Northwind is taking up to $250 off its 2024 models with promo code NWSALE, while Contoso has $438 off select laptops.'),
    ).toBeNull();
  });

  it('marks a percentage off addressed to the reader', () => {
    expect(markOf('Get 30% off your first order when you sign up this week.')?.kind).toBe('promo');
  });

  it('leaves code and discounts reported as facts alone', () => {
    expect(markOf('The code was 15% off spec.')).toBeNull();
    expect(markOf('The chain cut prices 15% off list, the retailer said.')).toBeNull();
    expect(markOf('You can use code splitting to load each route only when it is needed.')).toBeNull();
    expect(markOf('The agents use code names such as Viper for each operation.')).toBeNull();
    expect(markOf('Police said the door code 4471 had been changed twice since June.')).toBeNull();
  });
});

describe('affiliate lines', () => {
  it('marks a writer saying they are paid for the reader’s purchase', () => {
    expect(markOf('I earn a small commission if you buy through my links.')?.kind).toBe('boilerplate');
    expect(markOf('Buying through the links on this page helps keep the site running.')?.kind).toBe('boilerplate');
  });

  it('leaves commissions reported about others alone', () => {
    expect(markOf('Estate agents typically earn a commission of about 1.5% on each sale, the survey found.')).toBeNull();
  });
});

describe('hooks that address the reader', () => {
  it('marks a group of readers told to get ready, and stock imperatives', () => {
    const m = markOf('Parents, take note: the holidays are about to get a lot more expensive.');
    expect(m?.kind).toBe('hook');
    expect(m?.reason).toContain('Addresses the reader');
    expect(markOf('Buckle up: the next few weeks are going to be bumpy.')?.kind).toBe('hook');
    expect(markOf('Brace yourselves, because winter is coming early this year.')?.kind).toBe('hook');
  });

  it('leaves a sentence that only starts with a group of people alone', () => {
    expect(markOf('Commuters, the agency said, will pay $2 more from March.')).toBeNull();
    expect(markOf('Parents, teachers and pupils took note of the changes at a meeting in Leeds.')).toBeNull();
    // "Get ready" alone often introduces what follows (a workout, a menu), so only a vocative makes it a hook.
    expect(markOf('Get ready for squats, lunges and a lot of stretching.')).toBeNull();
  });

  it('keeps a reader-addressing opener that carries the facts', () => {
    expect(markOf('Parents, take note: Leeds City Council will close 3 primary schools in July, its report said.')).toBeNull();
  });

  it('marks a scene-setting lede, but not a reported consequence', () => {
    const lede = markOf('For the commuters who have crowded onto the early train every morning for years, the new timetable is a relief.');
    expect(lede?.kind).toBe('hook');
    expect(lede?.reason).toContain('Scene-setting opener');
    expect(markOf('For the families who lost their homes in the flood, the council approved payments of £500 on Monday.')).toBeNull();
    expect(markOf('For years the main political parties have rotated between Blackpool, Bournemouth and Brighton.')).toBeNull();
  });
});

describe('press-release sentiment', () => {
  it('marks a quote that calls customers neighbours and the heart of the town', () => {
    const quote =
      '"At Vortex, our customers aren\'t just account holders; they\'re our neighbours, our friends and the heartbeat of this town," said Dana Roe, chief executive of Vortex Bank.';
    expect(markOf(quote)?.kind).toBe('promo');
    expect(markOf(quote)?.reason).toContain('Corporate sentiment');
  });

  it('marks a company that is more than just a company', () => {
    expect(markOf('We are more than just a bank; we are part of your family.')).not.toBeNull();
  });

  it('leaves one turn of phrase in a sourced quote, and a plain "more than just a" alone', () => {
    expect(markOf('"Nurses aren\'t just workers; they\'re the people who hold wards together," said union leader Sam Kay.')).toBeNull();
    expect(markOf('This is more than just a theory.')).toBeNull();
  });
});
