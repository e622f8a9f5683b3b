/**
 * The corpus's label file (LABELLING.md), parsed and checked. One definition of the genres and of
 * what a valid file is, used by the labellers' checker, the tests and the bench.
 */
import { PADDING_KINDS, type PaddingKind } from '../../utils/analysis/vocabulary';
import { findFragment, words } from './fragments';

const GENRES = [
  'news', 'feature', 'opinion', 'blog', 'recipe', 'howto', 'listicle', 'review', 'marketing', 'press-release', 'tutorial',
] as const;
type Genre = (typeof GENRES)[number];

export interface CorpusLabels {
  title: string;
  source: string;
  genre: Genre;
  lang: string;
  keyFacts: string[][];
  padding: { text: string; kind: PaddingKind | null }[];
  boilerplate: string[];
  notPadding: string[];
}

interface Checked {
  labels: CorpusLabels | null;
  errors: string[];
  warnings: string[];
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Parses a label file and checks its shape; `checkLabels` also finds each fragment in the page. */
export function parseLabels(raw: unknown): Checked {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { labels: null, errors: ['not a JSON object'], warnings };
  const r = raw as Record<string, unknown>;
  for (const key of ['title', 'source', 'genre', 'lang'] as const) if (!isStr(r[key])) errors.push(`"${key}" must be a non-empty string`);
  if (isStr(r.genre) && !(GENRES as readonly string[]).includes(r.genre)) errors.push(`"genre" must be one of ${GENRES.join(', ')}`);
  const strList = (key: string): string[] => {
    const v = r[key];
    if (!Array.isArray(v) || !v.every(isStr)) {
      errors.push(`"${key}" must be a list of strings`);
      return [];
    }
    return v;
  };
  const keyFacts: string[][] = [];
  if (!Array.isArray(r.keyFacts)) errors.push('"keyFacts" must be a list of lists of strings');
  else
    for (const f of r.keyFacts) {
      if (Array.isArray(f) && f.length > 0 && f.every(isStr)) keyFacts.push(f);
      else errors.push(`keyFacts: ${JSON.stringify(f).slice(0, 60)} must be a non-empty list of strings`);
    }
  const padding: CorpusLabels['padding'] = [];
  if (!Array.isArray(r.padding)) errors.push('"padding" must be a list');
  else
    for (const p of r.padding) {
      if (isStr(p)) padding.push({ text: p, kind: null });
      else if (typeof p === 'object' && p !== null && isStr((p as { text?: unknown }).text)) {
        const kind = (p as { kind?: unknown }).kind;
        if (kind !== undefined && !(PADDING_KINDS as readonly unknown[]).includes(kind)) errors.push(`padding kind "${String(kind)}" is not one of ${PADDING_KINDS.join(', ')}`);
        padding.push({ text: (p as { text: string }).text, kind: (kind as PaddingKind | undefined) ?? null });
      } else errors.push(`padding: ${JSON.stringify(p).slice(0, 60)} must be a string or {text, kind}`);
    }
  const boilerplate = strList('boilerplate');
  const notPadding = strList('notPadding');

  if (keyFacts.length < 3 || keyFacts.length > 6) errors.push(`${keyFacts.length} key facts: give 4–6 (3 only on a very short page)`);
  if (notPadding.length > 8) warnings.push(`${notPadding.length} notPadding entries: 3–6 are asked for`);

  if (errors.length) return { labels: null, errors, warnings };
  const labels = { title: r.title as string, source: r.source as string, genre: r.genre as Genre, lang: r.lang as string, keyFacts, padding, boilerplate, notPadding };
  return { labels, errors, warnings };
}

/** Parses a label file and checks it against the page's visible text (`pageText`), as LABELLING.md says. */
export function checkLabels(raw: unknown, text: string): Checked {
  const parsed = parseLabels(raw);
  const { labels, warnings } = parsed;
  if (!labels) return parsed;
  const errors: string[] = [];
  const { keyFacts, padding, boilerplate, notPadding } = labels;
  const pageWords = words(text);
  const check = (list: string, fragment: string) => {
    const w = words(fragment);
    if (findFragment(w, pageWords) < 0) errors.push(`${list}: not found in the page's text: "${fragment.slice(0, 80)}"`);
    // The guide asks for 8–25 words; Chinese and Japanese count a character a word, so they get room.
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(fragment);
    if (!cjk && w.length > 25) warnings.push(`${list}: ${w.length} words, the guide asks for 8–25: "${fragment.slice(0, 50)}…"`);
  };
  keyFacts.flat().forEach((f) => check('keyFacts', f));
  padding.forEach((p) => check('padding', p.text));
  boilerplate.forEach((b) => check('boilerplate', b));
  notPadding.forEach((n) => check('notPadding', n));

  // The same sentence in two lists that contradict each other.
  const same = (a: string, b: string) => {
    const wa = words(a).join(' ');
    const wb = words(b).join(' ');
    return wa.length > 0 && (wa.includes(wb) || wb.includes(wa));
  };
  for (const p of padding) {
    for (const f of keyFacts.flat()) if (same(p.text, f)) errors.push(`both key fact and padding: "${p.text.slice(0, 60)}"`);
    for (const n of notPadding) if (same(p.text, n)) errors.push(`both padding and notPadding: "${p.text.slice(0, 60)}"`);
  }
  return errors.length ? { labels: null, errors, warnings } : { labels, errors, warnings };
}
