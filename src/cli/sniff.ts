// Is this file a page at all? People hand the CLI what their browser saved, and that is not
// always HTML: a screenshot, a PDF, a compressed download. Read as text, such a file gave a
// "story" of binary garbage and wrote control bytes to the terminal (issue 17). The idea is the
// WHATWG MIME Sniffing standard's (https://mimesniff.spec.whatwg.org/): known signatures first,
// then markup at the start, then a look for binary bytes, in the first bytes of the file only.

import { utf16WithoutBom } from './parse';

export interface NotHtml {
  /** What the file looks like, as a noun phrase: "a PNG image". */
  kind: string;
  /** What to do instead. */
  advice: string;
}

const SAVE_AS_HTML = 'save the page as HTML (in the browser: Save Page As…, "Web Page") and give lede the .html file';
const DECOMPRESS = 'decompress it first (e.g. gunzip -k FILE, or zcat FILE | lede extract -)';
const NOT_A_PAGE = 'lede reads saved web pages; open the article in a browser and save it as HTML';

type Signature = [kind: string, test: (b: Uint8Array) => boolean, advice?: string];

const at = (b: Uint8Array, offset: number, ...bytes: (number | string)[]) => {
  const want = bytes.flatMap((x) => (typeof x === 'string' ? Array.from(x, (c) => c.charCodeAt(0)) : [x]));
  return want.every((v, i) => b[offset + i] === v);
};

// Signatures long or distinctive enough that no text file starts with them.
const SIGNATURES: Signature[] = [
  ['a PNG image', (b) => at(b, 0, 0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)],
  ['a JPEG image', (b) => at(b, 0, 0xff, 0xd8, 0xff)],
  ['a GIF image', (b) => at(b, 0, 'GIF87a') || at(b, 0, 'GIF89a')],
  ['a WebP image', (b) => at(b, 0, 'RIFF') && at(b, 8, 'WEBPVP')],
  ['an AVIF or HEIF image', (b) => at(b, 4, 'ftyp') && ['avif', 'avis', 'heic', 'heix', 'mif1', 'msf1'].some((brand) => at(b, 8, brand))],
  ['a video (MP4 or QuickTime)', (b) => at(b, 4, 'ftyp'), NOT_A_PAGE],
  ['a TIFF image', (b) => at(b, 0, 'II*', 0) || at(b, 0, 'MM', 0, '*')],
  ['an icon image', (b) => at(b, 0, 0, 0, 1, 0) || at(b, 0, 0, 0, 2, 0)],
  ['a PDF document', (b) => at(b, 0, '%PDF-'), NOT_A_PAGE],
  ['a PostScript document', (b) => at(b, 0, '%!PS-Adobe-'), NOT_A_PAGE],
  ['gzip-compressed data', (b) => at(b, 0, 0x1f, 0x8b, 0x08), DECOMPRESS],
  ['bzip2-compressed data', (b) => at(b, 0, 'BZh') && b[3] >= 0x31 && b[3] <= 0x39 && at(b, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59), DECOMPRESS],
  ['xz-compressed data', (b) => at(b, 0, 0xfd, '7zXZ', 0), DECOMPRESS],
  ['zstd-compressed data', (b) => at(b, 0, 0x28, 0xb5, 0x2f, 0xfd), DECOMPRESS],
  ['a zip archive (or a document stored as one: .docx, .odt, .epub)', (b) => at(b, 0, 'PK', 3, 4) || at(b, 0, 'PK', 5, 6), 'unpack it, or save the page itself as HTML'],
  ['a 7-Zip archive', (b) => at(b, 0, '7z', 0xbc, 0xaf, 0x27, 0x1c), 'unpack it first'],
  ['a RAR archive', (b) => at(b, 0, 'Rar!', 0x1a, 0x07), 'unpack it first'],
  ['a tar archive', (b) => at(b, 257, 'ustar'), 'unpack it first (tar -xf FILE)'],
  ['a web font', (b) => at(b, 0, 'wOFF') || at(b, 0, 'wOF2'), NOT_A_PAGE],
  ['a video (WebM or Matroska)', (b) => at(b, 0, 0x1a, 0x45, 0xdf, 0xa3), NOT_A_PAGE],
  ['an audio file (Ogg)', (b) => at(b, 0, 'OggS', 0), NOT_A_PAGE],
  ['an audio file (WAV)', (b) => at(b, 0, 'RIFF') && at(b, 8, 'WAVE'), NOT_A_PAGE],
  ['a video (AVI)', (b) => at(b, 0, 'RIFF') && at(b, 8, 'AVI '), NOT_A_PAGE],
  ['a program (ELF executable)', (b) => at(b, 0, 0x7f, 'ELF'), NOT_A_PAGE],
  ['an SQLite database', (b) => at(b, 0, 'SQLite format 3', 0), NOT_A_PAGE],
  // Chromium's "Webpage, single file": a MIME archive of the page and its images, text but
  // not HTML (quoted-printable parts). Read as text it gives headers and =3D soup.
  ['a web archive (MHTML)', (b) => at(b, 0, 'From: <Saved by ') || (/^MIME-Version:/im.test(head(b, 1024)) && /multipart\/related/i.test(head(b, 2048))), 'save the page as "Webpage, HTML only" instead'],
];

// Short signatures that a text file could start with ("BM…", "MZ…", "ID3…"): named only when the
// bytes are binary anyway.
const WEAK_SIGNATURES: Signature[] = [
  ['a BMP image', (b) => at(b, 0, 'BM')],
  ['an MP3 audio file', (b) => at(b, 0, 'ID3'), NOT_A_PAGE],
  ['a font file', (b) => at(b, 0, 0, 1, 0, 0) || at(b, 0, 'OTTO') || at(b, 0, 'true'), NOT_A_PAGE],
  ['a Windows program', (b) => at(b, 0, 'MZ'), NOT_A_PAGE],
  ['an audio file (FLAC)', (b) => at(b, 0, 'fLaC'), NOT_A_PAGE],
];

const head = (b: Uint8Array, n: number) => String.fromCharCode(...b.subarray(0, Math.min(n, b.length)));

/** WHATWG's "binary data byte": C0 controls other than tab, line feed, form feed, carriage
 *  return and escape (ESC starts the colour codes of logs, which are text). */
const isBinaryByte = (c: number) => c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f);

const SAMPLE = 64 * 1024;

/** A description of what the file is when it is clearly not a page, or null for HTML, XML
 *  (SVG, XHTML) and plain text, which the core reads (text as paragraphs). */
export function sniffNotHtml(bytes: Uint8Array): NotHtml | null {
  // UTF-16 (with a byte-order mark, or plainly so): text, whose NUL bytes are half of every
  // ASCII character. parse.ts decodes it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes)) return null;
  for (const [kind, test, advice] of SIGNATURES) if (test(bytes)) return { kind, advice: advice ?? SAVE_AS_HTML };
  const sample = bytes.subarray(0, SAMPLE);
  let binary = 0;
  let nul = false;
  for (const c of sample) {
    if (isBinaryByte(c)) {
      binary++;
      if (c === 0) nul = true;
    }
  }
  // Markup at the start (after a UTF-8 byte-order mark and white space) is a page, even with
  // some binary bytes in it: real pages carry stray NULs (a Spanish paper's page has 22 after
  // an ad image, a Belgian one thousands after a header). Only a page that is mostly binary
  // bytes is refused. Anything else is text only if it has no NUL and hardly a control byte.
  const share = sample.length ? binary / sample.length : 0;
  const looksBinary = startsWithMarkup(sample) ? share > 0.3 : nul || share > 0.02;
  if (!looksBinary) return null;
  for (const [kind, test, advice] of WEAK_SIGNATURES) if (test(bytes)) return { kind, advice: advice ?? SAVE_AS_HTML };
  return { kind: 'binary data', advice: SAVE_AS_HTML };
}

function startsWithMarkup(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0c || b[i] === 0x0d)) i++;
  if (b[i] !== 0x3c) return false; // '<'
  const next = b[i + 1];
  // A tag name, "<!" (doctype, comment) or "<?" (XML declaration).
  return next === 0x21 || next === 0x3f || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
}
