/**
 * One WCXB page scored: Winnow's reading (the CLI's extraction, gate included) and plain
 * Readability.js on the same jsdom document, each against the page's `main_content`. A page the
 * gate refuses is read once more with `acceptShort`, so the bench can tell extraction from gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../utils/text/decode-html';
import { documentFromHtml } from '../cli/summarize-file';
import { extractArticle, type Article, type GateFacts, type GateVerdict } from '../utils/extract';
import { declaredPageTypes } from '../utils/extract/page-types';
import { wordF1 } from './word-f1';

export interface WcxbPage {
  id: string;
  type: string;
}

export type Outcome = 'read' | 'noted' | 'refused' | 'empty' | 'error';

export interface PageScore extends WcxbPage {
  outcome: Outcome;
  /** Winnow as the user gets it: a refused page scores 0. */
  winnow: number;
  /** Winnow's reading whatever the gate said ("Read it anyway"). */
  forced: number;
  readability: number;
  facts: GateFacts | null;
  verdict: GateVerdict['kind'] | null;
  /** Word counts, for the table. */
  referenceWords: number;
  /** Types the page declares (og:type, JSON-LD @type): looked at while fitting the gate. */
  declared: string[];
  ms: number;
}

const text = (a: Article): string => a.blocks.map((b) => b.text).join('\n\n');

export function scorePage(dataDir: string, page: WcxbPage): PageScore {
  const started = performance.now();
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth', `${page.id}.json`), 'utf8')) as {
    url?: string;
    ground_truth: { main_content: string };
  };
  const reference = truth.ground_truth.main_content;
  const html = decodeHtml(gunzipSync(readFileSync(join(dataDir, 'html', `${page.id}.html.gz`))));
  const url = truth.url && /^https?:/.test(truth.url) ? truth.url : `https://wcxb.example/${page.id}`;
  let doc: Document;
  const base = { ...page, referenceWords: reference.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0, declared: [] as string[] };
  try {
    doc = documentFromHtml(html, url);
    base.declared = declaredPageTypes(doc);
  } catch {
    return { ...base, outcome: 'error', winnow: 0, forced: 0, readability: 0, facts: null, verdict: null, ms: performance.now() - started };
  }
  try {
    let readability = 0;
    try {
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      readability = wordF1(parsed?.textContent ?? '', reference);
    } catch {
      // Readability threw: it read nothing.
    }
    let facts: GateFacts | null = null;
    let verdict: GateVerdict['kind'] | null = null;
    const onGate = (f: GateFacts, v: GateVerdict): void => {
      facts = f;
      verdict = v.kind;
    };
    const result = extractArticle(doc, { url, onGate });
    let outcome: Outcome;
    let winnow = 0;
    let forced = 0;
    if (result.ok) {
      outcome = verdict === 'note' ? 'noted' : 'read';
      winnow = forced = wordF1(text(result.article), reference);
    } else {
      outcome = result.reason === 'not-article' ? 'refused' : result.reason === 'empty' ? 'empty' : 'error';
      if (result.reason === 'not-article') {
        const again = extractArticle(doc, { url, acceptShort: true });
        if (again.ok) forced = wordF1(text(again.article), reference);
      }
    }
    return { ...base, outcome, winnow, forced, readability, facts, verdict, ms: performance.now() - started };
  } finally {
    doc.defaultView?.close();
  }
}
