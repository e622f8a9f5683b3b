import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaddingKind } from '../../utils/analysis/types';

/** A labelled page: `page.html` plus `labels.json` (see tests/fixtures/README.md). */
interface Labels {
  title?: string;
  genre?: string;
  notArticle?: boolean;
  /** Labelled before Winnow ever ran on the page, and never tuned on: the honest test. */
  labelledBlind?: boolean;
  keyFacts: string[][];
  padding: { text: string; kind: PaddingKind | null }[];
  boilerplate: string[];
  notPadding: string[];
}

export interface LabelledPage {
  name: string;
  dir: string;
  html: string;
  labels: Labels;
}

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseLabels(raw: unknown): Labels {
  const r = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    title: typeof r.title === 'string' ? r.title : undefined,
    genre: typeof r.genre === 'string' ? r.genre : undefined,
    notArticle: r.notArticle === true,
    labelledBlind: r.labelledBlind === true,
    keyFacts: Array.isArray(r.keyFacts) ? r.keyFacts.map(strings) : [],
    // The first labelled page lists padding as bare strings; later ones give a kind too.
    padding: Array.isArray(r.padding)
      ? r.padding.map((p) =>
          typeof p === 'string'
            ? { text: p, kind: null }
            : { text: String((p as { text: unknown }).text), kind: (p as { kind?: PaddingKind }).kind ?? null },
        )
      : [],
    boilerplate: strings(r.boilerplate),
    notPadding: strings(r.notPadding),
  };
}

export function loadLabelledPages(root: string): LabelledPage[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'labels.json')))
    .map((d) => {
      const dir = join(root, d.name);
      return {
        name: d.name,
        dir,
        html: readFileSync(join(dir, 'page.html'), 'utf8'),
        labels: parseLabels(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A label names a sentence when one contains the other (labels may be a sentence's opening words). */
export function labelMatches(label: string, sentence: string): boolean {
  const l = normalize(label);
  const s = normalize(sentence);
  return l.length > 0 && (s.includes(l) || (s.length >= 12 && l.includes(s)));
}

/** Issue #3's rule (a key point covers a fact when it holds ≥70% of the words of one alternative), one definition for the fixtures and the corpus. */
export { covers as coversFact } from '../../bench/corpus/fragments';
