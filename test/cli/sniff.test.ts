// Which files are pages (src/cli/sniff.ts): known binary signatures are named, markup is a page
// even with stray NULs (as real pages have), plain text is text, and binary without a known
// signature is called binary data.
import { describe, expect, it } from 'vitest';
import { sniffNotHtml } from '../../src/cli/sniff';
import { BINARY_SAMPLES, bytes } from './samples';

describe('sniffNotHtml', () => {
  for (const [name, [data, kind]] of Object.entries(BINARY_SAMPLES)) {
    it(`refuses ${name}`, () => expect(sniffNotHtml(data)?.kind).toMatch(kind));
  }
  it('says what to do: save as HTML, or decompress', () => {
    expect(sniffNotHtml(BINARY_SAMPLES['page.png'][0])?.advice).toMatch(/save the page as HTML/);
    expect(sniffNotHtml(BINARY_SAMPLES['page.html.gz'][0])?.advice).toMatch(/gunzip|zcat/);
  });
  it('accepts HTML, XHTML and SVG, with or without a byte-order mark or leading space', () => {
    for (const text of ['<!doctype html><p>x', '\n\n  <html><body>x', '\ufeff<!DOCTYPE html>', '<?xml version="1.0"?><svg/>', '<!-- saved from url=(0014)about:internet -->']) {
      expect(sniffNotHtml(Buffer.from(text)), text).toBeNull();
    }
  });
  it('accepts pages with stray NUL and control bytes, as real pages have them', () => {
    // Like a Spanish paper's saved page: NULs after an ad image; a BEL in a list item.
    const page = bytes('<!DOCTYPE html><html><body><img src="ad.gif" alt="" />', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], '<ul><li>oil\x07</li></ul>', '<p>text</p>'.repeat(200));
    expect(sniffNotHtml(page)).toBeNull();
  });
  it('accepts plain text, UTF-8, UTF-16 with or without a byte-order mark, and coloured logs', () => {
    expect(sniffNotHtml(Buffer.from('Headline\n\nFirst paragraph of the story.\n\nSecond — with “quotes”.\n'))).toBeNull();
    expect(sniffNotHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>hé</body></html>', 'utf16le')]))).toBeNull();
    expect(sniffNotHtml(Buffer.from('<html><body>hé</body></html>', 'utf16le'))).toBeNull();
    expect(sniffNotHtml(Buffer.from('<html><body>hé</body></html>', 'utf16le').swap16())).toBeNull();
    expect(sniffNotHtml(Buffer.from('\x1b[31mred\x1b[0m log line\n'.repeat(20)))).toBeNull();
    expect(sniffNotHtml(Buffer.from('BMW unveils a new car.\n\nThe company said on Monday…'))).toBeNull();
  });
});
