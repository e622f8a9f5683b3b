/**
 * Trigger words of a cue pattern: words one of which every match of the pattern must contain, read
 * off the regex source. A sentence none of whose words is a trigger cannot match, so its cue
 * groups need not run at all (most sentences hold no cue). Derived from the lists, never typed.
 *
 * Words are runs of ASCII word characters, the `\w` that `\b` is defined by. A trigger bounded on
 * a side (by `\b`, `^`, `$` or a non-word character the pattern requires) must end the sentence
 * word on that side; unbounded, it may sit inside a longer word ("game" in "endgame").
 */

export interface Trigger {
  text: string;
  /** The word starts where the trigger does. */
  left: boolean;
  /** The word ends where the trigger does. */
  right: boolean;
}

type Node =
  | { t: 'char'; ch: string; min: number; max: number }
  /** A character class or class escape; `word`: it may match a word character. */
  | { t: 'class'; word: boolean; min: number; max: number }
  | { t: 'group'; alts: Node[][]; min: number; max: number }
  /** Zero-width, and says nothing about the characters around it: lookarounds, `\B`. */
  | { t: 'look' }
  /** Word boundary, `^` or `$`: the neighbouring character is not a word character. */
  | { t: 'edge' }
  /** Anything else that consumes input: a backreference. */
  | { t: 'other'; min: number; max: number };

const WORD = /^\w$/;
const CLASS_ESCAPES: Record<string, boolean> = { d: true, D: true, w: true, W: false, s: false, S: true };
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node[][] {
    const alts = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]}`);
    return alts;
  }

  private alternation(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      if (atom.t === 'look' || atom.t === 'edge') seq.push(atom);
      else {
        const [min, max] = this.quantifier();
        seq.push({ ...atom, min, max });
      }
    }
    return seq;
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity];
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    if (c === '^' || c === '$') return { t: 'edge' };
    if (c === '.') return { t: 'class', word: true, min: 1, max: 1 };
    if (c === '[') return this.charClass();
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    return { t: 'char', ch: c, min: 1, max: 1 };
  }

  private group(): Node {
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
      look = true;
      this.i += this.src[this.i + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
    else if (this.src[this.i] === '?') throw new Error('unknown group');
    const alts = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    return look ? { t: 'look' } : { t: 'group', alts, min: 1, max: 1 };
  }

  /** A class may match a word character unless every member is a non-word character or `\s`. */
  private charClass(): Node {
    let word = this.src[this.i] === '^';
    if (word) this.i++;
    let first = true;
    while (this.i < this.src.length && (first || this.src[this.i] !== ']')) {
      const c = this.src[this.i++]!;
      const atStart = first;
      first = false;
      if (c === '\\') {
        const e = this.src[this.i++]!;
        if (e === 's' || e === 'W' || e in CONTROL) continue;
        if (e === 'p' || e === 'P') this.i = this.src.indexOf('}', this.i) + 1;
        if (e in CLASS_ESCAPES || e === 'p' || e === 'P' || e === 'b' || WORD.test(e)) word = true;
      } else if (c === '-' && this.src[this.i] !== ']' && !atStart) word = true;
      else if (WORD.test(c)) word = true;
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    return { t: 'class', word, min: 1, max: 1 };
  }

  private escape(): Node {
    const e = this.src[this.i++]!;
    if (e === 'b') return { t: 'edge' };
    if (e === 'B') return { t: 'look' };
    if (e in CLASS_ESCAPES) return { t: 'class', word: CLASS_ESCAPES[e]!, min: 1, max: 1 };
    if (e === 'p' || e === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return { t: 'class', word: true, min: 1, max: 1 };
    }
    if (e === 'k' || /\d/.test(e)) {
      if (e === 'k') this.i = this.src.indexOf('>', this.i) + 1;
      else if (e !== '0') {
        while (/\d/.test(this.src[this.i] ?? '')) this.i++;
        return { t: 'other', min: 1, max: 1 };
      }
      if (e === 'k') return { t: 'other', min: 1, max: 1 };
    }
    if (e in CONTROL) return { t: 'char', ch: CONTROL[e]!, min: 1, max: 1 };
    if (e === 'x' || e === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{2,4}/.exec(this.src.slice(this.i));
      if (!m) throw new Error('bad escape');
      this.i += m[0].length;
      return { t: 'char', ch: String.fromCodePoint(parseInt(m[1] ?? m[0], 16)), min: 1, max: 1 };
    }
    if (e === 'c') throw new Error('control escape');
    return { t: 'char', ch: e, min: 1, max: 1 };
  }
}

const isWordChar = (n: Node): boolean => n.t === 'char' && n.min === 1 && n.max === 1 && WORD.test(n.ch);

/**
 * Is the character next to position `i` (the node there, going in direction `step`) sure to be a
 * non-word character or the text's edge? Optional nodes are looked past: present or absent, both
 * must bound. `outer` answers for the end of the sequence.
 */
function bounds(nodes: readonly Node[], i: number, step: 1 | -1, outer: boolean): boolean {
  const n = nodes[i];
  if (!n) return outer;
  if (n.t === 'look') return bounds(nodes, i + step, step, outer);
  if (n.t === 'edge') return true;
  if (n.t === 'other') return false;
  const absent = n.min === 0 ? bounds(nodes, i + step, step, outer) : true;
  if (!absent) return false;
  if (n.t === 'char') return !WORD.test(n.ch);
  if (n.t === 'class') return !n.word;
  // A group's neighbouring character is the edge of one of its alternatives (of any repetition).
  const after = bounds(nodes, i + step, step, outer);
  return n.alts.every((alt) => bounds(alt, step === 1 ? 0 : alt.length - 1, step, after));
}

/** The weight of a trigger set: fewer, longer, whole words rule out more sentences. */
function cost(set: readonly Trigger[], common: ReadonlySet<string>): number {
  let sum = 0;
  for (const t of set) {
    const part = t.left && t.right ? 1 : t.left || t.right ? 2 : 4;
    // Length stands in for rarity: "sliced" rules out more sentences than "best".
    const n = t.text.length;
    const short = n === 1 ? 30 : n === 2 ? 8 : n === 3 ? 3 : 6 / n;
    sum += part * short * (common.has(t.text) ? 10 : 1);
  }
  return sum;
}

/**
 * Triggers of a sequence: one set whose every match contains one of its words, or null. `left`
 * and `right` say whether the sequence's surroundings bound it.
 */
function sequenceTriggers(seq: readonly Node[], left: boolean, right: boolean, common: ReadonlySet<string>): Trigger[] | null {
  const nodes = seq;
  const options: Trigger[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (isWordChar(n)) {
      let j = i;
      let text = '';
      while (j < nodes.length && isWordChar(nodes[j]!)) text += (nodes[j++] as { ch: string }).ch;
      options.push([{ text, left: bounds(nodes, i - 1, -1, left), right: bounds(nodes, j, 1, right) }]);
      i = j - 1;
    } else if (n.t === 'group' && n.min >= 1) {
      const once = n.max === 1;
      const l = once && bounds(nodes, i - 1, -1, left);
      const r = once && bounds(nodes, i + 1, 1, right);
      const union: Trigger[] = [];
      let every = true;
      for (const alt of n.alts) {
        const got = sequenceTriggers(alt, l, r, common);
        if (!got) {
          every = false;
          break;
        }
        union.push(...got);
      }
      if (every) options.push(union);
    }
  }
  let best: Trigger[] | null = null;
  for (const o of options) if (!best || cost(o, common) < cost(best, common)) best = o;
  return best;
}

/**
 * Trigger words for a pattern source (as compiled with the `u` flag, no `i`), or null when some
 * match may hold no fixed word, or the source uses syntax this reader does not know.
 */
export function patternTriggers(source: string, common: ReadonlySet<string> = new Set()): Trigger[] | null {
  let alts: Node[][];
  try {
    alts = new Parser(source).parse();
  } catch {
    return null;
  }
  const out: Trigger[] = [];
  for (const alt of alts) {
    const got = sequenceTriggers(alt, false, false, common);
    if (!got) return null;
    out.push(...got);
  }
  return out;
}
