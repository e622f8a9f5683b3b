import { t } from '@/components/i18n';
import type { FetchedPage } from '@/utils/extract/fetched-page';

/** A slow site gets this long before the reader is told; past it, it is not coming. */
const LINK_TIMEOUT_MS = 20_000;
/** Far more than any article's HTML; a link to a huge file is read only this far. */
export const MAX_LINK_BYTES = 8 * 1024 * 1024;

type Fetched = { ok: true; page: FetchedPage } | { ok: false; message: string };

/** Reads the body up to `max` bytes, so a link to a huge download does not fill memory. */
async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer()).subarray(0, max);
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < max) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.length;
  }
  void reader.cancel().catch(() => {});
  const bytes = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const part of parts) {
    const take = part.subarray(0, bytes.length - at);
    bytes.set(take, at);
    at += take.length;
  }
  return bytes;
}

/**
 * Fetches the linked page from the reader page, which holds the site's permission once the
 * reader has granted it. Without cookies: Winnow reads what any visitor gets, and a fetch the
 * reader did not make as a visit carries nothing of theirs to the site.
 */
export async function fetchLink(url: string, fetchFn: typeof fetch = fetch, timeoutMs = LINK_TIMEOUT_MS): Promise<Fetched> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, { credentials: 'omit', redirect: 'follow', signal: abort.signal });
    if (!res.ok) {
      const status = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
      return {
        ok: false,
        message: t(res.status === 401 || res.status === 403 ? 'linkSignIn' : 'linkBadStatus', status),
      };
    }
    return { ok: true, page: { url: res.url || url, contentType: res.headers.get('content-type'), bytes: await readCapped(res, MAX_LINK_BYTES) } };
  } catch (err) {
    if (abort.signal.aborted) return { ok: false, message: t('linkTimeout') };
    return { ok: false, message: t('linkFetchFailed', err instanceof Error ? err.message : String(err)) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An inert document: DOMParser runs no script and loads nothing (no images, no styles), and the
 * document is never shown; the extraction only reads its text, as it reads a tab's page.
 */
export function parseHtml(html: string): Document {
  // eslint-disable-next-line no-restricted-syntax -- the one parse the issue asks for: inert, never rendered, read as text.
  return new DOMParser().parseFromString(html, 'text/html');
}
