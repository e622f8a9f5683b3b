/**
 * The labelled real-web corpus (corpus/README.md): one folder a page, `page.html.gz` unchanged,
 * `labels.json` (LABELLING.md), `labels.second.json` where a second reader labelled it too, and
 * `expected.json` (the per-page harness) for train and dev pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../utils/text/decode-html';
import { parseLabels, type CorpusLabels } from './labels';
import { corpusSplit, type Split } from './split';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/pages', import.meta.url));

export interface CorpusPage {
  slug: string;
  dir: string;
  split: Split;
  labels: CorpusLabels;
  /** The second reader's labels, on the pages labelled twice. */
  second: CorpusLabels | null;
  /** Where the page came from: data set and file, and the page's own address. */
  url: string;
  licence: string;
}

function readLabels(path: string): CorpusLabels {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const { labels, errors } = parseLabels(raw);
  if (!labels) throw new Error(`${path}: ${errors.join('; ')}`);
  return labels;
}

/** Every page in `root`, in name order; a broken label file throws rather than scoring as zeros. */
export function loadCorpus(root = CORPUS_DIR): CorpusPage[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'labels.json')))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(root, slug);
      const meta = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { url?: unknown; licence?: unknown };
      const secondPath = join(dir, 'labels.second.json');
      return {
        slug,
        dir,
        split: corpusSplit(slug),
        labels: readLabels(join(dir, 'labels.json')),
        second: existsSync(secondPath) ? readLabels(secondPath) : null,
        url: typeof meta.url === 'string' ? meta.url : '',
        licence: typeof meta.licence === 'string' ? meta.licence : '',
      };
    });
}

export function pageHtml(page: Pick<CorpusPage, 'dir'>): string {
  return decodeHtml(gunzipSync(readFileSync(join(page.dir, 'page.html.gz'))));
}

/** The address the page is read at: its own where known, as the extension would see it. */
export function corpusPageUrl(page: Pick<CorpusPage, 'slug' | 'url'>): string {
  return page.url || `https://corpus.example/${page.slug}/`;
}
