/**
 * Pages that are not the plain article Readability expects: CJK and right-to-left text, content in
 * shadow roots and frames, a huge page, pages where Readability finds too little, empty pages.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/summarize-file';
import { analyze } from '../../utils/analysis';
import { countWords, extractArticle, MAX_ARTICLE_WORDS, parseExtractResult, type Article } from '../../utils/extract';
import { countTextWords } from '../../utils/extract/scripts';
import { hugeArticleHtml } from '../support/huge-page';

const URL_ = 'https://odd.example/story';

function read(html: string) {
  return extractArticle(documentFromHtml(html, URL_));
}

function article(html: string): Article {
  const result = read(html);
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result.article;
}

const textOf = (a: Article): string => a.blocks.map((b) => b.text).join('\n');

const JAPANESE = [
  '市は十二日、老朽化した港の防波堤を三年かけて改修する計画を発表した。',
  '総事業費は約四十五億円で、国の補助金と市の積立金でまかなう。',
  '防波堤は一九六八年に完成し、近年は台風のたびに一部が崩れていた。',
  '工事は来年四月に始まり、漁船の出入りを妨げないよう区間ごとに進める。',
  '漁業協同組合の組合長は、冬の漁期に工事が重ならないよう市に求めたと話した。',
  '市の担当者によると、完成後は高さ六メートルの波にも耐えられる設計になる。',
  '住民説明会は今月二十日と二十七日に市民会館で開かれる予定だ。',
];
const CHINESE = [
  '市政府周二宣布，将用三年时间改造老化的港口防波堤。',
  '项目总投资约四点五亿元，由中央补贴和市财政共同承担。',
  '这座防波堤建于一九六八年，近年来每逢台风都有部分坍塌。',
  '工程将于明年四月开工，并分段施工，以免影响渔船进出港口。',
  '渔业合作社负责人表示，已要求市政府避开冬季捕鱼期施工。',
  '据市政府介绍，改造完成后防波堤可抵御六米高的海浪。',
  '居民说明会将于本月二十日和二十七日在市民会馆举行。',
];
const KOREAN = [
  '시는 12일 낡은 항구 방파제를 3년에 걸쳐 보수하는 계획을 발표했다.',
  '총사업비는 약 450억 원으로 국비 보조금과 시 적립금으로 충당한다.',
  '방파제는 1968년에 완공됐으며 최근에는 태풍이 올 때마다 일부가 무너졌다.',
  '공사는 내년 4월에 시작되며 어선 출입을 막지 않도록 구간별로 진행된다.',
  '어업협동조합장은 겨울 조업기와 공사가 겹치지 않도록 시에 요청했다고 말했다.',
  '시 관계자에 따르면 완공 후에는 높이 6미터의 파도도 견딜 수 있다.',
];

/** A short news story: the paragraphs twice, as two halves of the story, under a heading. */
function cjkPage(lang: string, title: string, sentences: readonly string[]): string {
  const paras = [sentences.slice(0, 3), sentences.slice(3)].map((s) => `<p>${s.join('')}</p>`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
    <nav><a href="/">トップ</a> <a href="/news">News</a></nav>
    <article><h1>${title}</h1>${paras.join('\n')}</article>
    <footer>© 2026</footer></body></html>`;
}

describe('CJK pages', () => {
  it('counts CJK text by characters, two to a word', () => {
    expect(countTextWords('防波堤を改修する')).toBe(4);
    expect(countTextWords('港口防波堤 2026 year')).toBe(5);
    expect(countTextWords('시는 12일 방파제를')).toBe(5);
  });

  it.each([
    ['ja', '港の防波堤、三年かけて改修へ', JAPANESE],
    ['zh', '港口防波堤将用三年改造', CHINESE],
    ['ko', '항구 방파제 3년간 보수', KOREAN],
  ])('reads a short %s news story whole', (lang, title, sentences) => {
    const html = cjkPage(lang, title, sentences);
    // The story is shorter than Readability's default 500-character threshold.
    expect(sentences.join('').length).toBeLessThan(500);
    const a = article(html);
    expect(a.title).toBe(title);
    expect(a.lang).toBe(lang);
    for (const s of sentences) expect(textOf(a)).toContain(s);
    expect(a.engine).toBe('readability');
    const analysis = analyze(a);
    expect(analysis.keyPoints.length).toBeGreaterThan(0);
  });
});

describe('right-to-left pages', () => {
  const ARABIC = [
    'أعلنت البلدية يوم الثلاثاء أنها ستعيد بناء حاجز الأمواج في الميناء خلال ثلاث سنوات بتكلفة تبلغ خمسة وأربعين مليون دينار.',
    'وقال رئيس البلدية إن الحاجز الذي بني عام ألف وتسعمئة وثمانية وستين تضرر كثيرا في العواصف الأخيرة ولم يعد يحمي قوارب الصيد.',
    'وسيبدأ العمل في شهر أبريل المقبل على مراحل حتى لا يتوقف دخول السفن إلى الميناء وخروجها منه طوال فترة البناء.',
    'وطلب اتحاد الصيادين من البلدية ألا تتزامن الأعمال مع موسم الصيد في الشتاء لأن معظم دخل الأسر يأتي في تلك الأشهر.',
  ];
  const HEBREW = [
    'העירייה הודיעה ביום שלישי כי תשקם את שובר הגלים בנמל במשך שלוש שנים בעלות של ארבעים וחמישה מיליון שקלים.',
    'לדברי ראש העירייה שובר הגלים שנבנה בשנת אלף תשע מאות שישים ושמונה נפגע קשות בסערות האחרונות ואינו מגן עוד על סירות הדייגים.',
    'העבודות יחלו בחודש אפריל הבא בשלבים כדי שהכניסה והיציאה של כלי שיט מהנמל לא ייפסקו לאורך כל תקופת הבנייה.',
    'ארגון הדייגים ביקש מהעירייה שהעבודות לא יתקיימו בעונת הדיג בחורף משום שרוב ההכנסה של המשפחות מגיעה בחודשים האלה.',
  ];
  const page = (lang: string, dirAttr: string, sentences: readonly string[]) =>
    `<html lang="${lang}"${dirAttr}><head><title>${sentences[0]!.slice(0, 30)}</title></head><body><article>
      ${sentences.map((s) => `<p>${s} ${s}</p>`).join('\n')}</article></body></html>`;

  it('carries the declared direction of an Arabic page', () => {
    const a = article(page('ar', ' dir="rtl"', ARABIC));
    expect(a.dir).toBe('rtl');
    expect(textOf(a)).toContain(ARABIC[2]!);
    expect(analyze(a).keyPoints.length).toBeGreaterThan(0);
  });

  it('guesses rtl for a Hebrew page that declares no direction', () => {
    const a = article(page('he', '', HEBREW));
    expect(a.dir).toBe('rtl');
    expect(textOf(a)).toContain(HEBREW[1]!);
  });
});

/** Paragraphs about one event, each distinct. */
function story(n: number, topic = 'harbour wall'): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `Engineers inspecting the ${topic} on day ${i + 1} found ${i + 2} new cracks along the eastern section, and the council said repairs would cost about ${(i + 1) * 12} thousand euros before the winter storms.`,
  );
}

describe('content inside shadow roots and frames', () => {
  // Short stories (about 200 words): the page's own light DOM looks empty to isProbablyReaderable.
  it('reads an article rendered inside an open shadow root, slots filled, and says so', () => {
    const doc = documentFromHtml(
      `<html><head><title>Harbour wall</title></head><body><nav><a href="/">Home</a></nav>
        <news-story><span slot="byline">By Ana Ruiz</span><p>A light paragraph for the default slot about the harbour wall and the storms that damaged it last winter.</p></news-story></body></html>`,
      URL_,
    );
    const host = doc.querySelector('news-story')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<article><h1>Harbour wall</h1><p class="by"><slot name="byline"></slot></p>
      ${story(6).map((p) => `<p>${p}</p>`).join('')}<slot></slot></article>`;
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = textOf(result.article);
    expect(text).toContain(story(6)[5]);
    expect(text).toContain('A light paragraph for the default slot');
    expect(result.article.notes).toContain('Read text inside 1 embedded component (shadow DOM).');
    // The live page is left alone.
    expect(host.shadowRoot?.querySelectorAll('p').length).toBe(7);
  });

  it('reads a same-origin frame and names the frames it could not read', () => {
    const doc = documentFromHtml(
      `<html><head><title>Harbour wall</title></head><body><h1>Harbour wall</h1>
        <iframe id="story" title="Story"></iframe>
        <iframe id="ad" src="https://ads.example/slot" width="300" height="250"></iframe>
        <iframe src="https://track.example/px" width="1" height="1"></iframe></body></html>`,
      URL_,
    );
    // jsdom loads no frame sources: the frame starts as about:blank, as a same-origin one would.
    const frameDoc = (doc.getElementById('story') as HTMLIFrameElement).contentDocument!;
    frameDoc.body.innerHTML = `<article>${story(6).map((p) => `<p>${p}</p>`).join('')}</article>`;
    // jsdom cannot load another origin; a null contentDocument is what a browser gives for one.
    Object.defineProperty(doc.getElementById('ad')!, 'contentDocument', { get: () => null });
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(textOf(result.article)).toContain(story(6)[4]);
    expect(result.article.notes).toEqual([
      'Read text inside 1 frame from this site.',
      '1 frame from other sites could not be read.',
    ]);
  });

  it('reports nothing on a plain page', () => {
    const a = article(`<html><head><title>T</title></head><body><article>${story(8).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    expect(a.notes).toEqual([]);
    expect(a.engine).toBe('readability');
    expect(a.truncated).toBe(false);
  });
});

describe('when Readability finds too little', () => {
  // Readability drops elements whose class looks unlikely ("extra", "banner"…) before scoring;
  // here that is the story's own wrapper, and it settles for the long welcome blurb instead.
  const html = `<html><head><title>Harbour wall repairs</title></head><body>
    <div class="intro"><p>${'Welcome to the harbour news page, where we collect updates about boats, weather and the people who work along the quays every day of the year. '.repeat(4)}</p></div>
    <div class="story extra-wide">${story(14).map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('falls back to its own reader and says which engine read the page', () => {
    const a = article(html);
    expect(a.engine).toBe('fallback');
    expect(textOf(a)).toContain(story(14)[13]);
    expect(a.notes?.[0]).toBe('Read by Winnow’s simple reader: the usual reader found too little of the page’s text.');
  });

  it('falls back when Readability gives up on the page', () => {
    const doc = documentFromHtml(`<html><head><title>Harbour wall</title></head><body><main>${story(10).map((p) => `<p>${p}</p>`).join('')}</main></body></html>`, URL_);
    // maxElemsToParse makes parse() throw, as it does on pages with very many elements.
    const result = extractArticle(doc, { maxElemsToParse: 3 });
    expect(result.ok && result.article.engine).toBe('fallback');
    expect(result.ok && result.article.notes?.[0]).toBe('Read by Winnow’s simple reader: the usual reader could not handle this page.');
  });

  it('does not trade an article for its longer comment thread', () => {
    const comments = Array.from({ length: 40 }, (_, i) =>
      `<div class="comment"><p class="author">Reader ${i}</p><p>I have lived by the harbour for ${i + 3} years and the wall has always been a problem in the winter, when the storms come in from the east and the boats have to move.</p></div>`,
    ).join('');
    const a = article(`<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>${story(7).map((p) => `<p>${p}</p>`).join('')}</article>
      <section id="comments">${comments}</section></body></html>`);
    expect(a.engine).toBe('readability');
    expect(textOf(a)).toContain(story(7)[6]);
    expect(textOf(a)).not.toContain('I have lived by the harbour');
  });

  it('leaves site chrome out of the fallback reading', () => {
    const a = article(html.replace('<div class="intro">', '<nav>Home News Sport Weather Contact us</nav><div class="intro">'));
    expect(textOf(a)).not.toContain('Home News Sport');
  });
});

// A correctness test, not a timing one: a loaded machine may take seconds to build the DOM.
describe('a 1 MB page', { timeout: 60_000 }, () => {
  const html = hugeArticleHtml();

  it('is read up to the word limit, and the result says it was cut', () => {
    expect(html.length).toBeGreaterThanOrEqual(1_000_000);
    const a = article(html);
    expect(a.truncated).toBe(true);
    const words = countWords(a.blocks);
    expect(words).toBeLessThanOrEqual(MAX_ARTICLE_WORDS);
    expect(words).toBeGreaterThan(MAX_ARTICLE_WORDS * 0.9);
    expect(a.notes?.[0]).toMatch(/^This page is very long: only the first [\d,]+ words of about [\d,]+ were read\.$/);
    const analysis = analyze(a);
    expect(analysis.keyPoints.length).toBe(5);
  });

  it('is not cut when a lower limit is not reached', () => {
    const a = article(`<html><body><article>${story(10).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    expect(a.truncated).toBe(false);
  });
});

describe('pages with nothing to read', () => {
  it.each([
    ['an empty body', '<html><head><title>Empty</title></head><body></body></html>'],
    ['only whitespace', '<html><body>   \n\t  </body></html>'],
    ['only scripts and styles', '<html><head><style>p{color:red}</style></head><body><script>var x = "hello world";</script></body></html>'],
  ])('says %s has no readable text', (_name, html) => {
    expect(read(html)).toEqual({ ok: false, reason: 'empty', message: 'There is no readable text on this page.', said: { code: 'extractNoText' } });
  });

  it('says a page with a few lines is not an article', () => {
    expect(read('<html><body><h1>Hello</h1><p>Coming soon. Sign up for news.</p></body></html>')).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('reads those few lines when the reader asks anyway, but never an empty page', () => {
    const short = documentFromHtml('<html><body><h1>Hello</h1><p>Coming soon. Sign up for news.</p></body></html>', URL_);
    const result = extractArticle(short, { acceptShort: true });
    expect(result.ok && result.article.blocks.map((b) => b.text).join(' ')).toContain('Coming soon.');
    const empty = documentFromHtml('<html><body>  </body></html>', URL_);
    expect(extractArticle(empty, { acceptShort: true })).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('pages that change', () => {
  it('says so when the page was still loading', () => {
    const doc = documentFromHtml(`<html><body><article>${story(8).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, URL_);
    const result = extractArticle(doc, { stillLoading: true });
    expect(result.ok && result.article.notes).toEqual([
      'The page was still loading: Winnow read what had arrived. Try again once it has finished for the full text.',
    ]);
  });

  it('reads the new content after a single-page app swaps it (nothing is cached)', () => {
    const doc = documentFromHtml(`<html><head><title>One</title></head><body><main id="app"><article>${story(8).map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`, URL_);
    const first = extractArticle(doc);
    doc.getElementById('app')!.innerHTML = `<article>${story(8, 'bridge deck').map((p) => `<p>${p}</p>`).join('')}</article>`;
    doc.title = 'Two';
    const second = extractArticle(doc);
    expect(first.ok && textOf(first.article)).toContain('harbour wall');
    expect(second.ok && textOf(second.article)).toContain('bridge deck');
    expect(second.ok && textOf(second.article)).not.toContain('harbour wall');
  });
});

describe('parseExtractResult and the new fields', () => {
  const base = { url: 'https://a.example', canonicalUrl: null, title: 'T', byline: null, siteName: null, lang: null, dir: null, publishedTime: null, excerpt: null, blocks: [] };

  it('accepts results with and without how-it-was-read fields (older saved data has none)', () => {
    expect(parseExtractResult({ ok: true, article: base })).not.toBeNull();
    expect(parseExtractResult({ ok: true, article: { ...base, engine: 'fallback', truncated: true, notes: ['n'] } })).not.toBeNull();
  });

  it.each([
    ['an unknown engine', { engine: 'magic' }],
    ['notes that are not text', { notes: [1] }],
    ['a truncated flag that is not a boolean', { truncated: 'yes' }],
  ])('rejects %s', (_name, extra) => {
    expect(parseExtractResult({ ok: true, article: { ...base, ...extra } })).toBeNull();
  });
});
