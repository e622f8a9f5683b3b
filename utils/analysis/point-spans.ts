/**
 * What a key point shows besides its own sentence, so that it reads correctly out of context: the
 * sentence a leaning one depends on ("However, …", "He said …"), and the first items of a list
 * that a lead-in sentence announces ("You will need:").
 */
import type { SentenceFeatures } from './features';
import type { PaddingMark } from './types';

/** An answer that opens on its verdict ("Yes: …", "Not entirely, …") leans on the question before it. */
const ANSWER = /^(?:yes|no|nope|yep|absolutely|definitely|certainly|sure|not (?:really|entirely|quite|always|necessarily))\b\s*[,:;.!—–-]/i;

export function leans(s: SentenceFeatures): boolean {
  return s.leansBack || ANSWER.test(s.text);
}

/** Longest back-reference chain shown as one point. */
const MAX_SPAN = 3;

/**
 * The sentences a point needs to read correctly: the sentence itself, preceded by as many earlier
 * sentences of its paragraph as it takes to reach one that does not lean, or by the question an
 * answer replies to. Null when the chain runs into padding, a heading, the paragraph start or the
 * length limit.
 */
export function leanSpan(
  s: SentenceFeatures,
  sentences: readonly SentenceFeatures[],
  marks: readonly (PaddingMark | null)[],
  maxWords: number,
): number[] | null {
  const span = [s.index];
  let words = s.words;
  let first = s;
  while (leans(first)) {
    const prev = sentences[first.index - 1];
    if (!prev || marks[prev.index]) return null;
    // An FAQ answer brings its question, even from a heading: together they read as one point.
    const answers = prev.question && ANSWER.test(first.text);
    if (!answers && (prev.block !== s.block || prev.blockKind === 'heading')) return null;
    words += prev.words;
    if (span.length >= MAX_SPAN || words > maxWords) return null;
    span.unshift(prev.index);
    if (answers) break;
    first = prev;
  }
  return span;
}

/** List items a lead-in ("You will need:") brings along at most. */
const LEAD_IN_ITEMS = 3;

/**
 * A lead-in followed by list items: the items, up to a few, by index. A lead-in is a sentence
 * ending in a colon, or a heading right above its list ("Ingredients", "Pros").
 */
export function listAfter(s: SentenceFeatures, sentences: readonly SentenceFeatures[], maxWords: number): number[] {
  // The colon test first: most sentences hold none, and it is cheaper than the regex.
  if (s.blockKind !== 'heading' && !(s.text.includes(':') && /:\s*$/.test(s.text))) return [];
  return itemsAfter(s, sentences, maxWords, LEAD_IN_ITEMS);
}

/**
 * The list items right after `s`, by index, while `s` and the items together stay within
 * `maxWords`, and at most `maxItems` of them.
 */
export function itemsAfter(
  s: SentenceFeatures,
  sentences: readonly SentenceFeatures[],
  maxWords: number,
  maxItems = Infinity,
): number[] {
  const items: number[] = [];
  let words = s.words;
  for (let i = s.index + 1; i < sentences.length && items.length < maxItems; i++) {
    const next = sentences[i]!;
    if (next.blockKind !== 'list-item') break;
    words += next.words;
    if (words > maxWords) break;
    items.push(i);
  }
  return items;
}

/** Sentences of one point as one text; list items read as a list after their lead-in. */
export function joinSpan(span: readonly number[], sentences: readonly SentenceFeatures[]): string {
  let text = '';
  span.forEach((i, n) => {
    const s = sentences[i];
    if (!s) return;
    if (n === 0) text = s.text;
    // A heading that leads a list reads as its label; one inside the span (an ingredient group's name) opens a new part.
    else if (sentences[span[n - 1]!]?.blockKind === 'heading') text += /[.:?!]$/.test(text) ? ` ${s.text}` : `: ${s.text}`;
    else if (s.blockKind === 'heading') text += /[.:?!;]$/.test(text) ? ` ${s.text}` : `. ${s.text}`;
    else if (s.blockKind === 'list-item' && sentences[span[n - 1]!]?.blockKind === 'list-item' && !/[.!?;]$/.test(text)) {
      text += `; ${s.text}`;
    }
    else text += ` ${s.text}`;
  });
  return text;
}
