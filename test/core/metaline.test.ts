// Date, reading-time and credit lines: furniture around a story, never its text.
import { describe, expect, it } from 'vitest';
import { isCreditLine, isMetaLine } from '../../src/core/isolate/metaline';

describe('isMetaLine', () => {
  it.each([
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    '| UPDATED: 11:05, Tue, Nov 19, 2019',
    'Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.',
    'Updated at 1:23 p.m.',
    'November 18, 2019',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Veröffentlicht am 3. März 2024, 14:05 Uhr',
    'mis à jour le 12 avril 2023 à 18h45',
    '12 октября 2023 г.',
    'Tempo de leitura: 2 minutos',
    '5 min read',
    'Reading time: 4 minutes',
    '2.289',
    '1,204 views',
    '2021-10-16 | Botschaft',
    'News date : 04/21/2022 Category : Press Releases',
    'notes.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm',
    'Meldungsdatum: 14.03.2024 | Kategorie: Lokales',
    'Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder, ich und.. | Rating: 0.0/0',
    'Kommentare insgesamt: 0',
    'Views: 2,310 | Comments: 4',
  ])('takes "%s" for a date, time or counter line', (line) => {
    expect(isMetaLine(line)).toBe(true);
  });

  it.each([
    'The first two illnesses were confirmed on November 12.',
    'In May 2019, the council voted 41 to 18.',
    '2024',
    'Trump',
    '2019: a year in review of the city council',
    'On Tuesday, 12 people were arrested.',
    'Mai 2019 – Gründung',
    '12.05.2020 - Pfizer announces trial results',
    '2021-10-16 | The council met again to vote.',
    'Comments: the council heard 41 of them before the vote.',
    'Rating: 4 | The restaurant is worth the trip',
    'Views: mixed, says the survey',
  ])('keeps "%s" as story text', (line) => {
    expect(isMetaLine(line)).toBe(false);
  });
});

describe('isCreditLine', () => {
  it.each([
    'Sanjeev Verma/Hindustan Times/Getty Images',
    'Natalie Naccache | Bloomberg | Getty Images',
    'Photo by Kirk Irwin/Getty Images',
    '(Image credit: Future/SpaceX/Blue Origin, Sierra Nevada)',
    '(Image: © NASA/ESA/K. Retherford/SWRI)',
    'Photograph: Jeenah Moon/Bloomberg',
    'Credit...Anna Moneymaker/The New York Times',
    '© Reuters',
    'Foto: Bernd Weißbrod/dpa',
  ])('takes "%s" for a photo credit', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    'Reuters reported on Tuesday that the deal was off.',
    'The photographs were taken by a NASA probe in 1979.',
    'Getty Images, the photo agency, was sold last year to a group of investors led by its founders.',
    'Image is everything, the minister said.',
  ])('keeps "%s" as story text', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});

describe('isCreditLine on glued story text', () => {
  it('keeps a credit-like start followed by a quote', () => {
    expect(isCreditLine("Source: British Skin Foundation She added: 'He was first diagnosed when he was two.")).toBe(false);
  });
});
