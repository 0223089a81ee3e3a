// Binary files as people might hand them to the CLI, small and made here (no fixtures to keep).
import { deflateRawSync, gzipSync } from 'node:zlib';

export const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const noise = (n: number, seed = 1) => {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) b[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return b;
};

export const BINARY_SAMPLES: Record<string, [Buffer, RegExp]> = {
  'page.png': [bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR', noise(500)), /^a PNG image$/],
  'photo.jpg': [bytes([0xff, 0xd8, 0xff, 0xe0], noise(500)), /^a JPEG image$/],
  'anim.gif': [bytes('GIF89a', noise(500)), /^a GIF image$/],
  'pic.webp': [bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ', noise(500)), /^a WebP image$/],
  'paper.pdf': [bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', noise(500)), /^a PDF document$/],
  'saved.zip': [bytes('PK', [3, 4, 20, 0], noise(500)), /^a zip archive/],
  'page.html.gz': [gzipSync('<html><body><p>hello</p></body></html>'), /^gzip-compressed data$/],
  'raw.bin': [bytes(deflateRawSync(noise(2000, 7)), [0]), /^binary data$/],
  'controls.dat': [bytes('ab\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13'.repeat(50)), /^binary data$/],
};

