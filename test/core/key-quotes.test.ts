// The popup's key quotes: better four right than five with one doubtful speaker.
import { describe, expect, it } from 'vitest';
import { keyQuotes } from '../../src/core/key-quotes';
import type { Quote, SpeakerConfidence } from '../../src/core/types';

const ranked = (...cs: Array<SpeakerConfidence | undefined>): Quote[] =>
  cs.map((confidence, i) => ({ text: `quote ${i}`, speaker: confidence === 'low' ? null : `Person ${i}`, paragraph: i, ...(confidence ? { confidence } : {}) }));
const shown = (qs: Quote[], max?: number) => keyQuotes(qs, max).map((q) => q.confidence ?? 'unset');

describe('keyQuotes', () => {
  it('shows up to five sure speakers', () => {
    expect(shown(ranked('high', 'high', 'high', 'high', 'high', 'high'))).toHaveLength(5);
    expect(shown(ranked('high', 'high'), 1)).toEqual(['high']);
  });

  it('shows a speaker found only by pronoun or inference when no sure one is, and then one', () => {
    expect(shown(ranked('high', 'medium', 'medium', 'medium'))).toEqual(['high']);
    expect(shown(ranked('high', 'high', 'high', 'medium'))).toEqual(['high', 'high', 'high']);
    expect(shown(ranked('medium', 'medium', 'low'))).toEqual(['medium']);
  });

  it('shows a quote with no speaker found only when nothing else would be shown', () => {
    expect(shown(ranked('high', 'low', 'low'))).toEqual(['high']);
    expect(shown(ranked('low', 'low'))).toEqual(['low']);
    expect(shown([])).toEqual([]);
  });

  it('is a prefix, so indices stay those of the full list; quotes without a confidence count as sure', () => {
    const qs = ranked(undefined, undefined, undefined, undefined, undefined, undefined);
    expect(keyQuotes(qs)).toEqual(qs.slice(0, 5));
  });
});
