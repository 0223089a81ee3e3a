// Every limit is an option with a default, and each one holds: a page just under it is read, a
// page just over it is refused with a typed failure. The time limit is checked inside the
// stages (budget.ts), so it is tested with an injected clock that runs out in the middle of one.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { checkTime, interruptible, Timeout, withBudget } from '../../src/core/budget';
import { measureTree } from '../../src/core/dom';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences } from '../../src/core/sentences';
import { summarize } from '../../src/core/summary';
import { DEFAULT_LIMITS, type Analysis, type Limits } from '../../src/core/types';

const SENTENCE = 'The council voted on Tuesday to close the Elm Street bridge after inspectors found a crack in a girder.';
const para = (i: number) => `<p>${i}. ${SENTENCE} Traffic is diverted over the harbour road until the end of the month, the city said.</p>`;
const story = (body: string) => `<!doctype html><html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>${body}</article></body></html>`;
const STORY = story(Array.from({ length: 8 }, (_, i) => para(i)).join(''));

/** The page's own measure, as the gate takes it. */
function measure(html: string) {
  return measureTree(parseHtml(html).documentElement, Infinity, Infinity);
}

function read(html: string, limits: Partial<Limits>): Analysis {
  return analyze(parseHtml(html), { limits });
}

describe('limits: defaults', () => {
  it('every limit has a finite default, and options override one at a time', () => {
    for (const key of ['maxElements', 'maxDepth', 'maxTextLength', 'timeoutMs'] as const) {
      expect(Number.isFinite(DEFAULT_LIMITS[key]) && DEFAULT_LIMITS[key] > 0).toBe(true);
    }
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
    // Overriding one limit leaves the others at their defaults: the story passes them all.
    expect(read(STORY, { maxElements: 5 }).status).toBe('too-large');
    expect(read(STORY, { maxTextLength: 1e9 }).status).toBe('ok');
  });
});

describe('limits: each one, just under and just over', () => {
  const { elements, depth, text } = measure(STORY);

  it('maxElements: a page of exactly the limit is read, one element more is too large', () => {
    expect(read(STORY, { maxElements: elements }).status).toBe('ok');
    const over = read(STORY, { maxElements: elements - 1 });
    expect(over).toMatchObject({ status: 'too-large', detail: `more than ${(elements - 1).toLocaleString('en')} elements` });
  });

  it('maxDepth: a page exactly that deep is read, one level deeper is too large', () => {
    expect(read(STORY, { maxDepth: depth }).status).toBe('ok');
    expect(read(STORY, { maxDepth: depth - 1 })).toMatchObject({ status: 'too-large', detail: `nesting deeper than ${depth - 1} levels` });
  });

  it('maxTextLength: a page with exactly that much text is read, one character more is too large', () => {
    expect(read(STORY, { maxTextLength: text }).status).toBe('ok');
    expect(read(STORY, { maxTextLength: text - 1 })).toMatchObject({ status: 'too-large', message: expect.stringMatching(/too much text/) });
  });

  it('timeoutMs: a story read within the budget is an article; a clock past it gives the timeout failure', () => {
    let t = 0;
    expect(analyze(parseHtml(STORY), { limits: { timeoutMs: 1_000 }, now: () => t }).status).toBe('ok');
    // Every look at the clock finds a second gone: over budget at the first look past 1.5 s.
    t = 0;
    const late = analyze(parseHtml(STORY), { limits: { timeoutMs: 1_500 }, now: () => (t += 1_000) });
    expect(late).toMatchObject({ status: 'timeout', message: 'This page took too long to read.' });
  });
});

describe('limits: the time budget runs out inside a stage, not only between stages', () => {
  // A clock that jumps past the budget after `calls` looks: analyze looks once at the start and
  // once per stage (5 stages); every other look comes from checkTime inside a loop.
  const clockAfter = (calls: number) => {
    let n = 0;
    return () => (++n > calls ? 1e9 : 0);
  };

  it('the gate walk of a large page stops in the walk', () => {
    const big = story(Array.from({ length: 400 }, (_, i) => para(i)).join(''));
    // Look 1 is the start; look 2 is checkTime after 512 nodes of the walk (before the gate's
    // lap, which would be look 2 if nothing looked inside the stage).
    const result = analyze(parseHtml(big), { limits: { timeoutMs: 1_000 }, now: clockAfter(1) });
    expect(result).toMatchObject({ status: 'timeout', detail: 'Stopped after 1000 ms (during gate).' });
  });

  it('analyze reports the stage under way when the check fires inside it', () => {
    // Count the looks a full run makes; the in-stage looks are those beyond start + 5 laps.
    let looks = 0;
    const big = story(Array.from({ length: 400 }, (_, i) => para(i)).join(''));
    expect(analyze(parseHtml(big), { now: () => (looks++, 0) }).status).toBe('ok');
    expect(looks).toBeGreaterThan(1 + 5 + 3);
    // Running out on the very last look, the quotes lap's own, is found after the stage.
    const last = analyze(parseHtml(big), { limits: { timeoutMs: 1 }, now: clockAfter(looks - 2) });
    expect(last).toMatchObject({ status: 'timeout', detail: 'Stopped after 1 ms (after quotes).' });
  });

  const expired = <T>(work: () => T): unknown => {
    try {
      withBudget(() => 1, 0, work);
    } catch (err) {
      return err;
    }
    return 'finished';
  };

  it('Readability’s own pass stops, through its per-node helpers', () => {
    const deep = story(`${para(0)}${'<div>'.repeat(150)}${para(1)}${'</div>'.repeat(150)}`);
    expect(expired(() => interruptible(new Readability(parseHtml(deep))).parse())).toBeInstanceOf(Timeout);
    // The same pass, not wrapped, runs to its end: the wrapper is what stops it.
    expect(expired(() => new Readability(parseHtml(deep)).parse())).toBe('finished');
  });

  it('sentence splitting of one giant paragraph stops', () => {
    expect(expired(() => splitSentences(`${SENTENCE} `.repeat(2_000)))).toBeInstanceOf(Timeout);
  });

  it('the summary and the quote finder stop on a long story', () => {
    const paragraphs = Array.from({ length: 1_200 }, (_, i) => `“We will reopen it in spring,” the mayor said of bridge ${i}. ${SENTENCE}`);
    expect(expired(() => summarize(paragraphs))).toBeInstanceOf(Timeout);
    expect(expired(() => findQuotes(paragraphs))).toBeInstanceOf(Timeout);
  });

  it('outside an analysis checkTime never throws, and a budget is put back when its work ends', () => {
    for (let i = 0; i < 5_000; i++) checkTime();
    expect(() => withBudget(() => 1, 0, () => 'done')).not.toThrow();
    for (let i = 0; i < 5_000; i++) checkTime();
  });
});

describe('limits: the issue’s giant pages give a result or a typed failure', () => {
  it('a 2-million-character story is read (or refused) under the default limits', () => {
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 2_000_000; i++) size += (paragraphs[i] = para(i)).length;
    const html = story(paragraphs.join(''));
    expect(html.length).toBeGreaterThan(2_000_000);
    const result = analyze(parseHtml(html));
    // Either is fine; what matters is a typed answer, within the default budget.
    expect(['ok', 'timeout']).toContain(result.status);
    if (result.status === 'ok') expect(result.timings.total).toBeLessThan(DEFAULT_LIMITS.timeoutMs);
  });

  it('a 100,000-element page is refused as too large, before any reading', () => {
    const html = story(`${para(0)}<div>${'<span>x</span>'.repeat(100_000)}</div>`);
    expect(analyze(parseHtml(html))).toMatchObject({ status: 'too-large', detail: 'more than 60,000 elements' });
  });

  it('5,000-deep nesting is refused as too large, without overflowing the stack', () => {
    const html = story(`${para(0)}${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`);
    expect(analyze(parseHtml(html))).toMatchObject({ status: 'too-large', detail: 'nesting deeper than 500 levels' });
  });

  it('past the depth limit, Readability itself stops at the deadline (its cleaning pass is quadratic in depth)', () => {
    // Let the nesting through: Readability's pass over 5,000 levels would take minutes, and the
    // budget must stop it from inside (budget.ts, interruptible). The clock advances 1 ms a look.
    const html = story(`${Array.from({ length: 8 }, (_, i) => para(i)).join('')}${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`);
    let t = 0;
    const result = analyze(parseHtml(html), { limits: { maxDepth: 10_000, timeoutMs: 200 }, now: () => t++ });
    expect(result).toMatchObject({ status: 'timeout', detail: 'Stopped after 200 ms (during isolate).' });
  });
});
