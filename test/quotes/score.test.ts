// The quote-set scorer itself: what counts as the same quote and the same speaker.
import { describe, expect, it } from 'vitest';
import { aggregate, fnv1a, keyQuotesOnly, overlap, publisherOf, quoteTokens, sameSpeaker, scorePage, speakerKey, splitByPublisher, type QuoteTruth } from './score';

const truth = (quotes: QuoteTruth['quotes'], notQuotes: string[] = []): QuoteTruth => ({ url: 'https://example.org/a', lang: 'en', quotes, notQuotes });

describe('quote-set scorer', () => {
  it('tokenises words case- and punctuation-blind, CJK by character', () => {
    expect(quoteTokens('“We’ll see,” he… SAID!')).toEqual(['we', 'll', 'see', 'he', 'said']);
    expect(quoteTokens('我们会继续努力 OK')).toEqual(['我', '们', '会', '继', '续', '努', '力', 'ok']);
  });

  it('measures overlap as Dice over word multisets', () => {
    expect(overlap(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(overlap(['a', 'a', 'b'], ['a', 'c'])).toBeCloseTo(2 / 5);
    expect(overlap([], ['a'])).toBe(0);
  });

  it('reduces speakers to the words that identify them', () => {
    expect(speakerKey('Gen. Frank McKenzie')).toBe('frank mckenzie');
    expect(sameSpeaker('Gen Frank McKenzie', 'Frank McKenzie')).toBe(true);
    expect(sameSpeaker('The Wall Street Journal report', 'Wall Street Journal report')).toBe(true);
    expect(sameSpeaker('McKenzie', 'Frank McKenzie')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker('Frank McKenzie', null)).toBe(false);
  });

  it('pairs found and annotated quotes one to one, tolerating a few words', () => {
    const t = truth([
      { text: 'We will rebuild the bridge before winter comes, whatever it costs', speaker: 'Ana Ruiz' },
      { text: 'Nobody told us anything about the closure', speaker: null },
      { text: 'The council failed this town', speaker: 'Tom Berg' },
    ], ['reset']);
    const s = scorePage('p', [
      { text: 'We will rebuild the bridge before winter comes, whatever it costs, she said', speaker: 'Ana Ruiz' },
      { text: 'Nobody told us anything about the closure', speaker: 'Tom Berg' },
      { text: 'The council failed', speaker: 'Tom Berg' }, // half a quote is not the quote
      { text: 'reset', speaker: null },
    ], t);
    expect(s.matched).toBe(2);
    expect(s.speakerRight).toBe(1);
    expect(s.wrongSpeaker).toEqual([{ text: 'Nobody told us anything about the closure', found: 'Tom Berg', truth: null }]);
    expect(s.missed.map((q) => q.speaker)).toEqual(['Tom Berg']);
    expect(s.spurious.map((q) => q.text)).toEqual(['The council failed', 'reset']);
    expect(s.notQuotesFound).toEqual(['reset']);
  });

  it('gives a found quote to one annotated quote only', () => {
    const t = truth([{ text: 'Prices will rise again next year', speaker: 'A' }, { text: 'Prices will rise again next year', speaker: 'B' }]);
    const s = scorePage('p', [{ text: 'Prices will rise again next year', speaker: 'A' }], t);
    expect(s.matched).toBe(1);
    expect(s.missed).toHaveLength(1);
  });

  it('aggregates over quotes, not pages', () => {
    const a = scorePage('a', [{ text: 'one two three four', speaker: 'X' }], truth([{ text: 'one two three four', speaker: 'X' }]));
    const b = scorePage('b', [], truth([{ text: 'five six seven eight', speaker: 'Y' }, { text: 'nine ten eleven twelve', speaker: 'Z' }]));
    const total = aggregate([a, b]);
    expect(total).toMatchObject({ found: 1, annotated: 3, matched: 1, precision: 1, speakerAccuracy: 1 });
    expect(total.recall).toBeCloseTo(1 / 3);
    expect(total.attributedRecall).toBeCloseTo(1 / 3);
  });

  it('counts fragment-flagged quotes as non-quotes: finding one costs precision, missing one nothing', () => {
    const t = truth([
      { text: 'We will not sign this deal in its present form', speaker: 'Ana Ruiz' },
      { text: 'bolt-on things', speaker: 'Tim Cook', fragment: true },
    ]);
    expect(keyQuotesOnly(t).quotes).toHaveLength(1);
    expect(keyQuotesOnly(t).notQuotes).toEqual(['bolt-on things']);
    const s = scorePage('p', [{ text: 'bolt-on things', speaker: 'Tim Cook' }], t);
    expect(s).toMatchObject({ annotated: 1, found: 1, matched: 0, notQuotesFound: ['bolt-on things'] });
    expect(s.missed.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
  });

  it('trusts a found quote only when it is real and its speaker right, a null speaker only against null', () => {
    const t = truth([
      { text: 'one two three four', speaker: 'X' },
      { text: 'five six seven eight', speaker: null },
      { text: 'nine ten eleven twelve', speaker: 'Z' },
    ]);
    const five = scorePage('p', [
      { text: 'one two three four', speaker: 'X' }, // right
      { text: 'five six seven eight', speaker: null }, // rightly unknown
      { text: 'nine ten eleven twelve', speaker: null }, // unknown where the text says who
      { text: 'thirteen fourteen fifteen sixteen', speaker: 'Y' }, // not a quote
    ], t);
    expect(aggregate([five]).trusted).toBeCloseTo(2 / 4);
    // Four right beat five with one wrong: dropping the doubtful ones raises the figure.
    expect(aggregate([scorePage('p', [{ text: 'one two three four', speaker: 'X' }], t)]).trusted).toBe(1);
    expect(aggregate([scorePage('p', [], t)]).trusted).toBe(1);
  });

  it('names a page\'s publisher by its registrable host', () => {
    expect(publisherOf('https://www.bbc.com/news/x')).toBe('bbc.com');
    expect(publisherOf('https://hosted.ap.org/berkshireeagle/article/1')).toBe('ap.org');
    expect(publisherOf('https://www.laestrella.com.pa/cafe/2')).toBe('laestrella.com.pa');
    expect(publisherOf('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(publisherOf('https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/a.htm')).toBe('xinhuanet.com');
  });

  it('splits pages into two halves by publisher, deterministically, never a publisher across both', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    const urls = ['https://a.com/1', 'https://www.a.com/2', 'https://b.org/1', 'https://c.net/1', 'https://x.c.net/2', 'https://d.de/1', 'https://e.fr/1'];
    const split = splitByPublisher(urls, (u) => u);
    expect(split.tune.length + split.held.length).toBe(urls.length);
    const pubs = (us: string[]) => new Set(us.map(publisherOf));
    expect([...pubs(split.tune)].filter((p) => pubs(split.held).has(p))).toEqual([]);
    expect(pubs(split.tune).size).toBe(3); // five publishers: three tune, two held
    expect(splitByPublisher([...urls].reverse(), (u) => u).tune.sort()).toEqual([...split.tune].sort());
  });
});
