/**
 * Finding a label fragment in a page's text, by LABELLING.md's rule: at least 90% of the fragment's
 * words within a stretch about 1.25 times its length. Quotes, case and spacing do not matter; Chinese
 * and Japanese count one character as one word. Also the two rules scoring is built on.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").match(TOKEN) ?? [];
}

const MIN_SHARE = 0.9;
const STRETCH = 1.25;

/** Index of the first word of the stretch holding `share` of the fragment's words, or -1. */
export function findFragment(fragment: readonly string[], text: readonly string[], share = MIN_SHARE): number {
  const n = fragment.length;
  if (n === 0) return -1;
  const need = Math.ceil(share * n);
  const span = Math.max(n, Math.ceil(STRETCH * n));
  const want = new Map<string, number>();
  for (const w of fragment) want.set(w, (want.get(w) ?? 0) + 1);
  for (let i = 0; i < text.length; i++) {
    if (!want.has(text[i]!)) continue;
    const left = new Map(want);
    let hit = 0;
    for (let j = i; j < Math.min(text.length, i + span); j++) {
      const c = left.get(text[j]!);
      if (c) {
        left.set(text[j]!, c - 1);
        if (++hit >= need) return i;
      }
    }
  }
  return -1;
}

const FACT_SHARE = 0.7;

/** Issue #3's rule: a text covers a fact when it holds ≥70% of the words of one alternative. */
export function covers(text: string | readonly string[], alternatives: readonly string[]): boolean {
  const have = new Set(typeof text === 'string' ? words(text) : text);
  return alternatives.some((alt) => {
    const w = words(alt);
    return w.length > 0 && w.filter((x) => have.has(x)).length / w.length >= FACT_SHARE;
  });
}

/** A label names a sentence when either holds the other, by the labelling guide's word rule. */
export function sameSentence(label: readonly string[], sentence: readonly string[]): boolean {
  if (!label.length || !sentence.length) return false;
  return findFragment(label, sentence) >= 0 || (sentence.length >= 3 && findFragment(sentence, label) >= 0);
}
