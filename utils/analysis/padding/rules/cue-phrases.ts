import { cueGroups } from '../cues';
import type { Evidence, PaddingRule } from '../rule';

const MAX_QUOTE = 48;

function quote(text: string): string {
  const t = text.trim();
  return `“${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t}”`;
}

export const cuePhrases: PaddingRule = {
  id: 'cue-phrases',
  description: 'Phrases from the language’s cue lists: clichés, hedges, hype, sales talk, page furniture.',
  evaluate(s, ctx) {
    const found: Evidence[] = [];
    for (const group of cueGroups(ctx.lang)) {
      // Headings are titles, not prose: only page furniture counts there.
      if (s.blockKind === 'heading' && group.kind !== 'boilerplate') continue;
      const m = group.regex.exec(s.norm);
      if (m) found.push({ kind: group.kind, weight: group.weight, reason: `${group.reason} ${quote(m[0])}` });
    }
    return found;
  },
};
