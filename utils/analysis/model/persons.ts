/**
 * Who a sentence speaks as and to: the first person singular ("I"), plural ("we") and the reader
 * ("you"), from the language's pack (utils/lang). A chatty aside talks about the writer or to the
 * reader and carries no facts; the model learns how much that weighs.
 */
import { languagePack } from '../../lang/registry';

interface PersonSets {
  i: ReadonlySet<string>;
  we: ReadonlySet<string>;
  you: ReadonlySet<string>;
}

const cache = new Map<string, PersonSets>();

/** The pronoun sets of a language; a language without them in its pack gets empty sets, not English ones. */
export function persons(lang: string): PersonSets {
  let p = cache.get(lang);
  if (!p) {
    const lists = languagePack(lang).persons;
    p = { i: new Set(lists?.i ?? []), we: new Set(lists?.we ?? []), you: new Set(lists?.you ?? []) };
    cache.set(lang, p);
  }
  return p;
}
