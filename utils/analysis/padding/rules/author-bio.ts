import type { PaddingRule } from '../rule';

/** "Naomi Pruett covers…", "Felix Amadi has reviewed…": a two- or three-word name, then a bio verb. */
const BIO_OPENING =
  /^((?:\p{Lu}[\p{L}'’.-]*\s){1,2}\p{Lu}[\p{L}'’-]+)\s(?:is (?:a|an|the|[\p{Lu}][\p{L}&'’ -]{1,30}['’]s)\s|covers\s|writes (?:about|for)\s|has (?:written|reviewed|covered|tested|reported|been (?:writing|covering|reporting|reviewing))\s)/u;
/** "Hi, I'm Hattie!", "I am Joyce from Sunny Singapore.": the blogger introducing themselves. */
const SELF_INTRO = /^(?:(?:Hi|Hello|Hey)(?: there)?[,!]?\s+)?(?:I am|I['’]m) \p{Lu}\p{L}+(?:[,!.]|\s(?:from|and|here)\b)/u;
/** What a bio is about: the writer's job or how long they have written. */
const BIO_CONTENT =
  /\b(?:writer|editor|reporter|journalist|author|columnist|contributor|correspondent|evangelist|stylist|educator|blogger|founder|consultant|photographer|producer|critic|freelance|covers|writes|since \d{4}|member of)\b/i;
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
    // A self-introduction is short and says who is writing, wherever the blog puts it.
    if (s.words <= SELF_INTRO_WORDS && SELF_INTRO.test(s.text)) {
      return [{ kind: 'boilerplate', weight: 3, reason: BIO_REASON }];
    }
    const n = ctx.sentences.length;
    if (s.index > 1 && s.index < n * TAIL_SHARE) return [];
    const prev = ctx.marks[s.index - 1];
    if (
      PRONOUN_OPENERS.has(s.opener) &&
      ctx.sentences[s.index - 1]?.block === s.block &&
      prev?.reason === BIO_REASON
    ) {
      return [{ kind: 'boilerplate', weight: 3, reason: BIO_REASON }];
    }
    const m = BIO_OPENING.exec(s.text);
    if (!m || !BIO_CONTENT.test(s.text)) return [];
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
    return [{ kind: 'boilerplate', weight: 3, reason: BIO_REASON }];
  },
};
