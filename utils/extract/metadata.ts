/**
 * What a page says about itself, where it says it reliably: schema.org Article JSON-LD first (its
 * `@graph` arrays, nested author objects and `@id` references included), then meta tags (Open
 * Graph, `article:*`, Dublin Core, the common CMS names). Read from the live document without
 * changing it; a malformed script or an odd value is skipped, never thrown.
 */
import { isObject, type JsonObject } from '../guards';
import { jsonLdNodes, typesOf } from './json-ld';

export interface PageMetadata {
  title: string | null;
  /** The author's name, or several joined by ", "; never a URL. */
  author: string | null;
  /** ISO 8601, as the page wrote it where engines agree on it; only plausible dates. */
  published: string | null;
  modified: string | null;
  siteName: string | null;
}

/** schema.org types that are an article: Article and its kinds (NewsArticle, …), BlogPosting, Report. */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
const MAX_NAME_WORDS = 8;
const MAX_NAME_CHARS = 80;
const MAX_NAMES = 4;
/** Publishing dates before the web are placeholders ("0001-01-01"); one past next year is a typo. */
const FIRST_YEAR = 1990;
/** The date format every JavaScript engine parses alike (ECMAScript's subset of ISO 8601). */
const ES_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const squash = (v: string): string => v.replace(/\s+/g, ' ').trim();

const looksLikeUrl = (v: string): boolean => /^(?:https?:|www\.)|^[\w-]+(?:\.[\w-]+)+\/|@/.test(v);

/** A person's name as a byline shows it: no "By", no URL, not a sentence. */
export function cleanName(raw: string): string | null {
  const name = squash(raw).replace(/^(?:by|von|par|por|di|da|door)\s+/i, '').replace(/[,;|·•-]+$/, '').trim();
  if (!name || looksLikeUrl(name) || name.length > MAX_NAME_CHARS) return null;
  if (name.split(' ').length > MAX_NAME_WORDS || !/\p{L}/u.test(name)) return null;
  return name;
}

/** Names from a JSON-LD author value: a string, a Person, a list of either, or an `@id` reference. */
function names(value: unknown, byId: ReadonlyMap<string, JsonObject>, depth = 0): string[] {
  if (depth > 2 || value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId, depth + 1));
  if (!isObject(value)) return [];
  if (typeof value.name === 'string') return [value.name];
  const ref = value['@id'];
  const target = typeof ref === 'string' ? byId.get(ref) : undefined;
  return target && target !== value ? names(target, byId, depth + 1) : [];
}

function joinNames(list: readonly string[]): string | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const n = cleanName(raw);
    if (!n || seen.has(n.toLowerCase())) continue;
    seen.add(n.toLowerCase());
    out.push(n);
  }
  return out.length ? out.slice(0, MAX_NAMES).join(', ') : null;
}

/** The value when it reads as a date between 1990 and next year, else null. */
export function plausibleDate(raw: unknown, now: Date = new Date()): string | null {
  if (typeof raw !== 'string') return null;
  const v = squash(raw);
  // Date.parse reads "1" as 2001: a date names its year in full.
  if (!/(?<!\d)\d{4}(?!\d)/.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < FIRST_YEAR || year > now.getUTCFullYear() + 1) return null;
  // Kept as written when every browser reads it the same way (a date alone stays a date); else in ISO form.
  return ES_DATE.test(v) ? v : new Date(t).toISOString();
}

const text = (v: unknown): string | null => (typeof v === 'string' && squash(v) ? squash(v) : null);

/** The article node: the one about this address when several are given, else the first. */
function articleNode(nodes: readonly JsonObject[], url: string): JsonObject | null {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (articles.length <= 1) return articles[0] ?? null;
  const here = url.replace(/[#?].*$/, '');
  const about = (n: JsonObject): boolean => {
    const page = isObject(n.mainEntityOfPage) ? n.mainEntityOfPage['@id'] : n.mainEntityOfPage;
    return [n.url, page, n['@id']].some((u) => typeof u === 'string' && u.replace(/[#?].*$/, '') === here);
  };
  return articles.find(about) ?? articles[0]!;
}

function fromJsonLd(doc: Document, now: Date, nodes: readonly JsonObject[]): PageMetadata {
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) byId.set(n['@id'], n);
  const article = articleNode(nodes, doc.URL);
  if (!article) return { title: null, author: null, published: null, modified: null, siteName: null };
  const publisher = names(article.publisher, byId);
  return {
    title: text(article.headline) ?? text(article.name),
    author: joinNames(names(article.author, byId).concat(names(article.creator, byId))),
    published: plausibleDate(article.datePublished, now) ?? plausibleDate(article.dateCreated, now),
    modified: plausibleDate(article.dateModified, now),
    siteName: publisher.map(text).find((p) => p !== null) ?? null,
  };
}

/** Meta tags by their property, name or itemprop, lowercased; the first of each wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = text(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

const TITLE_TAGS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'headline'];
const AUTHOR_TAGS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'];
const PUBLISHED_TAGS = [
  'article:published_time', 'datepublished', 'og:published_time', 'published_time', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date',
];
const MODIFIED_TAGS = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms.modified'];
const SITE_TAGS = ['og:site_name', 'application-name'];

function fromMeta(doc: Document, now: Date): PageMetadata {
  const tags = metaTags(doc);
  const first = <T>(keys: readonly string[], read: (v: string) => T | null): T | null => {
    for (const k of keys) {
      const v = tags.get(k);
      const r = v === undefined ? null : read(v);
      if (r !== null) return r;
    }
    return null;
  };
  return {
    title: first(TITLE_TAGS, (v) => v),
    author: first(AUTHOR_TAGS, (v) => joinNames(v.split(/\s*(?:;|\band\b|&)\s*/))),
    published: first(PUBLISHED_TAGS, (v) => plausibleDate(v, now)),
    modified: first(MODIFIED_TAGS, (v) => plausibleDate(v, now)),
    siteName: first(SITE_TAGS, (v) => v),
  };
}

/** The page's metadata: each field from JSON-LD where it has it, else from the meta tags. */
export function readMetadata(doc: Document, now: Date = new Date(), nodes?: readonly JsonObject[]): PageMetadata {
  let ld: PageMetadata;
  try {
    ld = fromJsonLd(doc, now, nodes ?? jsonLdNodes(doc));
  } catch {
    // A hostile page can make JSON-LD odd in ways not foreseen here: the meta tags still count.
    ld = { title: null, author: null, published: null, modified: null, siteName: null };
  }
  const meta = fromMeta(doc, now);
  return {
    title: ld.title ?? meta.title,
    author: ld.author ?? meta.author,
    published: ld.published ?? meta.published,
    modified: ld.modified ?? meta.modified,
    siteName: ld.siteName ?? meta.siteName,
  };
}

/** Separators between a title and the site's name: "Title - Site", "Title | Site", "Site: Title". */
const TITLE_PART = /\s+[-–—|·•]\s+|\s*[|·•]\s*|\s*:\s+/;
const MIN_TITLE_WORDS = 3;

/** Letters and digits only, lowercase: "Vegolosi.it" and "vegolosi" compare alike. */
const bare = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The title without the site's name the page adds to it ("… - Vegolosi.it", "… | TheHill"): the
 * reader sees the site beside it already. Only an end part that names the site goes, and only
 * when enough title is left.
 */
export function titleWithoutSite(title: string, siteName: string | null, url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/i, '');
  } catch {
    // No address to compare with: the site name alone decides.
  }
  const names = [siteName, host].filter((n): n is string => !!n).map(bare).filter((n) => n.length >= 3);
  if (!names.length) return title;
  const parts = title.split(TITLE_PART);
  if (parts.length < 2) return title;
  const isSite = (part: string): boolean => {
    const b = bare(part);
    return b.length >= 3 && names.some((n) => b.startsWith(n) || (n.startsWith(b) && b.length >= 0.6 * n.length));
  };
  const enough = (rest: string): boolean => rest.split(/\s+/).length >= MIN_TITLE_WORDS;
  const last = parts.at(-1)!;
  if (isSite(last)) {
    const rest = title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`(?:${TITLE_PART.source})$`), '').trim();
    if (enough(rest)) return rest;
  }
  const first = parts[0]!;
  if (isSite(first)) {
    const rest = title.slice(first.length).replace(new RegExp(`^(?:${TITLE_PART.source})`), '').trim();
    if (enough(rest)) return rest;
  }
  return title;
}
