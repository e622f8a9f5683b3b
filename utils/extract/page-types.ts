/**
 * The kinds of page a page says it is: its `og:type` (as "og:…") and every schema.org `@type`
 * named in its JSON-LD. Read as plain strings, without parsing the JSON, so a malformed block
 * still says what it names. The article gate uses them; the bench reports them.
 */
const LD_TYPE = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const NAME = /[\w:/.-]+/g;
/** Enough to find the types of any real page's JSON-LD; a hostile page cannot make this slow. */
const MAX_LD_CHARS = 200_000;

export function declaredPageTypes(doc: Document): string[] {
  const out = new Set<string>();
  const og = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim();
  if (og) out.add(`og:${og}`);
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    for (const m of (s.textContent ?? '').slice(0, MAX_LD_CHARS).matchAll(LD_TYPE)) {
      for (const t of m[1]!.match(NAME) ?? []) out.add(t.replace(/^https?:\/\/schema\.org\//, ''));
    }
  }
  return [...out];
}
