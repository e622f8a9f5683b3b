/**
 * The page's schema.org JSON-LD, parsed once: every object in every `application/ld+json` script,
 * graphs, lists and nested entities alike. Pages are hostile or careless: a malformed script is
 * skipped, a huge one is not parsed, and the walk stops at a depth and a count no real page needs.
 */
import { isObject, type JsonObject } from '../guards';

/** How deep a JSON-LD tree is searched: real ones nest two or three levels (a recipe's steps four). */
const MAX_DEPTH = 6;
/** A script longer than this is not metadata (real ones are a few kilobytes; a recipe's tens). */
const MAX_SCRIPT_CHARS = 1_000_000;
/** Objects collected at most over the whole page. */
const MAX_NODES = 5_000;

/** The type names of a node, without a schema.org prefix. */
export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Every object in a parsed value, depth first. */
function nodesOf(value: unknown, out: JsonObject[], depth = 0): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const v of value) nodesOf(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  for (const [k, v] of Object.entries(value)) if (k !== '@context' && typeof v === 'object') nodesOf(v, out, depth + 1);
}

/** The objects of a script's text; none when it is not JSON. */
export function jsonLdNodesOf(raw: string): JsonObject[] {
  if (raw.length > MAX_SCRIPT_CHARS) return [];
  // Some CMSs wrap the JSON in a CDATA comment or leave a trailing semicolon.
  const text = raw.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\]\]>\s*$/g, '').trim().replace(/;$/, '');
  if (!text) return [];
  const nodes: JsonObject[] = [];
  try {
    nodesOf(JSON.parse(text), nodes);
  } catch {
    // A broken script says nothing reliable.
  }
  return nodes;
}

/** Every JSON-LD object of the document, in page order. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    if (nodes.length >= MAX_NODES) break;
    nodes.push(...jsonLdNodesOf(script.textContent ?? '').slice(0, MAX_NODES - nodes.length));
  }
  return nodes;
}
