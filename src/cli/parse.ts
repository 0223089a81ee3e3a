// Saved pages → a DOM in Node. linkedom, not jsdom: about five times faster on news pages with
// the same extraction results (see ../shared/bench/RESULTS.md), and it never runs page scripts.
import { parseHTML } from 'linkedom';

/** Parse a page. Fragments and pages without <html>/<body> are wrapped, because linkedom leaves
 *  <body> empty for them. */
export function parseHtml(html: string): Document {
  html = withoutUnshownRest(html);
  const { document } = parseHTML(html);
  if (document.documentElement && document.body && (document.body.firstChild || !/\S/.test(html))) {
    return openDeclarativeShadows(completeStreaming(intoBody(document as unknown as Document)));
  }
  return openDeclarativeShadows(parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document);
}

/** Elements a browser reads as raw text up to their end tag, and never shows: with scripting on
 *  (a browser's case), <noscript>'s content is text too. */
const UNSHOWN_RAW = new Set(['iframe', 'noembed', 'noframes', 'noscript']);
/** Openings whose content the browser's tokenizer reads as text (or a comment) to its end. */
const RAW_OPEN = /<!--|<(iframe|noembed|noframes|noscript|xmp|script|style|textarea|title)(?=[\s/>])[^>]*>/gi;

/**
 * The page as a browser's tokenizer reads it, where linkedom's differs in what a reader sees: an
 * <iframe>, <noembed>, <noframes> or <noscript> left open makes the rest of the page its raw text,
 * which a browser never shows (hostile pages do this after breaking out of an <svg>, and the
 * story after it is gone in the browser), while linkedom parses the rest as page content and the
 * CLI read a story no browser shows. The rest is cut there. Comments, scripts, styles and the
 * other raw-text elements are stepped over whole, so a tag inside them ("document.write('<iframe
 * …')") opens nothing.
 */
export function withoutUnshownRest(html: string): string {
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', m.index + 4);
      if (end < 0) return html;
      RAW_OPEN.lastIndex = end + 3;
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const close = new RegExp(`</${tag}[\\s/>]`, 'ig');
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(html);
    if (!end) return UNSHOWN_RAW.has(tag) ? html.slice(0, m.index) : html;
    RAW_OPEN.lastIndex = end.index + end[0].length;
  }
  return html;
}

/** Content outside <body>: a browser's parser puts what comes after </body> (or between </head>
 *  and a late <body> tag) into the body, and linkedom leaves it beside the body, under <html>.
 *  There a story is outside what every reader of the page reads, and Readability threw on it
 *  (its climb from a paragraph towards <body> reached <html>'s parent, null). Moved as the
 *  browser would place it: before the body's content if it came first, after it otherwise. */
function intoBody(doc: Document): Document {
  const { documentElement: root, body, head } = doc;
  if (!root || !body) return doc;
  // Nodes before the body go, in their order, ahead of what the body held.
  const firstOfBody = body.firstChild;
  let before = true;
  for (let node = root.firstChild; node; ) {
    const next = node.nextSibling;
    if (node === body) before = false;
    else if (node !== head && (node.nodeType === 1 || (node.nodeType === 3 && /\S/.test(node.textContent ?? '')))) {
      if (before) body.insertBefore(node, firstOfBody);
      else body.appendChild(node);
    }
    node = next;
  }
  return doc;
}

/** React's streamed server rendering (Next.js and others): the page's shell arrives first, with
 *  a fallback ("Loading…") in a boundary where later content goes
 *  (`<!--$?--><template id="B:0"></template>…fallback…<!--/$-->`), and the content arrives later
 *  in the same response, hidden (`<div hidden id="S:0">…</div>`), with an inline script that
 *  moves it into place: `$RC("B:0","S:0")` completes a boundary, `$RS("S:1","P:1")` fills a
 *  placeholder `<template id="P:1">`. A browser runs those scripts and shows the story; a saved
 *  page read here runs none, and the story stayed hidden (Lede refused such a page as no story).
 *  Done as the scripts do it, by the ids their calls name; hidden content whose call is missing
 *  goes to the boundary of the same number (`S:n` → `B:n`). */
function completeStreaming(doc: Document): Document {
  const hidden = Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'));
  if (!hidden.length) return doc;
  const byId = new Map(hidden.map((el) => [el.id, el]));
  const done = new Set<string>();
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    for (const m of code.matchAll(/\$RC\(\s*["'](B:[^"']+)["']\s*,\s*["'](S:[^"']+)["']/g)) {
      if (completeBoundary(doc, m[1], byId.get(m[2]))) done.add(m[2]);
    }
    for (const m of code.matchAll(/\$RS\(\s*["'](S:[^"']+)["']\s*,\s*["'](P:[^"']+)["']/g)) {
      const content = byId.get(m[1]);
      const placeholder = doc.getElementById(m[2]);
      if (!content || !placeholder || done.has(m[1])) continue;
      placeholder.replaceWith(...Array.from(content.childNodes));
      content.remove();
      done.add(m[1]);
    }
  }
  for (const [id, content] of byId) if (!done.has(id)) completeBoundary(doc, `B:${id.slice(2)}`, content);
  return doc;
}

/** $RC: the boundary's fallback (from its <template> to the matching `<!--/$-->`) gives way to
 *  the hidden content. False when the boundary or the content is not there. */
function completeBoundary(doc: Document, boundaryId: string, content: Element | undefined): boolean {
  const template = doc.getElementById(boundaryId);
  if (!content || !template || !content.parentNode) return false;
  const parent = template.parentNode!;
  // The fallback ends at the `<!--/$-->` that closes this boundary (boundaries nest).
  let end: Node | null = null;
  let depth = 0;
  for (let node = template.nextSibling; node && !end; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) end = node;
      else depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  // Without its end the fallback cannot be told from the page after it: it stays.
  if (end) while (template.nextSibling && template.nextSibling !== end) parent.removeChild(template.nextSibling);
  for (const child of Array.from(content.childNodes)) parent.insertBefore(child, end ?? template);
  template.remove();
  content.remove();
  return true;
}

/** Declarative shadow DOM (`<template shadowrootmode="open">` inside a web component): a browser
 *  makes it the component's shadow root, which is what the reader sees; linkedom keeps an inert
 *  <template>, whose text every reader of the page skips. Best effort: the template's content
 *  takes its place, ahead of the component's light children, and each <slot> gives way to its
 *  fallback content (the light children it would show stay where they are). */
function openDeclarativeShadows(doc: Document): Document {
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode], template[shadowroot]'))) {
    for (const slot of Array.from(template.querySelectorAll('slot'))) slot.replaceWith(...Array.from(slot.childNodes));
    template.replaceWith(...Array.from(template.childNodes));
  }
  return doc;
}

/** Decode a saved page's bytes: a byte-order mark wins, then a <meta charset> (or http-equiv)
 *  in the first 2 KB, then UTF-8 (see below when they disagree with the bytes). Pages saved
 *  from the web keep their original encoding. */
export function decodeHtml(bytes: Uint8Array): string {
  return decodePage(bytes).text;
}

/** decodeHtml, with a warning for the person when the page's bytes and its declared charset
 *  could not both be believed (the CLI prints it; the text may then have wrong letters). */
export function decodePage(bytes: Uint8Array): { text: string; warning?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  // Declarations lie (a CMS template says one thing, the bytes another). Valid UTF-8 with any
  // byte over 0x7f is never a legacy single-byte text in practice, so it wins over a declared
  // legacy charset; bytes that are not UTF-8 under a UTF-8 label are read as windows-1252, the
  // web's usual legacy encoding, instead of turning every accented letter into U+FFFD.
  const utf8 = strictUtf8(bytes);
  const again = 'if letters look wrong, save the page again, as UTF-8';
  let unknown: string | undefined;
  if (label && label !== 'utf-8' && label !== 'utf8') {
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8 };
    try {
      return { text: new TextDecoder(label).decode(bytes) };
    } catch {
      unknown = `the page declares the charset "${label}", which is not a known encoding`;
    }
  }
  // (Plain ASCII under an unknown label reads the same in any of them: no warning.)
  if (utf8 !== null) return { text: utf8 };
  const text = new TextDecoder('windows-1252').decode(bytes);
  if (unknown) return { text, warning: `${unknown}, and the bytes are not UTF-8; read as windows-1252 (${again})` };
  if (label) return { text, warning: `the page says it is UTF-8 but its bytes are not; read as windows-1252 (${again})` };
  return { text };
}

/** UTF-16 saved without a byte-order mark (Windows tools do this): mostly ASCII text, so one
 *  byte of nearly every pair is NUL, always the same one. Without this, its NULs made it look
 *  like binary data. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
