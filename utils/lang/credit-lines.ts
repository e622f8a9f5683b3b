/**
 * Photo captions' credit lines ("Photo: Jane Doe", "Image credit: NASA", "Foto: dpa", "Crédit
 * photo : AFP", "(Getty Images)"), per language. Kept apart from the packs so the extraction
 * script, which marks these lines as captions, carries only these few words. A page's language is
 * not known when it is read, and credits are often left in the CMS's language: every list applies.
 */

/** Words that open a credit, before a colon, dash or "by" ("Photo:", "Image credit —", "Photo by"). */
const CREDIT_LABELS: Record<string, readonly string[]> = {
  en: ['photo', 'photos', 'photograph', 'photography', 'image', 'images', 'picture', 'illustration', 'graphic', 'credit', 'credits',
    'photo credit', 'photo credits', 'image credit', 'image credits', 'image source', 'image via', 'photo via', 'lead image', 'top image', 'header image', 'featured image', 'cover photo'],
  fr: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'crédits photo', 'crédit image', 'illustration', 'image'],
  de: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'bildnachweis', 'fotocredit', 'titelbild', 'illustration', 'grafik'],
  es: ['foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'crédito', 'créditos', 'ilustración'],
  pt: ['foto', 'fotos', 'fotografia', 'imagem', 'imagens', 'crédito', 'créditos', 'ilustração', 'reprodução'],
  it: ['foto', 'immagine', 'immagini', 'crediti', 'credito', 'illustrazione', 'fonte immagine'],
};

/** Labels that say "credit" themselves: a name may follow with no colon ("Image credit NASA"). */
const CREDIT_NAMING = ['photo credit', 'photo credits', 'image credit', 'image credits', 'picture credit', 'crédit photo', 'crédits photo', 'bildnachweis', 'bildquelle', 'fotocredit', 'crédito de imagen', 'créditos de imagen', 'crédito da imagem', 'crédito foto'];

/** "Photo by …", "Foto von …", "Photo de …", "Foto de/di …": the label then the word for "by". */
const BY_WORDS = ['by', 'courtesy of', 'von', 'de', 'par', 'di', 'por', 'da', 'del'];

/** Picture agencies and wires that sign photos; a line in brackets naming one is a credit. */
const AGENCIES = ['getty images', 'getty', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'reuters', 'ap photo', 'afp', 'epa', 'dpa', 'picture alliance', 'unsplash', 'pexels', 'pixabay', 'adobe stock', 'imago', 'keystone', 'efe', 'ansa', 'associated press'];

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

const LABELS = alternatives(Object.values(CREDIT_LABELS).flat());
/** A label then ":" / "—" / "|" (with the text after it), or the label then "by". */
const LABELLED = new RegExp(`^(?:(?:${LABELS})\\s*(?:[:：|—–-]|\\s(?:${alternatives(BY_WORDS)})\\s)|(?:${alternatives(CREDIT_NAMING)})\\s+\\S)`, 'iu');
/** "© Jane Doe", "(c) 2020 Reuters". */
const COPYRIGHT = /^(?:©|\(c\)\s)/i;
/** The whole line in brackets with an agency or a label in it: "(Getty Images)", "(Photo: AP)". */
const BRACKETED = new RegExp(`^[([](?=[^)\\]]*(?<!\\p{L})(?:${alternatives(AGENCIES)}|${LABELS})(?!\\p{L}))[^()[\\]]{2,80}[)\\]]$`, 'iu');
/** A caption that ends with its credit: "The senator in 2019. (Getty Images)", "… Photo: AP". */
const ENDS_IN_CREDIT = new RegExp(`(?:[([](?:[^()[\\]]*(?<!\\p{L})(?:${alternatives(AGENCIES)})(?!\\p{L})[^()[\\]]*|(?:${LABELS})\\s*[:：][^()[\\]]{2,60})[)\\]]|\\s[|/]\\s*(?:${LABELS})\\s*[:：][^.!?]{2,60}|[.!?]\\s+(?:${LABELS})\\s*[:：]\\s*[^.!?]{2,60})$`, 'iu');

/** Longer than this, a line is running text even when it opens on "Photo:". */
const MAX_CREDIT_WORDS = 40;
/** A caption that ends with a credit is rarely longer than this. */
const MAX_CAPTION_WORDS = 60;

/** A photo credit, or a caption that carries one: what a reader of the text does not need. */
export function isCreditLine(text: string): boolean {
  const line = text.trim();
  if (!line) return false;
  const words = line.split(/\s+/).length;
  if (words <= MAX_CREDIT_WORDS && (LABELLED.test(line) || COPYRIGHT.test(line) || BRACKETED.test(line))) return true;
  return words <= MAX_CAPTION_WORDS && ENDS_IN_CREDIT.test(line);
}
