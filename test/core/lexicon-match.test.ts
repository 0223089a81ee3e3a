// The lexicon batteries may run a case-insensitive pattern without its i flag on lower-cased
// text only where that cannot change what it matches.
import { describe, expect, it } from 'vitest';
import { anchoredAtStart, anyOf, lowerable } from '../../src/core/isolate/endmatter';
import * as lexicon from '../../src/core/isolate/lexicon';

describe('lowerable', () => {
  it('accepts lower-case words and escapes written with capitals', () => {
    expect(lowerable(/\bnewsletter\b\S*/iu)).toBe(true);
    expect(lowerable(/^(read more|weiterlesen)\W*$/i)).toBe(true);
  });
  it('refuses patterns without i, with capital letters, or testing letter case', () => {
    expect(lowerable(/\bnewsletter\b/u)).toBe(false);
    expect(lowerable(/^Read more$/i)).toBe(false);
    expect(lowerable(/^[A-Z]{2,4}$/i)).toBe(false);
    expect(lowerable(/^\p{Lu}\p{L}+:$/iu)).toBe(false);
  });
  it('gives the same verdict on every lexicon pattern for text in any case', () => {
    const lines = ['Subscribe to our NEWSLETTER', 'ALL RIGHTS RESERVED', 'Diese Seite verwendet Cookies', 'Lesen Sie auch:', 'Partager cet article', 'The council voted on Tuesday.'];
    for (const list of Object.values(lexicon)) {
      if (!Array.isArray(list)) continue;
      for (const re of list) {
        if (!(re instanceof RegExp) || !lowerable(re)) continue;
        const plain = new RegExp(re.source, re.flags.replace('i', ''));
        for (const line of lines) expect(plain.test(line.toLowerCase()), `${re} on "${line}"`).toBe(re.test(line));
      }
    }
  });
});

describe('anchoredAtStart', () => {
  it('is true only when every match must start at the line start', () => {
    expect(anchoredAtStart('^(read more|weiterlesen)$')).toBe(true);
    expect(anchoredAtStart('^(?=(?:.*\\s[>›]\\s){2})[^.!?]{1,200}$')).toBe(true);
    expect(anchoredAtStart('^[|(]x')).toBe(true); // a | and ( inside a class are literal
    expect(anchoredAtStart('^\\(?no ratings yet\\)?$')).toBe(true); // escaped parentheses
    expect(anchoredAtStart('^a|b')).toBe(false); // b matches anywhere
    expect(anchoredAtStart('\\bnewsletter\\b')).toBe(false);
  });
});

describe('anyOf', () => {
  it('gives each lexicon list the verdict of its patterns tried one by one', () => {
    const lines = [
      'Subscribe to our NEWSLETTER', 'ALL RIGHTS RESERVED', 'Diese Seite verwendet Cookies', 'Lesen Sie auch:', 'Partager cet article',
      'The council voted on Tuesday.', 'Published in Dawn, March 4th, 2025', 'Read more', 'Tags:', '> Blog > News > Story',
      'Share this article', 'Photo: Reuters', 'About the author', 'Category: Politics', 'Sign up for our daily briefing',
      'He said the newsletter was late.', 'Copyright 2024 The Times', '(No ratings yet)', 'Follow us on Twitter',
    ];
    for (const [name, list] of Object.entries(lexicon)) {
      if (!Array.isArray(list) || !list.every((r) => r instanceof RegExp)) continue;
      const battery = anyOf(list as RegExp[]);
      for (const line of lines) expect(battery(line), `${name} on "${line}"`).toBe((list as RegExp[]).some((r) => r.test(line)));
    }
  });
});

describe('breadcrumb line', () => {
  const isBreadcrumb = (line: string) => lexicon.BOILERPLATE_LINES.some((r) => r.test(line));
  it('takes a short line of two or more spaced separators and no stop', () => {
    expect(isBreadcrumb('> Blog > Aus den Ländern > Digitalpolitische Jahrestagung')).toBe(true);
    expect(isBreadcrumb('Home › Politik › Inland')).toBe(true);
  });
  it('leaves sentences, single separators and glued arrows', () => {
    expect(isBreadcrumb('Shares rose > 5% > forecasts, traders said.')).toBe(false);
    expect(isBreadcrumb('Home > Politik')).toBe(false);
    expect(isBreadcrumb('a>b>c>d')).toBe(false);
    expect(isBreadcrumb(`Home > Politik > ${'x'.repeat(200)}`)).toBe(false);
  });
});
