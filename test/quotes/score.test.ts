// The quote-set scorer itself: what counts as the same quote and the same speaker.
import { describe, expect, it } from 'vitest';
import { aggregate, overlap, quoteTokens, sameSpeaker, scorePage, speakerKey, type QuoteTruth } from './score';

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
});
