import { describe, expect, it } from 'vitest';
import { isRailLabel } from '../../src/core/isolate/rails';

describe('isRailLabel', () => {
  it('knows listed labels and label prefixes, in any case and with trailing arrows', () => {
    expect(isRailLabel('Most Read')).toBe(true);
    expect(isRailLabel('More from Business ›')).toBe(true);
    expect(isRailLabel('Lesen Sie auch:')).toBe(true);
  });
  it('"More <up to three words> Stories/News/Videos" is a rail label', () => {
    expect(isRailLabel('More Great WIRED Stories')).toBe(true);
    expect(isRailLabel('More CNN Videos')).toBe(true);
    expect(isRailLabel('More top news')).toBe(true);
  });
  it('a subheading that merely starts with "More" is not', () => {
    expect(isRailLabel('More people are moving to the suburbs than ever before')).toBe(false);
    expect(isRailLabel('More stories of hope from the flood zone were shared this week')).toBe(false);
    expect(isRailLabel('More than news')).toBe(false);
  });
});
