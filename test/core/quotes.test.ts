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

  it('keeps McKenzie’s two partial quotes in one sentence apart, one per pair of marks, both his with title and role', () => {
    // “We share a common purpose” and “have been useful to work with” each other, Gen Frank
    // McKenzie, …, said: quotes-dev's rule (partial quotes in the narrator's sentence are quotes,
    // one per pair of marks).
    for (const start of ['We share a common purpose', 'have been useful to work with']) {
      const q = find(start);
      expect(q?.text).toBe(start);
      expect(q?.speaker).toBe('Gen Frank McKenzie');
      expect(q?.role).toBe('head of the US Central Command');
    }
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
    // By relevance within each speaker confidence (surer speakers first), near-duplicates last.
    const distinct = quotes;
    for (let i = 1; i < distinct.length; i++) {
      if (distinct[i - 1].confidence === distinct[i].confidence) expect(distinct[i - 1].score!).toBeGreaterThanOrEqual(distinct[i].score!);
    }
    expect(quotes.slice(0, 5).every((q) => q.speaker)).toBe(true);
    expect(quotes.slice(0, 5).map((q) => q.speaker)).toContain('Gen Frank McKenzie');
  });

  it('gives the quote that continues McKenzie’s sentence in the same paragraph to him, as less sure', () => {
    expect(find('As long as we’ve kept that common purpose aligned')).toMatchObject({ speaker: 'Gen Frank McKenzie', confidence: 'medium' });
  });
});

describe('findQuotes: near-duplicates', () => {
  it('moves a quote mostly contained in a better-ranked one below the distinct quotes, whichever came first', () => {
    const paras = [
      '“The bridge will reopen in March,” Mayor Ana Ruiz said on Monday.',
      'Ruiz had said earlier that “the bridge will reopen in March, once the inspectors have signed off on every cable”, a promise she repeated.',
      '“We have waited long enough for this crossing,” said Tom Berg, who runs a bakery by the river.',
    ];
    const texts = findQuotes(paras, { title: 'Bridge will reopen in March' }).map((q) => q.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toBe('The bridge will reopen in March');
  });

  it('keeps two quotes that share a few words', () => {
    const quotes = findQuotes([
      '“The bridge will reopen in March,” Mayor Ana Ruiz said.',
      '“The river traffic will not wait for the bridge,” said Tom Berg, a boat owner.',
    ]);
    expect(quotes.map((q) => q.text).sort()).toEqual(['The bridge will reopen in March', 'The river traffic will not wait for the bridge']);
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
  it('keeps the word that opens a clause out of the name, and never names a speaker by it alone', () => {
    const q = findQuotes([
      'Andrew Vaughan studied the lungs for years at the university.',
      'But Vaughan cautioned that the sudden emergence of these cells could be harmful.',
      '“You may not always want to have the ability to overreact,” he said.',
    ]);
    expect(q.map((x) => x.speaker)).toEqual(['Andrew Vaughan']);
    const de = findQuotes(['Die Tauben saßen fest.', 'Mit dabei war auch ein Helfer von der Tiernothilfe: „Wir haben festgestellt, dass in den Netzen mehrere große Löcher sind.“'], { lang: 'de' });
    expect(de.map((x) => x.speaker)).not.toContain('Mit');
  });

  it('reads the verbs of memory and interviews: remembered, weighed in, pointed out', () => {
    const q = findQuotes([
      'Dana Whitfield and Omar Reyes shared the stage on Tuesday.',
      'Whitfield remembered her mentor rehearsing there and “going way off script in a way only he could”.',
      '“We all miss him so much,” Reyes weighed in.',
      'Reyes pointed out that “the hall has not changed in thirty years”.',
    ]);
    expect(q.map((x) => x.speaker).sort()).toEqual(['Dana Whitfield', 'Omar Reyes', 'Omar Reyes']);
  });

  it('finds the name before an appositive that runs to more commas', () => {
    const q = findQuotes([
      'Nadia Okafor, a senior analyst at Halvern, the London-based risk consultancy, told reporters that the plan was “unworkable in its present form.”',
    ]);
    expect(q[0]?.speaker).toBe('Nadia Okafor');
    expect(q[0]?.role).toBe('senior analyst at Halvern');
  });

  it('names in full a person quoted by a surname of several words, and by a first name and surname', () => {
    const q = findQuotes([
      'The actor James Van Der Beek left the show on Monday.',
      '“We lost the baby,” Van Der Beek said.',
      'Coach Joel Eriksson Ek was calm afterwards.',
      '“I didn’t really see him coming,” Eriksson Ek said.',
    ]);
    expect(q.map((x) => x.speaker).sort()).toEqual(['James Van Der Beek', 'Joel Eriksson Ek']);
  });

  it('keeps "Jr." in the name, off the surname, and one person named with and without a middle initial', () => {
    const q = findQuotes([
      'U.S. Attorney James Kennedy Jr. announced the sentence on Tuesday.',
      'James P. Kennedy Jr., the U.S. Attorney for the district, said the case was serious.',
      '“Free speech carries with it responsibilities,” Kennedy said in a statement.',
    ]);
    expect(q[0]?.speaker).toBe('James P. Kennedy Jr.');
  });

  it('a sentence opened by team, role and full name makes that person the one a later "he said" means', () => {
    const q = findQuotes([
      '“That is the mark of a true competitor doing things for the team,” Boudreau said.',
      'Barely a week ago, Parise had scored just once. Wild defenseman Ryan Suter, who joked about the stick changes, could see the frustration.',
      '“He is used to scoring goals and getting points every single night,” he said.',
    ]);
    expect(q.find((x) => x.text.startsWith('He is used'))?.speaker).toBe('Ryan Suter');
  });

  it('gives words quoted inside a narrator\'s sentence with no verb of saying to the sentence\'s subject', () => {
    const q = findQuotes([
      'Coach Bruce Boudreau spoke after the game.',
      '“It is hard not to look at the standings, though,” defenseman Ryan Suter acknowledged.',
      'Boudreau gave his players a pep talk on Tuesday, telling them to “believe in yourselves and in each other”.',
    ]);
    expect(q.find((x) => x.text.startsWith('believe'))?.speaker).toBe('Bruce Boudreau');
  });

  it('reads a sentence without quotes verb by verb until one names a speaker', () => {
    const q = findQuotes([
      'Chris Early and Jack Buser spoke at the launch.',
      '“The groundwork is there,” Buser says.',
      'While the lineup is light (only three games were announced), Early says more titles could follow. “Our objective is to make the best game,” he says.',
    ]);
    expect(q.find((x) => x.text.startsWith('Our objective'))?.speaker).toBe('Chris Early');
  });

  it('a full name, then "of" and an organisation, is the person, with "of …" as the role', () => {
    const q = findQuotes(['“The probe is in good shape and on course,” said Anna Ruiz of NASA’s Jet Propulsion Laboratory.']);
    expect(q[0]?.speaker).toBe('Anna Ruiz');
    expect(q[0]?.role).toBe('of NASA’s Jet Propulsion Laboratory');
  });

  it('names in full each of two people joined by "and" when one is later quoted by surname', () => {
    const q = findQuotes([
      'Marta Ruiz and Tomas Ekberg won the deciding doubles late on Tuesday.',
      '“It was a hard night for both of us, but we never stopped believing,” Ekberg said.',
      '“We needed this win before the group stage ends,” Ruiz said.',
    ]);
    expect(q.map((x) => x.speaker).sort()).toEqual(['Marta Ruiz', 'Tomas Ekberg']);
  });

  it('a surname alone refers back to the full name', () => {
    const q = findQuotes(['“We are ready for the vote next week,” Senator Tom Reid said.', '“Nobody should doubt our numbers here,” Reid added.']);
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reid', 'Tom Reid']);
  });
  it('a surname alone, or with Mr or Ms, names the person the story named in full, even in passing', () => {
    const q = findQuotes([
      'Harford manager Steve Rowntree has waited 18 months for the deal. Transport Secretary Owen Pritchard met the unions.',
      '“He scores with both feet and with his head,” Rowntree said.',
      '“Stop hiding behind the picket line and put it to a vote,” Mr Pritchard said.',
    ]);
    const by = (start: string) => q.find((x) => x.text.startsWith(start));
    expect(by('He scores')?.speaker).toBe('Steve Rowntree');
    expect([by('Stop hiding')?.speaker, by('Stop hiding')?.role]).toEqual(['Owen Pritchard', 'Transport Secretary']);
  });
  it('a surname two people share names nobody in full', () => {
    const q = one(['Anna Berg and her brother Lars Berg run the farm.', '“We will sell the north field this autumn,” Berg said.']);
    expect(q.speaker).toBe('Berg');
  });
  it('letters after the name go to the role', () => {
    const q = one(['Catherine Mallory KC told jurors that the contracts budget was used “as if it were his own personal piggy bank”.']);
    expect([q.speaker, q.role]).toEqual(['Catherine Mallory', 'KC']);
  });
  it('a party or an office before the name is a role', () => {
    expect(one(['“Every ballot has now been counted twice,” said Democrat Karen Liddell.']).speaker).toBe('Karen Liddell');
    expect(one(['Muskegon County Clerk Renee Fairbanks said: “There is no mystery here at all.”']).speaker).toBe('Renee Fairbanks');
  });
  it('X called Y “…”, X described Y as “…”: a partial quote in the reporter’s sentence', () => {
    const q = one(['Councilmember Priya Natarajan, who represents the Eastside, called the overtime increase “a blank check we keep signing every two years”.']);
    expect(q.speaker).toBe('Priya Natarajan');
  });
  it('a possessive role before the name: “His attorney, Bradley Konen, said”', () => {
    expect(one(['His attorney, Bradley Konen, said the campaign was “reviewing every option, including litigation.”']).speaker).toBe('Bradley Konen');
  });
  it('X put it bluntly: “…” (a colon hands the sentence to the quote)', () => {
    expect(one(['Angela Ruiz-Carter put it bluntly: “If the state does not change the rules, we will be back here in two years.”']).speaker).toBe('Angela Ruiz-Carter');
    const q = findQuotes(['Councillor Sunita Bhatt, the cabinet member for housing, does not dispute the figures.', 'Sitting in her office, she put it bluntly: ‘We are spending money we do not have on hotel rooms.’']);
    expect(q[0].speaker).toBe('Sunita Bhatt');
  });
  it('“First part,” X said. “Second part.” is one quote', () => {
    const q = one(['“The manager flew out to see me and my family in June,” Dauda told BBC Sport. “Nobody else did that for me.”']);
    expect(q.text).toBe('The manager flew out to see me and my family in June, Nobody else did that for me.');
    expect(q.speaker).toBe('Dauda');
  });
  it('but two parts with their own attributions are two quotes', () => {
    const q = findQuotes(['“We have made our final offer to the union,” the minister said. “It is not final at all,” Kinsella replied.']);
    expect(q).toHaveLength(2);
  });
  it('a person named again as a sentence’s subject is who a later pronoun means', () => {
    const q = findQuotes([
      'Karen Liddell won by 61 votes. Dale Hutchins, a retired sergeant, did not concede.',
      '“Every ballot has been counted twice,” Liddell said.',
      'Hutchins spent the evening with his volunteers. “I want to know the count is right before I walk away,” he said.',
    ]);
    expect(q.map((x) => x.speaker).sort()).toEqual(['Dale Hutchins', 'Karen Liddell']);
  });
  it('an organisation’s word inside a title before a name is still a person: Board President X', () => {
    const q = one(['“This is not a ban on any book in our libraries,” said Board President Cynthia Haller.']);
    expect([q.speaker, q.role]).toEqual(['Cynthia Haller', 'Board President']);
  });
  it('an organisation as speaker', () => {
    expect(one(['“The service will resume on Monday morning,” the Ministry of Transport said.']).speaker).toBe('Ministry of Transport');
  });
  it('organisations: a company named before a sector word, spokespeople, and "the bank" for the bank named before', () => {
    expect(one(['Riverbend Health said in a statement that it was “ready to return to the table at any time”.']).speaker).toBe('Riverbend Health');
    expect(one(['“All impacted colleagues will receive three months of salary,” a Vyomira spokesperson said.']).speaker).toBe('Vyomira');
    expect(one(['“We look forward to defending the case in court,” a spokesperson for Stridely Inc said.']).speaker).toBe('Stridely Inc');
    const q = findQuotes(['The Bank of Canada cut its policy rate on Wednesday.', 'The bank said tariffs were “weighing on business investment and hiring intentions”.']);
    expect(q[0].speaker).toBe('Bank of Canada');
  });
  it('a long appositive between the name and the verb', () => {
    const q = one(['Mary-Beth Sorensen, president of the North Star Nurses Union and a labor and delivery nurse at Riverbend, said the letter “misrepresented what we are asking for.”']);
    expect(q.speaker).toBe('Mary-Beth Sorensen');
  });
  it('null when the text does not say', () => {
    expect(one(['The sign read “no entry after dark for any visitors”.']).speaker).toBeNull();
    expect(one(['“The report was wrong on every count,” the statement said.']).speaker).toBeNull();
  });
});

describe('findQuotes: a role in lower case before the name', () => {
  it('said aviation analyst X, according to local historian X: the role kept apart', () => {
    const q = one(['“Most carriers are one bad update away from a day like today,” said aviation analyst Samira Haddad.']);
    expect([q.speaker, q.role]).toEqual(['Samira Haddad', 'aviation analyst']);
    const r = findQuotes(['According to local historian Tom Reyes, the bridge was never meant to carry lorries.', '“It was built for carts and the odd bus,” he said.']);
    expect(r.map((x) => [x.speaker, x.role])).toEqual([['Tom Reyes', 'local historian']]);
  });

  it('after "according to", the clause after the name is the sentence, not a role', () => {
    const q = one(['According to Helen Clark, the plan is “the biggest change in a generation of teachers”.']);
    expect([q.speaker, q.role]).toEqual(['Helen Clark', undefined]);
    const r = one(['According to Helen Clark, a professor at Otago, the plan is “the biggest change in a generation of teachers”.']);
    expect([r.speaker, r.role]).toEqual(['Helen Clark', 'professor at Otago']);
  });
});

describe('findQuotes: organisations by a short name', () => {
  it('"A Commission spokesperson" speaks for the European Commission named before', () => {
    const q = findQuotes([
      'The talks were the third since the European Commission offered to mediate in the spring.',
      'Speaking outside the Commission’s Berlaymont headquarters, the minister left without a deal.',
      'A Commission spokesperson said the EU remained “fully committed to supporting a mutually acceptable solution”.',
    ]);
    expect(q.map((x) => x.speaker)).toEqual(['European Commission']);
  });

  it('"the spokesperson said" is the organisation the last spokesperson spoke for, named in full', () => {
    const q = findQuotes([
      'Bengaluru-based Vyomira Technologies will lay off about 1,100 employees.',
      'A Vyomira spokesperson confirmed the layoffs in an emailed statement. “All impacted colleagues will receive three months’ salary and outplacement support,” the spokesperson said.',
    ]);
    expect(q.map((x) => x.speaker)).toEqual(['Vyomira Technologies']);
    expect(findQuotes(['“All impacted colleagues will receive three months’ salary and outplacement support,” the spokesperson said.'])[0].speaker).toBeNull();
  });
});

describe('findQuotes: documents as speakers', () => {
  // In story order (findQuotes ranks them).
  const speakers = (paras: string[]) =>
    findQuotes(paras)
      .sort((a, b) => a.paragraph - b.paragraph)
      .map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker]);

  it('a report named by its author speaks as "<author> report", then as "the report"', () => {
    expect(
      speakers([
        'A report published last month by the housing charity Shelterline warned that seaside towns had become “the overflow car park for the capital’s housing crisis”.',
        'Councils say they cannot cope. “Coastal councils are being asked to house the poorest families with the fewest resources,” the report said.',
      ]),
    ).toEqual([
      ['the overflow car', 'Shelterline report'],
      ['Coastal councils are', 'Shelterline report'],
    ]);
  });

  it('"the memo said" names the memo as the story first described it, not who saw it', () => {
    expect(
      speakers([
        'The firm will cut 900 jobs, according to an internal memo seen by The Northern Ledger.',
        'Staff were told by email on Tuesday morning.',
        '“Some roles that made sense two years ago no longer do,” the memo said.',
      ]),
    ).toEqual([['Some roles that', 'internal memo']]);
  });

  it('a titled document: "According to the Annual Plan 2025-26" … "the plan says"', () => {
    expect(
      speakers([
        'According to the Annual Plan 2025-26, released alongside the budget, development spending has been cut again.',
        '“Fiscal space for development will remain constrained until debt servicing falls,” the plan says.',
      ]),
    ).toEqual([['Fiscal space for', 'Annual Plan 2025-26']]);
  });

  it('a document described where it speaks: "the budget document stated"', () => {
    expect(one(['However, the budget document stated that the relief would be “partly offset by the withdrawal of exemptions for retailers”.']).speaker).toBe('The budget document');
  });

  it('a bare document the story never described names nobody; "the report’s author" is not the report', () => {
    expect(one(['“The allegations must be accepted as true at this stage,” the 38-page ruling said.']).speaker).toBeNull();
    const q = findQuotes(['A report by the Fiscal Council warned of deep cuts.', '“It was the hardest chapter to write,” said the report’s author.']);
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});

describe('findQuotes: pronouns', () => {
  it('a sentence without quotes names its first speaker, not a later "asked": he is that speaker', () => {
    const q = findQuotes([
      '“Companies that over-hired are now correcting, and AI gives boards a convenient story,” said Meera Iyer, a partner at a consultancy.',
      'Its general secretary, Suhas Gowda, said the founders should be asked why they had approved a share buyback. “You cannot tell a young engineer that the company has no money,” he said.',
    ]);
    expect(q.find((x) => x.text.startsWith('You cannot'))?.speaker).toBe('Suhas Gowda');
  });

  it('"she said" skips a last speaker the story called "he" (his, Mr), to the last "she"', () => {
    const q = findQuotes([
      'Karen Liddell watched the count at her campaign office in Muskegon.',
      'Dale Hutchins, a retired sergeant, spent the night with his volunteers. “I want to know the count is right,” Hutchins said.',
      '“I hope we can shake hands at some point,” she said.',
    ]);
    expect(q.find((x) => x.text.startsWith('I hope'))?.speaker).toBe('Karen Liddell');
  });
  it('a pronoun that fits nobody named stays null rather than a guess', () => {
    const q = findQuotes(['Mr Tom Reid, the union leader, spoke first. “We will not sign this offer,” Reid said.', '“The strike goes on from Monday,” she said.']);
    expect(q.find((x) => x.text.startsWith('The strike'))?.speaker).toBeNull();
  });
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

describe('findQuotes: role before the name', () => {
  it('role, Name, said', () => {
    const q = one(['“Reservoir levels are falling faster than last year,” the utility’s operations director, Grace Obi, said.']);
    expect(q.speaker).toBe('Grace Obi');
    expect(q.role).toBe('the utility’s operations director');
  });
  it('Name, who …, said before a "she said" quote', () => {
    const q = findQuotes([
      '“The new timetable starts next month for every route,” said Peter Lang, the operator’s spokesman.',
      'Joan Miller, who drives the school bus, said the change would cost her an hour a day.',
      '“I will have to leave home before six in the morning,” she said.',
    ]);
    expect(q.find((x) => x.text.startsWith('I will have'))?.speaker).toBe('Joan Miller');
  });
  it('a titled subject in the same paragraph beats the previous speaker', () => {
    const q = findQuotes([
      '“The budget balances without any new taxes,” said Mayor Ruth Adler.',
      'Alderman Victor Crane, who chairs the finance committee, disagreed with the figures. “The numbers only work if nothing goes wrong,” he said.',
    ]);
    const it = q.find((x) => x.text.startsWith('The numbers'));
    expect(it?.speaker).toBe('Victor Crane');
    expect(it?.role).toBe('Alderman');
  });
  it('a sentence opener or a place is no antecedent', () => {
    const q = findQuotes(['“We will not sell the harbour land,” Nora Quinn said.', 'In Port Ellis, the vote was close.', '“It was a fair result for everyone involved,” she said.']);
    expect(q.map((x) => x.speaker)).toEqual(['Nora Quinn', 'Nora Quinn']);
  });
});

describe('findQuotes: German', () => {
  it('„…“, sagte Role Name: the role noun goes to role', () => {
    const q = one(['„Die Brücke wird im Frühjahr wieder geöffnet“, sagte Baustadträtin Petra Lindner am Montag.']);
    expect(q.speaker).toBe('Petra Lindner');
    expect(q.role).toBe('Baustadträtin');
  });
  it('„…“, erklärte der Role Name: after an article the first noun is a role', () => {
    const q = one(['„Wir haben die Kosten von Anfang an unterschätzt“, erklärte der Landesvorsitzende Jonas Weber.']);
    expect(q.speaker).toBe('Jonas Weber');
    expect(q.role).toBe('Landesvorsitzende');
  });
  it('a plain first and last name stays whole', () => {
    expect(one(['„Das Ergebnis ist für uns eine große Enttäuschung“, betonte Martin Vogel.']).speaker).toBe('Martin Vogel');
  });
  it('fügte … hinzu, so X, sagte X der Zeitung, er sagte', () => {
    const q = findQuotes(
      [
        '„Wir brauchen mehr Personal in den Schulen“, sagte Bildungsministerin Anke Roth der Zeitung.',
        '„Das dauert aber noch einige Jahre“, fügte Roth hinzu.',
        '„Eine schnelle Lösung gibt es in dieser Frage nicht“, so Roth.',
        'Uwe Brandt, der die Elternvertretung leitet, kritisierte den Plan.',
        '„Die Kinder können nicht so lange warten“, warnte er.',
      ],
      { lang: 'de' },
    );
    expect(q.find((x) => x.text.startsWith('Wir brauchen'))?.speaker).toBe('Anke Roth');
    expect(q.find((x) => x.text.startsWith('Das dauert'))?.speaker).toBe('Anke Roth');
    expect(q.find((x) => x.text.startsWith('Eine schnelle'))?.speaker).toBe('Anke Roth');
    expect(q.find((x) => x.text.startsWith('Die Kinder'))?.speaker).toBe('Uwe Brandt');
  });
  it('»…« inside a paragraph, not only at its start; French « … » stays closed by »', () => {
    const q = one(['Der Stadtrat hat am Dienstag entschieden. »Wir brauchen bis 2030 mindestens 4000 neue Wohnungen«, sagte Oberbürgermeisterin Katrin Oehme.']);
    expect([q.text, q.speaker]).toEqual(['Wir brauchen bis 2030 mindestens 4000 neue Wohnungen', 'Katrin Oehme']);
    expect(findQuotes(['« Nous ne céderons pas sur les salaires », a déclaré Marie Dupont. « La grève continue demain matin », a-t-elle ajouté.']).map((x) => x.text).sort()).toEqual([
      'La grève continue demain matin',
      'Nous ne céderons pas sur les salaires',
    ]);
  });
  it('an article and a lone noun is no speaker', () => {
    expect(one(['„Die Mieten steigen in allen Stadtteilen weiter“, meinte der Bericht.']).speaker).toBeNull();
  });
});

describe('findQuotes: French', () => {
  it('a expliqué l’role, Name', () => {
    const q = one(['« Nous ouvrirons trois nouvelles classes à la rentrée », a expliqué l’adjointe à la jeunesse, Claire Morel, jeudi.']);
    expect(q.speaker).toBe('Claire Morel');
    expect(q.role).toBe('adjointe à la jeunesse');
  });
  it('a regretté le role Name', () => {
    const q = one(['« Le projet arrive beaucoup trop tard pour les habitants », a regretté le député Paul-Henri Garnier.']);
    expect(q.speaker).toBe('Paul-Henri Garnier');
    expect(q.role).toBe('député');
  });
  it('present tense, selon X, and -t-elle', () => {
    expect(one(['« Les travaux commenceront au printemps prochain », précise Hélène Dubois.']).speaker).toBe('Hélène Dubois');
    expect(one(['Le chantier sera « terminé avant la fin de l’année 2026 », selon Marc Lefèvre.']).speaker).toBe('Marc Lefèvre');
    const q = findQuotes(['« Il faut agir vite sur ce dossier », a déclaré Sophie Martin.', '« Nous ne pouvons plus attendre une année de plus », ajoute-t-elle.']);
    expect(q.map((x) => x.speaker)).toEqual(['Sophie Martin', 'Sophie Martin']);
  });
});

describe('findQuotes: feature verbs and possessive roles in French and Spanish; Russian places', () => {
  it('« … », raconte X; Sa directrice, X, résume : « … »; X escribió: “…”', () => {
    expect(one(['« On n’a jamais vendangé aussi tôt cette année », raconte Jean-Baptiste Roumagnac, 52 ans.'], ).speaker).toBe('Jean-Baptiste Roumagnac');
    expect(one(['Sa directrice, Sandrine Ollier, résume l’enjeu : « Les raisins arrivent chauds à la cave ce matin. »']).speaker).toBe('Sandrine Ollier');
    expect(one(['El presidente municipal, Héctor Gallardo, escribió en la red social: “Tlaquepaque está lista para recibir la línea.”']).speaker).toBe('Héctor Gallardo');
  });
  it('a capitalised place in the genitive between the role and the name is not part of it', () => {
    const q = findQuotes(['«Мы не откроем переправу ни на день раньше срока», — сказал министр транспорта Якутии Пётр Слепцов.'], { lang: 'ru' });
    expect(q[0].speaker).toBe('Пётр Слепцов');
  });
});

describe('findQuotes: Spanish, Portuguese, Italian', () => {
  it('afirmó la role de Capitalised Words, Name', () => {
    const q = one(['«La obra estará lista antes del verano», afirmó el concejal de Urbanismo, Javier Soler, en rueda de prensa.']);
    expect(q.speaker).toBe('Javier Soler');
    expect(q.role).toBe('concejal de Urbanismo');
  });
  it('advirtió Name, role — but not a circumstance as role', () => {
    const a = one(['«Sin agua no habrá cosecha este año», advirtió Lucía Ferrer, portavoz de los regantes.']);
    expect(a.speaker).toBe('Lucía Ferrer');
    expect(a.role).toBe('portavoz de los regantes');
    const b = one(['«Sin agua no habrá cosecha este año», dijo Lucía Ferrer, durante la asamblea.']);
    expect(b.speaker).toBe('Lucía Ferrer');
    expect(b.role).toBeUndefined();
  });
  it('según X, and a dropped subject continues the last speaker', () => {
    expect(one(['La reforma es «la más ambiciosa de la década», según Andrés Molina.']).speaker).toBe('Andrés Molina');
    const q = findQuotes(['«Vamos a recurrir la sentencia», declaró Elena Ruiz.', '«No estamos de acuerdo con ninguno de sus argumentos», añadió.']);
    expect(q.map((x) => x.speaker)).toEqual(['Elena Ruiz', 'Elena Ruiz']);
  });
  it('Portuguese: disse, afirmou o role Name, segundo X', () => {
    expect(one(['«Vamos abrir o novo hospital em março», disse Ana Costa.']).speaker).toBe('Ana Costa');
    const q = one(['«O orçamento não chega para todas as obras», afirmou o presidente da câmara, Rui Moreira.']);
    expect(q.speaker).toBe('Rui Moreira');
    expect(q.role).toBe('presidente da câmara');
    expect(one(['A obra foi «a mais cara de sempre na cidade», segundo Pedro Nunes.']).speaker).toBe('Pedro Nunes');
  });
  it('Italian: ha detto, ha spiegato il role Name, secondo X', () => {
    expect(one(['«Il ponte riaprirà entro la fine di maggio», ha detto Giulia Rossi.']).speaker).toBe('Giulia Rossi');
    const q = one(['«Abbiamo trovato i fondi per tutte le scuole», ha spiegato il sindaco Marco Bianchi.']);
    expect(q.speaker).toBe('Marco Bianchi');
    expect(q.role).toBe('sindaco');
    expect(one(['Il piano è «il più grande investimento degli ultimi anni», secondo Luca Conti.']).speaker).toBe('Luca Conti');
  });
});

describe('findQuotes: names that look like pronouns', () => {
  it('"said Lei Wang" is a name, not the Italian pronoun', () => {
    const q = findQuotes(['“Exports will recover next year,” said Tom Park.', '“The factories are already hiring again,” said Lei Wang, an economist.']);
    expect(q.map((x) => x.speaker)).toEqual(['Tom Park', 'Lei Wang']);
  });
  it('a sentence-final dot is not part of a short surname; an honorific keeps its dot', () => {
    expect(one(['“The results are very encouraging for patients,” said Dr. Omar Haddad.']).speaker).toBe('Dr. Omar Haddad');
    expect(one(['“The results are very encouraging for patients,” said Omar Li.']).speaker).toBe('Omar Li');
  });
});

describe('findQuotes: speaker confidence', () => {
  const quotes = findQuotes([
    '“The plant will close in June,” said Maria Lopez, the site manager.',
    '“We looked at every other option,” she said.',
    'Workers gathered at the gate on Friday, where the words “this town needs those jobs more than the capital will ever admit” were chalked on the road.',
  ]);
  const by = (start: string) => quotes.find((q) => q.text.startsWith(start));

  it('is high for a speaker named in the quote’s own sentence, medium from a pronoun, low when none was found', () => {
    expect(by('The plant will close')).toMatchObject({ speaker: 'Maria Lopez', confidence: 'high' });
    expect(by('We looked at every')).toMatchObject({ speaker: 'Maria Lopez', confidence: 'medium' });
    expect(by('this town needs those jobs')).toMatchObject({ speaker: null, confidence: 'low' });
  });

  it('gives a paragraph that opens with an unattributed quote to the previous paragraph’s speaker, with medium confidence', () => {
    const qs = findQuotes([
      '“The plant will close in June,” said Maria Lopez, the site manager.',
      '“We looked at every other option before we made this decision.”',
      'The union called the closure a betrayal of the town.',
      '“Nobody here saw this coming at all, not one of us.”',
    ]);
    expect(qs.find((q) => q.text.startsWith('We looked'))).toMatchObject({ speaker: 'Maria Lopez', confidence: 'medium' });
    // Not across a paragraph without a quote: the text no longer says who.
    expect(qs.find((q) => q.text.startsWith('Nobody here'))).toMatchObject({ speaker: null, confidence: 'low' });
  });

  it('is only medium for a speaker a reader could not place: a lone first name or a description', () => {
    const qs = findQuotes([
      'Dale Ford and Martha Fry, his siblings, spoke at the launch.',
      '“He wrote every night, even on holidays at the lake,” Dale said.',
      '“Die Zahlen sind besser als erwartet, aber nicht gut genug,” sagte der Vorstandschef.',
      '“The new lab will open next spring at the latest,” said the company, Novatek.',
    ]);
    expect(qs.find((q) => q.text.startsWith('He wrote'))?.confidence).toBe('medium');
    expect(qs.find((q) => q.text.startsWith('Die Zahlen'))?.confidence).not.toBe('high');
    expect(findQuotes(['“We will appeal the ruling as soon as we can,” said Ms Persson.'])[0]).toMatchObject({ speaker: 'Ms Persson', confidence: 'medium' });
    expect(findQuotes(['“We will appeal the ruling as soon as we can,” said Dr Eva Persson.'])[0]).toMatchObject({ speaker: 'Dr Eva Persson', confidence: 'high' });
  });

  it('ranks surer speakers first', () => {
    const rank = { high: 0, medium: 1, low: 2 } as const;
    for (let i = 1; i < quotes.length; i++) expect(rank[quotes[i - 1].confidence!]).toBeLessThanOrEqual(rank[quotes[i].confidence!]);
  });
});

describe('findQuotes: the same words printed twice', () => {
  it('keep one quote, with the surer speaker', () => {
    const qs = findQuotes([
      '“If this forces NASA to reassess its schedule, it would be an opportunity,” Rep. Brian Babin said of the shortfalls.',
      'Rep. José Serrano spoke next.',
      '“If this forces NASA to reassess its schedule, it would be an opportunity,”',
    ]);
    const copies = qs.filter((q) => q.text.startsWith('If this forces'));
    expect(copies).toHaveLength(1);
    expect(copies[0].speaker).toBe('Rep. Brian Babin');
  });
});

describe('findQuotes: a post in capitals is speech, a title is not', () => {
  it('keeps “The Radical Left Democrats are destroying our Country!” and drops “The Medium is the Message”', () => {
    expect(findQuotes(['In a post on Truth Social, Trump wrote: “The Radical Left Democrats are destroying our Country!”']).map((q) => q.text)).toEqual(['The Radical Left Democrats are destroying our Country!']);
    expect(findQuotes(['His best-known book, “The Medium is the Message”, sold a million copies.'])).toEqual([]);
  });
});
