import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/core/lang-guess';
import { findQuotes } from '../../src/core/quotes';

const DE = 'Die Stadt hat am Montag angekündigt, dass die Brücke über den Fluss bis zum Ende des Jahres gesperrt bleibt. Nach Angaben der Verwaltung sind bei einer Prüfung Risse entdeckt worden, die noch nicht vollständig untersucht sind.';
const EN = 'The city said on Monday that the bridge over the river will stay closed until the end of the year. According to officials, cracks were found during an inspection and they have not yet been fully assessed by the engineers.';
const ES = 'La ciudad anunció el lunes que el puente sobre el río permanecerá cerrado hasta el final del año. Según la administración, durante una inspección se encontraron grietas que todavía no han sido analizadas por los ingenieros.';
const FR = 'La ville a annoncé lundi que le pont sur le fleuve restera fermé jusqu’à la fin de l’année. Selon les services techniques, des fissures ont été découvertes lors d’une inspection et elles ne sont pas encore analysées.';

describe('guessLanguage: the language of a story that declares none', () => {
  it('tells the languages the quote finder reads apart by their function words', () => {
    expect(guessLanguage([DE])).toBe('de');
    expect(guessLanguage([EN])).toBe('en');
    expect(guessLanguage([ES])).toBe('es');
    expect(guessLanguage([FR])).toBe('fr');
    expect(guessLanguage(['Губернатор заявил в понедельник, что мост через реку останется закрытым до конца года, потому что инженеры нашли трещины во время плановой проверки и ещё не закончили её, а жителям придётся ездить в объезд через соседний район.'])).toBe('ru');
  });
  it('says nothing when the text is short, not in Latin script, or no language clearly leads', () => {
    expect(guessLanguage(['Bridge closed.'])).toBeUndefined();
    expect(guessLanguage(['気象庁は13日、午後9時19分ごろ、日向灘を震源とする地震があったと発表した。震源の深さは約30キロ、地震の規模はマグニチュード6.9と推定される。高知県と宮崎県で津波を観測した。The Japan Meteorological Agency said that it was in the sea and that the tsunami was small.'])).toBeUndefined();
    // Names, places and figures: function words are too few to tell.
    expect(guessLanguage(['Palm Bay 70, Rockledge 44. Palm Bay 18 22 13 17, Rockledge 14 11 6 15. Toli Smith 21 points, Jake Lee 14, Marcus Dunn 12, Ty Brooks 9, Eli Ford 7, Sam Hart 4, Andre Cole 3 rebounds.'])).toBeUndefined();
  });
});

describe('findQuotes reads attribution in the text’s language, not only the declared one', () => {
  it('a German story with no lang, or a CMS default of "en", reads „…“, hieß es as the body the story named', () => {
    const paras = [
      'Südkorea hat am Dienstag Berichte über eine schwere Erkrankung des Machthabers zurückgewiesen, die in den vergangenen Tagen in mehreren Medien aufgetaucht waren.',
      'Auch das Präsidialamt in Seoul wies die Berichte zurück. „Es gibt keine ungewöhnlichen Aktivitäten in Nordkorea“, hieß es.',
    ];
    for (const lang of [undefined, 'en', 'de']) expect(findQuotes(paras, { lang })[0]?.speaker, String(lang)).toBe('Präsidialamt in Seoul');
  });
});
