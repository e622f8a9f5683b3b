/**
 * A deterministic ~1 MB article page for the "huge page" tests and the budget bench: generated,
 * not committed. Sentences are assembled from word lists by a seeded PRNG, so the text varies
 * like prose (no two paragraphs alike) yet is the same on every run.
 */

/** mulberry32: a tiny seeded PRNG, good enough to vary test text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['The council', 'A survey of 2,400 households', 'The harbour authority', 'Local engineers', 'The regional water board', 'Dr. Amara Osei', 'The transport ministry', 'Residents of the north bank', 'The audit office', 'A team at the university'];
const VERBS = ['reported', 'found', 'approved', 'rejected', 'estimated', 'measured', 'recommended', 'postponed', 'published', 'questioned'];
const OBJECTS = ['a budget of', 'a rise of', 'a shortfall of', 'repairs costing', 'a delay of', 'savings of', 'a backlog of', 'a grant of'];
const UNITS = ['million euros', 'per cent', 'weeks', 'homes', 'kilometres of pipe', 'staff', 'tonnes of sediment'];
const TAILS = ['after a long debate', 'in its annual review', 'despite objections from two members', 'ahead of the winter season', 'according to figures released on Monday', 'in a letter to the mayor', 'for the third year running'];

function sentence(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = Math.floor(rand() * 9000) + 10;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${n.toLocaleString('en')} ${pick(UNITS)} ${pick(TAILS)}.`;
}

/** An article page of at least `bytes` UTF-8 bytes: a title, sections with headings, paragraphs. */
export function hugeArticleHtml(bytes = 1_000_000, seed = 7): string {
  const rand = seededRandom(seed);
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Harbour Report: every figure</title></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>The Harbour Report: every figure</h1>',
  ];
  let size = parts.join('').length;
  for (let p = 0; size < bytes; p++) {
    if (p % 12 === 0) parts.push(`<h2>Section ${p / 12 + 1}</h2>`);
    const count = 3 + Math.floor(rand() * 4);
    const para = `<p>${Array.from({ length: count }, () => sentence(rand)).join(' ')}</p>`;
    parts.push(para);
    size += para.length;
  }
  parts.push('</article></main><footer>© 2026 The Harbour Report</footer></body></html>');
  return parts.join('\n');
}
