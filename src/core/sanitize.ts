// The only place article HTML is made safe. Every byte of the page is hostile (Readability does
// not sanitize; reader modes that rendered its output raw have shipped XSS), so this does not
// clean the page's markup in place: it writes new HTML from scratch, element by element, keeping
// only allowlisted elements and attributes and escaping all text. Whatever is not on the lists
// cannot come through, including tricks we have not heard of.
//
// Why not DOMPurify: the core must run on linkedom in Node (CLI, tests) as well as in the page,
// and a from-scratch serializer over an allowlist is small enough to audit and behaves the same
// on every DOM. The output holds no raw-text elements (script, style, textarea, title), no
// foreign content (svg, math) and no templates, so parsing it again cannot mutate it into
// something else (the mXSS family).
import { isElement, tagOf, TEXT_NODE } from './dom';

/** Elements kept as they are (children sanitized). */
const KEEP = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
  'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span',
  'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  'section', 'article', 'header', 'aside', 'details', 'summary', 'address',
]);
/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form',
  'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'svg', 'math', 'canvas', 'audio', 'video',
  'source', 'track', 'link', 'meta', 'base', 'title', 'head', 'dialog', 'portal', 'xmp', 'plaintext', 'noembed',
  'noframes', 'slot', 'map', 'area', 'param',
]);
/** Everything else (font, center, custom elements, main, nav…) is unwrapped: children kept. */

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col']);

const GLOBAL_ATTRS = new Set(['title', 'lang', 'dir']);
const ATTRS: Record<string, Set<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  ol: new Set(['start', 'reversed']),
  time: new Set(['datetime']),
  blockquote: new Set(['cite']),
  q: new Set(['cite']),
  details: new Set(['open']),
};
const URL_ATTRS = new Set(['href', 'src', 'cite']);

export interface SanitizeOptions {
  /** Base for relative URLs: the page's real address. */
  baseUrl?: string;
}

/** Resolve and vet a URL. Links: http(s) and mailto only. Images: http(s) and data:image/*
 *  (not SVG, which can carry script when opened directly). Anything else is dropped. */
export function safeUrl(raw: string, kind: 'link' | 'image', baseUrl?: string): string | null {
  // Browsers drop tabs and newlines anywhere and control characters at the ends ("java\tscript:"),
  // exactly as the WHATWG URL parser below does; do the same before looking at the scheme.
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return null;
  if (kind === 'link' && cleaned.startsWith('#')) return cleaned.length < 200 ? cleaned : null;
  if (kind === 'image' && /^data:/i.test(cleaned)) {
    return /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i.test(cleaned) ? cleaned : null;
  }
  let url: URL;
  try {
    url = baseUrl ? new URL(cleaned, baseUrl) : new URL(cleaned);
  } catch {
    return null;
  }
  const ok = kind === 'link' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
  return ok.includes(url.protocol) ? url.href : null;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Safe HTML for the children of `root` (the root element itself is not written). Iterative so
 *  that a pathologically deep tree cannot overflow the stack. */
export function sanitizeChildren(root: Node, opts: SanitizeOptions = {}): string {
  const out: string[] = [];
  type Frame = { node: Node; close?: string };
  const stack: Frame[] = [];
  const pushChildren = (n: Node) => {
    const kids: Node[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  };
  pushChildren(root);
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.close !== undefined) {
      out.push(frame.close);
      continue;
    }
    const node = frame.node;
    if (node.nodeType === TEXT_NODE) {
      out.push(escapeText((node as Text).data));
      continue;
    }
    if (!isElement(node)) continue; // comments, processing instructions, doctype
    const tag = tagOf(node);
    if (DROP.has(tag) || (node.namespaceURI && !/xhtml/i.test(node.namespaceURI))) continue;
    if (!KEEP.has(tag)) {
      pushChildren(node); // unwrap
      continue;
    }
    const attrs = safeAttributes(node, tag, opts);
    if (tag === 'img' && !attrs.some(([k]) => k === 'src')) continue;
    if (tag === 'a' && attrs.some(([k, v]) => k === 'href' && !v.startsWith('#'))) {
      attrs.push(['target', '_blank'], ['rel', 'noopener noreferrer']);
    }
    out.push(`<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`);
    if (VOID.has(tag)) continue;
    stack.push({ node, close: `</${tag}>` });
    pushChildren(node);
  }
  return out.join('');
}

function safeAttributes(el: Element, tag: string, opts: SanitizeOptions): Array<[string, string]> {
  const allowed = ATTRS[tag];
  const out: Array<[string, string]> = [];
  // Names, then the few allowed values: linkedom answers `attributes` with a proxy over a
  // list built for the call, and most attributes (class, style, data-*) are not wanted.
  for (const raw of el.getAttributeNames()) {
    const name = raw.toLowerCase();
    if (!GLOBAL_ATTRS.has(name) && !allowed?.has(name)) continue;
    let value = el.getAttribute(raw) ?? '';
    if (URL_ATTRS.has(name)) {
      const safe = safeUrl(value, tag === 'img' ? 'image' : 'link', opts.baseUrl);
      if (!safe) continue;
      value = safe;
    } else if (name === 'dir') {
      if (!/^(ltr|rtl|auto)$/i.test(value)) continue;
    } else if (/^(width|height|colspan|rowspan|span|start)$/.test(name)) {
      if (!/^\d{1,5}$/.test(value)) continue;
    } else if (value.length > 500) {
      value = value.slice(0, 500);
    }
    out.push([name, value]);
  }
  // Lazy-loaded images keep the real address in data-src/srcset; take it when src is missing
  // or a placeholder, through the same URL vetting.
  if (tag === 'img' && !out.some(([k]) => k === 'src')) {
    const lazy = el.getAttribute('data-src') || el.getAttribute('data-original') || firstSrcset(el.getAttribute('srcset') || el.getAttribute('data-srcset'));
    const safe = lazy ? safeUrl(lazy, 'image', opts.baseUrl) : null;
    if (safe) out.push(['src', safe]);
  }
  return out;
}

function firstSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
  return first || null;
}
