/**
 * Who a sentence speaks as and to: the first person singular ("I"), plural ("we") and the reader
 * ("you"). A chatty aside talks about the writer or to the reader and carries no facts; the model
 * learns how much that weighs. Lowercase, one set per language and person.
 */
const PERSONS: Record<string, { i: readonly string[]; we: readonly string[]; you: readonly string[] }> = {
  en: { i: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"], we: ['we', 'us', 'our', 'ours', "we're", "we've", "let's"], you: ['you', 'your', 'yours', "you're", "you'll", "you've", "you'd"] },
  fr: { i: ['je', "j'", 'me', 'moi', 'mon', 'ma', 'mes'], we: ['nous', 'notre', 'nos'], you: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'] },
  de: { i: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'], we: ['wir', 'uns', 'unser', 'unsere', 'unseren'], you: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'sie', 'ihnen'] },
  es: { i: ['yo', 'me', 'mi', 'mis', 'mío', 'conmigo'], we: ['nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras'], you: ['tú', 'te', 'tu', 'tus', 'usted', 'ustedes', 'vosotros', 'su'] },
  it: { i: ['io', 'mi', 'mio', 'mia', 'miei', 'mie', 'me'], we: ['noi', 'ci', 'nostro', 'nostra', 'nostri', 'nostre'], you: ['tu', 'ti', 'tuo', 'tua', 'voi', 'vi', 'vostro', 'lei'] },
  pt: { i: ['eu', 'me', 'meu', 'minha', 'meus', 'minhas', 'mim'], we: ['nós', 'nos', 'nosso', 'nossa', 'nossos', 'nossas'], you: ['você', 'vocês', 'tu', 'te', 'teu', 'tua', 'seu', 'sua'] },
};

export interface PersonSets {
  i: ReadonlySet<string>;
  we: ReadonlySet<string>;
  you: ReadonlySet<string>;
}

const cache = new Map<string, PersonSets>();

/** The pronoun sets of a language (primary subtag); languages without a list get empty sets. */
export function persons(lang: string): PersonSets {
  let p = cache.get(lang);
  if (!p) {
    const lists = PERSONS[lang];
    p = { i: new Set(lists?.i ?? []), we: new Set(lists?.we ?? []), you: new Set(lists?.you ?? []) };
    cache.set(lang, p);
  }
  return p;
}

export const PERSON_LANGUAGES: readonly string[] = Object.keys(PERSONS);
