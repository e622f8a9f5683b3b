import { cueGroups, type CueGroup } from '../cues';
import type { Evidence, PaddingRule } from '../rule';

const MAX_QUOTE = 48;

function clip(text: string): string {
  const t = text.trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

function cueEvidence(group: CueGroup, phrase: string): Evidence {
  const cue = clip(phrase);
  return { kind: group.kind, weight: group.weight, reason: `${group.reason} “${cue}”`, why: { code: group.code, cue } };
}

export const cuePhrases: PaddingRule = {
  id: 'cue-phrases',
  description: 'Phrases from the language’s cue lists: clichés, hedges, hype, sales talk, page furniture.',
  evaluate(s, ctx) {
    const found: Evidence[] = [];
    for (const group of cueGroups(ctx.lang)) {
      // Headings are titles, not prose: only page furniture counts there.
      if (s.blockKind === 'heading' && group.kind !== 'boilerplate') continue;
      const first = group.find(s.norm);
      if (first === null) continue;
      found.push(cueEvidence(group, first));
      // "An absolute superstar and hands-down the best": a second phrase of the same kind adds to
      // the evidence. Only for cues that count on their own; faint ones ("could") stay faint.
      if (group.weight >= 1 && group.kind !== 'boilerplate') {
        const phrases = new Set(group.findAll(s.norm));
        if (phrases.size > 1) {
          const second = [...phrases].find((x) => x !== first) ?? '';
          found.push(cueEvidence(group, second));
        }
      }
    }
    return found;
  },
};
