import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../src/background/cache';
import type { Article } from '../../src/core/types';

const article = (title: string): Article => ({
  status: 'ok', title, text: '', paragraphs: [], html: '', wordCount: 0, readingMinutes: 1, summary: [], quotes: [], removed: [], timings: {},
});

describe('AnalysisCache', () => {
  it('answers only for the same tab and URL', () => {
    const cache = new AnalysisCache();
    cache.set(1, 'https://a.example/x', article('A'));
    expect(cache.get(1, 'https://a.example/x')?.title).toBe('A');
    expect(cache.get(1, 'https://a.example/y')).toBeUndefined();
    expect(cache.get(2, 'https://a.example/x')).toBeUndefined();
  });

  it('drops a tab that starts loading or changes URL, keeps it on other updates', () => {
    const cache = new AnalysisCache();
    cache.set(1, 'u', article('A'));
    cache.onTabUpdated(1, { status: 'complete' });
    expect(cache.get(1, 'u')).toBeDefined();
    cache.onTabUpdated(1, { status: 'loading' });
    expect(cache.get(1, 'u')).toBeUndefined();
    cache.set(1, 'u', article('A'));
    cache.onTabUpdated(1, { url: 'v' });
    expect(cache.size).toBe(0);
  });

  it('drops a closed tab only', () => {
    const cache = new AnalysisCache();
    cache.set(1, 'u', article('A'));
    cache.set(2, 'u', article('B'));
    cache.drop(1);
    expect(cache.get(1, 'u')).toBeUndefined();
    expect(cache.get(2, 'u')?.title).toBe('B');
  });
});
