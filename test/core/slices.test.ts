// analyzeInSlices: the same analysis as analyze(), with the page's thread given back between
// stages (the content script shares it with the page). What it must keep: the same outcome, a
// pause between each two stages and none after a refusal, the time limit counting Lede's work
// only, and each slice under its own budget.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze, analyzeInSlices } from '../../src/core/analyze';
import { analyzeInSlicesWith } from '../../src/core/pipeline';
import { findQuotes } from '../../src/core/quotes';
import type { Analysis } from '../../src/core/types';

const SENTENCE = 'The council voted on Tuesday to close the Elm Street bridge after inspectors found a crack in a girder.';
const para = (i: number) => `<p>${i}. ${SENTENCE} “We will reopen it in spring,” the mayor said of the span.</p>`;
const STORY = `<!doctype html><html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</article></body></html>`;

const withoutTimings = (a: Analysis) => ({ ...a, timings: undefined });

describe('analyzeInSlices', () => {
  it('gives what analyze gives, pausing once between each two of the five stages', async () => {
    let pauses = 0;
    const sliced = await analyzeInSlices(parseHtml(STORY), {}, async () => void pauses++);
    expect(sliced.status).toBe('ok');
    expect(withoutTimings(sliced)).toEqual(withoutTimings(analyze(parseHtml(STORY))));
    expect(pauses).toBe(4);
  });

  it('tells the first answer (story and summary, quotes pending) before it finds the quotes', async () => {
    const heard: Array<{ pauses: number; first: Analysis }> = [];
    let pauses = 0;
    const full = await analyzeInSlices(parseHtml(STORY), {}, async () => void pauses++, (first) => heard.push({ pauses, first }));
    expect(heard).toHaveLength(1);
    const { first } = heard[0];
    if (full.status !== 'ok' || first.status !== 'ok') throw new Error('expected a story');
    expect(full.quotes.length).toBeGreaterThan(0);
    expect(full.quotesPending).toBeUndefined();
    expect(first).toMatchObject({ quotesPending: true, quotes: [] });
    // Everything else is the full answer's, and it came before the last pause (the quotes).
    expect({ ...withoutTimings(first), quotes: full.quotes, quotesPending: undefined }).toEqual(withoutTimings(full));
    expect(heard[0].pauses).toBe(3);
    expect(first.timings.quotes).toBeUndefined();
    expect(full.timings.quotes).toBeGreaterThanOrEqual(0);
  });

  it('finds the quotes with a finder that arrives after the first answer, its wait not counted', async () => {
    let t = 0;
    let firstAt = -1;
    const late = async () => {
      firstAt = t;
      t += 60_000; // a minute to come, against a one-second budget
      return findQuotes;
    };
    const full = await analyzeInSlicesWith(late, parseHtml(STORY), { limits: { timeoutMs: 1_000 }, now: () => t }, async () => undefined);
    expect(firstAt).toBe(0);
    expect(withoutTimings(full)).toEqual(withoutTimings(analyze(parseHtml(STORY))));
  });

  it('without a finder the story comes without quotes', async () => {
    const full = await analyzeInSlicesWith(() => null, parseHtml(STORY), {}, async () => undefined);
    expect(full).toMatchObject({ status: 'ok', quotes: [] });
    expect(full.status === 'ok' && full.quotesPending).toBeFalsy();
  });

  it('a page refused at the gate is answered without a pause', async () => {
    let pauses = 0;
    const refused = await analyzeInSlices(parseHtml(STORY), { limits: { maxElements: 3 } }, async () => void pauses++);
    expect(refused.status).toBe('too-large');
    expect(pauses).toBe(0);
  });

  it('time spent paused (the page’s own work) does not count against the limit', async () => {
    // The clock moves only while paused: a minute per pause, against a one-second budget.
    let t = 0;
    const result = await analyzeInSlices(parseHtml(STORY), { limits: { timeoutMs: 1_000 }, now: () => t }, async () => void (t += 60_000));
    expect(result.status).toBe('ok');
  });

  it('Lede’s own work still runs out of time, with the stage named', async () => {
    // The clock moves only while Lede works: a second a look, against a 1.5-second budget.
    let t = 0;
    const result = await analyzeInSlices(parseHtml(STORY), { limits: { timeoutMs: 1_500 }, now: () => (t += 1_000) }, async () => undefined);
    expect(result).toMatchObject({ status: 'timeout', detail: expect.stringMatching(/^Stopped after 1500 ms \((during|after) \w+\)\.$/) });
  });

  it('a slice runs under its budget: checkTime inside a stage stops it', async () => {
    // After the start, every look is past the budget; the first in-stage look (the gate's walk
    // of 400 paragraphs) must be the one that stops it.
    const big = STORY.replace('</article>', `${Array.from({ length: 400 }, (_, i) => para(i)).join('')}</article>`);
    let looks = 0;
    const result = await analyzeInSlices(parseHtml(big), { limits: { timeoutMs: 1_000 }, now: () => (looks++ ? 1e9 : 0) }, async () => undefined);
    expect(result).toMatchObject({ status: 'timeout', detail: 'Stopped after 1000 ms (during gate).' });
  });
});
