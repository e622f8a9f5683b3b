/**
 * WCXB's own metric: word-level F1 between an extraction and the page's `main_content`, on bags of
 * lowercased word tokens (Python's `re.findall(r'\w+', text.lower())`; `\w` there is a Unicode
 * letter, digit or underscore). An empty reference scores 1 against an empty extraction, else 0.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

const total = (m: Map<string, number>): number => {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
};

export function wordF1(predicted: string, reference: string): number {
  const pred = bag(predicted);
  const ref = bag(reference);
  if (!ref.size) return pred.size ? 0 : 1;
  if (!pred.size) return 0;
  let overlap = 0;
  for (const [w, n] of pred) overlap += Math.min(n, ref.get(w) ?? 0);
  if (!overlap) return 0;
  const p = overlap / total(pred);
  const r = overlap / total(ref);
  return (2 * p * r) / (p + r);
}
