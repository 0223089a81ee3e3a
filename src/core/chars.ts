// Character classes by code point, for loops that run over every character of a story: a regex
// per character (or a match object per word) cost more than the work around it.

/** A letter of any script (\p{L}); the ranges most text is written in by code, the rest by regex. */
const LETTER = /\p{L}/u;
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  // Latin-1 letters and Latin Extended-A/B (all letters but × and ÷); CJK ideographs; Hangul.
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3)) return true;
  return LETTER.test(String.fromCodePoint(cp));
}

/** A letter or a digit of any script ([\p{L}\p{N}]). */
const NUMBER = /\p{N}/u;
export function isWordChar(cp: number): boolean {
  if (cp >= 0x30 && cp <= 0x39) return true;
  return isLetter(cp) || (cp >= 0x80 && NUMBER.test(String.fromCodePoint(cp)));
}

/** The characters \s matches: ASCII and Unicode spaces (Zs), line and paragraph separators, BOM. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
