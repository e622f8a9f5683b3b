import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The fake browser has no i18n: unit tests get the real English catalogue, read the way the
 * browser reads it ($name$ placeholders, each standing for its "$1"…"$9" substitution).
 */
export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

export function loadCatalogue(lang: string): Catalogue {
  return JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
}

/** chrome.i18n.getMessage over `catalogue`: '' for an unknown name, "$$" for a dollar sign. */
export function getMessageFrom(catalogue: Catalogue) {
  const byName = new Map(Object.entries(catalogue).map(([k, v]) => [k.toLowerCase(), v]));
  return (name: string, substitutions?: string | (string | number)[]): string => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions.map(String) : [substitutions];
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), fill(v.content)]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, p: string) => placeholders.get(p.toLowerCase()) ?? whole)
      .replace(/\$\$/g, '$');
  };
}

const english = getMessageFrom(loadCatalogue('en'));
Object.assign(fakeBrowser.i18n, { getMessage: english, getUILanguage: () => 'en' });
