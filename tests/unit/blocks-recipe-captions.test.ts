import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { blocksFromElement } from '../../utils/extract';
import { isCreditLine } from '../../utils/lang/credit-lines';
import { splitSentences } from '../../utils/text/sentences';

const blocksOf = (html: string): string[] =>
  blocksFromElement(documentFromHtml(`<html><body><article>${html}</article></body></html>`, 'https://x.example/').body).map((b) => `${b.kind}:${b.text}`);

describe('quantities stay with their ingredients (no JSON-LD)', () => {
  it('reads a list item laid out in boxes as one item', () => {
    expect(blocksOf('<ul><li><div class="amount">1/4</div><div class="name">cup butter</div></li><li><p>½</p><p>cup sugar</p></li></ul>')).toEqual([
      'list-item:1/4 cup butter',
      'list-item:½ cup sugar',
    ]);
  });

  it('joins a quantity set apart as its own block to the text after it', () => {
    expect(blocksOf('<div class="ing"><div>1 1/2</div><div>cups flour</div></div><div><span>2–3</span></div><p>eggs</p>')).toEqual([
      'paragraph:1 1/2 cups flour',
      'paragraph:2–3 eggs',
    ]);
    expect(blocksOf('<ul><li>1/4</li><li>cup butter</li></ul>')).toEqual(['list-item:1/4 cup butter']);
  });

  it('joins a quantity line broken off by <br>', () => {
    expect(blocksOf('<p>1/4<br>cup butter<br>Melt it first.</p>')).toEqual(['paragraph:1/4 cup butter\nMelt it first.']);
  });

  it('leaves years, table cells and list items with real structure apart', () => {
    expect(blocksOf('<p>2019</p><p>The year the bridge opened.</p>')).toEqual(['paragraph:2019', 'paragraph:The year the bridge opened.']);
    expect(blocksOf('<table><tr><td>2</td><td>Apples</td></tr></table>')).toEqual(['paragraph:2', 'paragraph:Apples']);
    expect(blocksOf('<ul><li>Dough<ul><li>2 cups flour</li></ul></li></ul>')).toEqual(['list-item:Dough', 'list-item:2 cups flour']);
  });

  it('never splits a sentence after a fraction', () => {
    for (const text of ['1/4 cup butter, softened.', '½ cup sugar.', '1 1/2 cups flour, sifted twice.', 'Add 1 ½ cups of milk.']) {
      expect(splitSentences(text)).toEqual([text]);
    }
  });
});

describe('captions and credits', () => {
  it('keeps figcaption and table captions as captions', () => {
    expect(blocksOf('<figure><img src="a.jpg"><figcaption>The bridge at dawn.</figcaption></figure><p>Text.</p>')).toEqual(['caption:The bridge at dawn.', 'paragraph:Text.']);
  });

  it('marks credit lines set as paragraphs as captions', () => {
    expect(blocksOf('<p>Photo: Jane Doe/Getty Images</p><p>(Getty Images)</p><p>The council met on Tuesday.</p>')).toEqual([
      'caption:Photo: Jane Doe/Getty Images',
      'caption:(Getty Images)',
      'paragraph:The council met on Tuesday.',
    ]);
  });

  it.each([
    'Photo: Jane Doe', 'Image credit NASA', 'Image credit: NASA/JPL', 'Photo by Jane Doe on Unsplash', '(Getty Images)', '(AP Photo/Evan Vucci)',
    'The senator in 2019. (Getty Images)', 'Crowds outside the court. Photo: Reuters', '© Reuters',
    'Foto: dpa', 'Bild: Die Kanzlerin in Berlin', 'Bildquelle: picture alliance', 'Crédit photo : AFP', 'Crédits photo: Le Monde', 'Photo de Jean Dupont',
    'Foto: EFE', 'Imagen: Archivo', 'Fotografia: Reprodução', 'Foto di Marco Rossi',
  ])('a credit: %s', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    'The photo shows a dog running on the beach.', 'Photography is my passion and I started it in 2010.', 'Images are important: they help readers.',
    'Credit card fees rose 5% last year.', 'The first thing you notice is the graphic: bold colours everywhere.',
    'We went to the Getty museum (Getty Center) and it was great fun.', 'Fonte: Istat', 'Das Bild der Stadt hat sich verändert.',
  ])('not a credit: %s', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});
