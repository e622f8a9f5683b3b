import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import type { Article, Block } from '../../utils/extract';
import { articleOf } from '../support/articles';

function article(blocks: Block[]): Article {
  return articleOf(blocks, { url: 'https://t.example/', title: 'Council approves Dunmore bridge repair' });
}

const p = (text: string): Block => ({ kind: 'paragraph', text });

/** A plain news story that the furniture below gets appended to. */
const STORY = [
  p('The Dunmore council voted 7 to 2 on Tuesday to repair the Main Street bridge, which has been closed since March.'),
  p('The work will cost $4.2 million and is due to finish in October, the council said.'),
  p('Engineers found cracks in two of the bridge’s five steel girders during an inspection last winter.'),
  p('Traffic will use the Mill Road crossing until the bridge reopens, adding about ten minutes to most trips.'),
  p('Shop owners on Main Street say trade has fallen by a third since the closure.'),
  p('The council will review bids from three contractors next month.'),
];

function markOf(blocks: Block[], text: string) {
  const a = analyze(article(blocks));
  const s = a.sentences.find((x) => x.text === text);
  if (!s) throw new Error(`sentence not found: ${text}`);
  return s.padding;
}

describe('page furniture that survives extraction', () => {
  it.each([
    'Naomi Pruett covers local government for The Courier.',
    'Felix Amadi has reviewed home tech for GadgetGrove since 2019.',
    'Jordan Ekwueme is Postwick’s deliverability editor.',
  ])('marks an author bio at the end: %s', (bio) => {
    expect(markOf([...STORY, p(bio)], bio)?.reason).toBe('Author bio');
  });

  it('marks a blogger introducing themselves, anywhere in the post', () => {
    const text = 'I am Joyce from Sunny Singapore.';
    expect(markOf([...STORY.slice(0, 2), p(text), ...STORY.slice(2)], text)?.reason).toBe('Author bio');
    const narrative = 'I am tired from the long drive over the hills.';
    expect(markOf([...STORY.slice(0, 2), p(narrative), ...STORY.slice(2)], narrative)).toBeNull();
  });

  it('does not take a person the story is about for an author bio', () => {
    const text = 'Aisha Marlow is a structural engineer and a member of the council’s transport panel.';
    const story = [...STORY.slice(0, 3), p('Aisha Marlow, who led the inspection, warned of further closures.'), ...STORY.slice(3)];
    // The furniture rule is what this checks; the learned model may still weigh the sentence's wording.
    const mark = markOf([...story, p(text)], text);
    expect(mark?.reason ?? null).not.toBe('Author bio');
    expect(mark?.kind ?? null).not.toBe('boilerplate');
  });

  it.each([
    'Republish this story for free under a Creative Commons license.',
    'The views expressed are her own.',
    'Medically reviewed by Dr. Ana Ruiz, MD',
    'Never miss a recipe!',
    'Tag @dunmoredaily on Instagram!',
    'Rating: 4 out of 5 stars',
    'Check price on Verdant Market',
    'SOURCE Dunmore Energy',
    'Investor Contact: Caleb Moon, ir@dunmore.example',
    'This article is the copyrighted property of Dunmore Daily.',
    'Subscribe now to our eNATION edition for the full story.',
    'Submit a letter to the editor of up to 250 words.',
    'Listing data from the county MLS is deemed reliable but not guaranteed.',
    'Each office is independently owned and operated.',
  ])('marks boilerplate: %s', (text) => {
    expect(markOf([...STORY, p(text)], text)?.kind).toBe('boilerplate');
  });

  it('marks a photo caption', () => {
    const text = 'Smoke rises above Highway 40 on Wednesday.';
    expect(markOf([STORY[0]!, { kind: 'caption', text }, ...STORY.slice(1)], text)?.kind).toBe('boilerplate');
  });

  it('keeps a subheading set as a paragraph, but marks a widget label', () => {
    const blocks = [...STORY.slice(0, 3), p('Trade losses'), ...STORY.slice(3), p('Advertisement')];
    expect(markOf(blocks, 'Trade losses')).toBeNull();
    expect(markOf(blocks, 'Advertisement')?.kind).toBe('boilerplate');
  });

  it('keeps the names and values of a spec table', () => {
    const blocks = [...STORY.slice(0, 3), p('Price'), p('£1,899'), p('Weight'), p('23.4kg'), p('Brakes'), p('Tektro hydraulic discs'), ...STORY.slice(3)];
    for (const text of ['Price', '£1,899', 'Weight', 'Brakes']) expect(markOf(blocks, text)).toBeNull();
  });

  it('never takes a narrator’s question for page furniture', () => {
    const text = 'Was I losing my mind?';
    const blocks = [p(`I checked the logs again and the error was gone. ${text} The tests passed on the third run.`), ...STORY];
    // The readers' guide counts a rhetorical question as padding, and the learned model may mark it
    // so ("Question, no facts"); what no furniture rule may do is call it page chrome.
    expect(markOf(blocks, text)?.kind).not.toBe('boilerplate');
  });
});
