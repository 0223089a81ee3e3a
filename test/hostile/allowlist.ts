// What reader HTML may contain, written here on its own from the security rules (no scripts, event
// handlers, forms, frames or objects; links http(s) and mailto, images http(s) and raster data:),
// NOT imported from src/core/sanitize.ts: if the sanitizer is weakened (an element or an
// attribute added to its lists, a URL check dropped), the corpus finds the difference instead of
// agreeing with it. Every check works on a parsed tree, the way a browser will see the HTML.

/** Text-level and block elements a story needs; nothing that runs, loads a document, submits,
 *  styles or switches the parser into another mode. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'hr', 'wbr', 'div', 'span', 'section', 'article', 'header', 'aside', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'ruby', 'rp', 'rt', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'picture', 'img',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'details', 'summary',
]);

/** Never, whatever an allowlist says: script, styles, frames, plugins, forms, foreign content,
 *  inert templates and document metadata (a <base> would move every relative URL). */
export const FORBIDDEN_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'svg', 'math', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'base', 'meta', 'link', 'title', 'noscript',
  'xmp', 'plaintext', 'noembed', 'noframes', 'portal', 'dialog', 'slot', 'video', 'audio', 'source', 'track',
  'canvas', 'map', 'area', 'param', 'image', 'listing',
]);

const GLOBAL_ATTRS = ['title', 'lang', 'dir'];
export const ALLOWED_ATTRS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    // target/rel: set by the sanitizer (and again by the reader) on outbound links.
    a: ['href', 'target', 'rel'],
    // loading/decoding: set by the reader on images it inserts.
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    col: ['span'],
    colgroup: ['span'],
    ol: ['start', 'reversed'],
    time: ['datetime'],
    blockquote: ['cite'],
    q: ['cite'],
    details: ['open'],
  } as Record<string, string[]>).map(([tag, names]) => [tag, new Set([...GLOBAL_ATTRS, ...names])]),
);
const GLOBAL_ONLY: ReadonlySet<string> = new Set(GLOBAL_ATTRS);

/** What a browser does to a URL attribute before it looks at the scheme: strip leading and
 *  trailing C0 controls and spaces, drop every tab and newline. "\u0001java\tscript:" is javascript:. */
export function browserUrl(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** Safe data: images only: raster types. SVG can carry script when opened on its own. */
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp)[;,]/i;

function urlProblem(tag: string, name: string, raw: string): string | null {
  const value = browserUrl(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') return `${scheme}: URL`;
  if (scheme === 'data') return tag === 'img' && name === 'src' && DATA_IMAGE.test(value) ? null : 'data: URL outside a raster image';
  if (tag === 'a' && name === 'href' && value.startsWith('#')) return null;
  // Everything else must be an absolute address with a scheme a reader can follow: the
  // sanitizer resolves against the real page address, so nothing depends on a <base>.
  const allowed = tag === 'a' && name === 'href' ? ['http', 'https', 'mailto'] : ['http', 'https'];
  if (!scheme || !allowed.includes(scheme)) return `${name}="${value.slice(0, 60)}" is not an absolute ${allowed.join('/')} URL`;
  return null;
}

const URL_ATTRS = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data', 'srcset']);

/** Everything wrong with a parsed tree under `root` (its descendants), as readable strings. */
export function violations(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) continue; // text
      if (c.nodeType !== 1) {
        out.push(`node of type ${c.nodeType} (comments and processing instructions are not written)`);
        continue;
      }
      const el = c as Element;
      const tag = el.localName.toLowerCase();
      const ns = el.namespaceURI;
      if (ns && ns !== 'http://www.w3.org/1999/xhtml') out.push(`<${tag}> in namespace ${ns}`);
      if (FORBIDDEN_TAGS.has(tag)) out.push(`forbidden <${tag}>`);
      else if (!ALLOWED_TAGS.has(tag)) out.push(`<${tag}> is not allowlisted`);
      const allowed = ALLOWED_ATTRS[tag] ?? GLOBAL_ONLY;
      for (const name of el.getAttributeNames()) {
        const lower = name.toLowerCase();
        const value = el.getAttribute(name) ?? '';
        if (lower.startsWith('on')) out.push(`<${tag} ${name}>: event handler`);
        else if (!allowed.has(lower)) out.push(`<${tag} ${name}> is not allowlisted`);
        if (URL_ATTRS.has(lower)) {
          const problem = urlProblem(tag, lower, value);
          if (problem) out.push(`<${tag} ${name}>: ${problem}`);
        } else if (/^\s*(javascript|vbscript):/i.test(browserUrl(value)) && lower !== 'title' && lower !== 'alt') {
          out.push(`<${tag} ${name}="${value.slice(0, 40)}">: script URL in an attribute`);
        }
        if (lower === 'dir' && !/^(ltr|rtl|auto)$/i.test(value)) out.push(`<${tag} dir="${value}">`);
        if (tag === 'a' && lower === 'target' && value !== '_blank') out.push(`<a target="${value}">`);
        if (tag === 'a' && lower === 'rel' && !/\bnoopener\b/.test(value)) out.push(`<a rel="${value}"> without noopener`);
      }
      // An outbound link opens in a new tab without a handle back to the reader.
      if (tag === 'a' && /^https?:/i.test(el.getAttribute('href') ?? '') && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) {
        out.push('outbound <a> without rel=noopener');
      }
      walk(el);
    }
  };
  walk(root);
  return out;
}

/** The tree as a canonical string: element names, attributes in order of name, text (adjacent
 *  text nodes as one: a parser may split a run of text, which changes nothing a reader sees).
 *  Two parses with the same canonical form are the same tree. */
export function canonical(root: Node): string {
  const parts: string[] = [];
  let text: string | null = null;
  const flush = () => {
    if (text !== null) parts.push(JSON.stringify(text));
    text = null;
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        text = (text ?? '') + (c as Text).data;
        continue;
      }
      flush();
      if (c.nodeType === 1) {
        const el = c as Element;
        const attrs = el.getAttributeNames().sort().map((n) => `${n}=${JSON.stringify(el.getAttribute(n))}`);
        parts.push(`<${el.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>`);
        walk(el);
        flush();
        parts.push(`</${el.localName}>`);
      } else parts.push(`#${c.nodeType}`);
    }
  };
  walk(root);
  flush();
  return parts.join('');
}
