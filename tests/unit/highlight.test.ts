import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { indexPageText, locateSentences } from '../../utils/highlight/locate';
import { runHighlightCommand, type HighlightSentence } from '../../utils/highlight/in-page';

const PAGE = `<!doctype html><html><body>
  <aside><p>Teaser: The council voted 7–2 to raise fares.</p></aside>
  <script>var s = "The council voted 7–2 to raise fares.";</script>
  <article>
    <h1>Fares   rise</h1>
    <p>The council voted <a href="/v">7–2</a> to raise
       fares. Riders&nbsp;will pay <b>$2.75</b> from May.<br>Monthly passes stay at $90.</p>
    <p>It is what it is, at the end of the day. Para&shy;transit is not affected.</p>
  </article>
</body></html>`;

const doc = () => documentFromHtml(PAGE, 'https://news.example/fares');

describe('locateSentences', () => {
  it('finds sentences across inline tags, line breaks, odd whitespace and soft hyphens', () => {
    const d = doc();
    const page = indexPageText(d.body);
    const ranges = locateSentences(page, [
      'Riders will pay $2.75 from May.',
      'Monthly passes stay at $90.',
      'Paratransit is not affected.',
    ]);
    expect(ranges.map((r) => r?.toString().replace(/\s+/g, ' '))).toEqual([
      'Riders will pay $2.75 from May.',
      'Monthly passes stay at $90.',
      'Para\u00adtransit is not affected.',
    ]);
  });

  it('prefers the article flow to an earlier teaser, and never matches script text', () => {
    const d = doc();
    const [title, vote] = locateSentences(indexPageText(d.body), ['Fares rise', 'The council voted 7–2 to raise fares.']);
    expect(title?.startContainer.parentElement?.tagName).toBe('H1');
    // Searching goes on after the title, so the teaser in the aside is passed over.
    expect(vote?.startContainer.parentElement?.tagName).toBe('P');
    expect(vote?.startContainer.parentElement?.closest('article')).not.toBeNull();
  });

  it('gives null for a sentence that is not in the page, and keeps going', () => {
    const d = doc();
    const ranges = locateSentences(indexPageText(d.body), ['Nothing like this is on the page.', 'Monthly passes stay at $90.']);
    expect(ranges[0]).toBeNull();
    expect(ranges[1]?.toString()).toBe('Monthly passes stay at $90.');
  });
});

const text = (r: unknown) => String(r).replace(/\s+/g, ' ');

/** A stand-in for CSS.highlights and Highlight, which jsdom lacks; Chromium's real ones are tested end to end. */
function installFakeHighlights(win: Window): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  Object.assign(win, {
    CSS: { highlights: registry },
    Highlight: class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    },
  });
  return registry;
}

const SENTENCES: HighlightSentence[] = [
  { index: 2, text: 'Riders will pay $2.75 from May.', role: 'key' },
  { index: 4, text: 'It is what it is, at the end of the day.', role: 'padding' },
  { index: 9, text: 'A sentence the page does not have.', role: 'padding' },
];

describe('runHighlightCommand', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says so when the browser has no highlight API, and changes nothing', () => {
    const d = doc();
    const before = d.documentElement.outerHTML;
    expect(runHighlightCommand(d, { command: 'apply', sentences: SENTENCES })).toEqual({ ok: false, reason: 'unsupported' });
    expect(runHighlightCommand(d, { command: 'status' })).toEqual({ ok: true, active: false, found: 0, missing: 0 });
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('registers key points and padding as separate highlights, reports what it missed, and clears', () => {
    const d = doc();
    const registry = installFakeHighlights(d.defaultView!);
    const before = d.documentElement.outerHTML;
    expect(runHighlightCommand(d, { command: 'apply', sentences: SENTENCES })).toEqual({ ok: true, active: true, found: 2, missing: 1 });
    expect([...registry.get('winnow-key')!].map(text)).toEqual(['Riders will pay $2.75 from May.']);
    expect([...registry.get('winnow-padding')!].map(text)).toEqual(['It is what it is, at the end of the day.']);
    expect(runHighlightCommand(d, { command: 'status' })).toMatchObject({ active: true });
    expect(d.documentElement.outerHTML).toBe(before);

    runHighlightCommand(d, { command: 'clear' });
    expect(registry.size).toBe(0);
    expect(runHighlightCommand(d, { command: 'status' })).toMatchObject({ active: false });
  });

  it('reveals a key point by scrolling its paragraph into view and flashing it', () => {
    const d = doc();
    const registry = installFakeHighlights(d.defaultView!);
    const scrolled: Element[] = [];
    d.defaultView!.Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    vi.useFakeTimers();
    const reply = runHighlightCommand(d, { command: 'reveal', sentences: SENTENCES, target: 2 });
    expect(reply).toMatchObject({ ok: true });
    expect(scrolled.map((e) => e.tagName)).toEqual(['P']);
    expect([...registry.get('winnow-focus')!].map(text)).toEqual(['Riders will pay $2.75 from May.']);
    vi.advanceTimersByTime(2_500);
    expect(registry.has('winnow-focus')).toBe(false);
    vi.useRealTimers();

    expect(runHighlightCommand(d, { command: 'reveal', sentences: SENTENCES, target: 9 })).toEqual({ ok: false, reason: 'not-found' });
  });
});
