import { describe, expect, it } from 'vitest';
import { formatDate, formatReadingTime, metaParts, reasonLabel, removedLabel, siteName } from '../../src/reader/format';

describe('format', () => {
  it('formats dates in the given locale, and keeps date-only values on their day', () => {
    expect(formatDate('2021-11-03', 'en-GB')).toBe('3 November 2021');
    expect(formatDate('2021-11-03T09:30:00Z', 'en-US')).toMatch(/November \d, 2021/);
    expect(formatDate('not a date')).toBeNull();
    expect(formatDate(undefined)).toBeNull();
  });

  it('rounds reading time to at least one minute', () => {
    expect(formatReadingTime(0)).toBe('1 min read');
    expect(formatReadingTime(4.4)).toBe('4 min read');
    expect(formatReadingTime(Number.NaN)).toBe('1 min read');
  });

  it('lists the known meta parts in order', () => {
    expect(metaParts({ byline: ' Anwar Iqbal ', published: '2021-11-03', readingMinutes: 4 }, 'en-GB')).toEqual(['Anwar Iqbal', '3 November 2021', '4 min read']);
    expect(metaParts({ readingMinutes: 2 })).toEqual(['2 min read']);
  });

  it('names the site, or falls back to the host', () => {
    expect(siteName({ site: 'Dawn', url: 'https://www.dawn.com/x' })).toBe('Dawn');
    expect(siteName({ url: 'https://www.dawn.com/x' })).toBe('dawn.com');
    expect(siteName({})).toBeNull();
  });

  it('labels reasons and counts', () => {
    expect(reasonLabel('teaser-cards')).toBe('Teaser cards');
    expect(removedLabel(1)).toBe('1 block removed');
    expect(removedLabel(3)).toBe('3 blocks removed');
    expect(removedLabel(1234)).toBe('1,234 blocks removed');
  });
});
