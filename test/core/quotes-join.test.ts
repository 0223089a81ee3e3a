// Quotes split around their attribution, or resumed after it, are one quote (issue 18, class 9;
// test/quotes/README.md: "a quote split around its attribution … is one quote … joined by a
// space"; each part keeps its own text, capitals and end punctuation included).
import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

const texts = (paras: string[]) => findQuotes(paras).map((q) => [q.text, q.speaker]);

describe('findQuotes: joining a quote split around its attribution', () => {
  it('"A," X said, "b." is one quote', () => {
    expect(texts(['"We will win this case," Maria Lopez said, "and we will do it in court."'])).toEqual([['We will win this case, and we will do it in court.', 'Maria Lopez']]);
  });
  it('"A," said X. "B." is one quote, each part as printed', () => {
    expect(texts(['"It is easy to promise a new bridge," said Tom Hill. "The pathway to building one is long."'])).toEqual([
      ['It is easy to promise a new bridge, The pathway to building one is long.', 'Tom Hill'],
    ]);
  });
  it('an abbreviation inside the attribution does not split it', () => {
    expect(texts(['“We’re taking in billions of dollars in tariffs,” Mr. Trump said on Nov. 8. “I like our situation very much.”'])).toEqual([
      ['We’re taking in billions of dollars in tariffs, I like our situation very much.', 'Mr. Trump'],
    ]);
  });
  it('an apostrophe in the attribution is no quotation mark', () => {
    expect(texts(['“I’m not going to lie about it,” said Claire O’Brien. “It was the most frightening night of our lives.”'])).toEqual([
      ['I’m not going to lie about it, It was the most frightening night of our lives.', 'Claire O’Brien'],
    ]);
    expect(texts(['“We will keep talking to them,” the union’s leader, Ann Cole, said. “Nobody wants a strike in winter.”']).map((x) => x[0])).toEqual([
      'We will keep talking to them, Nobody wants a strike in winter.',
    ]);
  });
  it('a first part that ends in a nested quote resumes too', () => {
    expect(texts(['“My first reaction was, ‘Oh no, they will get a lot of attention,’ ” Ann Hege said. “At the end of the day, the proof is in the pudding.”'])).toEqual([
      ['My first reaction was, ‘Oh no, they will get a lot of attention,’ At the end of the day, the proof is in the pudding.', 'Ann Hege'],
    ]);
  });
  it('a first part ending in a question mark resumes too', () => {
    expect(texts(['"But who are we as a nation if we answer hate with hate?" she wrote in her letter to Ann Cole. "The answer to hate is compassion."']).map((x) => x[0])).toEqual([
      'But who are we as a nation if we answer hate with hate? The answer to hate is compassion.',
    ]);
  });
  it('single-quote style joins the same way', () => {
    expect(texts(["'We have waited twenty years for this,' said Mary Jones. 'Nobody thought it would happen.'"])).toEqual([
      ['We have waited twenty years for this, Nobody thought it would happen.', 'Mary Jones'],
    ]);
  });
  it('a later quoted sentence with no attribution of its own continues the quote over narration', () => {
    expect(texts(['„Es darf sich nicht die ganze Herde infizieren“, sagt Karl Berning. Sonst müsste er die Bäckerei schließen. „Das Liefergeschäft mit Hotels ist weggebrochen.“'])).toEqual([
      ['Es darf sich nicht die ganze Herde infizieren Das Liefergeschäft mit Hotels ist weggebrochen.', 'Karl Berning'],
    ]);
  });
});

describe('findQuotes: passages that stay apart', () => {
  it('a second part with its own verb of saying is a new quote', () => {
    expect(texts(['"We will not close the library this year," said Tom Hill. "We are looking for new money," he added.'])).toHaveLength(2);
  });
  it('someone else speaking in between keeps the quotes apart', () => {
    expect(texts(['"The plan will cut waiting lists by half," said Tom Hill. Ann Cole said the figures were wrong. "Nobody believes those numbers at all."'])).toHaveLength(2);
  });
  it('an attribution set inside the second part keeps it apart', () => {
    expect(texts(['« Le droit de grève est constitutionnel pour tous », a déclaré Paul Roux. « Nous avons, poursuit-il, débloqué 40 millions d’euros. »'])).toHaveLength(2);
  });
  it('a partial quote in the narration after the attribution is a quote of its own', () => {
    const q = texts(['Customers "began to say we want you to do this and that," Tim Cook told the conference, which meant making the "best mobile operating system for business."']);
    expect(q.map((x) => x[0]).sort()).toEqual(['began to say we want you to do this and that', 'best mobile operating system for business.']);
  });
  it('a quote in different paragraphs is not joined', () => {
    expect(texts(['"We will not close the library this year," said Tom Hill.', '"Nobody believes those numbers at all."'])).toHaveLength(2);
  });
});

describe('findQuotes: partial quotes split by the narrator’s words', () => {
  it('are one quote per pair of marks, with the sentence’s one speaker', () => {
    const qs = findQuotes(['Gazprom, the Russian supplier, said in a statement that “transit through the station was provided in full” and “no complaint was received from any partner”.']);
    expect(qs.map((q) => q.text).sort()).toEqual(['no complaint was received from any partner', 'transit through the station was provided in full']);
    expect(qs.every((q) => q.speaker === 'Gazprom')).toBe(true);
  });
});

describe('findQuotes: a connective and a colon before a later quoted sentence', () => {
  it('„A“, sagte er. Aber: „B“ is one passage', () => {
    const qs = findQuotes(['„Ich möchte, dass Ihre Kinder hier einen sicheren Job haben“, sagte Diess. Aber: „Die heute bestehenden Jobs werden sicher weniger.“'], { lang: 'de' });
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('Ich möchte, dass Ihre Kinder hier einen sicheren Job haben Die heute bestehenden Jobs werden sicher weniger.');
  });
});
