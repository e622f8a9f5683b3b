/** URL helpers shared by the popup, storage and tests. Pure: no browser API. */
import { said, type Said } from './said';

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_hsenc|_hsmi|ref_src)$/i;

/** The URL that identifies a page for saving: no fragment, no tracking parameters. */
export function canonicalKey(url: string, declaredCanonical?: string | null): string {
  const raw = declaredCanonical || url;
  try {
    const u = new URL(raw);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.searchParams.sort();
    return u.href;
  } catch {
    return raw;
  }
}

/** Short stable id for a key: two 32-bit FNV-1a hashes with different seeds, as hex. */
export function hashId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** `message` in English; `said`, the same for the views to say in the reader's language. */
type PageAccess =
  | { ok: true }
  | { ok: false; reason: 'restricted' | 'pdf' | 'file'; message: string; said: Said };

const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/** Whether the browser lets an extension read a page at this URL, and if not, why. */
export function pageAccess(url: string | undefined): PageAccess {
  // activeTab reveals the URL of every page an extension may read; no URL means a browser page.
  if (!url) {
    return {
      ok: false,
      reason: 'restricted',
      message: 'The browser doesn’t let extensions read this page: its own pages (settings, new tab, the add-on store) are off limits.',
      said: said('accessBrowserPage'),
    };
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'restricted', message: 'This tab has no web page Winnow can read.', said: said('accessNoPage') };
  }
  if (u.protocol === 'file:') {
    if (/\.pdf$/i.test(u.pathname)) return pdf();
    return {
      ok: false,
      reason: 'file',
      message:
        'Winnow can read files on your computer only if you allow it: turn on “Allow access to file URLs” in the extension’s details.',
      said: said('accessFile'),
    };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return {
      ok: false,
      reason: 'restricted',
      message: `The browser doesn’t let extensions read ${u.protocol.replace(':', '')}: pages such as settings, new tabs and other extensions.`,
      said: said('accessScheme', u.protocol.replace(':', '')),
    };
  }
  if (STORE_HOSTS.has(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return {
      ok: false,
      reason: 'restricted',
      message: 'The browser doesn’t let extensions read its add-on store.',
      said: said('accessStore'),
    };
  }
  if (/\.pdf$/i.test(u.pathname)) return pdf();
  return { ok: true };
}

function pdf(): PageAccess {
  return {
    ok: false,
    reason: 'pdf',
    message: 'This is a PDF. Winnow reads web pages; the browser’s PDF viewer can’t be read by extensions.',
    said: said('accessPdf'),
  };
}

/**
 * The host permission that covers a page: its scheme and host, any path (and, as match patterns
 * go, any port). What "Winnow this link" asks for: that one site, nothing wider.
 */
export function sitePermission(url: string): { origin: string; host: string } | null {
  if (!isHttpUrl(url)) return null;
  const u = new URL(url);
  return { origin: `${u.protocol}//${u.hostname}/*`, host: u.hostname };
}
