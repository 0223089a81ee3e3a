// Speakers the text gives outside the quote's own sentence or in less common shapes (issue 18,
// class 6: a null speaker where the text does say who). Each case is a general newspaper
// convention, not one page's wording.
import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

const speakerOf = (paras: string[], start: string) => findQuotes(paras).find((q) => q.text.startsWith(start));

describe('findQuotes: indirect speech, then a quote standing alone', () => {
  it('the quote goes on in the voice of the sentence before it', () => {
    const paras = [
      'Montell Figgins, who represents Thomas, said his client chose not to accept a plea.',
      'Sometimes employees do not follow the rules, he said. “But does that mean they are going to be indicted for it?”',
    ];
    expect(speakerOf(paras, 'But does that mean')).toMatchObject({ speaker: 'Montell Figgins', confidence: 'medium' });
    expect(speakerOf(['Ann Lee said the plan was sound. “We looked at every other option before this one.”'], 'We looked')).toMatchObject({ speaker: 'Ann Lee' });
  });
  it('not when narration comes between, or the quote has words of its own around it', () => {
    expect(speakerOf(['Ann Lee said the plan was sound. The council met on Monday. “We looked at every other option before this one.”'], 'We looked')?.speaker).toBeNull();
    expect(speakerOf(['Ann Lee said the plan was sound. A banner read “we looked at every other option before this one”.'], 'we looked')?.speaker ?? null).not.toBe('Ann Lee');
  });
});
