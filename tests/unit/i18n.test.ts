import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { say, t, tn, tx } from '../../components/i18n';
import { reasonText } from '../../components/reasons';
import { analyze } from '../../utils/analysis';
import { labelCode } from '../../utils/analysis/padding/cues';
import { PADDING_KINDS } from '../../utils/analysis/vocabulary';
import { languagePack } from '../../utils/lang/registry';
import { extractFromHtml } from '../../cli/summarize-file';
import { readingNotes } from '../../utils/extract/notes';
import { parseImport } from '../../utils/storage/library';
import { pageAccess } from '../../utils/url';
import { getMessageFrom, loadCatalogue, type Catalogue } from '../support/i18n';

const LOCALES = readdirSync('public/_locales');
const english = loadCatalogue('en');

/** A message's placeholders as the browser reads them: name → "$n". */
function placeholders(catalogue: Catalogue, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(catalogue[key]?.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
}

const used = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());

describe('the catalogues', () => {
  it('hold English, French, German and Spanish at least', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es']));
  });

  it.each(LOCALES)('%s has every English key, no other, each with the same placeholders', (lang) => {
    const catalogue = loadCatalogue(lang);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      const entry = catalogue[key]!;
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(catalogue, key), `${lang} ${key}`).toEqual(placeholders(english, key));
      // Every $name$ in the text is a declared placeholder (an undeclared one would show as typed).
      for (const name of used(entry.message)) expect(Object.keys(placeholders(catalogue, key)), `${lang} ${key}: $${name}$`).toContain(name);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is a translation, not a copy of English', (lang) => {
    const catalogue = loadCatalogue(lang);
    const words = (m: string) => m.replace(/\$\w+\$/g, '');
    const same = Object.keys(english).filter((k) => catalogue[k]!.message === english[k]!.message && /\p{L}{2,}/u.test(words(english[k]!.message)));
    // Words that read the same in both languages (Options, Site, Analogie…) are few; a view left in English is not.
    expect(same.length / Object.keys(english).length, same.join(', ')).toBeLessThan(0.05);
  });

  it.each(LOCALES)('%s names its own language, which Intl knows', (lang) => {
    const locale = loadCatalogue(lang).locale!.message;
    expect(locale.split('-')[0]).toBe(lang.split('_')[0]);
    expect(Intl.getCanonicalLocales(locale)).toHaveLength(1);
  });

  it('names every padding kind and every cue group of every language pack', () => {
    for (const kind of PADDING_KINDS) expect(english[`kind_${kind}`]?.message).toBeTruthy();
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt']) {
      for (const group of languagePack(lang).cues?.cues ?? []) {
        const entry = english[`reason_${labelCode(group.reason)}`];
        expect(entry?.message, `${lang}: “${group.reason}”`).toBe(`${group.reason} “$cue$”`);
      }
    }
  });
});

describe('t, tn and tx', () => {
  const use = (lang: string, ui = lang) => Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(loadCatalogue(lang)), getUILanguage: () => ui });
  beforeEach(() => use('en'));

  it('fill placeholders in the order the code gives them, whatever order the language puts them in', () => {
    expect(tn('importEvicted', 3, 100)).toBe('The library holds 100: the 3 oldest unpinned summaries were removed.');
    expect(t('kindCount', 'Hype', 2)).toBe('Hype 2');
  });

  it('choose the plural form by the catalogue’s language', async () => {
    expect(tn('wordCount', 1)).toBe('1 word');
    expect(tn('wordCount', 0)).toBe('0 words');
    use('fr');
    // A fresh module: the plural rules are read once per page, as a page has one language.
    const fresh = await import('../../components/i18n?fr' as string) as typeof import('../../components/i18n');
    expect(fresh.tn('wordCount', 0)).toBe('0 mot');
    expect(fresh.tn('wordCount', 2)).toBe('2 mots');
  });

  it('put elements where the message says, as elements, not markup', () => {
    const kbd = { type: 'kbd', props: { children: 'Alt+Shift+K' } } as never;
    expect(tx('shortcutIs', kbd)).toEqual(['Shortcut: ', kbd, '']);
  });
});

describe('padding reasons in the reader’s language', () => {
  const pages = ['clean-news-plant-layoffs', 'listicle-budgeting-apps', 'press-release-helionyx-acquisition', 'blog-fr-cargo-bike-year', 'clean-news-es-desalination-plant'];
  const marks = pages.flatMap((slug) => {
    const read = extractFromHtml(readFileSync(`tests/fixtures/${slug}/page.html`, 'utf8'), `https://fixtures.example/${slug}/`);
    return read.ok ? analyze(read.article, { sensitivity: 'strict' }).sentences.flatMap((s) => (s.padding ? [s.padding] : [])) : [];
  });

  it('every mark carries codes, and in English they say exactly the analysis’s reason', () => {
    expect(marks.length).toBeGreaterThan(20);
    for (const mark of marks) {
      expect(mark.why?.length, mark.reason).toBeGreaterThan(0);
      expect(reasonText(mark)).toBe(mark.reason);
    }
  });

  it('in French they are French', () => {
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(loadCatalogue('fr')) });
    expect(reasonText({ reason: 'Cliché “since the dawn of time”', why: [{ code: 'cliche', cue: 'since the dawn of time' }] })).toBe(
      'Cliché «\u00a0since the dawn of time\u00a0»',
    );
    expect(reasonText({ reason: 'Says again what sentence 3 said', why: [{ code: 'repeats', sentence: 3 }] })).toBe('Redit ce que disait la phrase 3');
    const translated = marks.map(reasonText);
    expect(translated.filter((r, i) => r === marks[i]!.reason && /^[A-Z]/.test(r)).length).toBe(0);
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(english) });
  });

  it.each([
    ['an unknown code', [{ code: 'from_a_newer_analysis' }]],
    ['a malformed code', [{ code: 'Not a code!' }]],
    ['no codes (saved before they existed)', undefined],
    ['codes that are not a list', 'cliche'],
  ])('falls back to the English reason for %s', (_name, why) => {
    expect(reasonText({ reason: 'Hedge “likely”', why } as never)).toBe('Hedge “likely”');
  });
});

describe('what code without a browser says', () => {
  const codes = readdirSync('utils', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join('utils', f), 'utf8').matchAll(/\bsaid\(\s*[`'](\w+)/g)].map((m) => m[1]!));

  it('names only messages the catalogue has (a counted one as a _one/_other pair)', () => {
    expect(codes.length).toBeGreaterThan(20);
    const known = (code: string) => english[code] !== undefined || (english[`${code}_one`] !== undefined && english[`${code}_other`] !== undefined);
    expect(codes.filter((c) => !known(c) && c !== 'noteFallback_')).toEqual([]);
    for (const why of ['nothing', 'failed', 'little']) expect(english[`noteFallback_${why}`]).toBeDefined();
  });

  it.each(['', 'not a url', 'file:///home/a/notes.txt', 'file:///home/a/report.pdf', 'chrome://settings/', 'https://chromewebstore.google.com/detail/x', 'https://news.example/a.pdf'])(
    'says in English what pageAccess says for “%s”',
    (url) => {
      const access = pageAccess(url);
      expect(access.ok).toBe(false);
      if (!access.ok) expect(say(access.said, access.message)).toBe(access.message);
    },
  );

  it.each([
    ['not JSON', '{'],
    ['not an export', '[]'],
    ['another format', '{"format": "x"}'],
    ['a newer version', '{"format": "winnow-summaries", "version": 99}'],
    ['no entries', '{"format": "winnow-summaries", "version": 2}'],
    ['a damaged entry', '{"format": "winnow-summaries", "version": 2, "entries": [{"title": "Bridge"}]}'],
    ['a damaged entry without a title', '{"format": "winnow-summaries", "version": 2, "entries": [{}]}'],
  ])('says in English why an import of %s is refused, as the library says it', (_name, text) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say(r.said, '')).toBe(r.error);
  });

  it('says the reading notes as the extraction writes them, counts included', () => {
    const { notes, noteCodes } = readingNotes({
      fallbackWhy: 'little',
      coverage: { shadowRoots: 1, frames: 2, blockedFrames: 3 },
      truncated: { kept: 20000, total: 51234 },
      stillLoading: true,
    });
    expect(noteCodes.map((code) => say(code, ''))).toEqual(notes);
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(loadCatalogue('de')) });
    expect(say(noteCodes[1], notes[1]!)).toMatch(/^Diese Seite ist sehr lang: Nur die ersten [\d.,]+ Wörter von etwa [\d.,]+ wurden gelesen\.$/);
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(english) });
  });

  it.each([
    ['nothing', undefined],
    ['an unknown code', { code: 'fromTheFuture' }],
    ['a code with markup for arguments', { code: 'saveFailed', args: [{ toString: (): string => '<b>' }] }],
    ['too many arguments', { code: 'saveFailed', args: Array.from({ length: 10 }, () => 'x') }],
  ])('keeps the English for %s', (_name, said) => {
    expect(say(said, 'Not saved.')).toBe('Not saved.');
  });
});

/**
 * No English left in the views: every text node, and every attribute a reader sees or hears, comes
 * from the catalogue. What is left in the source is names that are the same in every language.
 */
describe('the views', () => {
  const ALLOWED = new Set(['Markdown', 'JSON', 'http', '(http)']);
  const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label', 'message']);
  const files = ['components', 'entrypoints'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => join(dir, f)),
  );

  function englishIn(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const wordy = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim());
    const line = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    /** String literals that end up as text: not those passed to a call (t('key'), a class list helper) or compared. */
    const literals = (n: ts.Node): ts.Node[] => {
      // Elements are visited on their own; their attributes are classes, ids and test ids unless shown.
      if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) return [];
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return [n];
      if (ts.isTemplateExpression(n)) return [n.head, ...n.templateSpans.map((s) => s.literal)];
      if (ts.isCallExpression(n) || ts.isBinaryExpression(n) && n.operatorToken.kind !== ts.SyntaxKind.PlusToken) {
        return ts.isBinaryExpression(n) ? literals(n.right) : [];
      }
      if (ts.isConditionalExpression(n)) return [...literals(n.whenTrue), ...literals(n.whenFalse)];
      return n.getChildren().flatMap(literals);
    };
    const visit = (n: ts.Node): void => {
      if (ts.isJsxText(n) && wordy(n.text)) found.push(`${line(n)} text “${n.text.trim()}”`);
      if (ts.isJsxExpression(n) && n.expression && !ts.isJsxAttribute(n.parent)) {
        for (const l of literals(n.expression)) if (wordy(l.getText().slice(1, -1))) found.push(`${line(l)} text ${l.getText()}`);
      }
      if (ts.isJsxAttribute(n) && SHOWN_ATTRIBUTES.has(n.name.getText()) && n.initializer) {
        const init = n.initializer;
        const shown = ts.isStringLiteral(init) ? [init] : ts.isJsxExpression(init) && init.expression ? literals(init.expression) : [];
        for (const l of shown) if (wordy(l.getText().slice(1, -1))) found.push(`${line(l)} ${n.name.getText()}=${l.getText()}`);
      }
      n.forEachChild(visit);
    };
    visit(source);
    return found;
  }

  it('are all checked', () => {
    expect(files.length).toBeGreaterThan(25);
  });

  it('say nothing in English that does not come from the catalogue', () => {
    expect(files.flatMap(englishIn)).toEqual([]);
  });

  it('the check finds English where it is', () => {
    const probe = 'tests/unit/.i18n-probe.tsx';
    writeFileSync(probe, `export const A = () => <p title="Hello there">Read it {ok ? 'now' : t('later')} <b aria-label={\`Pin \${x}\`}>x</b></p>;`);
    try {
      expect(englishIn(probe).map((f) => f.replace(/^\S+ /, ''))).toEqual(['title="Hello there"', 'text “Read it”', "text 'now'", 'aria-label=`Pin ${']);
    } finally {
      rmSync(probe);
    }
  });
});
