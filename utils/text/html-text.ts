/**
 * Plain text from a string that may hold markup or character references, as JSON-LD values often
 * do ("&frac12; cup", "<p>Stir.</p>", "&amp;amp;"). No DOM: the extraction script and the CLI
 * both use it, and a string from the page is never parsed as HTML.
 */

/** The named references recipe and article strings use; others are left as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', deg: '°', times: '×', frasl: '⁄',
  frac12: '½', frac14: '¼', frac34: '¾', frac13: '⅓', frac23: '⅔', frac15: '⅕', frac16: '⅙', frac18: '⅛', frac38: '⅜', frac58: '⅝', frac78: '⅞',
  copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', shy: '',
  aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', ccedil: 'ç', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', ouml: 'ö',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', szlig: 'ß', oelig: 'œ', aelig: 'æ', oslash: 'ø',
  Aacute: 'Á', Eacute: 'É', Egrave: 'È', Ccedil: 'Ç', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', Ntilde: 'Ñ',
};

const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,10}));/gi;

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '';
}

/** Character references decoded; an unknown name stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return codePoint(Number(dec));
    if (hex) return codePoint(parseInt(hex, 16));
    return NAMED[name!] ?? whole;
  });
}

/** Tags that end a line of text: a break between them, not a glued word. */
const BREAKING_TAG = /<\/?(?:p|div|li|br|h[1-6]|ol|ul|tr|td|section)\b[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>|<!--[\s\S]*?-->/gi;

/**
 * The text of a string with markup: tags out (breaking ones become spaces), references decoded
 * (twice, for the "&amp;frac12;" some plugins write), spaces squeezed.
 */
export function htmlToText(raw: string): string {
  let text = raw.replace(BREAKING_TAG, ' ').replace(TAG, '');
  for (let pass = 0; pass < 2 && text.includes('&'); pass++) text = decodeEntities(text);
  // Decoding may have produced tags ("&lt;b&gt;"): they are markup the page meant, not text.
  return text.replace(TAG, '').replace(/\s+/g, ' ').trim();
}
