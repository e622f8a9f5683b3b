import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../utils/text/detect-language';
import { analyze } from '../../utils/analysis';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The council said on Tuesday that the new bridge would open in the spring, and that the old one will be closed for repairs after it was damaged in the floods.'],
    ['es', 'El ayuntamiento dijo el martes que el nuevo puente se abrirá en la primavera, y que el viejo se cerrará para las reparaciones después de las inundaciones.'],
    ['fr', 'Le conseil a déclaré mardi que le nouveau pont ouvrira au printemps, et que l’ancien sera fermé pour des réparations après les inondations de la semaine.'],
    ['de', 'Der Stadtrat sagte am Dienstag, dass die neue Brücke im Frühjahr eröffnet wird und dass die alte nach den Überschwemmungen für Reparaturen geschlossen wird.'],
    ['pt', 'A câmara disse na terça-feira que a nova ponte vai abrir na primavera, e que a antiga será fechada para obras depois das cheias que a danificaram.'],
    ['it', 'Il consiglio ha detto martedì che il nuovo ponte aprirà in primavera, e che quello vecchio sarà chiuso per le riparazioni dopo le alluvioni della settimana.'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('declines to guess on too little text or on a language it has no list for', () => {
    expect(detectLanguage('Hello there')).toBeNull();
    expect(detectLanguage('東京都は火曜日に新しい橋の建設に40億円を承認した。工事は2027年に始まる予定だ。')).toBeNull();
    expect(detectLanguage('1 2 3 4 5 6 7 8 9 10 11 12')).toBeNull();
  });

  it('is used by analyze when the page declares no language', () => {
    const a = analyze({
      title: 'Puente',
      lang: null,
      blocks: [{ kind: 'paragraph', text: 'El ayuntamiento dijo el martes que el nuevo puente se abrirá en la primavera, y que el viejo se cerrará para las reparaciones después de las inundaciones.' }],
    });
    expect(a.lang).toBe('es');
  });
});
