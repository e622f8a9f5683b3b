import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { cueGroups } from '../../utils/analysis/padding/cues';
import type { Article } from '../../utils/extract';
import { paragraphsArticle } from '../support/articles';

function article(paragraphs: string[]): Article {
  return paragraphsArticle(paragraphs, { url: 'https://t.example/', title: 'Blenders tested' });
}

const LEAD = 'We tested 14 blenders over six weeks in a London test kitchen, the lab said on Monday.';

function markOf(sentence: string) {
  const a = analyze(article([LEAD, sentence]));
  const s = a.sentences.find((x) => x.text === sentence);
  if (!s) throw new Error(`sentence not found: ${sentence}`);
  return s.padding;
}

describe('padding cues', () => {
  it('marks a statement that names nothing in particular', () => {
    expect(markOf('Taking care of your body is the best gift you can give yourself.')?.kind).toBe('platitude');
    expect(markOf('Sometimes the simplest moments make the best memories.')?.kind).toBe('platitude');
  });

  it('leaves a concrete statement without numbers or names alone', () => {
    expect(markOf('The jug cracked after the third batch of frozen fruit and leaked at the base.')).toBeNull();
    expect(markOf('Shop owners say trade has fallen sharply since the road closed.')).toBeNull();
  });

  it('adds up two hype phrases even in a sentence naming its subject', () => {
    expect(markOf('The Vortex is an absolute superstar and hands-down the best blender we tried.')?.kind).toBe('hype');
  });

  it('judges a quoted statement by its own words, not by who said it', () => {
    const puff =
      '"This is an incredibly exciting day for Vortex and for everyone who shares our passion for great food," said Dana Roe, chief executive of Vortex Appliances.';
    expect(markOf(puff)?.kind).toBe('promo');
    const news = '"We are thrilled to welcome 300 new jobs to Dunmore," said Dana Roe, chief executive of Vortex Appliances.';
    expect(markOf(news)).toBeNull();
  });

  it('does not mark a long sentence for one stock phrase in it', () => {
    const long =
      'The motor stalled twice on ice, which is only the tip of the iceberg for a machine that also leaked at the seal, overheated after four minutes and threw its lid off at full speed during our smoothie test.';
    expect(markOf(long)).toBeNull();
  });

  it('marks a generic closing line, but not the same words mid-article or a closing quote', () => {
    const body = [
      LEAD,
      'The Vortex crushed ice in 12 seconds and was the quietest at 78 decibels.',
      'Its jug is glass and weighs 1.9kg, so it is heavy to pour one-handed.',
      'The Mixo 3 costs £89 and made the smoothest nut butter in 4 minutes.',
    ];
    const moral = 'The right blender is simply the one that fits how you cook.';
    const closing = analyze(article([...body, moral])).sentences.find((x) => x.text === moral);
    expect(closing?.padding?.kind).toBe('platitude');
    const early = analyze(article([moral, ...body, ...body.map((b) => b.replace('The', 'Our'))])).sentences.find((x) => x.text === moral);
    expect(early?.padding?.reason ?? '').not.toContain('closing line');
    const quote = '“I was raised to remember that I come from those who survived.';
    expect(analyze(article([...body, quote])).sentences.find((x) => x.text === quote)?.padding).toBeNull();
  });

  it('does not take a line that uses a heading’s words for a repeat', () => {
    const line = '120g kway teow flat rice noodles, soaked';
    const a = analyze({
      ...article([LEAD, line]),
      blocks: [{ kind: 'heading', level: 2, text: 'Char kway teow with flat rice noodles' }, ...article([LEAD, line]).blocks],
    });
    expect(a.sentences.find((x) => x.text === line)?.padding).toBeNull();
  });

  it('says where each borrowed list came from', () => {
    const groups = cueGroups('en');
    expect(groups.length).toBeGreaterThan(20);
    expect(groups.some((g) => g.find('bite the bullet') === 'bite the bullet')).toBe(true);
  });
});
