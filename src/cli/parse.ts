// Saved pages → a DOM in Node. linkedom, not jsdom: about five times faster on news pages with
// the same extraction results (see ../shared/bench/RESULTS.md), and it never runs page scripts.
import { parseHTML } from 'linkedom';

/** Parse a page. Fragments and pages without <html>/<body> are wrapped, because linkedom leaves
 *  <body> empty for them. */
export function parseHtml(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement && document.body && (document.body.firstChild || !/\S/.test(html))) {
    return document as unknown as Document;
  }
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** Decode a saved page's bytes: a byte-order mark wins, then a <meta charset> (or http-equiv)
 *  in the first 2 KB, then UTF-8. Pages saved from the web keep their original encoding. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      /* unknown label: fall through to UTF-8 */
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
