// The annotated quote set (README.md here) as a regression floor: Lede's quote precision, recall
// and speaker accuracy over all of it may not fall below floors.json. `npm run bench` prints the
// same figures with each page's misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQuoteSet } from './run';
import { loadQuoteSet, QUOTE_SET_DIR } from './score';

const floors = JSON.parse(readFileSync(join(QUOTE_SET_DIR, 'floors.json'), 'utf8')) as Record<string, number>;

describe('quote set', () => {
  const pages = loadQuoteSet();

  it('holds at least 40 annotated articles, each with its url and language', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const p of pages) {
      expect(p.truth.url, p.slug).toMatch(/^https:\/\//);
      expect(p.truth.lang, p.slug).toMatch(/^[a-z]{2}/);
      for (const q of p.truth.quotes) expect(typeof q.text === 'string' && (q.speaker === null || typeof q.speaker === 'string'), p.slug).toBe(true);
    }
  });

  it('stays at or above its floors', () => {
    const run = runQuoteSet();
    const figures = {
      precision: run.total.precision,
      recall: run.total.recall,
      speakerAccuracy: run.total.speakerAccuracy,
      popupPrecision: run.popup.precision,
      // Of the quotes the popup shows, the share that are real with the right speaker.
      popupFive: run.popup.trusted,
    };
    for (const [name, value] of Object.entries(figures)) expect(value, `${name} ${value.toFixed(3)} < floor ${floors[name]}`).toBeGreaterThanOrEqual(floors[name]);
  });
});
