// The quote finder's way from quotes.js to the content script (src/content/quote-finder.ts):
// one slot in the isolated world, whichever script comes first, and a bounded wait.
import { describe, expect, it } from 'vitest';
import { provideQuoteFinder, quoteFinder } from '../../src/content/quote-finder';
import { findQuotes } from '../../src/core/quotes';

describe('quote finder slot', () => {
  it('hands the finder to an analysis that waits for it, and to later ones at once', async () => {
    const world = {};
    const waiting = quoteFinder(1_000, world);
    provideQuoteFinder(findQuotes, world);
    await expect(waiting).resolves.toBe(findQuotes);
    await expect(quoteFinder(1_000, world)).resolves.toBe(findQuotes);
  });

  it('keeps the first finder when quotes.js is injected again, and the page cannot replace the slot', async () => {
    const world: Record<string, unknown> = {};
    provideQuoteFinder(findQuotes, world);
    const other = (() => []) as typeof findQuotes;
    provideQuoteFinder(other, world);
    await expect(quoteFinder(10, world)).resolves.toBe(findQuotes);
    expect(Object.keys(world)).toEqual([]);
    expect(() => {
      'use strict';
      world.__ledeQuoteFinder = { find: other, waiting: [] };
    }).toThrow();
  });

  it('gives up after the wait: no finder, no quotes, never a hang', async () => {
    const world = {};
    await expect(quoteFinder(20, world)).resolves.toBeNull();
    // A finder that comes later still serves the next analysis.
    provideQuoteFinder(findQuotes, world);
    await expect(quoteFinder(20, world)).resolves.toBe(findQuotes);
  });
});
