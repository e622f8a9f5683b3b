import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { analysisParts } from '../../utils/analysis/analyze';
import { cueGroups, rulePattern } from '../../utils/analysis/padding/cues';
import de from '../../utils/lang/de.cues.json';
import es from '../../utils/lang/es.cues.json';
import fr from '../../utils/lang/fr.cues.json';
import italian from '../../utils/lang/it.cues.json';
import pt from '../../utils/lang/pt.cues.json';
import { splitSentences } from '../../utils/text/sentences';
import { paragraphsArticle } from '../support/articles';

/** A factual opening line per language, so the sentence under test is judged inside an article. */
const LEAD: Record<string, string> = {
  fr: 'La mairie de Lyon a voté mardi un budget de 12 millions d’euros pour la rénovation du pont Lafayette.',
  es: 'El ayuntamiento de Sevilla aprobó el martes un presupuesto de 12 millones de euros para reformar el puente de Triana.',
  de: 'Der Stadtrat von Köln hat am Dienstag 12 Millionen Euro für die Sanierung der Deutzer Brücke bewilligt.',
  pt: 'A prefeitura de Curitiba aprovou na terça-feira um orçamento de 12 milhões de reais para reformar o viaduto do Capanema.',
  it: 'Il comune di Torino ha approvato martedì un bilancio di 12 milioni di euro per il restauro del ponte Mosca.',
  nl: 'De gemeenteraad van Utrecht heeft dinsdag 12 miljoen euro uitgetrokken voor de renovatie van de brug.',
};

function markOf(lang: string, sentence: string) {
  const a = analyze(paragraphsArticle([LEAD[lang]!, sentence], { lang, title: 'Un article' }));
  const s = a.sentences.find((x) => x.text === sentence);
  if (!s) throw new Error(`sentence not found: ${sentence}`);
  return s.padding;
}

describe('padding cues in French, Spanish, German, Portuguese and Italian', () => {
  it('marks French clichés and sales talk, with the phrase as the reason', () => {
    const cliche = markOf('fr', 'Dans un monde en constante évolution, il va sans dire que tout change.');
    expect(cliche?.kind).toBe('filler');
    expect(cliche?.reason).toContain('dans un monde en constante évolution');
    const sales = markOf('fr', 'N’hésitez pas à nous contacter pour obtenir votre devis gratuit.');
    expect(sales?.kind).toBe('promo');
    expect(sales?.reason).toContain('n\'hésitez pas à');
  });

  it('marks French page furniture', () => {
    expect(markOf('fr', 'Lire aussi : La SNCF supprime 300 postes en Bretagne')?.kind).toBe('boilerplate');
    expect(markOf('fr', '© 2024 Le Journal de Lyon, tous droits réservés')?.kind).toBe('boilerplate');
  });

  it('leaves a specific French report alone', () => {
    expect(markOf('fr', 'Le conseil municipal a adopté le projet par 41 voix contre 12, selon le procès-verbal publié jeudi.')).toBeNull();
  });

  it('marks Spanish clichés and sales talk, with the phrase as the reason', () => {
    const cliche = markOf('es', 'No cabe duda de que la tecnología lo cambia todo en pleno siglo XXI.');
    expect(cliche?.kind).toBe('filler');
    expect(cliche?.reason).toContain('no cabe duda de que');
    const sales = markOf('es', 'No dudes en contactarnos para pedir tu presupuesto sin compromiso.');
    expect(sales?.kind).toBe('promo');
    expect(sales?.reason).toContain('no dudes en');
  });

  it('marks Spanish page furniture', () => {
    expect(markOf('es', 'Lee también: El Gobierno aprueba la reforma de las pensiones')?.kind).toBe('boilerplate');
    expect(markOf('es', 'Todos los derechos reservados.')?.kind).toBe('boilerplate');
  });

  it('leaves a specific Spanish report alone', () => {
    expect(markOf('es', 'La obra costará 4,2 millones de euros y durará 18 meses, según el pliego publicado el lunes.')).toBeNull();
  });

  it('marks German clichés and sales talk, with the phrase as the reason', () => {
    const cliche = markOf('de', 'In der heutigen schnelllebigen Zeit muss alles schnell gehen.');
    expect(cliche?.kind).toBe('filler');
    expect(cliche?.reason).toContain('in der heutigen schnelllebigen zeit');
    const sales = markOf('de', 'Zögern Sie nicht, uns zu kontaktieren.');
    expect(sales?.kind).toBe('promo');
    expect(sales?.reason).toContain('zögern sie nicht');
    // Capitalised German nouns count as names, so a stock conclusion must mark on its own.
    expect(markOf('de', 'Zusammenfassend lässt sich sagen, dass Lesen Spaß macht.')?.kind).toBe('filler');
  });

  it('marks German page furniture', () => {
    expect(markOf('de', 'Auch interessant: Bahn streicht 300 Stellen in Köln')?.kind).toBe('boilerplate');
    expect(markOf('de', 'Newsletter abonnieren')?.kind).toBe('boilerplate');
    expect(markOf('de', '© 2024 Kölner Rundschau, alle Rechte vorbehalten')?.kind).toBe('boilerplate');
  });

  it('leaves a specific German report alone', () => {
    expect(markOf('de', 'Die Arbeiten sollen laut Stadtverwaltung im März 2025 beginnen und 18 Monate dauern.')).toBeNull();
  });

  it('gives German the word lists and sentence shapes of the rules, with nouns capitalised', () => {
    const evidence = (sentence: string) => {
      const p = analysisParts(paragraphsArticle([LEAD.de!, sentence, LEAD.de!.replace('Köln', 'Bonn')], { lang: 'de', title: 'Ein Artikel' }));
      const i = p.features.findIndex((f) => f.text === sentence);
      return (p.rules.evidence[i] ?? []).map((e) => e.why?.code);
    };
    // "Dinge", "Leben", "Unterschied" are generic nouns, not names, though capitalised.
    expect(evidence('Manchmal sind es die kleinen Dinge im Leben, die den größten Unterschied machen.')).toContain('nothing_specific');
    expect(evidence('Die Polizei hat den Verdächtigen am Montag in Hamburg festgenommen.')).not.toContain('nothing_specific');
    expect(evidence('Anna Müller ist freie Journalistin und schreibt seit 2015 über Wissenschaft.')).toContain('bio_line');
    expect(evidence('Hallo, ich bin Lisa und blogge hier über Rezepte.')).toContain('bio_line');
    expect(evidence('Nutze den Code SPAR15 für 15 % Rabatt auf deine erste Bestellung.')).toContain('discount_code');
    // A sentence opening on an article looks like a name in German; it is not a bio.
    expect(rulePattern('de', 'bioOpening')?.test('Die Journalistin ist seit 2010 bei der Zeitung.')).toBe(false);
    expect(rulePattern('de', 'selfIntro')?.test('Ich bin Mutter von zwei Kindern.')).toBe(false);
    expect(rulePattern('de', 'promoCode')?.test('Der Quellcode ABCD ist offen.')).toBe(false);
  });

  it('marks Portuguese and Italian padding and furniture, but not a specific report', () => {
    const pt1 = markOf('pt', 'Não hesite em entrar em contato conosco para um orçamento grátis.');
    expect(pt1?.kind).toBe('promo');
    expect(pt1?.reason).toContain('não hesite em');
    expect(markOf('pt', 'Em pleno século XXI, não há dúvida de que tudo mudou.')?.kind).toBe('filler');
    expect(markOf('pt', 'Leia também: Governo anuncia reajuste do salário mínimo')?.kind).toBe('boilerplate');
    expect(markOf('pt', 'A obra custará 4,2 milhões de reais e deve durar 18 meses, segundo o edital publicado na segunda-feira.')).toBeNull();
    const it1 = markOf('it', 'In un mondo in continua evoluzione, non c’è dubbio che tutto cambi.');
    expect(it1?.kind).toBe('filler');
    expect(it1?.reason).toContain('in un mondo in continua evoluzione');
    expect(markOf('it', 'Non esitate a contattarci per un preventivo gratuito.')?.kind).toBe('promo');
    expect(markOf('it', 'Leggi anche: Sciopero dei treni venerdì in tutta Italia')?.kind).toBe('boilerplate');
    expect(markOf('it', 'I lavori costeranno 4,2 milioni di euro e dureranno 18 mesi, secondo il bando pubblicato lunedì.')).toBeNull();
  });

  it('matches phrases that begin or end with an accented letter', () => {
    const find = (lang: string, text: string) => cueGroups(lang).map((g) => g.find(text)).find((x) => x !== null) ?? null;
    expect(find('fr', 'c\'est peut-être la fin')).toBe('peut-être');
    expect(find('es', 'quizás sea tarde')).toBe('quizás');
    expect(find('de', 'ähnliche beiträge')).toBe('ähnliche beiträge');
  });

  it('never puts \\b next to an accented letter, where it could not match', () => {
    for (const list of [fr, es, de, pt, italian]) {
      for (const g of list.cues) for (const p of g.patterns) expect(p).not.toMatch(/\\b\P{ASCII}|\P{ASCII}\\b/u);
      const rules = (list as { rulePatterns?: Record<string, string> }).rulePatterns ?? {};
      for (const [name, p] of Object.entries(rules)) if (name !== 'about') expect(p).not.toMatch(/\\b\P{ASCII}|\P{ASCII}\\b/u);
    }
  });

  it('marks French and Italian platitudes, self-introductions and discount codes from their word lists and patterns', () => {
    expect(markOf('fr', 'Au fond, le bonheur est toujours une question d’équilibre, de passion et de confiance.')?.kind).toBe('platitude');
    expect(markOf('it', 'Alla fine, la felicità è sempre una questione di equilibrio, di passione e di fiducia.')?.kind).toBe('platitude');
    // A dated sentence is not generic: the month names are in the list the platitude rule reads.
    const dated = markOf('fr', 'Le bonheur, toujours le bonheur, en juillet comme en décembre, avec passion.');
    expect(dated?.why?.map((w) => w.code) ?? []).not.toContain('nothing_specific');
    expect(markOf('fr', 'Bonjour à tous, je suis Julie, maman de trois enfants.')?.kind).toBe('boilerplate');
    expect(markOf('it', 'Ciao a tutti, sono Giulia e vivo a Bologna.')?.kind).toBe('boilerplate');
    // A slogan, not a blogger introducing herself: "je suis" needs a greeting before it.
    expect(markOf('fr', 'Je suis Charlie.')?.reason ?? '').not.toContain('Author bio');
    expect(markOf('fr', 'Utilisez le code promo SOLDES20 pour obtenir une remise sur votre commande.')?.kind).toBe('promo');
    expect(markOf('it', 'Inserisci il codice sconto ESTATE20 al momento del pagamento.')?.kind).toBe('promo');
  });

  it('starts a new sentence after an initialism when a French or Italian sentence opener follows', () => {
    expect(splitSentences('Le groupe est coté à Paris depuis 1990 sous le nom S.A. Les ventes ont baissé.', 'fr')).toHaveLength(2);
    expect(splitSentences('La società si chiama Acme S.p.A. Il gruppo ha chiuso il 2023 in utile.', 'it')).toHaveLength(2);
  });

  it('gives Spanish and Portuguese the platitude, button, author-bio and discount-code rules', () => {
    const codes = (lang: string, sentence: string) => markOf(lang, sentence)?.why?.map((w) => w.code) ?? [];
    expect(codes('es', 'Al final, lo más importante en la vida es disfrutar de cada momento con las personas que amamos.')).toContain('nothing_specific');
    expect(codes('pt', 'No fim das contas, o mais importante na vida é aproveitar cada momento com as pessoas que amamos.')).toContain('nothing_specific');
    expect(codes('es', 'Ver más')).toContain('short_label');
    expect(codes('pt', 'Veja mais')).toContain('short_label');
    expect(codes('es', 'Sarah Moreno es periodista y escribe sobre tecnología desde 2015.')).toContain('bio_line');
    expect(codes('pt', 'Ana Souza é jornalista e escreve sobre tecnologia desde 2015.')).toContain('bio_line');
    expect(codes('es', 'Hola, soy Lucía y este es mi blog de cocina.')).toContain('bio_line');
    expect(codes('pt', 'Olá, eu sou a Mariana e adoro cozinhar.')).toContain('bio_line');
    expect(codes('es', 'Usa el código VERANO20 para obtener un 20% de descuento.')).toContain('discount_code');
    expect(codes('pt', 'Use o cupom VERAO20 para ganhar 20% de desconto.')).toContain('discount_code');
    // A dated, factual sentence and a code of a program are not padding.
    expect(markOf('es', 'El nuevo puente se inaugurará en mayo y costará menos de lo previsto por el ayuntamiento.')).toBeNull();
    expect(markOf('pt', 'Use o código abaixo para instalar a biblioteca no seu projeto.')).toBeNull();
  });

  it('gives a language without a list no cue marks', () => {
    expect(cueGroups('nl')).toEqual([]);
    const a = analyze(paragraphsArticle([LEAD.nl!, 'Lees ook: Alle rechten voorbehouden.'], { lang: 'nl', title: 'Een artikel' }));
    expect(a.sentences.some((s) => s.padding?.reason.includes('“'))).toBe(false);
  });
});
