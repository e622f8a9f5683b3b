/**
 * Finding a label fragment in a page's text, by LABELLING.md's rule: at least 90% of the fragment's
 * words within a stretch about 1.25 times its length. Quotes, case and spacing do not matter; Chinese
 * and Japanese count one character as one word.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").match(TOKEN) ?? [];
}

export const MIN_SHARE = 0.9;
export const STRETCH = 1.25;

/** Index of the first word of the stretch holding the fragment, or -1. */
export function findFragment(fragment: readonly string[], text: readonly string[]): number {
  const n = fragment.length;
  if (n === 0) return -1;
  const need = Math.ceil(MIN_SHARE * n);
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
