/**
 * Every word a reader sees comes from the browser's i18n catalogue (public/_locales/<lang>/
 * messages.json): the browser picks the reader's language, or English (the manifest's
 * default_locale). Numbers and dates go through Intl in the browser's UI language.
 */
import type { ComponentChildren, VNode } from 'preact';
import type english from '@/public/_locales/en/messages.json';

export type MessageKey = Extract<keyof typeof english, string>;
type Arg = string | number;

/** The bases of "<base>_one" / "<base>_other" pairs: messages that change with a count. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

let ui: string | undefined;

/**
 * The language for Intl ("fr", "en-GB"): the browser's UI language where it speaks the catalogue's
 * language (its region then sets the formats), else the catalogue's own, so that a French sentence
 * never carries "1,234". (Chromium started with --lang=fr reads French messages yet reports en-US.)
 */
export function uiLanguage(): string {
  if (ui === undefined) {
    const catalogue = message('locale') || 'en';
    let browserLang = '';
    try {
      browserLang = browser.i18n.getUILanguage().replace(/_/g, '-');
      Intl.getCanonicalLocales(browserLang);
    } catch {
      browserLang = '';
    }
    const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
    ui = browserLang && primary(browserLang) === primary(catalogue) ? browserLang : catalogue;
  }
  return ui;
}

/** The message, or '' when the catalogue has no such key (the caller then has its own words). */
export function message(key: string, args: readonly Arg[] = []): string {
  // Chrome throws on a name outside [A-Za-z0-9_@]; such a name is simply not in the catalogue.
  if (!/^[\w@]+$/.test(key)) return '';
  const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string | undefined;
  return get(key, args.map((a) => (typeof a === 'number' ? formatNumber(a) : a))) ?? '';
}

/**
 * What code without a browser said (see utils/said.ts), in the reader's language; its English
 * where the code is unknown here or the value is not what it should be (it may come from a page).
 */
export function say(said: unknown, english: string): string {
  if (typeof said !== 'object' || said === null) return english;
  const { code, args = [] } = said as { code?: unknown; args?: unknown };
  const fits = Array.isArray(args) && args.length <= 9 && args.every((a) => typeof a === 'string' || typeof a === 'number');
  if (typeof code !== 'string' || !fits) return english;
  const list = args as Arg[];
  // A code that counts something names a pair of messages, as tn() does.
  const counted = typeof list[0] === 'number' ? message(`${code}_${pluralForm(list[0])}`, list) : '';
  return message(code, list) || counted || english;
}

/** The message `key` in the reader's language, numbers formatted for it. */
export function t(key: MessageKey, ...args: Arg[]): string {
  return message(key, args);
}

let plurals: Intl.PluralRules | undefined;

function pluralForm(n: number): 'one' | 'other' {
  plurals ??= new Intl.PluralRules(t('locale') || 'en');
  return plurals.select(n) === 'one' ? 'one' : 'other';
}

/**
 * "1 key point" / "3 key points": the `_one` or `_other` form, chosen by the rules of the
 * catalogue's own language (French says "0 point"), with `n` as the first placeholder. Languages
 * with more forms (many, few) than these use `_other` for them, which reads right in en, fr, de, es.
 */
export function tn(base: PluralBase, n: number, ...args: Arg[]): string {
  return message(`${base}_${pluralForm(n)}`, [n, ...args]);
}

/** Private-use characters mark where an element goes in a message; no catalogue text holds them. */
const SLOT = /\uE000(\d)\uE001/;

/**
 * A message with elements in it ("press <kbd>Alt+Shift+K</kbd>"): the message decides where they
 * go, which differs between languages. Text stays text; nothing is parsed as markup.
 */
export function tx(key: MessageKey, ...args: (Arg | VNode)[]): ComponentChildren[] {
  const text = message(
    key,
    args.map((a, i) => (typeof a === 'object' ? `\uE000${i}\uE001` : a)),
  );
  return text.split(SLOT).map((part, i) => (i % 2 === 1 ? (args[Number(part)] as VNode) : part));
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(uiLanguage(), options);
}

/** 0.58 → "58%" ("58 %" in French). */
export function formatPercent(ratio: number): string {
  return formatNumber(ratio, { style: 'percent', maximumFractionDigits: 0 });
}

/** "25 Nov 2026, 14:05" in the reader's language; the stored text when it is no date. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A date alone ("2019-11-20") means that day wherever the reader is; a time places it in the reader's zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "20 Nov 2019" in the reader's language, or null when the value is no date. */
export function formatDay(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', ...(DATE_ONLY.test(iso) ? { timeZone: 'UTC' } : {}) });
}

/** The page speaks the catalogue's language (screen readers pronounce it right) and names itself in it. */
export function localisePage(title?: string): void {
  document.documentElement.lang = t('locale') || 'en';
  if (title) document.title = title;
}
