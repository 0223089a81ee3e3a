import { describe, expect, it } from 'vitest';
import { clip, lineDiff, snippetPageScores, verdict } from './diff';

describe('lineDiff', () => {
  it('reports prediction lines absent from the reference as leaked and the reverse as missing, biggest first', () => {
    const truth = 'The mayor spoke on Monday.\n\nShe promised a new bridge by spring.\n\nCritics doubt it.';
    const pred = 'Advertisement\nThe mayor spoke on Monday.\nRead more: ten bridges that never got built\nShe promised a new bridge by spring.';
    const d = lineDiff(truth, pred);
    expect(d.leaked.lines.map((l) => l.text)).toEqual(['read more: ten bridges that never got built', 'advertisement']);
    expect(d.leaked.chars).toBe('read more: ten bridges that never got built'.length + 'advertisement'.length);
    expect(d.missing.lines).toEqual([{ text: 'critics doubt it.', count: 1 }]);
    expect(d.missing.chars).toBe(17);
  });

  it('ignores case and spacing, and counts a line present when the other side has it inside a longer line', () => {
    const truth = 'First  paragraph\u00a0here. Second paragraph here.\nConsider “ don’t jerk and drive”.';
    const pred = 'FIRST PARAGRAPH HERE.\nsecond paragraph here.\nConsider “don’t jerk and drive”.';
    const d = lineDiff(truth, pred);
    expect(d.leaked.lines).toEqual([]);
    // The joined reference line is in the prediction's full text once spacing is ignored.
    expect(d.missing.lines).toEqual([]);
  });

  it('counts copies: a line the reference repeats is missing as often as the prediction falls short', () => {
    const truth = 'Meal 1\nEat every 2–3 hours\nMeal 2\nEat every 2–3 hours\nMeal 3\nEat every 2–3 hours';
    const pred = 'Meal 1\nEat every 2–3 hours';
    const d = lineDiff(truth, pred);
    expect(d.leaked.lines).toEqual([]);
    expect(d.missing.lines).toEqual([
      { text: 'eat every 2–3 hours', count: 2 },
      { text: 'meal 2', count: 1 },
      { text: 'meal 3', count: 1 },
    ]);
    expect(d.missing.chars).toBe(2 * 'eat every 2–3 hours'.length + 12);
  });

  it('reports nothing for identical texts and everything for an empty prediction', () => {
    expect(lineDiff('a\nb', 'a\nb')).toEqual({ leaked: { lines: [], chars: 0 }, missing: { lines: [], chars: 0 } });
    const d = lineDiff('Only line.', '');
    expect(d.missing).toEqual({ lines: [{ text: 'only line.', count: 1 }], chars: 10 });
    expect(d.leaked.lines).toEqual([]);
  });
});

describe('clip', () => {
  it('keeps short text, cuts long text to the limit with an ellipsis', () => {
    expect(clip('  short\n text ')).toBe('short text');
    const cut = clip('x'.repeat(150), 100);
    expect(cut).toHaveLength(100);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('snippetPageScores', () => {
  it('is perfect with nothing wrong, and F1 = 2TP / (2TP + FP + FN) otherwise', () => {
    expect(snippetPageScores({ tp: 3, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(snippetPageScores({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    const s = snippetPageScores({ tp: 2, fp: 1, fn: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('leaves precision undefined when nothing was found and recall when nothing was required', () => {
    const none = snippetPageScores({ tp: 0, fp: 0, fn: 3 });
    expect(none.precision).toBeNaN();
    expect(none.recall).toBe(0);
    expect(none.f1).toBe(0);
    const leakOnly = snippetPageScores({ tp: 0, fp: 2, fn: 0 });
    expect(leakOnly.precision).toBe(0);
    expect(leakOnly.recall).toBeNaN();
    expect(leakOnly.f1).toBe(0);
  });
});

describe('verdict', () => {
  it('says which extractor did better on the page, with a small tolerance for ties', () => {
    expect(verdict(0.5, 0.502)).toMatch(/^same/);
    expect(verdict(0.6, 0.4)).toMatch(/^Lede better/);
    expect(verdict(0.4, 0.6)).toMatch(/^Readability better/);
  });
});
