// A fault in the quote finder or the summary (a bug some page's wording trips) costs the reader
// those, never the story: analyze still returns the article.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';

vi.mock('../../src/core/quotes', () => ({
  findQuotes: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const { analyze } = await import('../../src/core/analyze');
const { parseHtml } = await import('../../src/cli/parse');

describe('analyze: a fault in the quotes', () => {
  it('still gives the story, its summary, and no quotes', () => {
    const html = readFileSync(new URL('../pages/story-in-layout-table/source.html', import.meta.url), 'utf8');
    const a = analyze(parseHtml(html), {});
    expect(a.status).toBe('ok');
    if (a.status !== 'ok') return;
    expect(a.paragraphs.length).toBeGreaterThan(3);
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.quotes).toEqual([]);
  });
});
