import { rulePattern, mentions, wordSet } from '../cues';
import type { PaddingRule } from '../rule';

/** Bios sit at the very start or in the last part of the article. */
const TAIL_SHARE = 0.75;
const MAX_BLOCK_SENTENCES = 4;
/** "She is also a freelance writer": the bio goes on about the same person. */
const PRONOUN_OPENERS = new Set(['he', 'she', 'they', 'his', 'her', 'their']);
const BYLINE_WORDS = 8;
const SELF_INTRO_WORDS = 12;
const BIO_REASON = 'Author bio';

export const authorBio: PaddingRule = {
  id: 'author-bio',
  description: 'A short "Name is a writer / covers … / has reviewed … since 2019" paragraph at the end of the article about someone it never mentions.',
  evaluate(s, ctx) {
    if (s.blockKind === 'heading' || s.attributed) return [];
    if ((ctx.blockSizes.get(s.block) ?? 0) > MAX_BLOCK_SENTENCES) return [];
    // A self-introduction ("I am Joyce from Sunny Singapore.") is short and says who is writing,
    // wherever the blog puts it.
    if (s.words <= SELF_INTRO_WORDS && rulePattern(ctx.lang, 'selfIntro')?.test(s.text)) {
      return [{ kind: 'boilerplate', weight: 3, reason: BIO_REASON, why: { code: 'bio_line' } }];
    }
    const n = ctx.sentences.length;
    if (s.index > 1 && s.index < n * TAIL_SHARE) return [];
    const prev = ctx.marks[s.index - 1];
    if (
      PRONOUN_OPENERS.has(s.opener) &&
      ctx.sentences[s.index - 1]?.block === s.block &&
      prev?.reason === BIO_REASON
    ) {
      return [{ kind: 'boilerplate', weight: 3, reason: BIO_REASON, why: { code: 'bio_line' } }];
    }
    // "Naomi Pruett covers…", "Felix Amadi has reviewed…": a name, a bio verb, a writer's job.
    const m = rulePattern(ctx.lang, 'bioOpening')?.exec(s.text);
    if (!m) return [];
    const roles = wordSet(ctx.lang, 'writerRoles');
    if (!mentions(s.norm, roles) && !rulePattern(ctx.lang, 'bioDetail')?.test(s.norm)) return [];
    // A person the article talks about is news, not a bio: the surname must not appear in its
    // prose. Bylines ("Niamh Callery · 4 March") and captions do not count as prose.
    const surname = m[1]!.trim().split(/\s+/).pop()!.toLowerCase().replace(/['’]s$/, '');
    const mentioned = ctx.sentences.some(
      (o) =>
        o.block !== s.block &&
        o.words > BYLINE_WORDS &&
        o.blockKind !== 'caption' &&
        o.blockKind !== 'heading' &&
        o.properNouns.includes(surname),
    );
    if (mentioned) return [];
    return [{ kind: 'boilerplate', weight: 3, reason: BIO_REASON, why: { code: 'bio_line' } }];
  },
};
