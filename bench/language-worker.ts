/**
 * A worker of the bench's language section: reads the pages it is given and posts, for each, the
 * language Winnow reads from its text and the one the old rule gave (the declared `<html lang>`,
 * else the stopword guess), in order. Run in batches by worker-batches.ts, which says why.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../utils/text/decode-html';
import { documentFromHtml } from '../cli/summarize-file';
import { articleLanguage } from '../utils/analysis/language';
import { extractArticle } from '../utils/extract';
import { baseLanguage } from '../utils/lang/registry';
import { detectLanguage } from '../utils/text/detect-language';

export interface LanguageJob {
  /** A gzipped HTML file. */
  path: string;
  url: string;
}

export interface LanguageOutcome {
  /** False when even a short page gave no text: both readings are then the default. */
  read: boolean;
  winnow: string;
  old: string;
  /** Time of Winnow's reading alone (extraction excluded). */
  ms: number;
}

/** The rule Winnow used before it read the language from the text: the declaration wins. */
function oldLanguage(declared: string | null, text: string): string {
  return declared ? baseLanguage(declared) : (detectLanguage(text) ?? 'en');
}

function outcome(job: LanguageJob): LanguageOutcome {
  const doc = documentFromHtml(decodeHtml(gunzipSync(readFileSync(job.path))), job.url);
  try {
    // Short pages too: the language is read whether or not the page passes as an article.
    const r = extractArticle(doc, { acceptShort: true });
    const article = r.ok ? r.article : { lang: null, blocks: [] };
    const t0 = performance.now();
    const winnow = articleLanguage(article).lang;
    const ms = performance.now() - t0;
    return { read: r.ok, winnow, old: oldLanguage(article.lang, article.blocks.map((b) => b.text).join('\n')), ms };
  } finally {
    doc.defaultView?.close();
  }
}

const { jobs } = workerData as { jobs: LanguageJob[] };
for (const job of jobs) parentPort!.postMessage(outcome(job));
