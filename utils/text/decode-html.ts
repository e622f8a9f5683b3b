/**
 * Bytes of a page to text. A page fetched over HTTP may name its charset in its Content-Type
 * header (`headerCharset`), which browsers trust right after a byte-order mark. A saved page has
 * lost that header, which is what usually names the charset, so: a byte-order mark first; then UTF-8 whenever the bytes are valid UTF-8 (a
 * mislabelled `<meta charset=iso-8859-1>` on a UTF-8 page is common, and Latin-1 text is almost
 * never valid UTF-8); else the charset the page declares in its first 1,024 bytes; else
 * windows-1252, as browsers assume. Read as UTF-8 regardless, a Latin-1 page loses every accented
 * letter to "�".
 */
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  if (headerCharset) {
    try {
      return new TextDecoder(headerCharset.trim().toLowerCase()).decode(bytes);
    } catch {
      // A label no decoder knows: the bytes and the page's own declaration decide.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own declaration decides.
  }
  const label = DECLARED.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))?.[1]?.toLowerCase();
  if (label && !label.startsWith('utf')) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall back as a browser does.
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}
