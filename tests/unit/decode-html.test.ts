import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../utils/text/decode-html';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it.each([
    ['a Latin-1 page that says so', latin1('<meta charset="iso-8859-1"><p>Komplementärmedizin schließt</p>'), 'Komplementärmedizin schließt'],
    ['a Latin-1 page in http-equiv form', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>größer</p>'), 'größer'],
    ['a UTF-8 page mislabelled as Latin-1', utf8('<meta charset="iso-8859-1"><p>that’s größer</p>'), 'that’s größer'],
    ['a UTF-8 page with no declaration', utf8('<p>新竹尖石 — café</p>'), '新竹尖石 — café'],
    ['an undeclared page that is not UTF-8, read as windows-1252', latin1('<p>caf\u00e9 au lait</p>'), 'café au lait'],
    ['a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>é</p>')]), '<p>é</p>'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeHtml(bytes)).toContain(text);
  });
});
