// Quotation-mark styles (issue 18, class 1): straight single quotes as the page's quote marks
// (the Daily Mail style), every other style, nesting, and apostrophes that are not quote marks.
import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { spansIn } from '../../src/core/quotes/spans';

const texts = (p: string) => spansIn(p, 0).map((s) => s.text);

describe('spansIn: every quote style', () => {
  const styles: Array<[string, string]> = [
    ['typographic double', '“The bridge will open in spring,” she said.'],
    ['straight double', '"The bridge will open in spring," she said.'],
    ['straight single', "'The bridge will open in spring,' she said."],
    ['typographic single', '‘The bridge will open in spring,’ she said.'],
    ['guillemets', '«The bridge will open in spring,» she said.'],
    ['reversed guillemets', '»The bridge will open in spring,« she said.'],
    ['single guillemets', '‹The bridge will open in spring,› she said.'],
    ['reversed single guillemets', '›The bridge will open in spring,‹ she said.'],
    ['German low-high', '„The bridge will open in spring,“ she said.'],
    ['German single low-high', '‚The bridge will open in spring,‘ she said.'],
    ['corner brackets', '「The bridge will open in spring,」 she said.'],
    ['white corner brackets', '『The bridge will open in spring,』 she said.'],
  ];
  for (const [name, p] of styles) it(name, () => expect(texts(p)).toEqual(['The bridge will open in spring,']));
});

describe('spansIn: straight single quotes', () => {
  it('reads a Daily Mail style paragraph', () => {
    expect(texts("'We will not back down on this,' said Tom Hill. 'The union is united.'")).toEqual(['We will not back down on this,', 'The union is united.']);
  });
  it('keeps apostrophes inside a single-quoted quote', () => {
    expect(texts("'It's easy to say we'll win, but we won't,' he said.")).toEqual(["It's easy to say we'll win, but we won't,"]);
  });
  it('keeps nested quotes inside the outer pair', () => {
    expect(texts('She said: \'I heard him shout "help me" and ran to the door.\'')).toEqual(['I heard him shout "help me" and ran to the door.']);
    expect(texts('“He told me ‘never again’ and walked out,” she said.')).toEqual(['He told me ‘never again’ and walked out,']);
    expect(texts('"He told me \'never again\' and walked out," she said.')).toEqual(["He told me 'never again' and walked out,"]);
    expect(texts('„Das ist ‚nicht gut‘ für uns alle“, sagte er.')).toEqual(['Das ist ‚nicht gut‘ für uns alle']);
  });
  it('a plural possessive does not close the quote', () => {
    expect(texts("'The teachers' pay is far too low,' she said.")).toEqual(["The teachers' pay is far too low,"]);
    expect(texts('‘The teachers’ pay is far too low,’ she said.')).toEqual(['The teachers’ pay is far too low,']);
  });
  it('a possessive closes when nothing else can', () => {
    expect(texts("He called it 'a disaster for the teachers' and left, calling it 'a shame'.")).toEqual(['a disaster for the teachers', 'a shame']);
  });
  it('elisions inside a quote do not close it', () => {
    expect(texts("'We love rock 'n' roll and always will,' he said.")).toEqual(["We love rock 'n' roll and always will,"]);
    expect(texts('‘We love rock ‘n’ roll and always will,’ he said.')).toEqual(['We love rock ‘n’ roll and always will,']);
    expect(texts("'I was goin' home when it happened,' she said.")).toEqual(["I was goin' home when it happened,"]);
  });
  it('a quote left open at the end of the paragraph stays open', () => {
    const [s] = spansIn("'We started with nothing. Then the orders came.", 0);
    expect(s.closed).toBe(false);
    expect(s.text).toBe('We started with nothing. Then the orders came.');
  });
});

describe('spansIn: mixed curly and straight marks', () => {
  it('a curly opening closed by a straight mark', () => {
    expect(texts('He called her a “terrorist” and said, “somebody ought to stop her," the office said.')).toEqual(['terrorist', 'somebody ought to stop her,']);
    expect(texts("‘We don't know what happened,' she said.")).toEqual(["We don't know what happened,"]);
  });
  it('a straight opening closed by a curly mark', () => {
    expect(texts('"We will win this one,” she said.')).toEqual(['We will win this one,']);
  });
  it('a nested straight pair does not close a curly quote', () => {
    const [s] = spansIn('“We will win. He said "no" to me and', 0);
    expect(s.closed).toBe(false);
  });
  it('a straight close before the curly close of the same kind ends the quote there', () => {
    expect(texts('“Forty-five years of practicing law," he said, "has convinced me there are no coincidences.”')).toEqual([
      'Forty-five years of practicing law,',
      'has convinced me there are no coincidences.',
    ]);
    expect(texts('"Does that mean they go to jail?” he asked. "No."')).toEqual(['Does that mean they go to jail?', 'No.']);
  });
  it('a nested straight pair inside a closed curly quote stays nested', () => {
    expect(texts('“He said "no" to me, and meant it,” she said.')).toEqual(['He said "no" to me, and meant it,']);
  });
});

describe('spansIn: a closing mark right before Korean or Chinese script', () => {
  it('closes before a particle', () => {
    expect(texts("이 후보는 '통합'을 키워드로 표밭을 다졌다. 경남 하동의 '화개장터'에서 청년들과 만났다.")).toEqual(['통합', '화개장터']);
  });
});

describe('spansIn: apostrophes are never quote marks', () => {
  const negatives = [
    "Fans don't care and it's fine.",
    "Rock 'n' roll was born before the '90s and the '60s.",
    'Rock ’n’ roll was born before the ’90s.',
    "The students' union met the teachers' union on Monday.",
    "Le ministre a parlé de l'État et de l'économie.",
    "Il presidente dell'Italia e l'Europa.",
    "We'll see 'em on Friday, 'til the end.",
    "The class of '05 met at the dean's house.",
  ];
  for (const p of negatives) it(p, () => expect(texts(p)).toEqual([]));
  it('a curly mark after a number is a prime (minutes, seconds), not an opening', () => {
    expect(texts('Nachdem Dan Ndoye (67.‘) die Führung durch Alexis Mac Allister (10.‘) ausgeglichen hatte, war alles offen.')).toEqual([]);
    expect(texts('Als Zweiter kam Alex Kirsch (1‘06‘ zurück) ins Ziel.')).toEqual([]);
  });
  it('after an elision the real quote is still found', () => {
    expect(texts("The '90s were good. 'It was the best decade we ever had,' Bob Lane said.")).toEqual(['It was the best decade we ever had,']);
  });
});

describe('findQuotes: single-quote pages', () => {
  it('a speaker with the age after the name (the tabloid style)', () => {
    expect(findQuotes(["Mark Tanner, 45, said: 'It was horrific. I've never seen anything like it in my life.'"])[0].speaker).toBe('Mark Tanner');
    expect(findQuotes(["'We thought the roof would come down on top of us,' Claire Tanner, 43, said."])[0].speaker).toBe('Claire Tanner');
  });
  it('finds the quotes and their speaker', () => {
    const q = findQuotes([
      "'We have been waiting for this bridge for twenty years,' said Mary Jones, a local councillor.",
      "Residents' groups welcomed the decision. 'It's the best news this town has had in a decade,' said Peter Smith, who runs the bakery.",
    ]);
    expect(q.map((x) => [x.text, x.speaker]).sort()).toEqual([
      ["It's the best news this town has had in a decade", 'Peter Smith'],
      ['We have been waiting for this bridge for twenty years', 'Mary Jones'],
    ]);
  });
});

describe('findQuotes: doubled single marks as double quotes (wire copy)', () => {
  it('“…,’’ Name said reads as one closed quote', () => {
    const [q] = findQuotes(['“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.']);
    expect(q).toMatchObject({ text: 'It was an attempt to mislead voters', speaker: 'Will Moy' });
    expect(findQuotes(["``We will not back down on this one,'' said Tom Hill."])[0]).toMatchObject({ text: 'We will not back down on this one', speaker: 'Tom Hill' });
  });
  it('doubled marks after a number are seconds or inches, not a quote', () => {
    const qs = findQuotes(['Lob gab es auch von Alex Kirsch (Lidl/1‘06‘‘ zurück). „Es war ein sehr schweres Rennen mit einem anspruchsvollen Parcours“, sagte Kirsch.'], { lang: 'de' });
    expect(qs.map((q) => q.text)).toEqual(['Es war ein sehr schweres Rennen mit einem anspruchsvollen Parcours']);
    expect(findQuotes(["The 6'2'' forward said 'we will win this game for the fans' after training."]).map((q) => q.text)).toEqual(['we will win this game for the fans']);
  });
});

describe('spans: a quote nested in a quote with the same curly marks', () => {
  it('“My father told me, “Never give up,” and I never have,” is one quote', () => {
    const qs = findQuotes(['“My father always told me, “Never give up on your neighbors,” and I never have,” Bass said.']);
    expect(qs.map((q) => q.text)).toEqual(['My father always told me, “Never give up on your neighbors,” and I never have']);
  });
  it('two quotes side by side stay two', () => {
    const qs = findQuotes(['“We have done everything we could for them,” he said. “Now it is up to the council to decide.”', '“The vote is on Monday,” she said, “and we will be there.”']);
    expect(qs.length).toBeGreaterThanOrEqual(2);
    expect(qs.every((q) => !q.text.includes('“'))).toBe(true);
  });
});
