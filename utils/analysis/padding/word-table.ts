/**
 * Values remembered per word, looked up by a word's place in a text rather than by a cut-out
 * string: the caller hashes the characters while it reads them, and a word seen before costs a
 * probe and a compare, no new string and no string hashing (a Map keyed by fresh substrings spends
 * most of a long article's cue filtering on exactly that).
 */

/** FNV-1a step: feed each character code of a word in order, starting from `WORD_HASH_SEED`. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

export const WORD_HASH_SEED = 0x811c9dc5 | 0;

export class WordTable<T> {
  /** Open addressing: slot → entry number, -1 when empty. */
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** `max`: entries kept at most; past it the table starts afresh (it is a cache). */
  constructor(private readonly max: number) {}

  /** The entry for `text.slice(at, end)` (whose hash is `h`), or -1. */
  find(text: string, at: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const length = end - at;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === -1) return -1;
      if (this.hashes[e] === h && this.words[e]!.length === length && text.startsWith(this.words[e]!, at)) return e;
    }
  }

  word(entry: number): string {
    return this.words[entry]!;
  }

  value(entry: number): T {
    return this.values[entry]!;
  }

  /** Adds a word not in the table; returns its entry. */
  add(word: string, h: number, value: T): number {
    if (this.words.length >= this.max) this.clear();
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const e = this.words.length;
    this.hashes.push(h);
    this.words.push(word);
    this.values.push(value);
    this.place(e);
    return e;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[e]! & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = e;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let e = 0; e < this.words.length; e++) this.place(e);
  }

  private clear(): void {
    this.slots.fill(-1);
    this.hashes.length = 0;
    this.words.length = 0;
    this.values.length = 0;
  }
}
