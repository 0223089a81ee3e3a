import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';
import { SEED_TITLE, seedParagraphs } from './fixtures/seed';

const one = (paras: string[]): Quote => {
  const q = findQuotes(paras);
  expect(q).toHaveLength(1);
  return q[0];
};

describe('findQuotes: the seed story', () => {
  const quotes = findQuotes(seedParagraphs(), { title: SEED_TITLE });
  const find = (start: string) => quotes.find((q) => q.text.startsWith(start));

  it('joins McKenzie’s quote split around other words and keeps his title and role', () => {
    const q = find('We share a common purpose');
    expect(q?.text).toBe('We share a common purpose … have been useful to work with');
    expect(q?.speaker).toBe('Gen Frank McKenzie');
    expect(q?.role).toBe('head of the US Central Command');
  });

  it('gives McKenzie’s follow-up quote in the same paragraph to him', () => {
    expect(find('As long as we’ve kept that common purpose aligned')?.speaker).toBe('Gen Frank McKenzie');
  });

  it('attributes both of Nabil’s quotes, the second through "he said"', () => {
    const first = find('In some areas, IS has become very attractive');
    expect(first?.speaker).toBe('Rahmatullah Nabil');
    expect(first?.role).toBe('former head of Afghanistan’s spy agency NDS');
    expect(find('If there were a resistance')?.speaker).toBe('Rahmatullah Nabil');
  });

  it('resolves "the report warned" to the WSJ report', () => {
    expect(find('These new recruits bring')?.speaker).toBe('The Wall Street Journal report');
    expect(find('offering significant amounts of cash')?.speaker).toBe('The Wall Street Journal report');
  });

  it('keeps Colin Kahl’s partial quote with his name and title apart', () => {
    const q = find('generate the capacity to attack');
    expect(q?.speaker).toBe('Colin Kahl');
    expect(q?.role).toBe('US Under Secretary of Defence');
  });

  it('drops scare quotes', () => {
    const texts = quotes.map((q) => q.text);
    expect(texts).not.toContain('a fraction of them');
    expect(texts).not.toContain('common purpose');
  });

  it('ranks attributed, central quotes first', () => {
    for (let i = 1; i < quotes.length; i++) expect(quotes[i - 1].score!).toBeGreaterThanOrEqual(quotes[i].score!);
    expect(quotes.slice(0, 5).every((q) => q.speaker)).toBe(true);
    expect(quotes.slice(0, 5).map((q) => q.speaker)).toContain('Gen Frank McKenzie');
  });
});

describe('findQuotes: attribution patterns', () => {
  it('X said', () => {
    expect(one(['“We will rebuild every school in the district,” Maria Lopez said.']).speaker).toBe('Maria Lopez');
  });
  it('said X, role', () => {
    const q = one(['“We will rebuild every school in the district,” said Maria Lopez, the district’s superintendent.']);
    expect(q.speaker).toBe('Maria Lopez');
    expect(q.role).toBe('the district’s superintendent');
  });
  it('X told Y', () => {
    expect(one(['“The talks are over for now,” Ahmed Khan told reporters on Friday.']).speaker).toBe('Ahmed Khan');
  });
  it('according to X', () => {
    expect(one(['The plan is “the biggest change in a generation”, according to Helen Clark.']).speaker).toBe('Helen Clark');
  });
  it('X warned / added / noted / wrote / claimed / insisted / argued before the quote', () => {
    for (const verb of ['warned', 'added', 'noted', 'wrote', 'claimed', 'stated', 'explained', 'insisted', 'argued']) {
      expect(one([`Pedro Alvarez ${verb}: “Prices will keep rising through the winter.”`]).speaker).toBe('Pedro Alvarez');
    }
  });
  it('job titles go to role, honorifics stay in the name', () => {
    const a = one(['Prime Minister Jane Doe said the deal would “change how we trade with the world”.']);
    expect(a.speaker).toBe('Jane Doe');
    expect(a.role).toBe('Prime Minister');
    expect(one(['“The operation went exactly as planned,” Lt Col John Smith said.']).speaker).toBe('Lt Col John Smith');
    expect(one(['“The results are very encouraging for patients,” Dr. Amy Chen said.']).speaker).toBe('Dr. Amy Chen');
  });
  it('a surname alone refers back to the full name', () => {
    const q = findQuotes(['“We are ready for the vote next week,” Senator Tom Reid said.', '“Nobody should doubt our numbers here,” Reid added.']);
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reid', 'Tom Reid']);
  });
  it('an organisation as speaker', () => {
    expect(one(['“The service will resume on Monday morning,” the Ministry of Transport said.']).speaker).toBe('Ministry of Transport');
  });
  it('null when the text does not say', () => {
    expect(one(['The sign read “no entry after dark for any visitors”.']).speaker).toBeNull();
    expect(one(['“The report was wrong on every count,” the statement said.']).speaker).toBeNull();
  });
});

describe('findQuotes: pronouns', () => {
  it('"he said" resolves to the last named person', () => {
    const q = findQuotes(['Omar Farooq, a farmer, said the water rose overnight.', '“The river took everything we had this year,” he said.']);
    expect(q[0].speaker).toBe('Omar Farooq');
  });
  it('"she added" resolves to the last named person speaker', () => {
    const q = findQuotes(['“We need more doctors in rural clinics,” Sara Ali said.', '“Some patients travel for days to reach us,” she added.']);
    expect(q.map((x) => x.speaker)).toEqual(['Sara Ali', 'Sara Ali']);
  });
  it('"they said" resolves only to persons, never to an organisation', () => {
    const q = findQuotes(['Lena Berg said the vote was close.', 'Acme Corp said it would appeal.', '“We expected a much closer result in the end,” they said.']);
    expect(q[0].speaker).toBe('Lena Berg');
  });
  it('a pronoun with nobody named before stays null', () => {
    expect(one(['“We will be back here next season,” he said.']).speaker).toBeNull();
  });
});

describe('findQuotes: quotation marks', () => {
  const cases: Array<[string, string]> = [
    ['typographic double', '“The bridge will open in spring next year,” Ana Ruiz said.'],
    ['straight double', '"The bridge will open in spring next year," Ana Ruiz said.'],
    ['typographic single', '‘The bridge will open in spring next year,’ Ana Ruiz said.'],
    ['guillemets', '« The bridge will open in spring next year », a dit Ana Ruiz.'],
    ['German low-high', '„The bridge will open in spring next year“, sagte Ana Ruiz.'],
    ['corner brackets', '「The bridge will open in spring next year」'],
  ];
  for (const [name, text] of cases) {
    it(name, () => expect(one([text]).text).toBe('The bridge will open in spring next year'));
  }
  it('apostrophes inside a single-quoted quote do not end it', () => {
    expect(one(['‘We’ve waited years for the council’s answer,’ Tom Hill said.']).text).toBe('We’ve waited years for the council’s answer');
  });
  it('joins a quote split around its attribution', () => {
    const q = one(['“We will win this case,” Maria Lopez said, “and we will do it in court.”']);
    expect(q.text).toBe('We will win this case, and we will do it in court.');
    expect(q.speaker).toBe('Maria Lopez');
  });
  it('continues a quote over paragraphs', () => {
    const q = findQuotes(['“We started with nothing but a van and a phone,” Kim Park said. “Then the orders came in.', '“Within a year we had forty staff and two warehouses.”']);
    const long = q.find((x) => x.text.startsWith('Then the orders'));
    expect(long?.text).toBe('Then the orders came in. Within a year we had forty staff and two warehouses.');
    expect(long?.speaker).toBe('Kim Park');
    expect(long?.paragraph).toBe(0);
  });
  it('drops scare quotes and quoted titles', () => {
    expect(findQuotes(['The so-called “peace dividend” never came.', 'He wrote a book titled “The Long Road to Nowhere at All”.', 'She starred in “Gone With The Wind Again Tonight”.'])).toEqual([]);
  });
});
