// test/pr.tmp.ts
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

// src/cli/parse.ts
import { parseHTML } from "linkedom";
function parseHtml(html) {
  html = withoutUnshownRest(html);
  const { document } = parseHTML(html);
  if (document.documentElement && document.body && (document.body.firstChild || !/\S/.test(html))) {
    return openDeclarativeShadows(completeStreaming(intoBody(document)));
  }
  return openDeclarativeShadows(parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document);
}
var UNSHOWN_RAW = /* @__PURE__ */ new Set(["iframe", "noembed", "noframes", "noscript"]);
var RAW_OPEN = /<!--|<(iframe|noembed|noframes|noscript|xmp|script|style|textarea|title)(?=[\s/>])[^>]*>/gi;
function withoutUnshownRest(html) {
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    if (m[0] === "<!--") {
      const end2 = html.indexOf("-->", m.index + 4);
      if (end2 < 0) return html;
      RAW_OPEN.lastIndex = end2 + 3;
      continue;
    }
    const tag = m[1].toLowerCase();
    const close = new RegExp(`</${tag}[\\s/>]`, "ig");
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(html);
    if (!end) return UNSHOWN_RAW.has(tag) ? html.slice(0, m.index) : html;
    RAW_OPEN.lastIndex = end.index + end[0].length;
  }
  return html;
}
function intoBody(doc) {
  const { documentElement: root, body, head } = doc;
  if (!root || !body) return doc;
  const firstOfBody = body.firstChild;
  let before = true;
  for (let node = root.firstChild; node; ) {
    const next = node.nextSibling;
    if (node === body) before = false;
    else if (node !== head && (node.nodeType === 1 || node.nodeType === 3 && /\S/.test(node.textContent ?? ""))) {
      if (before) body.insertBefore(node, firstOfBody);
      else body.appendChild(node);
    }
    node = next;
  }
  return doc;
}
function completeStreaming(doc) {
  const hidden = Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'));
  if (!hidden.length) return doc;
  const byId = new Map(hidden.map((el) => [el.id, el]));
  const done = /* @__PURE__ */ new Set();
  for (const script of Array.from(doc.getElementsByTagName("script"))) {
    const code = script.textContent ?? "";
    if (!code.includes("$R")) continue;
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
function completeBoundary(doc, boundaryId, content) {
  const template = doc.getElementById(boundaryId);
  if (!content || !template || !content.parentNode) return false;
  const parent = template.parentNode;
  let end = null;
  let depth = 0;
  for (let node = template.nextSibling; node && !end; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = node.data;
    if (data === "/$") {
      if (depth === 0) end = node;
      else depth--;
    } else if (data === "$" || data === "$?" || data === "$!") depth++;
  }
  if (end) while (template.nextSibling && template.nextSibling !== end) parent.removeChild(template.nextSibling);
  for (const child of Array.from(content.childNodes)) parent.insertBefore(child, end ?? template);
  template.remove();
  content.remove();
  return true;
}
function openDeclarativeShadows(doc) {
  for (const template of Array.from(doc.querySelectorAll("template[shadowrootmode], template[shadowroot]"))) {
    for (const slot of Array.from(template.querySelectorAll("slot"))) slot.replaceWith(...Array.from(slot.childNodes));
    template.replaceWith(...Array.from(template.childNodes));
  }
  return doc;
}
function decodeHtml(bytes) {
  return decodePage(bytes).text;
}
function decodePage(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)) };
  if (bytes[0] === 255 && bytes[1] === 254) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  const utf8 = strictUtf8(bytes);
  const again = "if letters look wrong, save the page again, as UTF-8";
  let unknown;
  if (label && label !== "utf-8" && label !== "utf8") {
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8 };
    try {
      return { text: new TextDecoder(label).decode(bytes) };
    } catch {
      unknown = `the page declares the charset "${label}", which is not a known encoding`;
    }
  }
  if (utf8 !== null) return { text: utf8 };
  const text = new TextDecoder("windows-1252").decode(bytes);
  if (unknown) return { text, warning: `${unknown}, and the bytes are not UTF-8; read as windows-1252 (${again})` };
  if (label) return { text, warning: `the page says it is UTF-8 but its bytes are not; read as windows-1252 (${again})` };
  return { text };
}
function utf16WithoutBom(bytes) {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}
function strictUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// src/core/budget.ts
var Timeout = class extends Error {
  constructor(stage = "") {
    super(stage);
    this.name = "Timeout";
  }
};
var CHECK_EVERY = 512;
var clock = null;
var deadline = Infinity;
var countdown = CHECK_EVERY;
function checkTime(cost = 1) {
  if ((countdown -= cost) > 0) return;
  countdown = CHECK_EVERY;
  if (clock !== null && clock() > deadline) throw new Timeout();
}
function withBudget(now, until, work) {
  const saved = { clock, deadline, countdown };
  clock = now;
  deadline = until;
  countdown = CHECK_EVERY;
  try {
    return work();
  } finally {
    ({ clock, deadline, countdown } = saved);
  }
}
var READABILITY_HOT = ["_getNextNode", "_getInnerText", "_getAllNodesWithTag"];
function interruptible(reader) {
  const slots = reader;
  for (const name of READABILITY_HOT) {
    const original = slots[name];
    if (typeof original !== "function") continue;
    slots[name] = function(a, b) {
      const result = original.call(this, a, b);
      checkTime(costOf(result));
      return result;
    };
  }
  return reader;
}
function costOf(result) {
  if (typeof result === "string") return 1 + (result.length >> 10);
  const length = result?.length;
  return typeof length === "number" ? 1 + (length >> 4) : 1;
}

// src/core/safe-dom.ts
function builtin(obj, prop) {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d.get ? d.get.call(obj) : d.value;
  }
  return obj[prop];
}
function callBuiltin(obj, method, ...args) {
  return builtin(obj, method).apply(obj, args);
}
var DOCUMENT_NAMED = /* @__PURE__ */ new Set(["embed", "form", "iframe", "img", "object"]);
var NAMING_TAGS = DOCUMENT_NAMED;
var FORM_CONTROLS = "button, fieldset, input, object, output, select, textarea, img";
var READABILITY_EXPANDOS = /* @__PURE__ */ new Set(["readability", "_readabilityDataTable"]);
var membersByDoc = /* @__PURE__ */ new WeakMap();
function membersOf(doc) {
  let m = membersByDoc.get(doc);
  if (!m) {
    const form = callBuiltin(doc, "createElement", "form");
    const docProto = Object.getPrototypeOf(doc);
    m = {
      ofForm: (name) => name in form || READABILITY_EXPANDOS.has(name),
      ofDocument: (name) => name in docProto
    };
    membersByDoc.set(doc, m);
  }
  return m;
}
function disarm(el) {
  const tag = builtin(el, "localName");
  const doc = builtin(el, "ownerDocument");
  if (!doc || !DOCUMENT_NAMED.has(tag)) return;
  const members = membersOf(doc);
  if (tag === "form") {
    const listed = builtin(el, "elements");
    const controls = listed ? [...Array.from(listed), ...Array.from(callBuiltin(el, "getElementsByTagName", "img"))] : Array.from(callBuiltin(el, "querySelectorAll", FORM_CONTROLS));
    for (const c of controls) {
      for (const attr of ["name", "id"]) {
        const v = c.getAttribute(attr);
        if (v && members.ofForm(v)) c.removeAttribute(attr);
      }
    }
  }
  const name = callBuiltin(el, "getAttribute", "name");
  if (name && members.ofDocument(name)) callBuiltin(el, "removeAttribute", "name");
  const id = tag === "object" || tag === "img" ? callBuiltin(el, "getAttribute", "id") : null;
  if (id && members.ofDocument(id)) callBuiltin(el, "removeAttribute", "id");
}

// src/core/dom.ts
var ELEMENT_NODE = 1;
var TEXT_NODE = 3;
var COMMENT_NODE = 8;
function isElement(n) {
  return !!n && n.nodeType === ELEMENT_NODE;
}
function tagOf(el) {
  return (el.localName || el.tagName || "").toLowerCase();
}
function classOf(el) {
  return el.getAttributeNode("class")?.value ?? "";
}
var UNNORMAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
function normSpace(s) {
  if (!s) return "";
  if (!UNNORMAL_SPACE.test(s)) return s.trim();
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}
function textOf(n) {
  return normSpace(n?.textContent);
}
function labelKey(s) {
  return normSpace(s).toLowerCase().replace(/^[\s\-–—•·|:»›>→▶]+|[\s\-–—•·|:»›>→▶….!]+$/g, "").trim();
}
function linkDensity(el) {
  const total = textOf(el).length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.getElementsByTagName("a"))) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}
function childrenOf(el) {
  return Array.from(el.children ?? []);
}
function remove(n) {
  n.parentNode?.removeChild(n);
}
var HEADING = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
function isHeading(el) {
  return HEADING.has(tagOf(el)) || el.getAttribute("role") === "heading";
}
var BLOCK_TAGS = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul"
]);
var TEXT_BLOCK_TAGS = /* @__PURE__ */ new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt", "td", "th", "caption"]);
var SKIP_TEXT = /* @__PURE__ */ new Set(["script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "iframe", "object"]);
function blockText(root, skip = () => false) {
  const out = [];
  const PARA = /* @__PURE__ */ new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "figure", "ul", "ol", "dl"]);
  const walk = (node, inPre) => {
    checkTime();
    if (node.nodeType === TEXT_NODE) {
      const data = node.data;
      out.push(inPre ? data : data.replace(/[ \t\r\n\f]+/g, " "));
      return;
    }
    const tag = isElement(node) ? tagOf(node) : null;
    if (tag && (SKIP_TEXT.has(tag) || skip(node))) return;
    if (tag === "br") {
      out.push("\n");
      return;
    }
    const block = !!tag && BLOCK_TAGS.has(tag);
    const brk = tag && PARA.has(tag) ? "\n\n" : "\n";
    if (block) out.push(brk);
    if (tag === "td" || tag === "th") out.push("	");
    const pre = inPre || tag === "pre";
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre);
    if (block) out.push(brk);
  };
  walk(root, false);
  return out.join("").replace(/\u00a0/g, " ").split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function textBlocks(root, skip = /* @__PURE__ */ new Set(), onComment) {
  const skips = typeof skip === "function" ? skip : (_el, tag) => skip.has(tag);
  const blocks = [];
  let loose = [];
  const flush = () => {
    const t = normSpace(loose.join(""));
    if (t) blocks.push(t);
    loose = [];
  };
  const current = () => blocks.length - (normSpace(loose.join("")) ? 0 : 1);
  const commentsWithin = (node, after) => {
    if (!onComment) return;
    const stack = [node];
    while (stack.length) {
      const n = stack.pop();
      if (n.nodeType === COMMENT_NODE) onComment(n, after);
      else for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    }
  };
  const walk = (node) => {
    checkTime();
    if (node.nodeType === TEXT_NODE) {
      loose.push(node.data);
      return;
    }
    if (node.nodeType === COMMENT_NODE) {
      onComment?.(node, current());
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIP_TEXT.has(tag)) {
      commentsWithin(node, current());
      return;
    }
    if (skips(node, tag)) {
      flush();
      commentsWithin(node, blocks.length - 1);
      return;
    }
    if (tag === "br") {
      loose.push(" ");
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (TEXT_BLOCK_TAGS.has(tag) && !hasBlockChild(node)) {
      flush();
      const t = node.getElementsByTagName("img").length || node.getElementsByTagName("br").length ? textSkipping(node, skips) : textOf(node);
      if (t) blocks.push(t);
      commentsWithin(node, blocks.length - 1);
      return;
    }
    if (isBlock) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}
function textSkipping(root, skips) {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === TEXT_NODE) out.push(node.data);
    else if (isElement(node)) {
      const tag = tagOf(node);
      if (SKIP_TEXT.has(tag) || skips(node, tag)) return;
      if (tag === "br") out.push(" ");
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(root);
  return normSpace(out.join(""));
}
function isLeafBlock(el) {
  return BLOCK_TAGS.has(tagOf(el)) && !hasBlockChild(el);
}
function hasBlockChild(el) {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (BLOCK_TAGS.has(t) && t !== "br") return true;
  }
  return false;
}
function measureTree(root, maxElements, maxDepth, maxText = Infinity, onElement) {
  let elements = 0;
  let depth = 0;
  let text = 0;
  let node = root;
  let d = 1;
  while (node) {
    checkTime();
    let descend = false;
    let type = node.nodeType;
    if (typeof type !== "number") {
      disarm(node);
      type = node.nodeType;
    }
    if (type === TEXT_NODE) {
      text += node.data.length;
      if (text > maxText) return { elements, depth, text, exceeded: true };
    } else if (type === ELEMENT_NODE) {
      const name = node.localName;
      if (typeof name !== "string" || name === "form" || NAMING_TAGS.has(name) && (node.getAttributeNode("name") || name === "object")) {
        disarm(node);
      }
      elements++;
      if (d > depth) depth = d;
      if (elements > maxElements || depth > maxDepth) return { elements, depth, text, exceeded: true };
      onElement?.(node, d);
      descend = true;
    }
    const first = descend ? node.firstChild : null;
    if (first) {
      node = first;
      d++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      d--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { elements, depth, text, exceeded: false };
}
function closestWhere(el, test, root) {
  for (let cur = el; cur && cur !== root; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}
function inTemplate(el) {
  return closestWhere(el.parentElement, (p) => tagOf(p) === "template") !== null;
}
function* walkElements(root, after) {
  let el = after ? following(after, root) : root.firstElementChild;
  while (el) {
    checkTime();
    yield el;
    el = el.firstElementChild ?? following(el, root);
  }
}
function following(el, root) {
  for (let cur = el; cur && cur !== root; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) return next;
  }
  return null;
}
function parentsOf(root, min) {
  const out = [];
  const visit = (el) => {
    const kids = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    if (kids.length >= min) out.push(el);
    for (const c of kids) visit(c);
  };
  visit(root);
  return out;
}
function leafBlocks(root) {
  const out = [];
  const visit = (el) => {
    const at = out.length;
    let blockChild = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) blockChild = visit(c) || blockChild;
    const block = BLOCK_TAGS.has(tagOf(el));
    if (block && !blockChild) {
      if (at === out.length) out.push(el);
      else out.splice(at, 0, el);
    }
    return block;
  };
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) visit(c);
  return out;
}
function visibleLength(s, limit = Infinity) {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 133 && !isCollapsedSpace(c)) n++;
  }
  return n;
}
var CDATA_SECTION_NODE = 4;
function isCollapsedSpace(c) {
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8203 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function textPrefixRelation(root, prefix) {
  let at = 0;
  let space = false;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (isCollapsedSpace(c)) {
          if (at > 0) space = true;
          continue;
        }
        if (space) {
          if (at === prefix.length) return "longer";
          if (prefix.charCodeAt(at) !== 32) return "other";
          at++;
          space = false;
        }
        if (at === prefix.length) return "longer";
        if (prefix.charCodeAt(at) !== c) return "other";
        at++;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return at === prefix.length ? "same" : "other";
}
function rawTextLengthUpTo(root, limit) {
  let n = 0;
  let node = root;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      n += node.data.length;
      if (n > limit) return limit + 1;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return n;
}
function nothingAfter(el, root) {
  for (let cur = el; cur && cur !== root; cur = cur.parentElement) {
    for (let n = cur.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE ? n.data.trim() : isElement(n) && textOf(n)) return false;
    }
  }
  return true;
}
var LAYOUT_CELL_CHARS = 200;
var isSpacerCell = (cell) => rawTextLengthUpTo(cell, 10) < 10 && !/[\p{L}\p{N}]/u.test(cell.textContent ?? "");
function isLayoutTable(table) {
  for (const row of Array.from(table.getElementsByTagName("tr"))) {
    const cells = childrenOf(row).filter((c) => (tagOf(c) === "td" || tagOf(c) === "th") && !isSpacerCell(c));
    if (cells.length > 2) continue;
    if (cells.some((c) => rawTextLengthUpTo(c, LAYOUT_CELL_CHARS) >= LAYOUT_CELL_CHARS)) return true;
  }
  return false;
}

// src/core/isolate/metaline.ts
var MONTHS = [
  // en
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  // de, fr, es, pt, it, nl, pl
  "januar",
  "februar",
  "m\xE4rz",
  "mai",
  "juni",
  "juli",
  "oktober",
  "dezember",
  "janvier",
  "f\xE9vrier",
  "mars",
  "avril",
  "juin",
  "juillet",
  "ao\xFBt",
  "septembre",
  "octobre",
  "novembre",
  "d\xE9cembre",
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
  "janeiro",
  "fevereiro",
  "mar\xE7o",
  "maio",
  "junho",
  "julho",
  "setembro",
  "outubro",
  "novembro",
  "dezembro",
  "gennaio",
  "febbraio",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "settembre",
  "ottobre",
  "dicembre",
  "januari",
  "februari",
  "maart",
  "mei",
  "augustus",
  "stycznia",
  "lutego",
  "marca",
  "kwietnia",
  "maja",
  "czerwca",
  "lipca",
  "sierpnia",
  "wrze\u015Bnia",
  "pa\u017Adziernika",
  "listopada",
  "grudnia",
  // ru
  "\u044F\u043D\u0432\u0430\u0440\u044F",
  "\u0444\u0435\u0432\u0440\u0430\u043B\u044F",
  "\u043C\u0430\u0440\u0442\u0430",
  "\u0430\u043F\u0440\u0435\u043B\u044F",
  "\u043C\u0430\u044F",
  "\u0438\u044E\u043D\u044F",
  "\u0438\u044E\u043B\u044F",
  "\u0430\u0432\u0433\u0443\u0441\u0442\u0430",
  "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F",
  "\u043E\u043A\u0442\u044F\u0431\u0440\u044F",
  "\u043D\u043E\u044F\u0431\u0440\u044F",
  "\u0434\u0435\u043A\u0430\u0431\u0440\u044F"
];
var WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
  "sonntag",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "lunes",
  "martes",
  "mi\xE9rcoles",
  "jueves",
  "viernes",
  "s\xE1bado",
  "domingo",
  "segunda",
  "ter\xE7a",
  "quarta",
  "quinta",
  "sexta",
  "feira",
  "luned\xEC",
  "marted\xEC",
  "mercoled\xEC",
  "gioved\xEC",
  "venerd\xEC",
  "sabato",
  "domenica"
];
var DATE_WORDS = [
  "published",
  "updated",
  "posted",
  "modified",
  "last",
  "first",
  "on",
  "at",
  "and",
  "am",
  "pm",
  "a.m",
  "p.m",
  "a.m.",
  "p.m.",
  "gmt",
  "utc",
  "bst",
  "cet",
  "cest",
  "est",
  "edt",
  "cst",
  "cdt",
  "mst",
  "mdt",
  "pst",
  "pdt",
  "ist",
  "aest",
  "et",
  "pt",
  "ct",
  "ver\xF6ffentlicht",
  "aktualisiert",
  "am",
  "um",
  "uhr",
  "publi\xE9",
  "mis",
  "\xE0",
  "jour",
  "le",
  "publicado",
  "actualizado",
  "atualizado",
  "de",
  "del",
  "\xE0s",
  "a",
  "las",
  "h",
  "pubblicato",
  "aggiornato",
  "il",
  "alle",
  "ore",
  "gepubliceerd",
  "bijgewerkt",
  "op",
  "om",
  "opublikowano",
  "aktualizacja",
  "\u0433",
  "\u0433.",
  "\u0432",
  "\u043E\u0431\u043D\u043E\u0432\u043B\u0435\u043D\u043E",
  "\u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u043E",
  "today",
  "yesterday",
  "date",
  "created",
  "erstellt",
  "ge\xE4ndert",
  "cr\xE9\xE9",
  "creado",
  "criado",
  "creato"
];
var DATE_VOCAB = /* @__PURE__ */ new Set([...MONTHS, ...WEEKDAYS, ...DATE_WORDS]);
var READING_TIME = [
  /^\d+\s*(min(ute)?s?|mins?)\.?\s*(read|reading|de leitura|di lettura|de lectura|de lecture|lesezeit|czytania|leestijd)?$/iu,
  /^(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|lesedauer|tempo di lettura|czas czytania|leestijd|время чтения)\s*:?\s*(\d+|<\s*\d+|ca\.?\s*\d+)\s*\p{L}*\.?$/iu
];
var COUNTER = /^([\d.,\s]+(k|m)?\s*(views?|reads?|comments?|shares?|letture|leituras|visualizações|visualizaciones|lecturas|aufrufe|vues|lectures|wyświetle\p{L}*|просмотр\p{L}*)|\d{1,3}([.,]\d{3})+)$/iu;
function isMetaLine(text) {
  if (!text || text.length > MAX_RECORD) return false;
  if (text.length <= 100) {
    if (READING_TIME.some((r) => r.test(text))) return true;
    if (text.length <= 24 && COUNTER.test(text) && /\d/.test(text)) return true;
    if (isDateLine(text)) return true;
  }
  return isMetaRecord(text);
}
function isDateLine(text) {
  if (!/\d/.test(text)) return false;
  const words = text.toLowerCase().replace(/(\d:\d{2}(?::\d{2})?(?:\.\d{1,6})?)[+-]\d{2}:\d{2}\b/g, "$1").replace(/(\d)(st|nd|rd|th|er|º|ª)\b/g, "$1").replace(/(\d)(\p{L})/gu, "$1 $2").replace(/(\p{L})(\d)/gu, "$1 $2").split(/[\s|,;:/()[\]·•–—-]+/u).map((w) => w.replace(/^[.]+|[.]+$/g, "")).filter(Boolean);
  let dateTokens = 0;
  for (const w of words) {
    if (/^\d{1,4}([.:h]\d{1,2}){0,2}(\.\d{1,6})?$/.test(w)) {
      dateTokens++;
      continue;
    }
    const bare2 = w.replace(/\.$/, "");
    if (DATE_VOCAB.has(w) || DATE_VOCAB.has(bare2)) continue;
    return false;
  }
  return dateTokens >= 1 && words.length >= 2;
}
var MAX_RECORD = 160;
var FULL_DATE = /\b(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](\d{4}|\d{2}))\b/;
var ONLY_FULL_DATE = new RegExp(`^${FULL_DATE.source}$`);
var isDateField = (f) => isDateLine(f) || ONLY_FULL_DATE.test(f);
var FIELD_BREAK = /\s+[|·•]\s+|\s+[-–—]\s+|(?<=:\s.*\S)\s+(?=\p{Lu}\p{L}*(?:\s\p{L}+)?\s?:\s)/u;
var LABELLED = /^(\p{L}+(?:\s\p{L}+){0,2})\s?:\s*(.+)$/u;
var FIELD_LABELS = /* @__PURE__ */ new Set([
  "category",
  "categories",
  "section",
  "topic",
  "topics",
  "tags",
  "filed under",
  "kategorie",
  "kategorien",
  "rubrik",
  "ressort",
  "thema",
  "themen",
  "schlagworte",
  "cat\xE9gorie",
  "rubrique",
  "th\xE8me",
  "categor\xEDa",
  "secci\xF3n",
  "tema",
  "categoria",
  "se\xE7\xE3o",
  "sezione",
  "argomento",
  "kategoria",
  "dzia\u0142",
  "temat",
  "sectie",
  "onderwerp",
  "\u0440\u0443\u0431\u0440\u0438\u043A\u0430",
  "\u0440\u0430\u0437\u0434\u0435\u043B",
  "\u0442\u0435\u043C\u0430"
]);
var DATE_LABEL = /((^|\s)(date|data|fecha|дата)|datum)$/iu;
function isMetaRecord(text) {
  const dated = FULL_DATE.test(text);
  if (!dated && !COUNTER_LABEL.test(text)) return false;
  let dates = 0;
  let counters = 0;
  let bare2 = 0;
  for (const field of text.split(FIELD_BREAK)) {
    const labelled = LABELLED.exec(field);
    const label = labelled?.[1].toLowerCase() ?? "";
    const value = labelled?.[2] ?? "";
    if (isDateField(field) || labelled && DATE_LABEL.test(label) && isDateField(value)) dates++;
    else if (labelled && COUNTER_LABEL.test(label) && COUNT.test(value)) counters++;
    else if (labelled && (FIELD_LABELS.has(label) || POSTER_LABELS.has(label)) && value.length <= 60 && (!/[.!?]$/.test(value) || value.includes(","))) continue;
    else if (!dated || ++bare2 > 1 || field.split(/\s+/).length > 2 || /[.!?]$/.test(field)) return false;
  }
  return dates >= 1 || counters >= 1;
}
var COUNTER_LABEL = /^(views?|hits|reads|visits|comments?|replies|likes|rating|votes|aufrufe|zugriffe|gelesen|kommentare|kommentare insgesamt|antworten|bewertung|vues|lectures|commentaires|visitas|lecturas|comentarios|visualizações|comentários|visite|letture|commenti|wyświetlenia|odsłony|komentarze|weergaven|reacties|просмотры|комментарии)\b/iu;
var COUNT = /^\d[\d.,]*(\s?\/\s?\d[\d.,]*)?$/;
var POSTER_LABELS = /* @__PURE__ */ new Set(["added by", "posted by", "hinzugef\xFCgt von", "eingestellt von", "autor", "author", "ajout\xE9 par", "publicado por", "pubblicato da", "dodane przez"]);
var CREDIT_LEAD = /^[([]?\s*(photo|photos|photograph|image|images|picture|pictures|pic|foto|fotos|bild|credit|credits|crédit|crédito|crediti|source|illustration|graphic|video|afbeelding|zdjęcie|фото)\s*(credit|credits|by)?\s*(:|©|\.\.\.|…|\/|by\b)/iu;
var AGENCY = /\b(getty images|afp|reuters|associated press|ap photo|shutterstock|epa|alamy|istock|bloomberg|dpa|anadolu|sipa|xinhua|nasa|esa)\b/i;
function isCreditLine(text) {
  if (!text || text.length > 150) return false;
  if (/\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(text) || /\s['"“‘«„]\p{L}/u.test(text)) return false;
  if (CREDIT_LEAD.test(text) || /^[([]?\s*©/.test(text)) return true;
  return text.length <= 100 && AGENCY.test(text) && /[/|]/.test(text) && !/[.!?]["”’]?$/.test(text);
}

// src/core/isolate/captions.ts
var CAPTION_HINT = /(^|[\s_-])(caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text|figcaption|img-?desc|photo-?desc)($|[\s_-])/i;
var MAX_CAPTION_RAW = 600;
var PICTURE_BOX = /(^|[\s_-])(image|img|photo|picture|pic|figure|media)($|[\s_-])/i;
function inPictureBox(el) {
  const box = el.parentElement;
  if (!box || !PICTURE_BOX.test(`${classOf(box)} ${box.getAttribute("id") ?? ""}`)) return false;
  if (rawTextLengthUpTo(box, MAX_CAPTION_RAW) > MAX_CAPTION_RAW || !box.getElementsByTagName("img").length) return false;
  return textOf(box).length === textOf(el).length;
}
function underPicture(el) {
  let before = el.previousSibling;
  while (before && (isBlank(before) || isElement(before) && tagOf(before) === "br")) before = before.previousSibling;
  if (!before || !isElement(before) || !isPicture(before)) return false;
  let after = el.nextSibling;
  while (after && isBlank(after)) after = after.nextSibling;
  if (after && !(isElement(after) && tagOf(after) === "br")) return false;
  return rawTextLengthUpTo(el, MAX_CAPTION_RAW) <= MAX_CAPTION_RAW;
}
var isBlank = (n) => n.nodeType === TEXT_NODE && !n.data.trim();
function isPicture(el) {
  const tag = tagOf(el);
  if (tag === "img" || tag === "picture") return true;
  return tag === "a" && el.children.length === 1 && ["img", "picture"].includes(tagOf(el.children[0])) && !textOf(el);
}
function isCaption(el) {
  const tag = tagOf(el);
  if (tag === "figcaption") return true;
  const hint = `${classOf(el)} ${el.getAttribute("id") ?? ""}`;
  if (CAPTION_HINT.test(hint)) return rawTextLengthUpTo(el, MAX_CAPTION_RAW) <= MAX_CAPTION_RAW;
  if ((tag === "p" || tag === "div" || tag === "span") && inPictureBox(el)) return true;
  if ((tag === "em" || tag === "i") && underPicture(el)) return true;
  if (!BLOCK_TAGS.has(tag) && tag !== "span" && tag !== "small" && tag !== "em" && tag !== "i") return false;
  if (rawTextLengthUpTo(el, 300) > 300) return false;
  const text = textOf(el);
  if (BLOCK_TAGS.has(tag) && AGENCY_ONLY.test(text)) return true;
  return isCreditLine(text) || TRAILING_CREDIT.test(text) || namesItsPicture(el, text);
}
var AGENCY_ONLY = /^[([]?(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:via\s+)|(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}[/|]\s*)?(?:getty images|afp|reuters|associated press|ap photo|ap|shutterstock|epa(?:-efe)?|alamy|istock(?:photo)?|bloomberg|dpa|anadolu(?: agency)?|sipa(?: usa)?|xinhua|picture alliance|picture-alliance|imago(?: images)?|keystone|ansa|efe|europa press)(?:\s+(?:via|for)\s+[\p{Lu}][^.!?]{0,40})?[)\]]?$/iu;
var MIN_PICTURE_TEXT = 15;
var MAX_PICTURE_TEXT = 120;
var PICTURE_BOX_LEVELS = 3;
function namesItsPicture(el, text) {
  if (text.length < MIN_PICTURE_TEXT) return false;
  let box = el.parentElement;
  for (let level = 0; box && level < PICTURE_BOX_LEVELS; box = box.parentElement, level++) {
    if (rawTextLengthUpTo(box, MAX_CAPTION_RAW) > MAX_CAPTION_RAW) return false;
    const imgs = box.getElementsByTagName("img");
    if (!imgs.length) continue;
    const lower = text.toLowerCase();
    for (const img of Array.from(imgs)) {
      for (const said of [img.getAttribute("alt"), img.getAttribute("title")]) {
        const name = normSpace(said).toLowerCase();
        if (name.length < MIN_PICTURE_TEXT || name.length > MAX_PICTURE_TEXT || !lower.startsWith(name)) continue;
        const rest = text.slice(name.length).trim();
        if (isCreditLine(rest)) return true;
      }
    }
    return false;
  }
  return false;
}
var TRAILING_CREDIT = /\((photo|photos|foto|fotos|bild|image|picture|credit|crédit|crédito|quelle)\s*:\s*[^()]{1,80}\)$/iu;

// src/core/chars.ts
var LETTER = /\p{L}/u;
function isLetter(cp) {
  if (cp < 128) return cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90;
  if (cp >= 192 && cp <= 591) return cp !== 215 && cp !== 247;
  if (cp >= 19968 && cp <= 40959 || cp >= 44032 && cp <= 55203) return true;
  return LETTER.test(String.fromCodePoint(cp));
}
var NUMBER = /\p{N}/u;
function isWordChar(cp) {
  if (cp >= 48 && cp <= 57) return true;
  return isLetter(cp) || cp >= 128 && NUMBER.test(String.fromCodePoint(cp));
}
function isSpace(c) {
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

// src/core/quotes/lexicon.ts
var EN_VERBS = "said|says|say|saying|told|tells|added|adds|warned|warns|noted|notes|wrote|writes|claimed|claims|stated|states|explained|explains|insisted|insists|argued|argues|reported|reports|asked|asks|replied|answered|declared|announced|admitted|acknowledged|conceded|continued|concluded|recalled|stressed|emphasised|emphasized|observed|remarked|commented|comments|suggested|confirmed|tweeted|posted|urged|predicted|cautioned|alleged|maintained|contended|described|recounted|quipped|responded|testified|admits|recalls|describes|acknowledges|concedes|agreed|agrees|vowed|vows|promised|pledged|countered|retorted|joked|jokes|laughed|laughs|sighed|sighs|shrugged|shrugs|shouted|pleaded|complained|complains|lamented|boasted|shared|called|calls|branded|dubbed|labelled|labeled|termed|remembered|remembers|weighed in|chimed in|reiterated|underlined|underscored|pointed out|assured|assures|revealed|mused|wondered|gushed|raved|fumed|scoffed|snapped|hinted|reasoned|elaborated|went on|snaps|muses|replies|exclaims|exclaimed|whispers|whispered|quips|retorts|enthuses|enthused|counters|put it|puts it|warning|noting|arguing|insisting|stressing|explaining";
var DE_VERBS = "sagte|sagt|sagten|erkl\xE4rte|erkl\xE4rt|betonte|betont|warnte|warnt|f\xFCgte|meinte|meint|kritisierte|kritisiert|erg\xE4nzte|erg\xE4nzt|berichtete|schrieb|unterstrich|r\xE4umte|mahnte|forderte|nannte|bezeichnete|erz\xE4hlt|erz\xE4hlte|schildert|schilderte|berichtet|best\xE4tigt|best\xE4tigte|versichert|versicherte|fordert|mahnt|antwortet|antwortete|fragt|fragte|kommentiert|kommentierte|beschreibt|beschrieb|verspricht|versprach|bem\xE4ngelt|lobt|lobte|res\xFCmiert|res\xFCmierte|unterstreicht|verweist|verwies|hei\xDFt es|hie\xDF es";
var pick = (words, keep) => words.split("|").filter(keep).join("|");
var ES_PLURAL_SAYING = "dijeron|afirmaron|aseguraron|explicaron|se\xF1alaron|indicaron|advirtieron|agregaron|a\xF1adieron|informaron|sostuvieron|manifestaron|expresaron|destacaron|remarcaron|subrayaron|reconocieron|detallaron|precisaron|aclararon|comentaron|apuntaron|plantearon|recordaron|denunciaron|reclamaron|dicen|afirman|aseguran|explican|se\xF1alan|indican|advierten|sostienen";
function romanceVerbs(keep) {
  const compound = (aux, participles) => {
    const kept = pick(participles, keep);
    return kept && `${aux}\\s+(?:${kept})`;
  };
  return [
    // « … », a-t-il assuré: the compound past with the subject inverted.
    compound("(?:a|ont|avait)(?:-t-(?:il|elle|ils|elles)|-(?:ils|elles))?", "d\xE9clar\xE9|dit|expliqu\xE9|ajout\xE9|affirm\xE9|regrett\xE9|soulign\xE9|estim\xE9|indiqu\xE9|pr\xE9cis\xE9|assur\xE9|averti|reconnu|pr\xE9venu|insist\xE9|confi\xE9|d\xE9nonc\xE9|rappel\xE9|r\xE9sum\xE9|racont\xE9|lanc\xE9|martel\xE9|comment\xE9|d\xE9taill\xE9|tranch\xE9|r\xE9pondu|r\xE9pliqu\xE9|d\xE9plor\xE9|relev\xE9|admis|avou\xE9|conclu|poursuivi"),
    // Feature writing's present tense: « … », raconte X; s'exclame X; résume-t-elle.
    pick("explique|affirme|d\xE9clare|indique|pr\xE9cise|ajoute|souligne|estime|assure|regrette|dit|raconte|r\xE9sume|exclame|poursuit|pr\xE9vient|reconna\xEEt|sourit|confie|rappelle|insiste|observe|mart\xE8le|t\xE9moigne|soupire|avertit|commente|d\xE9taille|tranche|d\xE9nonce|lance|d\xE9plore|note|rel\xE8ve|nuance|analyse|souvient|souffle|l\xE2che|temp\xEAte|encha\xEEne|reprend|s\u2019indigne|s'indigne|s\u2019agace|s'agace|s\u2019emporte|s'emporte|interroge|s\u2019interroge|s'interroge|s\u2019insurge|s'insurge|s\u2019amuse|s'amuse|s\u2019inqui\xE8te|s'inqui\xE8te|plaisante|conclut|admet|avoue|glisse|abonde|ironise|juge|salue|rapporte|signale|r\xE9pond|r\xE9plique|compl\xE8te|r\xE9sume|d\xE9crit|explicite|plaide|conc\xE8de|r\xE9torque|objecte|proteste|fustige|ass\xE8ne|s\u2019\xE9tonne|s'\xE9tonne", keep),
    pick("considera|estima|valora|plantea|confes\xF3|rememor\xF3|ironiz\xF3|desliz\xF3|espet\xF3|abund\xF3|replic\xF3|zanj\xF3|sentenci\xF3|asever\xF3|resume|apunta|dec\xEDa|explicaba|aseguraba|se\xF1alaba|afirmaba|contaba|recordaba|insist\xEDa|apuntaba|preguntaba|comentaba|cont\xF3|plante\xF3|consider\xF3|opin\xF3|valor\xF3|remarc\xF3|enfatiz\xF3|puntualiz\xF3|precis\xF3|aclar\xF3|grafic\xF3|ejemplific\xF3|reflexion\xF3|resumi\xF3|dijo|afirm\xF3|asegur\xF3|explic\xF3|se\xF1al\xF3|advirti\xF3|a\xF1adi\xF3|declar\xF3|indic\xF3|apunt\xF3|subray\xF3|coment\xF3|manifest\xF3|sostuvo|agreg\xF3|destac\xF3|recalc\xF3|lament\xF3|insisti\xF3|reconoci\xF3|escribi\xF3|inform\xF3|cuestion\xF3|calific\xF3|detall\xF3|relat\xF3|pregunt\xF3|respondi\xF3|expres\xF3|denunci\xF3|critic\xF3|record\xF3|concluy\xF3|admiti\xF3|anunci\xF3|relata|cuenta|explica|asegura|expuso|mencion\xF3|acot\xF3|argument\xF3|aludi\xF3|reafirm\xF3|ratific\xF3|contest\xF3|prosigui\xF3|fundament\xF3|brome\xF3|describi\xF3|narr\xF3|remat\xF3|resalt\xF3|explicit\xF3|alert\xF3|confirm\xF3|adelant\xF3|anticip\xF3|expresa|remarca|enfatiza|acota|plantea|describe|argumenta|dice|afirma|se\xF1ala|a\xF1ade|advierte|subraya|destaca|resalta|sostiene|apunta|recuerda|insiste|indica|reconoce|comenta|lamenta|agrega|reitera|concluye|precisa|opina|matiza|puntualiza|admite|denuncia|" + // Plural: a body speaks ("Desde la intendencia señalaron que «…»"); speakers.ts, PLURAL_SAYING.
    ES_PLURAL_SAYING, keep),
    // Gerunds that hang the quote on the clause's subject ("…, Dmitri Kuleba, tildando de «…»",
    // "arguyendo que «…»", "affirmant que « … »"): speakers.ts, PARTICIPLE.
    pick("asegurando|se\xF1alando|afirmando|explicando|indicando|agregando|a\xF1adiendo|advirtiendo|arguyendo|argumentando|subrayando|destacando|insistiendo|recordando|alegando|tildando|calificando|affirmant|expliquant|soulignant|ajoutant|estimant|assurant|pr\xE9cisant|indiquant|rappelant|d\xE9non\xE7ant|dizendo|sublinhando|affermando|spiegando|sottolineando|aggiungendo", keep),
    compound("ha", "dicho|afirmado|asegurado|explicado|se\xF1alado|advertido|a\xF1adido|declarado|subrayado|insistido|recordado|defendido|reconocido|resumido|destacado|apuntado|indicado|lamentado|criticado|pedido|manifestado|expresado|valorado|reiterado|admitido|confesado|relatado|contado|precisado|recalcado|avisado|descrito|explicitado"),
    pick("disse|afirmou|explicou|declarou|informou|anunciou|indicou|acrescentou|garantiu|sublinhou|referiu|salientou|alertou|adiantou|defendeu|contou|escreveu|questionou|relatou|ressaltou|destacou|completou|lembrou|conta|diz|lembra|afirma|explica|indagou|ponderou|avaliou|criticou|refor\xE7ou", keep),
    compound("(?:ha|aveva)", "detto|spiegato|aggiunto|dichiarato|affermato|sottolineato|precisato|commentato|osservato|avvertito"),
    pick("spiega|aggiunge|afferma|sottolinea|racconta|ricorda|conclude|commenta|dice|ammette|osserva", keep)
  ].filter(Boolean).join("|");
}
var DUTCH_VERBS = "zei|zegt|zeggen|vertelde|vertelt|aldus|verklaarde|benadrukte|waarschuwde|reageerde|stelde|meldde|schreef";
var POLISH_VERBS = "powiedzia\u0142|powiedzia\u0142a|powiedzieli|m\xF3wi\u0142|m\xF3wi\u0142a|m\xF3wi|doda\u0142|doda\u0142a|dodaje|stwierdzi\u0142|stwierdzi\u0142a|podkre\u015Bli\u0142|podkre\u015Bli\u0142a|podkre\u015Bla|zaznaczy\u0142|zaznaczy\u0142a|wyja\u015Bni\u0142|wyja\u015Bni\u0142a|t\u0142umaczy\u0142|t\u0142umaczy\u0142a|oceni\u0142|oceni\u0142a|przekonywa\u0142|przekonywa\u0142a|zapowiedzia\u0142|zapowiedzia\u0142a|przyzna\u0142|przyzna\u0142a|ostrzeg\u0142|ostrzeg\u0142a|napisa\u0142|napisa\u0142a";
var CZECH_VERBS = "\u0159ekl|\u0159ekla|\u0159ekli|uvedl|uvedla|uvedli|dodal|dodala|dodali|zd\u016Fraznil|zd\u016Fraznila|vysv\u011Btlil|vysv\u011Btlila|napsal|napsala|sd\u011Blil|sd\u011Blila|upozornil|upozornila|doplnil|doplnila|poznamenal|poznamenala|konstatoval|konstatovala|prohl\xE1sil|prohl\xE1sila|ozn\xE1mil|ozn\xE1mila|p\u0159ipomn\u011Bl|p\u0159ipomn\u011Bla|p\u0159iznal|p\u0159iznala|ujistil|ujistila|varoval|varovala|odpov\u011Bd\u011Bl|odpov\u011Bd\u011Bla|komentoval|komentovala|\u0159\xEDk\xE1|uv\xE1d\xED|dod\xE1v\xE1|m\xEDn\xED|tvrd\xED|vysv\u011Btluje|zd\u016Fraz\u0148uje|p\u0159irovn\xE1v\xE1|upozor\u0148uje|podot\xFDk\xE1|popisuje|p\u0159ipom\xEDn\xE1|varuje|odpov\xEDd\xE1";
var RUSSIAN_VERBS = "\u0441\u043A\u0430\u0437\u0430\u043B|\u0441\u043A\u0430\u0437\u0430\u043B\u0430|\u0441\u043A\u0430\u0437\u0430\u043B\u0438|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438|\u043E\u0442\u043C\u0435\u0442\u0438\u043B|\u043E\u0442\u043C\u0435\u0442\u0438\u043B\u0430|\u043E\u0442\u043C\u0435\u0442\u0438\u043B\u0438|\u0437\u0430\u044F\u0432\u0438\u043B|\u0437\u0430\u044F\u0432\u0438\u043B\u0430|\u0437\u0430\u044F\u0432\u0438\u043B\u0438|\u0434\u043E\u0431\u0430\u0432\u0438\u043B|\u0434\u043E\u0431\u0430\u0432\u0438\u043B\u0430|\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u043D\u0443\u043B|\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u043D\u0443\u043B\u0430|\u043F\u043E\u044F\u0441\u043D\u0438\u043B|\u043F\u043E\u044F\u0441\u043D\u0438\u043B\u0430|\u0443\u0442\u043E\u0447\u043D\u0438\u043B|\u0443\u0442\u043E\u0447\u043D\u0438\u043B\u0430|\u0441\u043E\u043E\u0431\u0449\u0438\u043B|\u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0430|\u043F\u0440\u0438\u0437\u043D\u0430\u043B|\u043F\u0440\u0438\u0437\u043D\u0430\u043B\u0430|\u0433\u043E\u0432\u043E\u0440\u0438\u0442|\u0441\u0447\u0438\u0442\u0430\u0435\u0442|\u043D\u0430\u043F\u0438\u0441\u0430\u043B|\u043D\u0430\u043F\u0438\u0441\u0430\u043B\u0430";
var ARABIC_VERBS = "[\u0648\u0641]?(?:\u0642\u0627\u0644|\u0642\u0627\u0644\u062A|\u064A\u0642\u0648\u0644|\u062A\u0642\u0648\u0644|\u0623\u0636\u0627\u0641|\u0623\u0636\u0627\u0641\u062A|\u0623\u0643\u062F|\u0623\u0643\u062F\u062A|\u0623\u0648\u0636\u062D|\u0623\u0648\u0636\u062D\u062A|\u0635\u0631\u062D|\u0635\u0631\u062D\u062A|\u062A\u0627\u0628\u0639|\u062A\u0627\u0628\u0639\u062A|\u0630\u0643\u0631|\u0630\u0643\u0631\u062A|\u0623\u0634\u0627\u0631|\u0623\u0634\u0627\u0631\u062A|\u0627\u0639\u062A\u0628\u0631|\u0627\u0639\u062A\u0628\u0631\u062A|\u0634\u062F\u062F|\u0634\u062F\u062F\u062A)";
var URDU_VERBS = "\u06A9\u06C1\u0627|\u0628\u062A\u0627\u06CC\u0627";
var CHINESE_SAY = "\u8BF4\u9053|\u8BF4|\u8868\u793A|\u6307\u51FA|\u5F3A\u8C03|\u4ECB\u7ECD|\u5766\u8A00|\u900F\u9732|\u79F0";
var CHINESE_VERBS = `(?:${CHINESE_SAY}|\u56DE\u5FC6\u8BF4|\u89E3\u91CA\u8BF4|\u8865\u5145\u8BF4)(?=[\uFF0C,\uFF1A:\u3002\uFF01\u201C\u201D\u300C\u300D]|$)`;
var foreignVerbs = (keep) => [pick(DE_VERBS, keep), romanceVerbs(keep), pick(DUTCH_VERBS, keep), pick(POLISH_VERBS, keep), pick(CZECH_VERBS, keep), pick(RUSSIAN_VERBS, keep)].filter(Boolean).join("|");
var ALL = () => true;
var isAscii = (word) => /^[\x00-\x7f]*$/.test(word);
var ENGLISH = `(?:\\b(?:also|later|then|previously|earlier|once|further|has|had|have|was quoted as)\\s+)*\\b(?:${EN_VERBS})\\b`;
var FOREIGN = `(?<![\\p{L}])(?:${foreignVerbs(ALL)})(?![\\p{L}])`;
var UNCASED = `(?<![\\p{L}])(?:${ARABIC_VERBS}|${URDU_VERBS})(?![\\p{L}])|${CHINESE_VERBS}`;
var VERB_RE = new RegExp(`${ENGLISH}|${FOREIGN}|${UNCASED}`, "giu");
var VERB_ASCII = new RegExp(`${ENGLISH}|(?<![A-Za-z])(?:${foreignVerbs(isAscii)})(?![A-Za-z])`, "g");
var FOREIGN_VERB = new RegExp(`^${FOREIGN}$`, "iu");
var ARABIC_VERB = new RegExp(`^${ARABIC_VERBS}$`, "u");
var URDU_VERB = new RegExp(`^(?:${URDU_VERBS})$`, "u");
var CHINESE_VERB = /^[\u3400-\u9fff]+$/u;
var GERMAN_VERB = new RegExp(`^(?:${DE_VERBS})$`, "iu");
var ACCORDING = /\baccording to\s+/iu;
var FOREIGN_ACCORDING = /(?<![\p{L}])(?:selon|según|segundo|secondo|d['’]après|laut|de acuerdo con|de acuerdo a|en palabras de|a juicio de|aus Sicht (?:von|des|der)|nach (?:Ansicht|Einschätzung|Meinung|Worten) (?:von|des|der))\s+/iu;
var FOREIGN_ACCORDING_NEEDLES = ["selon", "seg\xFAn", "segundo", "secondo", "apr\xE8s", "laut", "acuerdo con", "acuerdo a", "palabras de", "juicio de", "sicht", "nach "];
var FOR_AT_START = /^\s*(?:Para|Pour|Per|Für)\s+(?=\S+\s+\S|\S+,)/u;
var GERMAN_SO = /(?:^\s*|,\s*)so\s+(?=[\p{Lu}])/u;
var HONORIFICS = new Set(
  "gen general lt lieut col colonel maj major capt captain adm admiral brig sgt cpl cmdr commander dr prof mr mrs ms mx sir dame lord lady rev sen rep gov judge justice sheikh imam rabbi father sister mme mlle herr frau sra srta do\xF1a d\xF1a signor signora".split(" ")
);
var POST_NOMINALS = /* @__PURE__ */ new Set(["kc", "qc", "mp", "mep", "msp", "mla", "obe", "mbe", "cbe", "phd", "md", "esq"]);
var TITLE_WORDS = new Set(
  "president vice prime minister secretary under deputy assistant chief executive director spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman chair ambassador commissioner officer head leader manager minister foreign defence defense state interior home finance health justice treasury commerce trade energy education affairs attorney envoy special representative adviser advisor analyst professor coach founder ceo cfo coo former acting senior national security general-secretary speaker king queen prince princess pope chancellor premier councillor councilor councilman councilwoman councilmember councilperson alderman alderwoman alderperson supervisor selectman selectwoman assemblymember mp mep mla msp lawmaker congressman congresswoman assemblyman assemblywoman sheriff superintendent inspector constable clerk treasurer auditor comptroller registrar coroner prosecutor solicitor barrister advocate adv magistrate bishop archbishop cardinal democrat republican candidate nominee skipper striker midfielder defender goalkeeper winger owner trustee opposition quarterback receiver linebacker cornerback tailback fullback kicker punter pitcher catcher shortstop outfielder infielder goalie goaltender defenseman centre-back h.e eng highness excellency author novelist poet actor actress rapper musician filmmaker journalist economist researcher scientist historian lawyer teacher rabbi imam svp evp vp cto cio cmo cpo gm chef chefin us u.s uk u.k un eu".split(" ")
);
var GERMAN_ROLE = /(?:in|ende[rn]?|er|or|ent|ant|eur|ist|rat|chef|vorstand|te[rn]?|kollege|experte|zeuge|loge)$/u;
var ORG_WORDS = /\b(?:Journal|Times|Post|News|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Agency|Reuters|AFP|Ministry|Department|Office|Police|Army|Navy|Force|Group|Council|Party|Bank|Inc|Corp|Ltd|Company|University|Committee|Commission|Government|Court|Organi[sz]ation|Institute|Union|Federation|Service|Authority|Board|Network|Foundation|Association|Administration|Bureau|Centers|Institutes|Corporation|Coalition|Alliance|Technologies|Holdings|Industries|Airlines|Airways|Semiconductors?|Pharmaceuticals|Motors|Systems|Taliban|Pentagon|Kremlin|White House|Parliament|Congress|Senate|Embassy|Council|Laboratory|Laboratories|Lab|Labs|Center|Centre|Society|Clinic|Museum|School|College|Academy|Observatory|Ministerio|Intendencia|Gobierno|Ayuntamiento|Municipio|Comisión|Asociación|Sindicato|Universidad|Instituto|Tribunal|Fiscalía|Policía|Junta|Consejo|Secretaría|Federación|Confederación|Partido|Fundación|Agencia|Organización|Ministère|Gouvernement|Mairie|Préfecture|Syndicat|Université|Fédération|Gendarmerie|Ministerium|Regierung|Bundesregierung|Gewerkschaft|Verband|Behörde|Universität|Ministero|Governo|Comune|Sindacato|Università)(?![\p{L}])/u;
var DOC_NOUNS = "report|study|statement|survey|document|memo|letter|paper|newspaper|analysis|assessment|review|filing|lawsuit|complaint|indictment|ruling|order|release|plan|declaration";
var DOC_MODIFIERS = `((?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2})`;
var DOC_NOUN = `(${DOC_NOUNS})(?![\\p{L}\\p{N}]|['\u2019]s\\b)`;
var DOC_PHRASE = `((?:[\\p{Lu}][\\p{L}\\p{N}&.'\u2019-]*\\s+)*)${DOC_MODIFIERS}${DOC_NOUN}`;
var DOC_AT_END = new RegExp(`(?:^|\\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\\s+${DOC_PHRASE}\\s*$`, "u");
var DOC_AT_START = new RegExp(`^\\s*(?:[Tt]he|[Aa]n?)\\s+${DOC_PHRASE}`, "u");
var AUTHORED = "published|released|issued|commissioned|prepared|written|produced|compiled|sent|signed|filed|drafted|circulated|presented|unveiled";
var BY_AUTHOR = `(?:[Aa]n?|[Tt]he)\\s+${DOC_MODIFIERS}${DOC_NOUN}(?:\\s+(?:${AUTHORED})(?:\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*){0,3}?)?\\s+(?:by|from)\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}((?:[\\p{Lu}][\\p{L}\\p{M}&'\u2019.-]*)(?:\\s+(?:of|for|and|on)?\\s*[\\p{Lu}][\\p{L}\\p{M}&'\u2019.-]*)*)`;
var DOC_BY_AUTHOR_AT_END = new RegExp(`(?:^|\\s)${BY_AUTHOR}\\s*$`, "u");
var DOC_BY_AUTHOR_IN = new RegExp(`(?:^|\\s)${BY_AUTHOR}`, "gu");
var DOC_BY_AUTHOR_AT_START = new RegExp(`^\\s*${BY_AUTHOR}`, "u");
var DOC_INTRODUCED = new RegExp(`(?:^|\\s)(?:[Aa]n?)\\s+((?:[\\p{Ll}][\\p{L}-]*\\s+){1,2})${DOC_NOUN}`, "gu");
var DOC_TITLED = /(?:^|\s)((?:[\p{Lu}][\p{L}-]*\s+){1,4}(Plan|Report|Review|Strategy|Declaration|Survey|Assessment|Study|Memo)(?:\s+\d{4}(?:[-–]\d{2,4})?)?)(?![\p{L}\p{N}])/gu;
var DOC_WORD = new RegExp(`(?:${DOC_NOUNS})`, "i");
var DOC_VAGUE = /^(?:new|latest|recent|same|full|final|original|leaked|emailed|written|short|brief|long|lengthy|earlier|previous|first|second|last|this|that|whole|entire|annual|\p{N}.*|.*\d.*)$/u;
var PRONOUNS = "[Hh]e|[Ss]he|[Tt]hey|er|sie|il|elle|\xE9l|ella|ele|ela|lui|lei|[Hh]ij|[Zz]ij|[\u041E\u043E]\u043D|[\u041E\u043E]\u043D\u0430|[\u041E\u043E]\u043D\u0438";
var PRONOUN_AT_END = new RegExp(`(?:^|[\\s,-])(?:${PRONOUNS})\\s*$`, "u");
var PRONOUN_AT_START = new RegExp(`^\\s*(?:-(?:t-)?(?:il|elle)|[Hh]e|[Ss]he|[Tt]hey|er|sie|\xE9l|ella|ele|ela|elle|lui|lei)(?![\\p{L}])`, "u");
var FOREIGN_PRONOUN_AT_START = /^\s*(?:hij|zij|ze|on|ona|oni|он|она|они)(?![\p{L}])/u;
var ARTICLE = /^(?:der|die|das|dem|den|des|ein|eine|einer|le|la|les|un|une|el|los|las|lo|una|uno|o|a|os|as|um|uma|il|gli|i)$/iu;
var CONNECTORS = /* @__PURE__ */ new Set(["of", "for", "the", "and", "&", "de", "da", "di", "del", "der", "den", "van", "von", "zu", "bin", "ibn", "al", "el", "la", "le", "para", "por", "pour", "per"]);
var NAME_PARTICLES = /* @__PURE__ */ new Set(["de", "da", "di", "del", "der", "den", "van", "von", "zu", "bin", "ibn", "al", "el", "la", "le"]);
var ROLE_LINKS = /* @__PURE__ */ new Set(["de", "del", "des", "du", "da", "do", "dos", "das", "di", "della", "dello", "degli", "alla", "allo", "alle", "agli", "al", "ai", "van", "voor", "\xE0", "au", "aux", "of", "for", "f\xFCr", "der", "la", "le", "el", "y", "et", "e"]);
var isCap = (t) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 || c >= 97 && c <= 122 && ARABIC_ARTICLE_NAME.test(t) : /^[\p{Lu}]/u.test(t);
};
var ARABIC_ARTICLE_NAME = /^(?:al|el|ad|adh|an|ar|as|ash|at|az|ath)-\p{Lu}/u;
var isLower = (t) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 && !ARABIC_ARTICLE_NAME.test(t) : /^\p{Ll}/u.test(t);
};
var bare = (t) => {
  let end = t.length;
  for (let c = t.charCodeAt(end - 1); c === 46 || c === 44 || c === 59 || c === 58; c = t.charCodeAt(end - 1)) end--;
  return (end === t.length ? t : t.slice(0, end)).toLowerCase();
};
var NOT_A_NAMED_VOICE = /(?<![\p{L}])(?:signs?|banners?|chalked|scrawled|inscri\p{L}*|engraved|emblazoned|painted|placards?|posters?|slogans?|chant(?:s|ed|ing)?|graffiti|reads?|sources?|insiders?|anonymity|anonymous(?:ly)?|cris|Transparent\p{L}*|Plakat\p{L}*|Schild\p{L}*|Parole\p{L}*|skandier\p{L}*|Sprechch\p{L}*|Quellen?|anonym\p{L}*|pancartes?|banderoles?|affiches?|scand\p{L}*|pancartas?|carteles?|lemas?|consignas?|core(?:aban|aron|ó)|se leía|fuentes?|anónim\p{L}*|striscion[ei]|cartell[oi]|cori|font[ei]|anonim\p{L}*|faixas?|cartaz(?:es)?|spandoek\p{L}*|leuze?n?|плакат\p{L}*|лозунг\p{L}*|шут\p{L}*|источник\p{L}*)(?![\p{L}])|横幅|标语|消息人士/iu;
var DESCRIBED_DETERMINERS = "the|an?|one|another|some|its|their|his|her|el|la|los|las|un|una|unos|unas|le|les|une|der|die|das|ein|eine|einer|il|lo|gli|uno|een|het";
var UNNAMED_PRONOUNS = "he|she|they|it|we|er|sie|es|wir|il|elle|ils|elles|on|\xE9l|ella|ellos|ellas|lui|lei|loro|hij|zij|ze|ele|ela|eles|elas|\u043E\u043D|\u043E\u043D\u0430|\u043E\u043D\u0438";
var DESCRIBED_BEFORE_VERB = new RegExp(`(?:^|[\\s,])(?:(?:${DESCRIBED_DETERMINERS}|o|os|as)\\s+(?:[\\p{L}\\p{N}'\u2019()-]+\\s+){0,4}[\\p{L}'\u2019()-]+|${UNNAMED_PRONOUNS})\\s*,?\\s*$`, "iu");
var DESCRIBED_AFTER_VERB = new RegExp(`^\\s*,?\\s*(?:-t-)?(?:(?:${DESCRIBED_DETERMINERS.replace("|an?|", "|an|")})\\s+\\p{L}|(?:${UNNAMED_PRONOUNS})(?![\\p{L}]))`, "iu");
var PRONOUN_BEFORE_QUOTE = new RegExp(`(?:^|[\\s,])(?:${UNNAMED_PRONOUNS})\\s*[:,]?\\s*$`, "iu");
var ACCORDING_WORDS = /(?<![\p{L}])(?:according to|selon|según|segundo|secondo|d['’]après|laut)(?![\p{L}])/giu;
var PLURAL_SAYING_FORM = /(?:ron|an|en|aient|(?<!i)ent|ano|ono|am|ten|ли|li)$/u;
var ROMANCE_BODY_NOUNS = "pr\xE9fecture|mairie|minist\xE8re|chambre|commission|direction|agence|f\xE9d\xE9ration|conf\xE9d\xE9ration|conseil|syndicat|association|compagnie|soci\xE9t\xE9|ministerio|secretar\xEDa|alcald\xEDa|intendencia|fiscal\xEDa|comisi\xF3n|direcci\xF3n|agencia|federaci\xF3n|confederaci\xF3n|consejo|sindicato|asociaci\xF3n|junta|c\xE1mara|gobierno|ministero|prefettura|regione|comune|commissione|sindacato|associazione|minist\xE9rio|prefeitura|governo|gouvernement|c\xE2mara";
var ROMANCE_BODY = String.raw`(?:${ROMANCE_BODY_NOUNS})(?:\s+(?:\p{Ll}[\p{Ll}-]+|d['’]\p{Ll}+)){0,2}?\s+(?:de|del|du|des|della|dello|di|do|da|d['’])\s*(?:(?:la|le|les|el|los|las|il|lo|o|a)\s+|l['’])?[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’-]*|(?:de|del|du|des|la|le|el|y|et|e)(?=\s+[\p{Lu}])))*`;
var ROMANCE_BODY_ARTICLE = String.raw`(?:[Ll]a|[Ll]e|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Aa])\s+|[Ll]['’]`;
var ROMANCE_BODY_IN = new RegExp(String.raw`(?:^|[\s(])(?:${ROMANCE_BODY_ARTICLE})(${ROMANCE_BODY})`, "gu");
var ROMANCE_BODY_AT_START = new RegExp(String.raw`^\s*(?:${ROMANCE_BODY_ARTICLE})(${ROMANCE_BODY})\s*(?=[,.;:«»“”"]|$)`, "u");
var ROMANCE_BODY_AT_END = new RegExp(String.raw`(?:^|[\s,])(?:${ROMANCE_BODY_ARTICLE})(${ROMANCE_BODY})\s*$`, "u");
var ROMANCE_BODY_NOUN = new RegExp(`(?:${ROMANCE_BODY_NOUNS})(?![\\p{L}])`, "iu");

// src/core/sentences.ts
var CJK_CHARS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
var CJK_CHARS_PER_WORD = 1.5;
function cjkCount(text) {
  CJK_CHARS.lastIndex = 0;
  if (!CJK_CHARS.test(text)) return 0;
  CJK_CHARS.lastIndex = 0;
  return text.match(CJK_CHARS)?.length ?? 0;
}
function wordCount(text) {
  const cjk = cjkCount(text);
  if (!cjk) return plainWordCount(text);
  const tokens = text.split(/\s+/).filter((w) => WORD_CHAR.test(w));
  let n = 0;
  for (const w of tokens) {
    const c = cjkCount(w);
    n += c ? c / CJK_CHARS_PER_WORD + (WORD_CHAR.test(w.replace(CJK_CHARS, "")) ? 1 : 0) : 1;
  }
  return n;
}
var WORD_CHAR = /[\p{L}\p{N}]/u;
function plainWordCount(text) {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      counted = false;
      continue;
    }
    if (counted || !isWordChar(text.codePointAt(i))) continue;
    counted = true;
    n++;
  }
  return n;
}
var BEYOND_ASCII = /[^\x00-\x7f\u2000-\u206f]/;
var TITLE_ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cpl",
  "pvt",
  "adm",
  "cmdr",
  "brig",
  "lieut",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "fr",
  "hon",
  "st",
  "ste",
  "mt",
  "ft",
  "supt",
  "insp",
  "det",
  "cllr",
  "messrs",
  "mme",
  "mlle",
  "sr",
  "sra",
  "srta",
  "eng"
]);
var NUMBER_ABBREVIATIONS = /* @__PURE__ */ new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vol",
  "pp",
  "p",
  "art",
  "fig",
  "ch",
  "sec",
  "para",
  "op",
  "nr"
]);
var TRAILING_ABBREVIATIONS = /* @__PURE__ */ new Set([
  "inc",
  "corp",
  "ltd",
  "co",
  "llc",
  "plc",
  "bros",
  "jr",
  "etc",
  "vs",
  "v",
  "cf",
  "approx",
  "est",
  "al",
  "dept",
  "univ",
  "assn",
  "ave",
  "blvd",
  "rd"
]);
var SENTENCE_STARTERS = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "there",
  "his",
  "her",
  "its",
  "their",
  "our",
  "but",
  "and",
  "so",
  "yet",
  "in",
  "on",
  "at",
  "for",
  "after",
  "before",
  "when",
  "while",
  "if",
  "as",
  "since",
  "however",
  "meanwhile",
  "still",
  "now",
  "then",
  "one",
  "some",
  "many",
  "most",
  "officials",
  "police",
  "what",
  "who",
  "why",
  "how"
]);
var OPEN_PUNCT = `"'\u201C\u2018\xAB\u201E\u201A(\\[\xBF\xA1`;
var segmenters = /* @__PURE__ */ new Map();
function segmenterFor(lang) {
  const key2 = lang ?? "";
  const known = segmenters.get(key2);
  if (known !== void 0) return known;
  let seg = null;
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    try {
      seg = new Intl.Segmenter(lang || void 0, { granularity: "sentence" });
    } catch {
      seg = new Intl.Segmenter(void 0, { granularity: "sentence" });
    }
  }
  if (segmenters.size >= 32) segmenters.clear();
  segmenters.set(key2, seg);
  return seg;
}
function regexSegments(text) {
  const out = [];
  const re = /[.!?…。！？]+[”’"')\]»]*\s+/g;
  let start = 0;
  let m;
  while (m = re.exec(text)) {
    out.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
var LAST_WORD_BEFORE_DOT = /([\p{L}.]+)\.\s*$/u;
var LEADING_OPEN_PUNCT = new RegExp(`^[${OPEN_PUNCT}]+`);
var FIRST_WORD = new RegExp(`^[\\s${OPEN_PUNCT}]*([\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*)`, "u");
function lastWordBeforeDot(piece) {
  let k = piece.length;
  while (k > 0 && /\s/.test(piece[k - 1])) k--;
  while (k > 0 && !/\s/.test(piece[k - 1])) k--;
  const m = LAST_WORD_BEFORE_DOT.exec(k ? piece.slice(k) : piece);
  if (!m) return "";
  return m[1].replace(LEADING_OPEN_PUNCT, "");
}
function firstWord(piece) {
  const m = FIRST_WORD.exec(piece);
  return m ? m[1] : "";
}
var isLower2 = (w) => /^\p{Ll}/u.test(w) && !/^\p{Ll}+\p{Lu}/u.test(w);
var isDigit = (w) => /^\p{N}/u.test(w);
var hasWordChar = (s) => /[\p{L}\p{N}]/u.test(s);
var DATELINE_ONLY = /^\s*[\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(?:,\s*[\p{L} .]+)?\s*(?:\([^)]{1,30}\))?\s*[:\-–—]\s*$/u;
function endsWithMark(t, marks, closers, min = 0) {
  let k = t.length;
  while (k > 0 && closers.includes(t[k - 1])) k--;
  return t.length - k >= min && k > 0 && marks.includes(t[k - 1]);
}
var CJK_STOP_THEN_OPENING = /[。！？][“「『]+$/u;
var CJK_ATTRIBUTION = new RegExp(`^[^\uFF0C\u3002\uFF01\uFF1F\u201C\u201D\u300C\u300D\u300E\u300F\\s]{1,16}?(?:${CHINESE_SAY}|\u95EE\u9053|\u56DE\u7B54)[\u3002\uFF01]?$`, "u");
function shouldJoin(prev, next) {
  if (!hasWordChar(next)) return true;
  if (DATELINE_ONLY.test(prev)) return true;
  const trimmed = prev.trimEnd();
  const nextWord = firstWord(next);
  if (endsWithMark(trimmed, "?!\u2026", `\u201D\u2019"'\xBB`, 1) && isLower2(nextWord)) return true;
  if (endsWithMark(trimmed, "\u3002\uFF01\uFF1F\u2026", "\u201D\u300D\u300F", 1) && CJK_ATTRIBUTION.test(next.trim())) return true;
  if (!trimmed.endsWith(".")) {
    return false;
  }
  if (trimmed.endsWith("...") || trimmed.endsWith("\u2026")) return isLower2(nextWord);
  const word = lastWordBeforeDot(trimmed);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) {
    if (/^\p{Lu}$/u.test(word)) return true;
    if (isLower2(nextWord) || isDigit(nextWord)) return true;
    return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower)) return isDigit(nextWord) || isLower2(nextWord) && lower !== "no";
  if (TRAILING_ABBREVIATIONS.has(lower)) return isLower2(nextWord) || isDigit(nextWord);
  return false;
}
function splitSentences(text, lang) {
  const out = [];
  for (const pieces of segmentLines(linesOf(text), segmenterFor(lang))) joinPieces(pieces, out);
  return out;
}
var UNNORMALISED = /\s\s|[^\S ]/;
function linesOf(text) {
  const out = [];
  const all = String(text ?? "");
  for (const block of all.includes("\n") ? all.split(/\n+/) : [all]) {
    const line = (UNNORMALISED.test(block) ? block.replace(/[\s\u00a0]+/g, " ") : block).trim();
    if (line) out.push(line);
  }
  return out;
}
function joinPieces(pieces, out) {
  const joined = [];
  for (let k = 0; k < pieces.length; k++) {
    let piece = pieces[k];
    const opening = k + 1 < pieces.length && "\u201C\u300C\u300E".includes(piece[piece.length - 1]) ? CJK_STOP_THEN_OPENING.exec(piece) : null;
    if (opening) {
      piece = piece.slice(0, opening.index + 1);
      pieces[k + 1] = opening[0].slice(1) + pieces[k + 1];
    }
    if (!piece.trim()) continue;
    const prev = joined.length ? joined[joined.length - 1] : void 0;
    if (prev !== void 0 && shouldJoin(prev, piece)) joined[joined.length - 1] = prev + piece;
    else joined.push(piece);
  }
  for (const s of joined) {
    const t = s.trim();
    if (t) out.push(t);
  }
}
var CHUNK = 2e3;
var LONG_LINE = 4 * CHUNK;
function* windowsOf(line) {
  for (let at = 0; at < line.length; ) {
    let end = Math.min(line.length, at + CHUNK);
    if (end < line.length) {
      const part = line.slice(at, end);
      const stop = Math.max(part.lastIndexOf(". "), part.lastIndexOf("? "), part.lastIndexOf("! "), part.lastIndexOf("\u3002") - 1);
      const space = part.lastIndexOf(" ");
      if (stop > CHUNK / 2) end = at + stop + 2;
      else if (space > 0) end = at + space + 1;
    }
    yield line.slice(at, end);
    at = end;
  }
}
function segmentLines(lines, seg) {
  if (!seg) return lines.map(regexSegments);
  const out = lines.map(() => []);
  for (let start = 0; start < lines.length; ) {
    if (lines[start].length > LONG_LINE) {
      for (const window of windowsOf(lines[start])) {
        for (const { segment } of seg.segment(window)) {
          checkTime();
          out[start].push(segment);
        }
      }
      start++;
      continue;
    }
    let end = start + 1;
    let size = lines[start].length;
    while (end < lines.length && size + 1 + lines[end].length <= CHUNK) size += 1 + lines[end++].length;
    let line = start;
    for (const { segment } of seg.segment(end - start === 1 ? lines[start] : lines.slice(start, end).join("\n"))) {
      checkTime();
      const parts = segment.split("\n");
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) line++;
        if (parts[k]) out[line].push(parts[k]);
      }
    }
    start = end;
  }
  return out;
}
var AGENCY2 = String.raw`(?:CNN|AP|AFP|Reuters|UPI|dpa|IANS|PTI|ANI|EFE|ANSA|Xinhua|Bloomberg|KYODO|Kyodo|Yonhap)`;
var CAPS_DATELINE = String.raw`[\p{Lu}][\p{Lu}\p{M}.'-]*(?: [\p{Lu}][\p{Lu}\p{M}.'-]*){0,3}(?:,\s*[\p{L}.]+(?: [\p{L}.]+){0,2})?(?:,? \p{Lu}\p{Ll}{2}\.? \d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[:\-–—]+(?=\s)`;
var PLACE_AGENCY = String.raw`[\p{Lu}][\p{L}\p{M}.'-]*(?: [\p{Lu}][\p{L}\p{M}.'-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2})?\s*\(${AGENCY2}\)\s*[:\-–—]*`;
var OUTLET = String.raw`\(${AGENCY2}\)\s*[:\-–—]*|\((?:The )?[\p{Lu}][\p{L}.&' ]{1,30}\)(?=\p{Lu})`;
var TWO_CAPITALS = /\p{Lu}{2}/u;
var DATELINE = new RegExp(String.raw`^\s*(?:${CAPS_DATELINE}|${PLACE_AGENCY}|${OUTLET})\s*`, "u");
function splitDateline(sentence) {
  if (!sentence.includes("(") && !TWO_CAPITALS.test(sentence)) return { dateline: "", rest: sentence };
  const m = DATELINE.exec(sentence);
  if (!m) return { dateline: "", rest: sentence };
  const rest = sentence.slice(m[0].length);
  if (!/^[\p{Lu}\p{N}"“‘'«„]/u.test(rest) || rest.split(/\s+/).length < 3) return { dateline: "", rest: sentence };
  if (!/\p{Lu}{2}|\([^)]+\)/u.test(m[0])) return { dateline: "", rest: sentence };
  return { dateline: m[0].trim(), rest };
}
var storySplits = /* @__PURE__ */ new WeakMap();
function splitParagraphs(paragraphs, lang) {
  const hit = storySplits.get(paragraphs);
  if (hit && hit.lang === lang && hit.texts.length === paragraphs.length && hit.texts.every((t, i) => t === paragraphs[i])) {
    return hit.sentences;
  }
  const lines = paragraphs.map(linesOf);
  const pieces = segmentLines(lines.flat(), segmenterFor(lang));
  let k = 0;
  const sentences = lines.map((ls) => {
    const out = [];
    for (let i = 0; i < ls.length; i++) joinPieces(pieces[k++], out);
    return out;
  });
  storySplits.set(paragraphs, { lang, texts: [...paragraphs], sentences });
  return sentences;
}

// src/core/gate.ts
function notAPage(doc) {
  const root = builtin(doc, "documentElement");
  if (!root) return { status: "no-article", code: "empty-page", message: "This page is empty." };
  if (builtin(doc, "body")) return null;
  return {
    status: "no-article",
    code: "not-html",
    message: "This is not a web page with a story: it is a drawing, an image or a data file.",
    advice: "Open the article\u2019s own web page and try Lede there.",
    detail: `The document is <${root.localName}>, not HTML.`
  };
}
function checkSize(doc, limits, onElement) {
  const root = builtin(doc, "documentElement");
  if (!root) return { status: "no-article", code: "empty-page", message: "This page is empty." };
  const { elements, text, exceeded } = measureTree(root, limits.maxElements, limits.maxDepth, limits.maxTextLength, onElement);
  if (!exceeded) return null;
  return tooLarge(text > limits.maxTextLength ? "text" : elements > limits.maxElements ? "elements" : "depth", limits);
}
function tooLarge(over, limits) {
  if (over === "text") {
    return {
      status: "too-large",
      code: "too-much-text",
      params: { limit: limits.maxTextLength },
      message: "This page has too much text for Lede to read safely.",
      detail: `more than ${limits.maxTextLength.toLocaleString("en")} characters of text`
    };
  }
  const message = "This page is too large or too deeply nested for Lede to read safely.";
  if (over === "elements") {
    const detail = `more than ${limits.maxElements.toLocaleString("en")} elements`;
    return { status: "too-large", code: "too-many-elements", params: { limit: limits.maxElements }, message, detail };
  }
  return { status: "too-large", code: "too-deep", params: { limit: limits.maxDepth }, message, detail: `nesting deeper than ${limits.maxDepth} levels` };
}
var MIN_STORY_CHARS = 280;
var MIN_STORY_WORDS = 50;
var MIN_LINE_STORY_CHARS = 700;
var MIN_TABLE_STORY_CHARS = 1e3;
var MIN_SHORT_STORY_CHARS = 150;
var MIN_SHORT_STORY_WORDS = 25;
function isStory(paragraphs, content) {
  const prose = paragraphs.filter((p) => {
    const length = proseLength(p);
    return length >= 80 && /[.!?…"”»。！？」:]$/.test(p) || length >= 200;
  });
  const chars = prose.reduce((n, p) => n + proseLength(p), 0);
  const words = normSpace(prose.join(" ")).split(" ").filter(Boolean).length;
  const cjk = cjkCount(prose.join(""));
  if (chars >= MIN_STORY_CHARS && (words >= MIN_STORY_WORDS || cjk >= 150)) return true;
  if (paragraphs.reduce((n, p) => n + p.length, 0) >= MIN_LINE_STORY_CHARS && paragraphs.length >= 5) return true;
  if (content && chars >= MIN_SHORT_STORY_CHARS && words >= MIN_SHORT_STORY_WORDS && prose.length >= 1 && linkDensity(content) < 0.2) return true;
  return !!content && content.getElementsByTagName("table").length > 0 && textOf(content).length >= MIN_TABLE_STORY_CHARS && linkDensity(content) < 0.3;
}
var CHARS_PER_LATIN_WORD = 6;
function proseLength(p) {
  const cjk = cjkCount(p);
  return cjk ? p.length + cjk * (CHARS_PER_LATIN_WORD / CJK_CHARS_PER_WORD - 1) : p.length;
}
var NO_ARTICLE = {
  status: "no-article",
  code: "no-story",
  message: "Lede could not find a story on this page.",
  detail: "Open a single article (not a home or section page) and try again."
};
function framedPage(doc, survey) {
  if (!survey.framesets && (!survey.iframes || rawTextLengthUpTo(doc.body ?? doc.documentElement, MIN_STORY_CHARS) >= MIN_STORY_CHARS)) return null;
  return {
    status: "no-article",
    code: "frames",
    message: "This page shows its content in frames, which Lede cannot read.",
    advice: "Open the frame on its own (through its link, or \u201COpen frame in new tab\u201D) and try Lede there.",
    detail: survey.framesets ? "The page is a frameset." : "The page\u2019s text is inside an iframe."
  };
}

// src/core/isolate/index.ts
import { Readability } from "@mozilla/readability";

// src/core/isolate/lexicon.ts
var RAIL_LABELS = [
  // en
  "opinion",
  "opinions",
  "editorial",
  "editorials",
  "related",
  "related stories",
  "related articles",
  "related news",
  "related content",
  "related coverage",
  "related posts",
  "related links",
  "related reading",
  "more from",
  "more stories",
  "more news",
  "more on this story",
  "more on this",
  "more in",
  "more like this",
  "most read",
  "most popular",
  "most viewed",
  "most shared",
  "most commented",
  "most emailed",
  "popular",
  "popular now",
  "popular stories",
  "trending",
  "trending now",
  "trending stories",
  "recommended",
  "recommended for you",
  "recommended stories",
  "read more",
  "read next",
  "read also",
  "also read",
  "also on",
  "you may like",
  "you may also like",
  "you might also like",
  "you might like",
  "you may have missed",
  "latest",
  "latest news",
  "latest stories",
  "latest articles",
  "top stories",
  "top news",
  "in other news",
  "elsewhere",
  "what to read next",
  "editor's picks",
  "editors picks",
  "editor\u2019s picks",
  "don't miss",
  "don\u2019t miss",
  "must read",
  "must reads",
  "must watch",
  "further reading",
  "see also",
  "more to explore",
  "around the web",
  "from the web",
  "sponsored stories",
  "promoted stories",
  "breaking news",
  "news in brief",
  "just in",
  "featured",
  "featured stories",
  "spotlight",
  "more headlines",
  "in case you missed it",
  "related topics",
  "more top stories",
  "stories you may like",
  "suggested reading",
  "featured content",
  "our top stories",
  "jump to",
  // de
  "lesen sie auch",
  "mehr zum thema",
  "das k\xF6nnte sie auch interessieren",
  "auch interessant",
  "meistgelesen",
  "meistgelesene artikel",
  "am meisten gelesen",
  "weitere artikel",
  "empfehlungen",
  "top-themen",
  "neueste artikel",
  "verwandte artikel",
  "mehr aus",
  "weitere nachrichten",
  "meinung",
  "das k\xF6nnte dich auch interessieren",
  "siehe auch",
  "weiterf\xFChrende links",
  "beitr\xE4ge zum thema",
  "weitere beitr\xE4ge zum thema",
  "themen im artikel",
  "weitere informationen",
  "weitere infos",
  "passend zum thema",
  "artikel und videos zum thema",
  "das thema k\xF6nnte dich auch interessieren",
  "das thema k\xF6nnte sie auch interessieren",
  "empfehlung der redaktion",
  "empfehlungen der redaktion",
  "unsere empfehlungen",
  "entdecken sie jetzt",
  "jetzt entdecken",
  "entdecke mehr",
  "entdecken sie mehr",
  // fr
  "\xE0 lire aussi",
  "a lire aussi",
  "lire aussi",
  "\xE0 lire \xE9galement",
  "sur le m\xEAme sujet",
  "les plus lus",
  "articles les plus lus",
  "\xE0 voir aussi",
  "vous aimerez aussi",
  "vous pourriez aimer",
  "articles similaires",
  "derni\xE8res actualit\xE9s",
  "les plus populaires",
  "en continu",
  "nos recommandations",
  "\xE0 la une",
  "\xE9ditorial",
  "articles li\xE9s",
  "\xE0 d\xE9couvrir aussi",
  "\xE0 d\xE9couvrir \xE9galement",
  "dans la m\xEAme rubrique",
  "sur le m\xEAme th\xE8me",
  // es
  "te puede interesar",
  "tambi\xE9n te puede interesar",
  "m\xE1s noticias",
  "lo m\xE1s le\xEDdo",
  "m\xE1s le\xEDdas",
  "noticias relacionadas",
  "relacionado",
  "relacionadas",
  "te recomendamos",
  "lee tambi\xE9n",
  "leer m\xE1s",
  "m\xE1s de",
  "\xFAltimas noticias",
  "recomendados",
  "opini\xF3n",
  "editorial del d\xEDa",
  "lo \xFAltimo",
  "le puede interesar",
  "te podr\xEDa interesar",
  "puede interesarte",
  "contenido relacionado",
  "temas relacionados",
  // pt
  "leia tamb\xE9m",
  "leia mais",
  "veja tamb\xE9m",
  "mais lidas",
  "mais lidos",
  "not\xEDcias relacionadas",
  "relacionadas",
  "mais not\xEDcias",
  "recomendados para voc\xEA",
  "\xFAltimas not\xEDcias",
  "voc\xEA pode gostar",
  "opini\xE3o",
  "veja mais",
  "saiba mais",
  // it
  "leggi anche",
  "potrebbe interessarti",
  "ti potrebbe interessare",
  "pi\xF9 letti",
  "i pi\xF9 letti",
  "articoli correlati",
  "notizie correlate",
  "ultime notizie",
  "altre notizie",
  "consigliati",
  "opinioni",
  // pl
  "czytaj tak\u017Ce",
  "czytaj te\u017C",
  "zobacz tak\u017Ce",
  "zobacz te\u017C",
  "najcz\u0119\u015Bciej czytane",
  "najpopularniejsze",
  "polecamy",
  "powi\u0105zane artyku\u0142y",
  "wi\u0119cej",
  "najnowsze",
  "opinie",
  // nl
  "lees ook",
  "meer over",
  "meest gelezen",
  "gerelateerd",
  "gerelateerde artikelen",
  "meer nieuws",
  "aanbevolen",
  "laatste nieuws",
  "ook interessant",
  "opinie",
  // ru
  "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435",
  "\u0447\u0438\u0442\u0430\u0442\u044C \u0442\u0430\u043A\u0436\u0435",
  "\u043F\u043E \u0442\u0435\u043C\u0435",
  "\u0441\u0430\u043C\u043E\u0435 \u0447\u0438\u0442\u0430\u0435\u043C\u043E\u0435",
  "\u043F\u043E\u043F\u0443\u043B\u044F\u0440\u043D\u043E\u0435",
  "\u043F\u043E\u0445\u043E\u0436\u0438\u0435 \u0441\u0442\u0430\u0442\u044C\u0438",
  "\u0440\u0435\u043A\u043E\u043C\u0435\u043D\u0434\u0443\u0435\u043C",
  "\u0435\u0449\u0451 \u043F\u043E \u0442\u0435\u043C\u0435",
  "\u0435\u0449\u0435 \u043F\u043E \u0442\u0435\u043C\u0435",
  "\u0434\u0440\u0443\u0433\u0438\u0435 \u043D\u043E\u0432\u043E\u0441\u0442\u0438",
  "\u043F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0435 \u043D\u043E\u0432\u043E\u0441\u0442\u0438",
  "\u043C\u043D\u0435\u043D\u0438\u044F",
  "\u0441\u043C\u043E\u0442\u0440\u0438\u0442\u0435 \u0442\u0430\u043A\u0436\u0435",
  // zh
  "\u76F8\u5173\u65B0\u95FB",
  "\u76F8\u5173\u9605\u8BFB",
  "\u76F8\u5173\u6587\u7AE0",
  "\u70ED\u95E8\u6587\u7AE0",
  "\u70ED\u95E8\u65B0\u95FB",
  "\u63A8\u8350\u9605\u8BFB",
  "\u5EF6\u4F38\u9605\u8BFB",
  "\u6700\u65B0\u65B0\u95FB",
  "\u66F4\u591A\u65B0\u95FB",
  "\u731C\u4F60\u559C\u6B22",
  "\u70ED\u70B9",
  "\u6392\u884C\u699C",
  "\u9605\u8BFB\u6392\u884C",
  "\u76F8\u95DC\u65B0\u805E",
  "\u5EF6\u4F38\u95B1\u8B80",
  "\u71B1\u9580\u65B0\u805E",
  "\u63A8\u85A6\u95B1\u8B80",
  // ar
  "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627",
  "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627\u064B",
  "\u0645\u0648\u0627\u0636\u064A\u0639 \u0630\u0627\u062A \u0635\u0644\u0629",
  "\u0627\u0644\u0623\u0643\u062B\u0631 \u0642\u0631\u0627\u0621\u0629",
  "\u0623\u062E\u0628\u0627\u0631 \u0630\u0627\u062A \u0635\u0644\u0629",
  "\u0627\u0644\u0645\u0632\u064A\u062F \u0645\u0646",
  "\u0622\u062E\u0631 \u0627\u0644\u0623\u062E\u0628\u0627\u0631",
  "\u0631\u0623\u064A",
  "\u0645\u0642\u0627\u0644\u0627\u062A \u0630\u0627\u062A \u0635\u0644\u0629",
  "\u0627\u0644\u0623\u0643\u062B\u0631 \u0645\u0634\u0627\u0647\u062F\u0629",
  "\u0642\u062F \u064A\u0639\u062C\u0628\u0643 \u0623\u064A\u0636\u0627",
  // ur
  "\u0645\u0632\u06CC\u062F \u067E\u0691\u06BE\u06CC\u06BA",
  "\u06CC\u06C1 \u0628\u06BE\u06CC \u067E\u0691\u06BE\u06CC\u06BA",
  "\u0645\u062A\u0639\u0644\u0642\u06C1 \u062E\u0628\u0631\u06CC\u06BA",
  "\u0633\u0628 \u0633\u06D2 \u0632\u06CC\u0627\u062F\u06C1 \u067E\u0691\u06BE\u06CC \u062C\u0627\u0646\u06D2 \u0648\u0627\u0644\u06CC",
  "\u0645\u0642\u0628\u0648\u0644 \u062A\u0631\u06CC\u0646",
  "\u062A\u0627\u0632\u06C1 \u062A\u0631\u06CC\u0646",
  "\u0627\u062F\u0627\u0631\u06CC\u06C1",
  "\u0631\u0627\u0626\u06D2"
];
var RAIL_LABEL_PREFIXES = [
  "more from ",
  "more in ",
  "more on ",
  "more about ",
  "latest from ",
  "latest in ",
  "also in ",
  "more stories from ",
  "other stories in ",
  "more news from ",
  "mehr aus ",
  "mehr zu ",
  "weitere artikel zu ",
  "plus de ",
  "plus d'",
  "m\xE1s de ",
  "mais de ",
  "altro da ",
  "pi\xF9 da ",
  "wi\u0119cej z ",
  "meer van ",
  "\u0435\u0449\u0451 \u0438\u0437 ",
  "\u0435\u0449\u0435 \u0438\u0437 ",
  "\u0431\u043E\u043B\u044C\u0448\u0435 \u043E ",
  "empfehlungen aus ",
  "entdecke weitere ",
  "entdecken sie weitere ",
  "discover more ",
  "explore more "
];
var INLINE_TEASER_LEADS = [
  "related",
  "read more",
  "read also",
  "also read",
  "see also",
  "more",
  "read",
  "watch",
  "listen",
  "recommended",
  "don't miss",
  "don\u2019t miss",
  "also see",
  "read next",
  "click here",
  "related article",
  "related story",
  "related link",
  "related coverage",
  "opinion",
  "explainer",
  "analysis",
  "editorial",
  "see more",
  "related post",
  "related posts",
  "more coverage",
  "more on this",
  "lesen sie auch",
  "mehr zum thema",
  "auch interessant",
  "lire aussi",
  "\xE0 lire aussi",
  "a lire aussi",
  "lesen sie hier",
  "lesen sie mehr",
  "mehr dazu",
  "le puede interesar",
  "te podr\xEDa interesar",
  "puede interesarte",
  "lea tambi\xE9n",
  "lee tambi\xE9n",
  "te puede interesar",
  "leia tamb\xE9m",
  "leia mais",
  "veja tamb\xE9m",
  "leggi anche",
  "czytaj tak\u017Ce",
  "czytaj te\u017C",
  "zobacz tak\u017Ce",
  "lees ook",
  "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435",
  "\u043F\u043E \u0442\u0435\u043C\u0435",
  "\u76F8\u5173\u9605\u8BFB",
  "\u5EF6\u4F38\u9605\u8BFB",
  "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627",
  "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627\u064B",
  "\u06CC\u06C1 \u0628\u06BE\u06CC \u067E\u0691\u06BE\u06CC\u06BA"
];
var END_MATTER = [
  /^published in [\p{L}\s.&'’-]{2,40},? .{0,40}\d{4}\.?$/iu,
  // "Published in Dawn, November 3rd, 2021"
  /^(originally )?(published|appeared) (in|on) (the )?[\p{L}\s.&'’-]{2,40} (edition|issue|print edition)?.{0,40}$/iu,
  /^(copyright|©|\(c\))\s?.{0,120}$/iu,
  /^.{0,80}(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden|все права защищены)\.?.{0,160}$/iu,
  // A wire story's closing credit: the editor's initials and the agency ("aja/PAP", "(dpa/AFP)").
  /^\(?\p{Ll}{2,4}(\s?\/\s?(pap|dpa|afp|ap|reuters|rtr|kna|epd|apa|sda|ansa|efe|iar|tass|dts|ddp|belga|anp)){1,3}\)?\.?$/iu,
  /^(this (article|story) (was|has been) (originally |first )?(published|updated|amended|corrected).{0,160})$/iu,
  /^(follow|like) us on .{0,80}$/iu,
  /^(get|download) (the|our) .{0,40}app.{0,80}$/iu,
  /^(additional reporting|reporting) by .{0,120}$/iu,
  /^(editing|edited) by .{0,120}$/iu,
  /^(have|got) a (news )?tip\??.{0,120}$/iu,
  // Wire-style credits and citation trailers: "Jessica Napoli contributed to this report.",
  // "Citation: <title> (2019, November 18) retrieved …", "This document is subject to copyright."
  /^citation: .{0,300}\bretrieved\b.{0,200}$/iu,
  // "SUGGESTED CITATION Sauer, Heiko: …", "Diese Folge zitieren: …": how to cite the page.
  /^(suggested citation|cite this (article|page|post|episode|story)|how to cite this|zitiervorschlag|zitierhinweis|diese (folge|episode|seite) zitieren|diesen (artikel|beitrag) zitieren|citer cet article|cómo citar)\b.{0,300}$/iu,
  /^this (document|article|material) is subject to copyright\b.{0,300}$/iu
];
var ABOUT_ISSUER = /^[\p{Lu}][\p{L}\p{N}&.,'’ -]{1,60}? (is|are|ist|est|es|è|é) (a|an|the|one of the|ein|eine|einer der|un|une|una|uno|l'un des|uno de los|um|uma) ([^.]{0,120})/u;
var ISSUER_KIND = /\b(provider|company|companies|leader|manufacturer|maker|organi[sz]ation|firm|group|developer|supplier|agency|network|platform|publisher|foundation|association|institute|bank|insurer|retailer|operator|unternehmen|anbieter|hersteller|konzern|verband|entreprise|groupe|fournisseur|empresa|proveedor|società|azienda)\b/iu;
var ABOUT_HEADING = /^(about|über|à propos de|a propos de|acerca de|sobre|informazioni su|o) [\p{Lu}\p{N}]/u;
var CONTACT_LABEL = /^(kontakt|pressekontakt|medienkontakt|ansprechpartner(in)?( zum thema| für die presse| für journalisten)?|media contacts?|press contacts?|media enquiries|press enquiries|for (more|further) information,? (please )?contact|contact presse|contact médias?|contacto( de prensa)?|contacto para medios|contatti? stampa|kontakt dla mediów|perscontact)\s*:?$/iu;
var NEWSLETTER = [
  /\b(sign ?up|subscribe|register) (for|to) (our|the|my)? ?.{0,40}(newsletter|briefing|digest|alerts|emails?|updates)\b/iu,
  /\bnewsletter\b.{0,80}\b(sign ?up|subscribe|inbox|email)\b/iu,
  /\b(get|receive) .{0,40}(in|to) your inbox\b/iu,
  /\benter your e-?mail\b/iu,
  /\b(newsletter abonnieren|jetzt abonnieren|inscrivez-vous|abonnez-vous|suscríbete|assine|iscriviti|zapisz się|schrijf je in|подпишитесь)\b/iu,
  /\b(subscribe now|already a subscriber|support (our|independent) journalism|become a (member|subscriber))\b/iu,
  // Subscription and membership pitches: "Subscribe to WIRED and stay smart…", "If you enjoyed
  // this article, we have a proposition for you: Join …", "Join our Space Forums…".
  /^subscribe (to|today|for)\b/iu,
  /\b(sign up|subscribe) here\.?$/iu,
  /^jetzt\b.{0,60}\b(anmelden|registrieren|abonnieren)!?$/iu,
  /\bsuscr[ií]b(ete|irse) (aquí )?a nuestr[ao]s? (newsletter|boletín|boletines)\b/iu,
  /\bif you (enjoyed|liked|value|appreciate(d)?) (this|our) (article|story|piece|journalism|reporting|work)\b/iu,
  /^join (our|the) .{0,40}\b(forums?|community|newsletter|mailing list|members?)\b/iu,
  /\b(get|unlock) (full |unlimited )?access to\b.{0,120}\b(subscription|for as little as|per month|a year)\b/iu,
  // Messenger channels and feeds: "¿Ya sabías que … tenemos canal de Telegram? Únete…", "RSS-Feed abonnieren".
  /\b(canal|channel|kanal) (de |on |auf |en )?(telegram|whatsapp)\b/iu,
  /\b(únete|join|folge|folgt|abonniere|suscríbete|síguenos|follow)\b.{0,60}\b(telegram|whatsapp)[- ]?(kanal|channel|canal|gruppe|group|grupo)?\b/iu,
  /\brss[- ]?feeds? (abonnieren|subscribe)\b|\bsubscribe to (our |the )?rss\b/iu,
  // German sign-up headings: "Zu unseren Newslettern anmelden", "Newsletter bestellen".
  /\bnewslett?er[\p{L}-]*\b.{0,40}\b(anmelden|abonnieren|bestellen|registrieren)\b|\b(anmelden|abonnieren|bestellen) (zum|für unseren|für den) newsletter\b/iu,
  // Follow-this-topic widgets: "Über 1.110 Community-Mitglieder folgen diesem Thema."
  /\b(mitglieder|follower|leser(innen)?|nutzer(innen)?) folgen (diesem|dieser) (thema|autor|autorin|serie|rubrik)\b|\b(members|followers|readers|people) (are )?follow(ing)? this (topic|author|series|story)\b|\b(membres|abonnés|lecteurs|personnes) suivent ce (sujet|thème|auteur)\b|\b(miembros|seguidores|lectores|personas) siguen este (tema|autor)\b/iu
];
var SHARE = [
  /^(share( this( article| story)?)?( on| via)?:?\s*)?((facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|reddit|telegram|print|copy link|messenger)[\s,|•·]*){2,}$/iu,
  /^share (on|via) (facebook|twitter|x|linkedin|whatsapp|email)$/iu,
  // One button's word, alone or as a label ("Teilen:"); "print" in each language ("drukuj").
  /^(share|tweet|email|print|comments?|save|teilen|partager|compartir|compartilhar|condividi|udostępnij|delen|поделиться|drucken|artikel drucken|seite drucken|imprimer|imprimir|stampa|drukuj|afdrukken|печать|print this (article|page|story))\s*:?$/iu
];
var AUTHOR_BIO = [
  /^(about the author|about the writer|author bio|über den autor|über die autorin|à propos de l'auteur|sobre el autor|sobre o autor|l'autore)\b/iu
];
var PROMO = [
  /^(continue reading|story continues|article continues) (below|after).{0,40}$/iu,
  /^advertisement$/iu,
  /^(anzeige|publicité|publicidad|publicidade|pubblicità|reklama|advertentie|реклама)$/iu,
  /\bclick here\b.{0,80}$/iu,
  /^(scroll (down )?to continue|skip (to|past) (content|ad))/iu,
  /^(watch|listen)( now)?:?$/iu,
  // A live blog's pitch inside a story: "Follow our live blog for the latest", "Alle
  // Entwicklungen im Liveblog", "Suivez notre direct".
  /^(follow|read|get|see) (our|the) (live|latest)\b.{0,120}$/iu,
  /^(alle (aktuellen )?(entwicklungen|infos|informationen|news)|verfolgen sie|lesen sie)\b.{0,80}\b(im|in unserem|in unserem) (live-?blog|live-?ticker|newsblog|ticker)\b.{0,40}$/iu,
  /^(suivez|retrouvez) (notre|le|en) (direct|live)\b.{0,120}$|^(siga|sigue) (nuestro|el|en) (directo|vivo|minuto a minuto)\b.{0,120}$/iu
];
var BOILERPLATE_LINES = [
  /^(email|e-mail|contact|reach|write to|follow)\b.{0,160}(@\w|\btwitter\b|\bfacebook\b|\binstagram\b|https?:\/\/)/iu,
  // Disclosures, not product boxes ("Available from Amazon / BGR may receive a commission" is
  // the box a deals story is made of).
  /\b(affiliate commission|commission if you (buy|purchase|click|shop))\b/iu,
  /\b(this|the) (post|article|page|story) (may )?contains? (affiliate|sponsored|referral)\b/iu,
  /\b(this|our) (web)?site uses cookies\b/iu,
  /\b(diese|unsere) (web)?seite (verwendet|nutzt) cookies\b|\bauf dieser (web)?seite werden cookies (verwendet|eingesetzt|genutzt)\b|\bce site utilise des cookies\b|\beste (sitio|sitio web|portal) (utiliza|usa) cookies\b|\bquesto sito (utilizza|usa) (i )?cookie\b/iu,
  // The same notice in more languages, and the consent platforms' own wording ("We and our 842
  // partners store and/or access information on a device").
  /χρησιμοποιεί cookies|χρησιμοποιούμε cookies|\b(deze (web)?site (gebruikt|maakt gebruik van)|wij gebruiken|we gebruiken) cookies\b|\b(este (site|website|sítio) (usa|utiliza)|utilizamos) cookies\b|\b(ta|nasza) strona( internetowa)? (używa|wykorzystuje) (plików )?cookies\b|\bużywamy (plików )?cookies\b|\b(den här|denna) (webbplats|sajt|sida) använder (kakor|cookies)\b|\bvi (använder|bruger|bruker) (kakor|cookies|informasjonskapsler)\b|\b(denne|dette) (hjemmeside|nettsted|websted|side) (bruger|bruker) (cookies|informasjonskapsler)\b|\btento web používá (soubory )?cookies\b|\bpoužíváme (soubory )?cookies\b|\b(bu site|web sitemiz|sitemiz) çerez|\bçerezleri kullanıyoruz\b|\b(этот|наш) сайт использует (файлы )?cookie|\bмы используем (файлы )?cookie|\b(wir verwenden|wir nutzen|nous utilisons des|utilizziamo (i )?|usiamo (i )?)cookies?\b/iu,
  /\b(we|wir|nous|nosotros) (and|und|et|y) (our|unsere|nos|nuestros) (\d+ )?(partners|partner|partenaires|socios)\b.{0,80}\b(store|access|speichern|zugreifen|stocker|accéder|almacenar|acceder)\b|\bstore and\/or access information on a device\b/iu,
  /\brequires javascript\b/iu,
  /^(post|leave|add|show|view|load|read) (a |all |the )?comments?\b.{0,40}$/iu,
  /^(sign in|log in|login|sign up|register|subscribe|my account|advert|sponsored|sponsored content|ad|anzeige):?$/iu,
  /^note: we are .{0,40}moderating\b/iu,
  // Rating, sharing, login and cart widgets printed as text.
  /^(rate this (article|story)|valora esta noticia|bewerten sie diesen artikel|artikel bewerten|notez cet article)\b.{0,40}$/iu,
  /^\(?(no ratings yet|noch keine bewertungen|aucune note|sin valoraciones)\)?\.?$/iu,
  /^(share this (article|story|post)|diesen (artikel|beitrag) teilen|partager cet article|compartir (esta noticia|este artículo)|condividi (questo articolo|l'articolo))$/iu,
  /^(you are not logged in|sie sind (aktuell |derzeit )?nicht eingeloggt|vous n'êtes pas connecté|no has iniciado sesión)\b.{0,40}$/iu,
  /^(der artikel wurde (erfolgreich )?(in den warenkorb )?hinzugefügt|(the )?(item|product) (was|has been) added to (your )?(cart|basket))\.?$/iu,
  /^(quellen (ausblenden|einblenden|anzeigen)|show sources|hide sources)$/iu,
  /^(externer inhalt|external content|contenu externe|contenido externo)$/iu,
  /^(category|categories|kategorie|kategorien|catégorie|categoría|categoria|kategoria|rubrik|ressort|rubrique|sección|sezione|dział|sectie|раздел)\s*:\s*[^.!?]{1,60}$/iu,
  /^(last modified|zuletzt (geändert|aktualisiert)|dernière modification|última modificación)\s*:?\s*[^.!?]{0,40}$/iu,
  // A tag list printed as a line: "Related Topics: Veterans, Nevada", "Schlagwörter: Klima, Verkehr".
  /^(related topics|topics|tags|filed under|themen|schlagw(ö|o)rte?r?|stichw(ö|o)rter|mots[- ]clés|étiquettes|etiquetas|temas relacionados|argomenti|tagi|trefwoorden|теги|метки)\s*:\s*[^.!?:]{1,160}$/iu,
  /^(atenção|attention|atención): comentários\b/iu,
  // Member pitches: "… und erhalten Sie exklusive Angebote!" (the line only: the box around it
  // may hold the story's own list).
  /\b(erhalten sie|get|receive|recevez|recibe|ricevi) (unsere |our )?(exklusive|exclusive|exclusives|exclusivas|esclusive) (angebote|offers|deals|vorteile|offres|ofertas|offerte)\b/iu,
  // Push-notification and paging prompts: "Erhalte Updates direkt auf dieses Gerät – abonniere
  // jetzt.", "... weiter zu »Die Wortwahl«", "Next page".
  /\b(erhalte|erhalten sie|get|receive|recevez|recibe) (updates|benachrichtigungen|notifications|push-nachrichten|notificaciones)\b.{0,40}\b(gerät|device|browser|appareil|dispositivo)\b/iu,
  /^(\.{3}|…)?\s*(weiter zu|weiter mit|continue (to|with)|next page|nächste seite|page suivante|página siguiente|pagina successiva)\b.{0,80}$/iu,
  // Affiliate disclosures in German: "Dieser Artikel kann Links zu Anbietern enthalten, von denen
  // … eine Provision erhält."
  /\b(links? zu anbietern|affiliate[- ]links?|partner[- ]?links?|werbelinks?)\b.{0,120}\b(provision|vergütung|commission)\b/iu,
  // A breadcrumb printed as text: "> Blog > Aus den Ländern > Digitalpolitische Jahrestagung".
  // (The cheap tests first, each a scan for characters: a separator somewhere, a line of up to
  // 200 characters without a stop; then two separators with spaces around them.)
  /^(?=[^>›]*[>›])(?=[^.!?]{1,200}$)(?:.*?\s[>›]\s){2}/u,
  // Comment-section gates: "Um den Tipp … kommentieren zu können, müssen Sie eingeloggt sein."
  /\b(kommentieren|comment|commenter|comentar)\b.{0,60}\b(eingeloggt|angemeldet|logged in|signed in|connecté|registrado)\b/iu,
  // "Weitere Infos unter www.example.de.": a pointer elsewhere, not story.
  /^(weitere infos|weitere informationen|mehr infos|mehr informationen|more info(rmation)?|further information|plus d'infos|plus d'informations|más información|mais informações|maggiori informazioni|więcej informacji)( (unter|at|on|sur|en|em|su|na))?:?\s*(www\.|https?:\/\/)\S+\.?$/iu,
  // The heading of a table of contents: its in-page links are gone with the page's <nav>s, and
  // a reader needs neither.
  /^(table of contents|contents|in this article|on this page|inhaltsverzeichnis|inhalt|auf dieser seite|sommaire|table des matières|dans cet article|índice|contenido|tabla de contenidos?|indice|sommario|spis treści|inhoudsopgave|inhoud|содержание|оглавление|目录|目錄)\s*(\[?(hide|show|ausblenden|einblenden|anzeigen|verbergen|afficher|masquer|mostrar|ocultar)\]?)?:?$/iu,
  // The explanation of a button that is gone: "Mit diesem Button kannst Du …".
  /^(mit diesem|mit dem|über diesen|with this|use this|avec ce|con este|con questo) (button|knopf|schaltfläche|bouton|botón|pulsante)\b.{0,240}$/iu,
  // Credits for the page's header picture: "Beitragsbild: Titelseite der FAZ…".
  /^(beitragsbild|titelbild|headerbild|featured image|header image|image credit|photo credit|bildnachweis|bildquelle)\s*:\s*.{1,200}$/iu,
  // Report-a-mistake trailers: "Found a typo? Let us know", "Fehler gefunden? Jetzt melden".
  /^(have you )?(found|spotted|seen|noticed) (a|an) (typo|error|mistake)\b.{0,160}$/iu,
  /^(report (a|an) (typo|error|mistake|correction)|submit a correction|suggest a correction)\b.{0,160}$/iu,
  /^(fehler gefunden|tippfehler gefunden|(haben sie|hast du) einen (tipp)?fehler (gefunden|entdeckt)|einen fehler (gefunden|entdeckt)|fehler melden)\b.{0,160}$/iu,
  /^(vous avez (repéré|trouvé|remarqué|vu) une (erreur|faute|coquille)|signaler une (erreur|faute|coquille))\b.{0,160}$/iu,
  /^(¿\s*)?(has|ha|habéis) (visto|encontrado|detectado) (un|algún) error\b.{0,160}$|^(reportar|comunicar|notificar) un error\b.{0,160}$/iu,
  /^(hai (trovato|notato) un errore|segnala(ci)? un errore|(encontrou|viu) (um|algum) erro|comunicar erro|zauważył(e|a)ś błąd|zgłoś błąd|fout (gezien|gevonden)|meld een fout|fant du en feil|har du fundet en fejl|hittade du ett fel|нашли ошибку|заметили ошибку)\b.{0,160}$/iu,
  // A newsroom's standards line under every story: "Our Standards: The Thomson Reuters Trust
  // Principles.", "Learn more about our editorial standards", "Unsere redaktionellen Leitlinien".
  /^(our standards|unsere standards)\s*:.{0,160}$/iu,
  /^((read|learn|find out|see) (more )?(about )?|unsere |our |nos |nuestr[oa]s? )?(trust principles|editorial (standards|guidelines|policies|policy|independence)|code of (ethics|conduct)|ethics (policy|guidelines)|redaktionellen? (leitlinien|grundsätze|standards)|charte (déontologique|éditoriale)|principios editoriales|código (ético|deontológico))\b.{0,120}$/iu
];
var TRAILING_LABELS = [
  // Tag, topic and share lists whose items were dropped: "Tags:", "Schlagwörter:", "Artikel teilen:".
  /^(tags?|tagi|schlagw(ö|o)rte?r?|stichw(ö|o)rter|themen|mots[- ]clés|étiquettes|etiquetas|temas|argomenti|tematy|trefwoorden|теги|метки|filed under|topics|share( this)?( article| story| post)?|artikel teilen|beitrag teilen|teilen|partager|compartir|condividi|udostępnij|delen|like)\s*:$/iu,
  // Read-on prompts whose link is gone: "Mehr lesen:", "Weiterlesen".
  /^(mehr lesen|weiterlesen|read more|read on|continue reading|lire la suite|leer más|seguir leyendo|leia mais|continue lendo|leggi (di più|tutto)|continua a leggere|czytaj (więcej|dalej)|lees (meer|verder)|читать далее)\s*:?$/iu,
  // Date labels whose value went with the page's metadata: "Erstveröffentlichung", "Last updated".
  /^(erstveröffentlichung|veröffentlicht( am)?|letzte aktualisierung|zuletzt aktualisiert|aktualisiert( am)?|first published|published( on)?|last updated|updated( on)?|publié le|mis à jour le|publicado( el)?|actualizado( el)?|pubblicato( il)?|aggiornato( il)?|opublikowano|gepubliceerd( op)?)\s*:?$/iu,
  // A sign-up prompt whose form is gone: "Sie wollen mehr von uns?", "Want more?".
  /^(sie wollen|wollen sie|du willst|willst du|(do )?you want|want|hungry for|vous en voulez|envie d'en savoir|quieres|queres|vuoi) (mehr|more|plus|más|mais|di più)( von uns| davon| from us| de nous)?\s*\??$/iu,
  // The placeholder of a shop or social widget that did not load: "Besuchen Sie die Webseite um
  // dieses Element zu sehen." Only here, at the story stage: taken out of the whole page, it
  // changed which container Readability picked.
  /^(bitte )?(besuchen sie|besuche|visit|rendez-vous sur|visitez|visita) (die|unsere|the|our|le|notre|el|nuestro|il|il nostro) (web)?(seite|site|website|webseite|sitio( web)?|portale?)\b.{0,40}\b(zu sehen|anzuzeigen|to (see|view)|pour (voir|afficher)|para ver|per vedere)\b.{0,40}$/iu,
  // An agency's or editor's initials signing the story off: "RIRM", "(AP)".
  /^\(?\p{Lu}{2,5}\)?$/u
];
var GALLERY_CHROME = [
  /^(image|photo|picture|slide|foto|bild|imagen|immagine|zdjęcie)\s*\d{1,3}\s*(of|\/|von|de|di|z|van|из)\s*\/?\s*\d{1,3}$/iu,
  /^[^\p{L}\p{N}]{1,6}$/u,
  // "/*", "»", "•••": stray punctuation from widgets and style blocks
  /^\d{1,3}\s*(of|\/|von|de|di|z|van|из)\s*\d{1,3}$/iu,
  /^(image|photo|caption|close|next|previous|prev|expand|enlarge|fullscreen|view gallery|open gallery|show caption|hide caption|\d{1,3})$/iu,
  /^(loading|lädt|wird geladen|chargement|cargando|carregando|caricamento)\s*(\.\.\.|…)?$/iu,
  // A picture's zoom button printed as text: "Bild vergrößern", "Click to enlarge".
  /^((bild|foto|grafik|image|photo|picture|imagen|immagine|zdjęcie|afbeelding) )?(vergrößern|vergroessern|enlarge|agrandir|ampliar|ingrandire|ingrandisci|powiększ|vergroten|zoom( in)?)$/iu,
  /^((click|tap) (here )?to (enlarge|zoom|expand)|view (larger|full size|full-size)( image)?|zum vergrößern (klicken|anklicken|tippen)|cliquez pour agrandir|haga clic para ampliar)$/iu
];
var DATE_LINE = /^((updated|published|posted|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)\s*:?\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?(\d{1,2}(st|nd|rd|th)? [a-zäéû]{3,9}\.?,? \d{4}|[a-zäéû]{3,9}\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+ (minutes?|mins?|hours?|hrs?|days?|weeks?) ago|(vor|il y a|hace|há) \d+ \p{L}+)(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?$/iu;

// src/core/isolate/leaves.ts
var LeafReader = class {
  constructor(changes) {
    this.changes = changes;
  }
  changes;
  seen = -1;
  root = null;
  blocks = [];
  texts = /* @__PURE__ */ new Map();
  verdicts = /* @__PURE__ */ new Map();
  /** leafBlocks(root), as it is now. Do not mutate the list. */
  leaves(root) {
    this.sync();
    if (this.root !== root) {
      this.root = root;
      this.blocks = leafBlocks(root);
    }
    return this.blocks;
  }
  /** normSpace(el.textContent), as it is now. */
  text(el) {
    this.sync();
    let t = this.texts.get(el);
    if (t === void 0) this.texts.set(el, t = normSpace(el.textContent));
    return t;
  }
  /** test(text), remembered for the whole analysis: for tests of text alone (a lexicon
   *  battery), which the page and story stages ask of the same lines. */
  classify(text, test) {
    let seen = this.verdicts.get(test);
    if (!seen) this.verdicts.set(test, seen = /* @__PURE__ */ new Map());
    let verdict = seen.get(text);
    if (verdict === void 0 && !seen.has(text)) seen.set(text, verdict = test(text));
    return verdict;
  }
  sync() {
    if (this.seen === this.changes.changes) return;
    this.seen = this.changes.changes;
    this.root = null;
    this.texts.clear();
  }
};

// src/core/isolate/shape.ts
function isHeadlineText(t) {
  if (t.length < 8 || t.length > 250) return /[\u3400-\u9fff]{6,}/.test(t) && t.length <= 250;
  return /\S\s+\S/.test(t) || /[\u3400-\u9fff]{6,}/.test(t);
}
var STORY_PARAGRAPH_MIN = 220;
var STANDALONE_SHARE = 0.6;
var PROSE_MIN = 80;
var SENTENCE_END = /[.!?…"”’»)。！？]$/;
var STORY_END = /[.!?…"”’»)]$/;
function shapeOf(el) {
  const s = { text: 0, linkText: 0, headlineLinks: 0, dates: 0, proseBlocks: 0, storyParagraphs: 0 };
  const pending = [];
  const visit = (e, root) => {
    const tag = tagOf(e);
    const block = BLOCK_TAGS.has(tag);
    const scope = block || root;
    if (scope) pending.push([]);
    let raw = "";
    let links = 0;
    let blockChild = false;
    let time = false;
    let kids = 0;
    let anchors = 0;
    let headings = 0;
    const headlinesBefore = s.headlineLinks;
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) raw += c.data;
      else if (isElement(c)) {
        kids++;
        const w = visit(c, false);
        raw += w.raw;
        links += w.links;
        blockChild ||= w.block;
        time ||= w.time;
        anchors += w.anchors;
        headings += w.headings;
      }
    }
    if (tag === "a" && e.hasAttribute("href")) anchors++;
    if (/^h[2-6]$/.test(tag) && isHeadlineText(normSpace(raw))) headings++;
    if (!root && tag === "article" && headings === 1 && anchors > 0 && s.headlineLinks === headlinesBefore && normSpace(raw).length <= 300) s.headlineLinks++;
    if (!root && tag === "a") {
      const t = normSpace(raw);
      links += t.length;
      s.linkText += t.length;
      if (isHeadlineText(t)) pending[pending.length - 1].push(t.length);
    }
    if (scope) {
      const waiting = pending.pop();
      if (waiting.length) {
        const len = normSpace(raw).length;
        for (const l of waiting) if (l >= STANDALONE_SHARE * len) s.headlineLinks++;
      }
    }
    if (block && !blockChild) {
      const t = normSpace(raw);
      const density = t.length ? Math.min(1, links / t.length) : 0;
      if (t.length >= PROSE_MIN && SENTENCE_END.test(t) && density < 0.3) {
        s.proseBlocks++;
        if ((tag === "p" || tag === "div" || tag === "blockquote") && t.length >= STORY_PARAGRAPH_MIN && density <= 0.25 && (STORY_END.test(t) || t.length > 400)) {
          s.storyParagraphs++;
        }
      }
    }
    if (tag === "time") s.dates++;
    else if (kids <= 2 && raw.length <= 200 && !time) {
      const t = normSpace(raw);
      if (t.length <= 40 && DATE_LINE.test(t)) s.dates++;
    }
    if (root) s.text = normSpace(raw).length;
    return { raw, links, block, time: time || tag === "time", anchors, headings };
  };
  visit(el, true);
  return s;
}
function isStoryParagraph(el) {
  const t = tagOf(el);
  if (t !== "p" && t !== "div" && t !== "blockquote") return false;
  const text = textOf(el);
  if (text.length < STORY_PARAGRAPH_MIN) return false;
  if (linkDensity(el) > 0.25) return false;
  return /[.!?…"”’»)]$/.test(text) || text.length > 400;
}
function looksLikeTeasers(s) {
  if (s.text === 0) return true;
  const prose = s.text - s.linkText;
  const items = Math.max(s.headlineLinks, s.dates);
  const cards = Math.min(s.headlineLinks, s.dates);
  if (s.storyParagraphs > cards && (s.storyParagraphs >= 3 || s.storyParagraphs >= 2 && s.storyParagraphs > items / 2)) return false;
  if (items === 0) return s.proseBlocks === 0 && s.linkText / s.text > 0.6;
  if (s.proseBlocks > items + 1) return false;
  return prose / items <= 320;
}

// src/core/isolate/prune.ts
var PRUNED = /* @__PURE__ */ new Set(["script", "style", "template", "nav", "svg", "select", "textarea", "iframe", "object", "embed", "canvas"]);
var EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|threads-embed)(?:\s|$)/;
var isEmbeddedPost = (el) => tagOf(el) === "blockquote" && EMBEDDED_POST.test(classOf(el));
function inEmbeddedPost(el) {
  return closestWhere(el.parentElement, isEmbeddedPost) !== null;
}
function isJsonLd(script) {
  return (script.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json";
}
function isPrunable(el, tag) {
  if (PRUNED.has(tag) && !(tag === "script" && isJsonLd(el))) return true;
  if (tag === "form") return isSignInForm(el);
  return el.hasAttributes() && (isHidden(el) || isOffStory(el));
}
function planPrune(body) {
  const plan = { doomed: [], posts: [], asides: [] };
  const visit = (el) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isEmbeddedPost(c)) plan.posts.push(c);
      const tag = tagOf(c);
      if (isPrunable(c, tag)) plan.doomed.push(c);
      else {
        if (tag === "aside") plan.asides.push(c);
        visit(c);
      }
    }
  };
  visit(body);
  return plan;
}
function pruneNonContent(body, plan = planPrune(body)) {
  for (const el of plan.doomed) remove(el);
  for (const post of plan.posts) unwrapEmbedBox(post, body);
}
function removeAsides(asides, headline, removals) {
  let last = null;
  for (const aside of asides) {
    if (last && last.contains(aside) || headline && aside.contains(headline)) continue;
    removals.drop(aside, "sidebar");
    last = aside;
  }
}
function isSignInForm(form) {
  if (!form.querySelector('input[type="email"], input[type="password"], input[type="tel"], input[name*="mail" i]')) return false;
  if (form.querySelector("h1, article")) return false;
  return textUpTo(form, FORM_TEXT_LIMIT) < FORM_TEXT_LIMIT;
}
function textUpTo(el, limit) {
  let n = 0;
  for (let c = el.firstChild; c && n < limit; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) n += c.data.trim().length;
    else if (c.nodeType === 1 && !PRUNED.has(tagOf(c))) n += textUpTo(c, limit - n);
  }
  return n;
}
var FORM_TEXT_LIMIT = 3e3;
function isOffStory(el) {
  const cls = classOf(el);
  if (!cls) return false;
  return NAVIGATION_CLASS.test(cls) || SCREEN_READER_ONLY.test(cls) && /\p{L}/u.test(el.textContent ?? "");
}
var SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|hideCompletely|element-invisible|assistive-text)(?:\s|$)/;
var NAVIGATION_CLASS = /(?:^|\s)(?:navigation|navbar|nav)(?:\s|$)/;
function isHidden(el) {
  const css = el.getAttribute("style");
  if (css && /display|visibility/i.test(css)) {
    const style = el.style;
    if (style && (style.display === "none" || style.visibility === "hidden")) return true;
  }
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") !== "true") return false;
  return !classOf(el).includes("fallback-image");
}
function unwrapEmbedBox(post, body) {
  for (let box = post.parentElement; box && box !== body && box.parentNode && onlyChild(box) === post; box = post.parentElement) {
    box.replaceWith(post);
  }
}
function onlyChild(el) {
  if (el.firstElementChild !== el.lastElementChild) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && c.data.trim()) return null;
  }
  return el.firstElementChild;
}

// src/core/isolate/rails.ts
var RAIL_SET = new Set(RAIL_LABELS.map((l) => labelKey(l)));
var MAX_LABEL = 60;
function isRailLabel(text, shaped = true) {
  const key2 = labelKey(text);
  if (!key2 || key2.length > MAX_LABEL) return false;
  if (RAIL_SET.has(key2)) return true;
  if (key2.length > 40) return false;
  return opensWithRailPrefix(key2) || shaped && MORE_KIND.test(key2);
}
var opensWithRailPrefix = (key2) => RAIL_LABEL_PREFIXES.some((p) => key2.startsWith(p) && key2.length > p.length);
function opensLikeRailLabel(text) {
  const key2 = labelKey(text);
  return key2.length <= MAX_LABEL && !/[.!?]$/.test(text) && opensWithRailPrefix(key2);
}
var MORE_KIND = /^more (?!than )(?:[\p{L}\p{N}'’&.-]+ ){0,3}(?:stories|news|articles|headlines|videos|reads|posts)$/u;
function removeHeadedRails(root, removals, options = {}) {
  let count = 0;
  for (const label of findRailLabels(root, !options.page)) {
    if (!root.contains(label)) continue;
    const region = railRegion(label, root, !!options.page) ?? (options.page ? null : promoBox(label, root) ?? danglingLabel(label, root));
    if (!region) continue;
    removals.dropAll(region, "rail-heading");
    count++;
  }
  return count;
}
function findRailLabels(root, shaped = true) {
  const found = [];
  const lengths = [];
  const SKIP = /* @__PURE__ */ new Set(["script", "style", "option", "template", "noscript"]);
  let lastText2 = "";
  const verdicts = /* @__PURE__ */ new Map();
  const visit = (el) => {
    if (SKIP.has(tagOf(el))) return MAX_LABEL + 1;
    let n = 0;
    let kids = 0;
    let own = "";
    const mark = found.length;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const data = c.data;
        n = Math.min(MAX_LABEL + 1, n + visibleLength(data, MAX_LABEL - n));
        if (n <= MAX_LABEL) own += data;
      } else if (isElement(c)) {
        kids++;
        n = Math.min(MAX_LABEL + 1, n + visit(c));
        if (n <= MAX_LABEL) own += lastText2;
      }
    }
    lastText2 = n <= MAX_LABEL ? own : "";
    if (el === root) return n;
    if (kids > 3 || n === 0 || n > MAX_LABEL) return n;
    while (found.length > mark && lengths[lengths.length - 1] === n) {
      found.pop();
      lengths.pop();
    }
    let label = verdicts.get(own);
    if (label === void 0) verdicts.set(own, label = isRailLabel(normSpace(own), shaped));
    if (label) {
      found.splice(mark, 0, el);
      lengths.splice(mark, 0, n);
    }
    return n;
  };
  visit(root);
  return found;
}
function railRegion(label, root, page = false) {
  const labelText = normSpace(label.textContent);
  let best = null;
  for (let cur = label.parentElement; cur && cur !== root; cur = cur.parentElement) {
    const relation = textPrefixRelation(cur, labelText);
    if (relation === "same") continue;
    if (relation === "other") break;
    if (cur.getElementsByTagName("h1").length) break;
    const shape = shapeOf(cur);
    if (!hasTeaserItems(shape) || !looksLikeTeasers(shape)) break;
    if (page && shape.storyParagraphs > 0) break;
    best = cur;
  }
  if (best) return [best];
  const run = [label];
  const total = { text: 0, linkText: 0, headlineLinks: 0, dates: 0, proseBlocks: 0, storyParagraphs: 0 };
  for (let sib = label.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (!isElement(sib)) continue;
    if (isHeading(sib) && !sib.getElementsByTagName("a").length && isRailLabel(textOf(sib))) break;
    if (isStoryParagraph(sib) && !sib.getElementsByTagName("a").length) break;
    if (tagOf(sib) === "h1" || sib.getElementsByTagName("h1").length) break;
    const s = shapeOf(sib);
    if (!looksLikeTeasers(s) && (s.storyParagraphs >= 2 || s.text > 250)) break;
    if (run.length > 1 && s.linkText === 0 && s.dates === 0 && s.proseBlocks > 0 && !followedByTeaser(sib)) break;
    run.push(sib);
    add(total, s);
  }
  if (run.length < 2 || !hasTeaserItems(total) || !looksLikeTeasers(total)) return null;
  return run;
}
var MAX_PROMO_BOX = 300;
function promoBox(label, root) {
  const labelText = normSpace(label.textContent);
  for (let cur = label.parentElement; cur && cur !== root; cur = cur.parentElement) {
    const relation = textPrefixRelation(cur, labelText);
    if (relation === "same") continue;
    if (relation === "other" || cur.getElementsByTagName("h1").length) return null;
    const s = shapeOf(cur);
    const hasLink = Array.from(cur.getElementsByTagName("a")).some((a) => textOf(a));
    return s.text <= MAX_PROMO_BOX && hasLink && s.storyParagraphs === 0 && s.proseBlocks <= 1 ? [cur] : null;
  }
  return null;
}
function danglingLabel(label, root) {
  return nothingAfter(label, root) ? [label] : null;
}
function followedByTeaser(el) {
  const next = el.nextElementSibling;
  if (!next) return false;
  const s = shapeOf(next);
  return (s.headlineLinks > 0 || s.dates > 0) && looksLikeTeasers(s);
}
function hasTeaserItems(s) {
  return s.headlineLinks >= 1 || s.dates >= 1 || s.text > 0 && s.linkText / s.text > 0.6;
}
function add(t, s) {
  t.text += s.text;
  t.linkText += s.linkText;
  t.headlineLinks += s.headlineLinks;
  t.dates += s.dates;
  t.storyParagraphs += s.storyParagraphs;
  t.proseBlocks += s.proseBlocks;
}

// src/core/isolate/endmatter.ts
function anyOf(res) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of res) {
    const flags = lowerable(r) ? `${r.flags.replace("i", "")} lower` : r.flags;
    const key2 = `${flags}${anchoredAtStart(r.source) ? " ^" : ""}`;
    const sources = groups.get(key2) ?? [];
    sources.push(`(?:${r.source})`);
    groups.set(key2, sources);
  }
  const joined = [...groups].map(([key2, sources]) => ({ lower: key2.includes(" lower"), re: new RegExp(sources.join("|"), key2.split(" ")[0]) }));
  return (s, lower) => joined.some(({ lower: low, re }) => re.test(low ? lower ??= s.toLowerCase() : s));
}
function anchoredAtStart(source) {
  if (!source.startsWith("^")) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}
function lowerable(r) {
  if (!r.flags.includes("i")) return false;
  if (/\\[pP]\{L[ult]\}/.test(r.source)) return false;
  return !/[A-Z]/.test(r.source.replace(/\\[pP]\{[^}]*\}|\\./g, ""));
}
var isEndMatter = anyOf(END_MATTER);
var isNewsletter = anyOf(NEWSLETTER);
var isBoilerplate = anyOf(BOILERPLATE_LINES);
var isShare = anyOf(SHARE);
var isGalleryChrome = anyOf(GALLERY_CHROME);
var isPromo = anyOf(PROMO);
var isAuthorBio = anyOf(AUTHOR_BIO);
var isTrailingLabelText = anyOf(TRAILING_LABELS);
function followingSubtrees(el, root) {
  const out = [];
  for (let cur = el; cur && cur !== root; cur = cur.parentElement) {
    for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  }
  return out;
}
function removeEndMatter(root, removals, read = new LeafReader(removals)) {
  for (const block of read.leaves(root)) {
    if (!root.contains(block)) continue;
    const text = read.text(block);
    if (!text || text.length > 200 || !isEndMatter(text)) continue;
    if (isCreditLine(text) && !/\b(\d{4}|rights|reserved|rechte|droits|derechos|direitos|diritti)\b/iu.test(text)) continue;
    const after = followingSubtrees(block, root);
    const storyAfter = after.reduce((n, e) => n + (isStoryParagraph(e) ? 1 : 0) + Array.from(e.getElementsByTagName("p")).filter(isStoryParagraph).length, 0);
    removals.drop(block, "end-matter");
    if (storyAfter <= 1 && after.length) removals.dropAll(after.filter((e) => root.contains(e)), "end-matter");
  }
}
var MAX_BOILERPLATE = 1500;
var isIssuerBlurb = (text) => ISSUER_KIND.test(ABOUT_ISSUER.exec(text)?.[3] ?? "");
var isAboutHeading = (text) => text.length <= 60 && ABOUT_HEADING.test(text.charAt(0).toLowerCase() + text.slice(1));
function removeIssuerBoilerplate(root, removals, read = new LeafReader(removals)) {
  const blocks = read.leaves(root);
  for (let i = Math.max(0, blocks.length - 8); i < blocks.length; i++) {
    const block = blocks[i];
    const text = read.text(block);
    if (!text || !isIssuerBlurb(text)) continue;
    const prev = blocks[i - 1];
    const heading = prev && isAboutHeading(read.text(prev)) ? prev : null;
    const start = heading ?? ruleAbove(block, root);
    if (!start) continue;
    const after = followingSubtrees(start, root);
    const length = after.reduce((n, e) => n + textOf(e).length, 0);
    if (length > MAX_BOILERPLATE) continue;
    removals.dropAll([start, ...after].filter((e) => root.contains(e)), "end-matter");
    return;
  }
}
var CONTACT_TAIL = 8;
var isContactLine = (text) => text.length <= 100 && !/\p{Ll}{2,}[.!?]$/u.test(text);
function removeContactSection(root, removals, read = new LeafReader(removals)) {
  const blocks = read.leaves(root).filter((b) => read.text(b));
  for (let i = Math.max(0, blocks.length - CONTACT_TAIL); i < blocks.length; i++) {
    if (!CONTACT_LABEL.test(read.text(blocks[i]))) continue;
    const rest = blocks.slice(i + 1);
    if (!rest.length || !rest.every((b) => linesOf2(b).every(isContactLine))) return;
    removals.dropAll(blocks.slice(i), "end-matter");
    return;
  }
}
var linesOf2 = (block) => blockText(block).split("\n").map(normSpace).filter(Boolean);
function ruleAbove(block, root) {
  for (let cur = block; cur && cur !== root; cur = cur.parentElement) {
    for (let s = cur.previousElementSibling; s; s = s.previousElementSibling) {
      if (tagOf(s) === "hr") return s;
      if (textOf(s)) return null;
    }
  }
  return null;
}
var MIN_STORY_LEFT = 150;
function removeNewsletterBoxes(root, removals, read = new LeafReader(removals)) {
  const seeds = [];
  for (const form of Array.from(root.getElementsByTagName("form"))) seeds.push(form);
  for (const input of Array.from(root.getElementsByTagName("input"))) if ((input.getAttribute("type") ?? "").toLowerCase() === "email") seeds.push(input);
  for (const block of read.leaves(root)) {
    const text = read.text(block);
    if (text && text.length <= 300 && isNewsletter(text)) seeds.push(block);
  }
  for (const seed of seeds) {
    if (!root.contains(seed) || textOf(seed).length > 500) continue;
    let box = seed;
    const heads = seed.getElementsByTagName("input").length === 0 ? normSpace(seed.textContent) : "";
    for (let cur = seed.parentElement; cur && cur !== root; cur = cur.parentElement) {
      if (textOf(cur).length > 500) break;
      if (Array.from(cur.getElementsByTagName("p")).some(isStoryParagraph) && !(heads && textPrefixRelation(cur, heads) !== "other")) break;
      box = cur;
    }
    if (textOf(root).length - textOf(box).length < MIN_STORY_LEFT) continue;
    removals.drop(box, "newsletter");
  }
}
var TIME_ONLY = /^\d{1,2}([:.h]\d{2})?\s*([ap]\.?\s?m\.?)?$/i;
var NOT_CHROME = { kind: null, promoIfLinked: false };
function chromeVerdict(text) {
  if (!text || text.length > 300) return NOT_CHROME;
  const lower = text.toLowerCase();
  if (isBoilerplate(text, lower)) return { kind: "promo", promoIfLinked: false };
  if (text.length > 200) return NOT_CHROME;
  if (isShare(text, lower)) return { kind: "share-bar", promoIfLinked: false };
  if (isGalleryChrome(text, lower)) return { kind: "gallery-chrome", promoIfLinked: false };
  const promo = isPromo(text, lower);
  if (promo && (text === text.toUpperCase() || text.length < 60)) return { kind: "promo", promoIfLinked: false };
  return { kind: otherChrome(text, lower), promoIfLinked: promo };
}
function otherChrome(text, lower) {
  if (isAuthorBio(text, lower)) return "author-bio";
  if ((text.length <= 60 && DATE_LINE.test(text) || isMetaLine(text)) && !TIME_ONLY.test(text)) return "byline";
  return null;
}
function removeChromeLines(root, removals, read = new LeafReader(removals)) {
  for (const block of read.leaves(root)) {
    if (!root.contains(block)) continue;
    const kind = chromeKind(read.classify(read.text(block), chromeVerdict), block);
    if (kind === "author-bio") removeBio(block, root, removals);
    else if (kind) removals.drop(block, kind);
    else if (block.getElementsByTagName("br").length && allChrome(block, read)) removals.drop(block, "promo");
  }
}
var chromeKind = (verdict, block) => verdict.promoIfLinked && block.getElementsByTagName("a").length ? "promo" : verdict.kind;
function allChrome(block, read) {
  const lines = linesOf2(block);
  return lines.length >= 2 && lines.every((l) => {
    const kind = chromeKind(read.classify(l, chromeVerdict), block);
    return kind !== null && kind !== "author-bio";
  });
}
function removeBio(header, root, removals) {
  const box = header.parentElement && header.parentElement !== root && textOf(header.parentElement).length <= 600 ? header.parentElement : null;
  if (box) removals.drop(box, "author-bio");
  else {
    const next = header.nextElementSibling;
    const parts = [header];
    if (next && textOf(next).length <= 600) parts.push(next);
    removals.dropAll(parts, "author-bio");
  }
}
var MAX_PROSE_REPEATS = 3;
function removeDuplicateBlocks(root, removals, read = new LeafReader(removals)) {
  const seen = /* @__PURE__ */ new Map();
  const captions = [];
  const prose = [];
  for (const block of read.leaves(root)) {
    if (!root.contains(block)) continue;
    const key2 = read.text(block).toLowerCase();
    if (key2.length < 20) continue;
    const first = seen.get(key2);
    if (!first) seen.set(key2, block);
    else if (!first.contains(block) && !(inEmbeddedPost(block) && inEmbeddedPost(first))) (isFigureText(block) || isFigureText(first) ? captions : prose).push(block);
  }
  const repeats = prose.length <= MAX_PROSE_REPEATS ? [...captions, ...prose] : captions;
  for (const block of repeats) removals.drop(block, "caption-duplicate");
}
function isFigureText(el) {
  return isCaption(el) || closestWhere(el, (p) => tagOf(p) === "figure") !== null;
}
var MAX_TRAILING = 6;
var MAX_TRAILING_LABEL = 100;
function removeTrailingLabels(root, removals, read = new LeafReader(removals)) {
  for (let n = 0; n < MAX_TRAILING; n++) {
    const blocks = read.leaves(root);
    let last;
    for (let i = blocks.length - 1; i >= 0 && !last; i--) if (read.text(blocks[i])) last = blocks[i];
    if (!last || !isTrailingLabel(last, read.text(last), root) || !nothingAfter(last, root)) return;
    removals.drop(last, "end-matter");
  }
}
function isTrailingLabel(block, text, root) {
  if (text.length > MAX_TRAILING_LABEL) return false;
  if (closestWhere(block, isHeading, root) || isRailLabel(text) || opensLikeRailLabel(text) || isShare(text)) return true;
  return isTrailingLabelText(text);
}

// src/core/isolate/published.ts
var MONTH_NAMES = {
  1: ["january", "jan", "januar", "j\xE4nner", "j\xE4n", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "stycznia", "stycze\u0144", "\u044F\u043D\u0432\u0430\u0440\u044F", "\u044F\u043D\u0432\u0430\u0440\u044C"],
  2: ["february", "feb", "februar", "f\xE9vrier", "f\xE9vr", "fevrier", "febrero", "fevereiro", "fev", "febbraio", "februari", "lutego", "luty", "\u0444\u0435\u0432\u0440\u0430\u043B\u044F", "\u0444\u0435\u0432\u0440\u0430\u043B\u044C"],
  3: ["march", "mar", "m\xE4rz", "m\xE4r", "maerz", "mars", "marzo", "mar\xE7o", "maart", "mrt", "marca", "marzec", "\u043C\u0430\u0440\u0442\u0430", "\u043C\u0430\u0440\u0442"],
  4: ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecie\u0144", "\u0430\u043F\u0440\u0435\u043B\u044F", "\u0430\u043F\u0440\u0435\u043B\u044C"],
  5: ["may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maja", "maj", "\u043C\u0430\u044F", "\u043C\u0430\u0439"],
  6: ["june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwca", "czerwiec", "\u0438\u044E\u043D\u044F", "\u0438\u044E\u043D\u044C"],
  7: ["july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipca", "lipiec", "\u0438\u044E\u043B\u044F", "\u0438\u044E\u043B\u044C"],
  8: ["august", "aug", "ao\xFBt", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpie\u0144", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0430\u0432\u0433\u0443\u0441\u0442"],
  9: ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre", "wrze\u015Bnia", "wrzesie\u0144", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044C"],
  10: ["october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "pa\u017Adziernika", "pa\u017Adziernik", "\u043E\u043A\u0442\u044F\u0431\u0440\u044F", "\u043E\u043A\u0442\u044F\u0431\u0440\u044C"],
  11: ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "\u043D\u043E\u044F\u0431\u0440\u044F", "\u043D\u043E\u044F\u0431\u0440\u044C"],
  12: ["december", "dec", "dezember", "dez", "d\xE9cembre", "d\xE9c", "decembre", "diciembre", "dic", "dezembro", "dicembre", "grudnia", "grudzie\u0144", "\u0434\u0435\u043A\u0430\u0431\u0440\u044F", "\u0434\u0435\u043A\u0430\u0431\u0440\u044C"]
};
var MONTHS2 = /* @__PURE__ */ new Map();
for (const [n, names] of Object.entries(MONTH_NAMES)) for (const name of names) MONTHS2.set(name, Number(n));
var MONTH = `(${[...MONTHS2.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
var PUBLISHED_LABEL = /(published|posted|first published|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано)\s*(on|am|le|el|em|il|op|:)?\s*$/iu;
var UPDATED_LABEL = /(updated|last updated|modified|aktualisiert|zuletzt aktualisiert|geändert|stand|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|обновлено)\s*(on|am|le|el|em|il|op|:)?\s*$/iu;
var pad = (n) => String(n).padStart(2, "0");
function ymd(y, m, d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return void 0;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return void 0;
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}
var MACHINE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
function isoDate(raw, lang) {
  const s = normSpace(raw);
  if (!s) return void 0;
  const m = MACHINE.exec(s);
  if (!m) return textDates(s, lang)[0]?.iso;
  const day2 = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day2 || m[4] === void 0) return day2;
  const h = Number(m[4]);
  const min = Number(m[5]);
  const sec = Number(m[6] ?? 0);
  if (h > 23 || min > 59 || sec > 59) return day2;
  let zone = (m[7] ?? "").toUpperCase();
  if (zone === "UTC" || zone === "GMT") zone = "Z";
  else if (zone && zone !== "Z") {
    const z = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
    zone = `${z[1]}:${z[2] ?? "00"}`;
  }
  return `${day2}T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
}
var L = "(?<![\\p{L}\\d])";
var R = "(?![\\p{L}\\d])";
var PRINTED = [
  // 2021-11-03, 2016.12.01, 2016/12/01
  { re: new RegExp(`${L}(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})${R}`, "gu"), read: (m) => ymd(+m[1], +m[2], +m[3]) },
  // 2021年11月3日 (Japanese, Chinese), 2024년 4월 30일 (Korean)
  { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, read: (m) => ymd(+m[1], +m[2], +m[3]) },
  // 03.11.2021, 3. 11. 2021: day first wherever dots are used
  { re: new RegExp(`${L}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${R}`, "gu"), read: (m) => ymd(+m[3], +m[2], +m[1]) },
  // 11/03/2021: month first in English, day first elsewhere; read only when the order is
  // certain (a part over 12) or the page's language settles it.
  {
    re: new RegExp(`${L}(\\d{1,2})/(\\d{1,2})/(\\d{4})${R}`, "gu"),
    read: (m, lang) => {
      const a = +m[1], b = +m[2], y = +m[3];
      if (a > 12) return ymd(y, b, a);
      if (b > 12) return ymd(y, a, b);
      return lang === "en" ? ymd(y, a, b) : lang ? ymd(y, b, a) : void 0;
    }
  },
  // November 3, 2021; Nov. 3rd 2021
  { re: new RegExp(`${L}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, "giu"), read: (m) => ymd(+m[3], MONTHS2.get(m[1].toLowerCase()), +m[2]) },
  // 3 November 2021, 27. Januar 2026, 3 de noviembre de 2021, 1er mars 2021, 3 ноября 2021 г.
  { re: new RegExp(`${L}(\\d{1,2})(?:\\.|\xBA|er|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?(\\d{4})${R}`, "giu"), read: (m) => ymd(+m[3], MONTHS2.get(m[2].toLowerCase()), +m[1]) }
];
function textDates(text, lang) {
  const out = [];
  for (const { re, read } of PRINTED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = read(m, lang);
      const at = m.index;
      if (iso && !out.some((d) => d.index <= at && at < d.end)) out.push({ iso, index: at, end: at + m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
function kindBefore(before) {
  const near = before.slice(-40);
  const pub = PUBLISHED_LABEL.exec(near);
  const upd = UPDATED_LABEL.exec(near);
  if (upd && (!pub || upd.index > pub.index)) return "updated";
  return pub ? "published" : "plain";
}
function kindOfMarkup(el) {
  for (let cur = el, i = 0; cur && i < 2; cur = cur.parentElement, i++) {
    const marks = `${cur.getAttribute("class") ?? ""} ${cur.getAttribute("itemprop") ?? ""}`.toLowerCase();
    if (/modified|updated|update/.test(marks)) return "updated";
    if (/published|publish|pubdate|created|posted/.test(marks)) return "published";
  }
  return void 0;
}
function plausible(iso, now) {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return false;
  return Number(iso.slice(0, 4)) >= 1995 && t <= now + 36 * 36e5;
}
var DATE_METAS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "published_time",
  "og:published_time",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "dc.date.created",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "date",
  "article.published"
];
function declaredDates(metas, stories, lang) {
  const byRank = [];
  for (const meta of metas) {
    const key2 = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").toLowerCase();
    const rank = DATE_METAS.indexOf(key2);
    if (rank >= 0 && byRank[rank] === void 0) byRank[rank] = isoDate(meta.getAttribute("content"), lang);
  }
  const story = stories.find((s) => s.datePublished);
  const fromJsonLd = isoDate(story?.datePublished, lang);
  const out = [byRank[0], byRank[1], fromJsonLd, ...byRank.slice(2)];
  return out.filter((d) => !!d);
}
var LEADING_BLOCKS = 8;
var MIN_PROSE = 150;
var MAX_HEADER_TEXT = 600;
var MAX_DATE_LINE = 160;
function headerZone(h1, root) {
  let box;
  const limit = textOf(h1).length + MAX_HEADER_TEXT;
  for (let cur = h1.parentElement, i = 0; cur && cur !== root && i < 3; cur = cur.parentElement, i++) {
    if (rawTextLengthUpTo(cur, 4 * limit) > 4 * limit || textOf(cur).length > limit) break;
    box = cur;
  }
  const blocks = [];
  if (box) {
    for (const el of walkElements(box)) if (isLeafBlock(el) && !h1.contains(el) && !el.contains(h1)) blocks.push(el);
  }
  let seen = 0;
  for (const el of walkElements(root, box ?? h1)) {
    if (!isLeafBlock(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (++seen > LEADING_BLOCKS || text.length >= MIN_PROSE) break;
    blocks.push(el);
  }
  return { box, blocks };
}
function isDateLine2(text, date) {
  if (text.length > MAX_DATE_LINE) return false;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.end)}`.trim();
  return rest.split(/\s+/).length <= 10 && !/\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(text);
}
function textJustBefore(el) {
  let out = "";
  for (let n = el.previousSibling; n && out.length < 60; n = n.previousSibling) out = `${n.textContent ?? ""}${out}`;
  return normSpace(out.slice(-60));
}
function timeDate(time, lang) {
  const iso = isoDate(time.getAttribute("datetime"), lang) ?? textDates(textOf(time), lang)[0]?.iso;
  if (!iso) return void 0;
  return { iso, kind: kindOfMarkup(time) ?? kindBefore(textJustBefore(time)) };
}
function timesIn(el) {
  const out = [];
  for (const x of walkElements(el)) if (tagOf(x) === "time") out.push(x);
  return out;
}
function printedDates(h1, root, lang) {
  if (!h1 || !root || !root.contains(h1)) return [];
  const { box, blocks } = headerZone(h1, root);
  const out = [];
  const seenTimes = /* @__PURE__ */ new Set();
  const addTime = (time) => {
    if (seenTimes.has(time)) return;
    seenTimes.add(time);
    const found = timeDate(time, lang);
    if (found) out.push(found);
  };
  if (box) timesIn(box).forEach(addTime);
  for (const block of blocks) {
    const times = timesIn(block);
    times.forEach(addTime);
    if (times.length) continue;
    const text = textOf(block);
    for (const date of textDates(text, lang)) {
      if (isDateLine2(text, date)) out.push({ iso: date.iso, kind: kindBefore(text.slice(0, date.index)) });
    }
  }
  return out;
}
var day = (iso) => Date.parse(iso.slice(0, 10) + "T00:00:00Z");
var DAY = 864e5;
function choosePublished(declared, printed, now) {
  const decl = declared.find((d) => plausible(d, now));
  const order = ["published", "plain", "updated"];
  const seen = printed.filter((d) => plausible(d.iso, now)).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const shown = seen[0];
  if (!shown) return decl;
  if (!decl) return shown.iso;
  if (Math.abs(day(decl) - day(shown.iso)) <= DAY) return decl;
  if (shown.kind === "updated" && day(decl) < day(shown.iso)) return decl;
  if (seen.some((d) => Math.abs(day(decl) - day(d.iso)) <= DAY)) return decl;
  return shown.iso;
}

// src/core/isolate/survey.ts
var PageSurveyor = class {
  constructor(body) {
    this.body = body;
  }
  body;
  survey = { h1s: [], subheads: [], metas: [], jsonLd: [], figures: [], order: /* @__PURE__ */ new Map(), prune: { doomed: [], posts: [], asides: [] }, framesets: 0, iframes: 0 };
  count = 0;
  /** Depth of <body> while the walk is inside it (0: not in it). */
  bodyDepth = 0;
  /** Depth of the element being pruned while the walk is inside it (0: none). */
  doomedDepth = 0;
  see = (el, depth) => {
    const survey = this.survey;
    const i = this.count++;
    const tag = tagOf(el);
    if (tag === "h1" || tag === "figure") {
      (tag === "h1" ? survey.h1s : survey.figures).push(el);
      survey.order.set(el, i);
    } else if (tag === "h2" || tag === "h3") survey.subheads.push(el);
    else if (tag === "meta") survey.metas.push(el);
    else if (tag === "script" && isJsonLd(el)) survey.jsonLd.push(el);
    else if (tag === "iframe") survey.iframes++;
    else if (tag === "frameset") survey.framesets++;
    if (this.doomedDepth) {
      if (depth > this.doomedDepth) return;
      this.doomedDepth = 0;
    }
    if (this.bodyDepth && depth <= this.bodyDepth) this.bodyDepth = 0;
    if (el === this.body) {
      this.bodyDepth = depth;
      return;
    }
    if (!this.bodyDepth) return;
    if (isEmbeddedPost(el)) survey.prune.posts.push(el);
    if (isPrunable(el, tag)) {
      survey.prune.doomed.push(el);
      this.doomedDepth = depth;
    } else if (tag === "aside") survey.prune.asides.push(el);
  };
  done() {
    const survey = this.survey;
    survey.h1s = survey.h1s.filter((h) => !inTemplate(h));
    survey.figures = survey.figures.filter((f) => !inTemplate(f));
    return survey;
  }
};
function surveyPage(doc) {
  const surveyor = new PageSurveyor(builtin(doc, "body"));
  const root = builtin(doc, "documentElement");
  if (root) measureTree(root, Infinity, Infinity, Infinity, surveyor.see);
  return surveyor.done();
}

// src/core/isolate/byline.ts
var BY = /^(?:(?:posted|written|article|story|reported|text|words)\s+)?(by|von|par|por|di|door|przez|автор|от|بقلم|كتب|تحرير|تحریر)(?:\s*:\s*|\s+)(?=[\p{Lu}\p{Lo}])/iu;
var TRAILING_WORDS = /(,?\s+(at|on|um|am|le|à|el|il|op|em|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))+\s*$/iu;
var CUT = /,?\s+filed under\b|\s+in\s+(?=\p{Lu})|\s+[|·•—–／]\s+|\s+-\s+|(?<=\p{L})(?=\d{1,2}:\d{2})|,?\s+(published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b|\s+on\s+\w+\.? \d|\s+\d{1,2}:\d{2}/iu;
function cleanByline(raw) {
  let s = normSpace(raw);
  if (!s || s.length > 200) return void 0;
  s = s.replace(BY, "");
  const cut2 = CUT.exec(s);
  if (cut2 && cut2.index > 0) s = s.slice(0, cut2.index);
  const date = textDates(s)[0];
  if (date) {
    const before = s.slice(0, date.index);
    const timeOnly = !before.replace(/\d{1,2}[:.]\d{2}|\b[ap]\.?m\.?\b|[\s,;|·•—–-]/giu, "");
    s = timeOnly ? s.slice(date.end).replace(/^[\s,;|/·•●—–-]+/u, "").replace(BY, "") : before.replace(/\s+(on|am|le|el|il|op|em)\s*$/iu, "");
  }
  s = s.replace(/\s+([,;])/g, "$1").replace(/[\s,;:·|/●•—–-]+$/u, "").replace(TRAILING_WORDS, "").trim();
  if (!s || s.length > 100 || /^(about the author|author|autor|auteur|posted|written|published)$/i.test(s)) return void 0;
  if (/^https?:/i.test(s)) return void 0;
  if (!/\p{L}/u.test(s) || FRAGMENT.test(s)) return void 0;
  return s;
}
var FRAGMENT = /^(and|und|et|y|e|i|en|oraz|и|&)\s/iu;
function namesOf(byline) {
  return byline.toLowerCase().split(/\s*(?:,|;|&|\/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\boraz\b|\ben\b|\bи\b)\s*/u).map((n) => n.trim()).filter(Boolean);
}
function namesAll(visible, declared) {
  const shown = namesOf(visible);
  const names = namesOf(declared);
  return shown.length > names.length && names.every((name) => shown.some((s) => s === name || s.includes(name)));
}
var NEWSROOM = /^(redaktion|staff|newsroom|news desk|editorial( team)?|the editors|team|redacción|rédaction|redazione|redactie|redakcja|редакция)$/iu;
function bylineBesidesSite(byline, site) {
  if (!byline || !site) return byline;
  const k = normSpace(site).toLowerCase().replace(/^www\./, "");
  const b = byline.toLowerCase();
  if (!k) return byline;
  if (b === k || b === `www.${k}`) return void 0;
  if (b.startsWith(k) && /^\s*[,;|/·•—–-]/u.test(b.slice(k.length))) return void 0;
  const at = b.lastIndexOf(k);
  if (at < 0) return byline;
  const before = byline.slice(0, at).replace(/[\s,;|/·•—–(-]+$/u, "").trim();
  const after = byline.slice(at + k.length).replace(/^[\s)]+/u, "").trim();
  if (after) return byline;
  if (!before || NEWSROOM.test(before)) return void 0;
  return /[\s,;|/·•—–(]$/u.test(byline.slice(0, at)) ? before : byline;
}
function metaByline(survey) {
  const KEYS = ["author", "article:author", "byl", "dc.creator"];
  const found = [];
  for (const meta of survey.metas) {
    const key2 = (meta.getAttribute("name") ?? meta.getAttribute("property") ?? "").toLowerCase();
    const at = KEYS.indexOf(key2);
    if (at >= 0 && found[at] === void 0) found[at] = cleanByline(meta.getAttribute("content"));
  }
  const fromMeta = found.find(Boolean);
  if (fromMeta) return fromMeta;
  for (const script of survey.jsonLd) {
    const names = jsonLdAuthors(script.textContent ?? "");
    if (names.length) return names.join(", ");
  }
  return void 0;
}
function jsonLdAuthors(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const out = [];
  const visit = (node, depth) => {
    if (!node || typeof node !== "object" || depth > 6 || out.length) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node;
    if (obj.author) {
      const authors = Array.isArray(obj.author) ? obj.author : [obj.author];
      for (const a of authors) {
        const name = typeof a === "string" ? a : typeof a === "object" && a ? a.name : void 0;
        const clean2 = typeof name === "string" ? cleanByline(name) : void 0;
        if (clean2 && !out.includes(clean2)) out.push(clean2);
      }
      return;
    }
    if (obj["@graph"]) visit(obj["@graph"], depth + 1);
  };
  visit(data, 0);
  return out.slice(0, 4);
}
var LEADING_BLOCKS2 = 6;
function* leadingBlocks(root, start) {
  let seen = 0;
  for (const el of walkElements(root, start)) {
    if (!isLeafBlock(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (++seen > LEADING_BLOCKS2) return;
    yield [el, text];
  }
}
var isBylineLine = (text) => text.length <= 120 && BY.test(text) && !isSentence(text);
var NAME_PARTICLES2 = /* @__PURE__ */ new Set(["and", "und", "et", "y", "e", "i", "en", "or", "of", "de", "del", "la", "le", "du", "da", "dos", "das", "di", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "in", "for", "staff", "reporter", "correspondent", "writer", "editor"]);
function isSentence(text) {
  const name = text.replace(BY, "");
  const cut2 = CUT.exec(name);
  const words = (cut2 && cut2.index > 0 ? name.slice(0, cut2.index) : name).split(/\s+/);
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w) && !NAME_PARTICLES2.has(w.toLowerCase().replace(/[.,;:]+$/, ""))) lower++;
  return lower > 2;
}
function takeBylineLine(content, removals) {
  for (const [el, text] of leadingBlocks(content)) {
    const name = isBylineLine(text) ? cleanByline(text) : void 0;
    if (name) {
      removals.drop(el, "byline");
      return name;
    }
  }
  return void 0;
}
var AUTHOR_CLASS = /^(?:[\w-]*[_-])?(?:autor|autora|autorka|autore|auteur|auteure|reporter|writer)(?:[_-]?name)?$/i;
function authorElementText(block) {
  const isAuthor = (el) => classOf(el).split(/\s+/).some((c) => AUTHOR_CLASS.test(c));
  if (isAuthor(block)) return textOf(block);
  for (const el of walkElements(block)) if (isAuthor(el)) return textOf(el);
  return void 0;
}
function headerByline(doc, h1 = surveyPage(doc).h1s[0]) {
  if (!h1 || !doc.body?.contains(h1)) return void 0;
  let named;
  for (const [el, text] of leadingBlocks(doc.body, h1)) {
    if (isBylineLine(text)) return cleanByline(text);
    named ??= cleanByline(authorElementText(el));
  }
  return named;
}

// src/core/isolate/header.ts
var LEADING = 8;
var TRAILING = 4;
var MAX_BIO = 500;
var key = (s) => normSpace(s).toLowerCase().replace(/[\s.!?:;,…"“”'‘’]+$/u, "");
function sameAddress(text, url) {
  if (!url || !/^https?:\/\/\S+$/i.test(text)) return false;
  const strip = (u) => u.replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/^https?:\/\/(www\.)?/i, "").toLowerCase();
  return strip(text) === strip(url);
}
var CREDIT_LABEL = /^(with|cooperation|collaboration|in collaboration with|contributors?|co-?authors?|contributing( writers?| reporters?)?|mitarbeit|unter mitarbeit von|mitwirkung|mit(arbeit)? von|collaboration de|avec la collaboration de|colaboración|con la colaboración de|colaboração|collaborazione|con la collaborazione di|współpraca|współpraca autorska|współautorzy|medewerking|met medewerking van|при участии|соавторы)$/iu;
var isCreditLabel = (text) => text.length <= 40 && CREDIT_LABEL.test(text.replace(/\s*:$/, ""));
function isCreditField(text) {
  const colon = text.indexOf(":");
  return colon > 0 && isCreditLabel(text.slice(0, colon)) && isNameList(text.slice(colon + 1).trim());
}
var NAME_JOINS = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|\ben\b|\bи\b)\s*/u;
function isNameList(text) {
  if (!text || text.length > 120 || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ""))) return false;
  return text.split(NAME_JOINS).every((name) => {
    const words = name.split(/\s+/).filter(Boolean);
    return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|van|von|der|del|di|al|bin)$/.test(w));
  });
}
var MAX_KICKER_WORDS = 4;
var MIN_PROSE2 = 150;
var HEADINGS = /* @__PURE__ */ new Set(["h1", "h2", "h3"]);
function isKickedTitle(el, text, title) {
  if (!HEADINGS.has(tagOf(el)) || !text.endsWith(title) || title.split(" ").length < 3) return false;
  const kicker = text.slice(0, text.length - title.length).trim();
  return kicker.split(/\s+/).length <= MAX_KICKER_WORDS;
}
function isBylineRepeat(text, byline) {
  const t = key(text);
  const b = key(byline);
  if (b.length < 3) return false;
  const at = t.indexOf(b);
  if (at < 0 || at > 4) return false;
  if (t.length <= b.length + 45 && !/[.!?]\s/.test(text)) return true;
  const rest = normSpace(text).slice(at + b.length).replace(/^[\s,;|·•—–-]+/u, "");
  return rest.length <= 80 && isMetaLine(rest);
}
function isBioOf(text, byline) {
  if (text.length > MAX_BIO) return false;
  const full = byline.split(/,| and | und | et | y | e /)[0].trim();
  const first = full.split(/\s+/)[0] ?? "";
  for (const name of [full, first]) {
    if (name.length < 3 || !text.startsWith(name)) continue;
    const rest = text.slice(name.length);
    if (/^(\s*\([^)]{0,80}\))?\s+(is|was|has been|joined|covers|writes|reports|lives|previously)\b/u.test(rest) || /^['’]s (book|latest|new book)\b/u.test(rest)) return true;
  }
  return false;
}
function authorCard(el, maxText, root) {
  let card = el;
  for (let cur = el.parentElement; cur && cur !== root; cur = cur.parentElement) {
    if (textOf(cur).length > maxText) break;
    card = cur;
  }
  return card;
}
function removeHeaderRepeats(root, facts, removals, read = new LeafReader(removals)) {
  const leaves = read.leaves(root);
  const ends = (order, n) => {
    const out = [];
    for (const el of order) {
      if (out.length === n) break;
      const text = read.text(el);
      if (text) out.push({ el, text });
    }
    return out;
  };
  const first = ends(leaves, LEADING);
  const title = key(facts.title);
  let prose = false;
  for (const [i, { el, text }] of first.entries()) {
    if (title.length >= 10 && (key(text) === title || !prose && isKickedTitle(el, key(text), title)) || sameAddress(text, facts.url) || facts.byline && isBylineRepeat(text, facts.byline)) {
      removals.drop(el, "byline");
    } else if (!prose && isCreditField(text)) removals.drop(el, "byline");
    else if (!prose && isCreditLabel(text) && first[i + 1] && isNameList(first[i + 1].text)) {
      removals.dropAll([el, first[i + 1].el], "byline");
    }
    prose ||= text.length >= MIN_PROSE2;
  }
  const short = first.length <= TRAILING + 2;
  if (short && first.length < 2) return;
  for (const { el, text } of ends([...leaves].reverse(), TRAILING).reverse()) {
    if (!root.contains(el) || el === first[0].el) continue;
    const box = text.length >= MIN_BOXED_BIO ? authorBox(el, root) : null;
    if (box && !box.contains(first[0].el)) removals.drop(box, "author-bio");
    else if (!short && facts.byline && (key(text) === key(facts.byline) || isBioOf(text, facts.byline))) removals.drop(authorCard(el, text.length + facts.byline.length + 40, root), "author-bio");
  }
}
var AUTHOR_BOX = /((^|[-_])(author|autor|autore|auteur)([-_]?(box|bio|info|card|wrap|details|description|profile))?|(about|uber|ueber|sobre)[-_]?(the[-_]?)?(author|autor|auteur))$/i;
var MIN_BOXED_BIO = 40;
var MAX_BOX_DEPTH = 4;
function authorBox(el, root) {
  let cur = el;
  for (let depth = 0; cur && cur !== root && depth < MAX_BOX_DEPTH; cur = cur.parentElement, depth++) {
    const cls = classOf(cur);
    const named = cls.split(/\s+/).some((c) => AUTHOR_BOX.test(c) && !/comment/i.test(c));
    if (named || cur.getAttribute("itemprop") === "author") return textOf(cur).length <= MAX_BIO + 200 ? cur : null;
  }
  return null;
}

// src/core/isolate/leadimage.ts
var MAX_CAPTION = 400;
function findLeadFigure(doc, survey = surveyPage(doc)) {
  const h1 = survey.h1s[0];
  if (!h1) return null;
  const scope = closestWhere(h1, (p) => MAIN_TAGS.has(tagOf(p)) || p.getAttribute("role") === "main") ?? doc.body;
  if (!scope || !scope.contains(h1)) return null;
  const at = survey.order.get(h1);
  for (const fig of survey.figures) {
    if (survey.order.get(fig) <= at || !scope.contains(fig)) continue;
    const lead = leadFigure(fig);
    if (lead) return lead;
  }
  return null;
}
var MAIN_TAGS = /* @__PURE__ */ new Set(["article", "main"]);
var NOT_LEAD_AROUND = /* @__PURE__ */ new Set(["nav", "aside", "footer", "li", "a"]);
function leadFigure(fig) {
  if (closestWhere(fig, (p) => NOT_LEAD_AROUND.has(tagOf(p)))) return null;
  const img = fig.getElementsByTagName("img")[0];
  const src = img?.getAttribute("src") || img?.getAttribute("data-src");
  if (!img || !src || src.startsWith("data:")) return null;
  if (normSpace(fig.textContent).length > MAX_CAPTION) return null;
  return { figure: fig.cloneNode(true), src };
}
function restoreLeadFigure(content, lead) {
  if (!lead) return;
  for (const img of Array.from(content.getElementsByTagName("img"))) {
    if (img.getAttribute("src") === lead.src || img.getAttribute("data-src") === lead.src) return;
  }
  const doc = content.ownerDocument;
  const node = doc.importNode ? doc.importNode(lead.figure, true) : lead.figure;
  content.insertBefore(node, content.firstChild);
}

// src/core/isolate/headings.ts
var MIN_PROSE_HEADING = 80;
var isProse = (text) => text.length >= MIN_PROSE_HEADING && /[^.][.!?]$/u.test(text);
var HEADING_LEVEL = { h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
function removeOrphanHeadings(root, removals, read) {
  const leaves = read.leaves(root).filter((el) => read.text(el));
  const orphans = [];
  for (let i = 0; i < leaves.length; i++) {
    const level = HEADING_LEVEL[tagOf(leaves[i])];
    if (!level || isProse(read.text(leaves[i]))) continue;
    const next = leaves[i + 1];
    const nextLevel = next ? HEADING_LEVEL[tagOf(next)] ?? (tagOf(next) === "h1" ? 1 : 0) : 1;
    if (nextLevel && nextLevel <= level && !(next && headsMedia(leaves[i], next, root))) orphans.push(leaves[i]);
  }
  for (const el of orphans) removals.drop(el, "empty-heading");
}
var MEDIA = /* @__PURE__ */ new Set(["img", "picture", "video", "audio", "iframe", "svg", "canvas", "embed", "object"]);
function headsMedia(heading, next, root) {
  let el = following(heading, root);
  while (el && el !== next) {
    if (next && el.contains(next)) {
      el = el.firstElementChild ?? following(el, root);
      continue;
    }
    if (MEDIA.has(tagOf(el)) && !isPixel(el)) return true;
    const inner = el.querySelector("img, picture, video, audio, iframe, svg, canvas, embed, object");
    if (inner && !isPixel(inner)) return true;
    el = following(el, root);
  }
  return false;
}
var isPixel = (el) => ["width", "height"].some((a) => /^\s*[0-2](px)?\s*$/.test(el.getAttribute(a) ?? ""));

// src/core/isolate/splitstory.ts
var MIN_PARAGRAPH = 80;
var SENTENCE_END2 = /[.!?…"”»'’)]$/u;
var MAX_LINK_DENSITY = 0.3;
var MAX_BOXES = 8;
var KEY_LENGTH = 60;
var keyOf = (s) => normSpace(s).toLowerCase().slice(0, KEY_LENGTH);
function kindOf(box) {
  let cls = normSpace(classOf(box));
  let path = tagOf(box);
  if (!cls && box.parentElement) {
    box = box.parentElement;
    cls = normSpace(classOf(box));
    path = `${path} < ${tagOf(box)}`;
  }
  const wrapper = box.parentElement;
  if (!cls || !wrapper) return null;
  return `${path}.${cls} < ${tagOf(wrapper)}.${normSpace(classOf(wrapper))}`;
}
function firstParagraph(el) {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (tagOf(c) !== "p") continue;
    const t = textOf(c);
    if (t.length >= MIN_PARAGRAPH && SENTENCE_END2.test(t)) return t;
  }
  return null;
}
function findSplitBoxes(body) {
  const groups = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const p of Array.from(body.getElementsByTagName("p"))) {
    const box = p.parentElement;
    if (!box || seen.has(box)) continue;
    seen.add(box);
    const kind = kindOf(box);
    if (!kind) continue;
    const list = groups.get(kind);
    if (list) list.push(box);
    else groups.set(kind, [box]);
  }
  const out = [];
  for (const members of groups.values()) {
    if (members.length < 2 || members.length > MAX_BOXES) continue;
    if (members.some((m) => members.some((o) => o !== m && o.contains(m)))) continue;
    const boxes = [];
    for (const m of members) {
      const first = firstParagraph(m);
      if (!first || linkDensity(m) > MAX_LINK_DENSITY) break;
      boxes.push({ copy: m.cloneNode(true), heading: headingBefore(m), key: keyOf(first) });
    }
    if (boxes.length === members.length) out.push(boxes);
  }
  return out;
}
function headingBefore(box) {
  let el = box;
  for (let up = 0; el && !el.previousElementSibling && up < 2; up++) el = el.parentElement;
  const prev = el?.previousElementSibling;
  return prev && /^h[2-6]$/.test(tagOf(prev)) ? prev.cloneNode(true) : null;
}
function mergeSplitBoxes(content, sets) {
  if (!sets.length) return;
  const paragraphs = /* @__PURE__ */ new Map();
  for (const p of Array.from(content.getElementsByTagName("p"))) {
    const k = keyOf(textOf(p));
    if (!paragraphs.has(k)) paragraphs.set(k, p);
  }
  for (const boxes of sets) {
    const kept = boxes.map((b) => boxIn(content, paragraphs.get(b.key)));
    const firstKept = kept.findIndex(Boolean);
    if (firstKept < 0 || kept.every(Boolean)) continue;
    let anchor = kept[firstKept];
    for (let i = 0; i < firstKept; i++) {
      const box = insert(boxes[i].copy, kept[firstKept], "before");
      if (boxes[i].heading) insert(boxes[i].heading, box, "before");
    }
    for (let i = firstKept + 1; i < boxes.length; i++) {
      if (kept[i]) anchor = kept[i];
      else {
        if (boxes[i].heading) anchor = insert(boxes[i].heading, anchor, "after");
        anchor = insert(boxes[i].copy, anchor, "after");
      }
    }
  }
}
function boxIn(content, p) {
  if (!p) return null;
  const parent = p.parentElement;
  return parent && parent !== content && content.contains(parent) ? parent : p;
}
function insert(copy, at, where) {
  const doc = at.ownerDocument;
  const node = doc.importNode ? doc.importNode(copy, true) : copy;
  if (where === "before") at.parentNode?.insertBefore(node, at);
  else at.parentNode?.insertBefore(node, at.nextSibling);
  return node;
}

// src/core/isolate/title.ts
var SEPARATORS = /\s+[-|–—:·»/]\s+/;
var MAX_SUFFIX_WORDS = 5;
var LEADING_PART = new RegExp(`^(.*?)${SEPARATORS.source}`);
function headlineElement(h1s, docTitle) {
  const title = normSpace(docTitle).toLowerCase();
  if (title) {
    for (const h of h1s) {
      const text = normSpace(h.textContent).toLowerCase();
      if (text.length >= 10 && title.includes(text)) return h;
    }
  }
  return h1s[0];
}
var LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
var ENTITIES = new Map([
  ...LATIN1.split(" ").map((name, i) => [name, String.fromCharCode(160 + i)]),
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["ndash", "\u2013"],
  ["mdash", "\u2014"],
  ["lsquo", "\u2018"],
  ["rsquo", "\u2019"],
  ["sbquo", "\u201A"],
  ["ldquo", "\u201C"],
  ["rdquo", "\u201D"],
  ["bdquo", "\u201E"],
  ["hellip", "\u2026"],
  ["euro", "\u20AC"],
  ["trade", "\u2122"],
  ["bull", "\u2022"]
]);
function decodeEntities(s) {
  if (!s.includes("&")) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8}\d?);/gi, (whole, ref) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES.get(ref) ?? whole;
  });
}
function titleKey(s) {
  return normSpace(decodeEntities(s)).toLowerCase().replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟«»]/g, '"').replace(/[‐‑‒–—―]/g, "-").replace(/\s+([:;,.!?])/g, "$1");
}
var NO_SPACE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
var isHeadlineLength = (text) => text.length <= 300 && (text.length >= 10 || text.length >= 4 && NO_SPACE_SCRIPT.test(text));
function namesSite(h, text, clues) {
  const k = titleKey(text);
  if (clues.sites.some((s) => titleKey(s) === k) || isSiteName(text, void 0, clues.url)) return true;
  const links = [h, ...walkElements(h)].filter((el) => tagOf(el) === "a" && el.hasAttribute("href"));
  return links.length > 0 && links.every((a) => isFrontPage(a.getAttribute("href") ?? "", clues.url));
}
function isFrontPage(href, url) {
  try {
    const target = new URL(href, url ?? "http://invalid.invalid/");
    const here = url ? new URL(url) : void 0;
    if (here && target.hostname.replace(/^www\./, "") !== here.hostname.replace(/^www\./, "")) return false;
    return /^\/?(index\.\w+)?$/.test(target.pathname) && !target.search;
  } catch {
    return false;
  }
}
function isPartOf(part, title) {
  for (let at = title.indexOf(part); at >= 0; at = title.indexOf(part, at + 1)) {
    const before = title.slice(0, at);
    const after = title.slice(at + part.length);
    if ((!before.trim() || /(\s[-|·»«/●•~]|[:|])\s*$/u.test(before)) && (!after.trim() || /^\s*([-|·»«/●•~]\s|[:|])/u.test(after))) return true;
  }
  return false;
}
function storyHeading(h1s, more, clues) {
  const declared = clues.declared.map(titleKey).filter((d) => d && !clues.sites.some((s) => titleKey(s) === d));
  if (!declared.length) return void 0;
  let minor;
  for (const h of h1s) {
    const text = textOf(h);
    if (!isHeadlineLength(text) || namesSite(h, text, clues)) continue;
    const k = titleKey(text);
    const repeats = declared.filter((d) => d.includes(k));
    if (!repeats.length) continue;
    if (repeats.some((d) => 2 * k.length >= d.length)) return h;
    minor ??= h;
  }
  for (const h of more()) {
    const text = textOf(h);
    if (!isHeadlineLength(text) || namesSite(h, text, clues)) continue;
    const k = titleKey(text);
    if (!declared.some((d) => isPartOf(k, d))) continue;
    return h;
  }
  return minor;
}
function headlineOf(h1s) {
  const texts = h1s.map((h) => normSpace(h.textContent)).filter((t) => t.length >= 10 && t.length <= 300);
  return texts.length === 1 ? texts[0] : void 0;
}
function isSiteName(part, site, url) {
  const p = part.toLowerCase().replace(/^www\./, "");
  if (site && p === site.toLowerCase().replace(/^www\./, "")) return true;
  const host = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : void 0;
  return !!host && (p === host || p === host.replace(/\.[a-z]{2,}$/, ""));
}
function cleanTitle(title, headline, site, url) {
  const t = normSpace(title);
  if (headline) {
    if (!t || t.toLowerCase().includes(headline.toLowerCase())) return headline;
  }
  if (!t) return "";
  let parts = t.split(SEPARATORS);
  const seps = t.match(new RegExp(SEPARATORS.source, "g")) ?? [];
  let out = t;
  while (parts.length > 1) {
    const last = parts[parts.length - 1];
    const rest = parts.slice(0, -1);
    const restText = rest.reduce((acc, p, i) => i === 0 ? p : acc + seps[i - 1] + p, "");
    const isSite = isSiteName(last, site, url);
    if (!isSite && last.split(/\s+/).length > MAX_SUFFIX_WORDS) break;
    if (restText.split(/\s+/).length < 3) break;
    out = restText;
    parts = rest;
  }
  const lead = LEADING_PART.exec(out);
  if (lead && isSiteName(lead[1], site, url) && out.slice(lead[0].length).split(/\s+/).length >= 3) out = out.slice(lead[0].length);
  if (headline && out.length >= 10 && headline.toLowerCase().endsWith(out.toLowerCase())) return headline;
  return out;
}
function siteFromUrl(url) {
  if (!url) return void 0;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || void 0;
  } catch {
    return void 0;
  }
}

// src/core/isolate/jsonld.ts
var ARTICLE_TYPE = /(article|posting|report|review|newsarticle|blogposting|liveblogposting|opinionnewsarticle)$/i;
var PAGE_TYPE = /^(webpage|itempage)$/i;
var MAX_DEPTH = 4;
function types(obj) {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x) => typeof x === "string");
}
var str = (v) => typeof v === "string" && normSpace(v) ? normSpace(v) : void 0;
function nameOf(v) {
  if (typeof v === "string") return str(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === "object") return str(v.name);
  return void 0;
}
function toStory(obj, page) {
  const authors = [];
  for (const a of Array.isArray(obj.author) ? obj.author : obj.author ? [obj.author] : []) {
    const name = nameOf(a);
    if (name && !authors.includes(name)) authors.push(name);
  }
  return {
    headline: str(obj.headline) ?? (page ? void 0 : str(obj.name)),
    authors,
    publisher: nameOf(obj.publisher),
    datePublished: str(obj.datePublished) ?? str(obj.dateCreated),
    dateModified: str(obj.dateModified),
    page
  };
}
function jsonLdStories(scripts) {
  const articles = [];
  const pages = [];
  const visit = (node, depth) => {
    if (!node || typeof node !== "object" || depth > MAX_DEPTH) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node;
    const t = types(obj);
    if (t.some((x) => ARTICLE_TYPE.test(x))) articles.push(toStory(obj, false));
    else if (t.some((x) => PAGE_TYPE.test(x))) {
      pages.push(toStory(obj, true));
      visit(obj.mainEntity, depth + 1);
    }
    if (obj["@graph"]) visit(obj["@graph"], depth + 1);
  };
  for (const script of scripts) {
    let data;
    try {
      data = JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""));
    } catch {
      continue;
    }
    visit(data, 0);
  }
  return [...articles, ...pages];
}

// src/core/sanitize.ts
var KEEP = /* @__PURE__ */ new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "blockquote",
  "br",
  "caption",
  "cite",
  "code",
  "col",
  "colgroup",
  "dd",
  "del",
  "dfn",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "img",
  "ins",
  "kbd",
  "li",
  "mark",
  "ol",
  "p",
  "picture",
  "pre",
  "q",
  "rp",
  "rt",
  "ruby",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "time",
  "tr",
  "u",
  "ul",
  "var",
  "wbr",
  "section",
  "article",
  "header",
  "aside",
  "details",
  "summary",
  "address"
]);
var DROP = /* @__PURE__ */ new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "select",
  "option",
  "optgroup",
  "textarea",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "source",
  "track",
  "link",
  "meta",
  "base",
  "title",
  "head",
  "dialog",
  "portal",
  "xmp",
  "plaintext",
  "noembed",
  "noframes",
  "slot",
  "map",
  "area",
  "param"
]);
var VOID = /* @__PURE__ */ new Set(["br", "hr", "img", "wbr", "col"]);
var GLOBAL_ATTRS = /* @__PURE__ */ new Set(["title", "lang", "dir"]);
var ATTRS = {
  a: /* @__PURE__ */ new Set(["href"]),
  img: /* @__PURE__ */ new Set(["src", "alt", "width", "height"]),
  td: /* @__PURE__ */ new Set(["colspan", "rowspan"]),
  th: /* @__PURE__ */ new Set(["colspan", "rowspan", "scope"]),
  col: /* @__PURE__ */ new Set(["span"]),
  colgroup: /* @__PURE__ */ new Set(["span"]),
  ol: /* @__PURE__ */ new Set(["start", "reversed"]),
  time: /* @__PURE__ */ new Set(["datetime"]),
  blockquote: /* @__PURE__ */ new Set(["cite"]),
  q: /* @__PURE__ */ new Set(["cite"]),
  details: /* @__PURE__ */ new Set(["open"])
};
var URL_ATTRS = /* @__PURE__ */ new Set(["href", "src", "cite"]);
function safeUrl(raw, kind, baseUrl) {
  const cleaned = raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (!cleaned) return null;
  if (kind === "link" && cleaned.startsWith("#")) return cleaned.length < 200 ? cleaned : null;
  if (kind === "image" && /^data:/i.test(cleaned)) {
    return /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i.test(cleaned) ? cleaned : null;
  }
  let url;
  try {
    url = baseUrl ? new URL(cleaned, baseUrl) : new URL(cleaned);
  } catch {
    return null;
  }
  const ok = kind === "link" ? ["http:", "https:", "mailto:"] : ["http:", "https:"];
  return ok.includes(url.protocol) ? url.href : null;
}
function escapeText(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}
function escapeAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function sanitizeChildren(root, opts = {}) {
  const out = [];
  const stack = [];
  const pushChildren = (n) => {
    const kids = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  };
  pushChildren(root);
  while (stack.length) {
    const frame = stack.pop();
    if (frame.close !== void 0) {
      out.push(frame.close);
      continue;
    }
    const node = frame.node;
    if (node.nodeType === TEXT_NODE) {
      out.push(escapeText(node.data));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (DROP.has(tag) || node.namespaceURI && !/xhtml/i.test(node.namespaceURI)) continue;
    if (!KEEP.has(tag)) {
      pushChildren(node);
      continue;
    }
    const attrs = safeAttributes(node, tag, opts);
    if (tag === "img" && !attrs.some(([k]) => k === "src")) continue;
    if (tag === "a" && attrs.some(([k, v]) => k === "href" && !v.startsWith("#"))) {
      attrs.push(["target", "_blank"], ["rel", "noopener noreferrer"]);
    }
    out.push(`<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("")}>`);
    if (VOID.has(tag)) continue;
    stack.push({ node, close: `</${tag}>` });
    pushChildren(node);
  }
  return out.join("");
}
function safeAttributes(el, tag, opts) {
  const allowed = ATTRS[tag];
  const out = [];
  for (const raw of el.getAttributeNames()) {
    const name = raw.toLowerCase();
    if (!GLOBAL_ATTRS.has(name) && !allowed?.has(name)) continue;
    let value = el.getAttribute(raw) ?? "";
    if (URL_ATTRS.has(name)) {
      const safe = safeUrl(value, tag === "img" ? "image" : "link", opts.baseUrl);
      if (!safe) continue;
      value = safe;
    } else if (name === "dir") {
      if (!/^(ltr|rtl|auto)$/i.test(value)) continue;
    } else if (/^(width|height|colspan|rowspan|span|start)$/.test(name)) {
      if (!/^\d{1,5}$/.test(value)) continue;
    } else if (value.length > 500) {
      value = value.slice(0, 500);
    }
    out.push([name, value]);
  }
  if (tag === "img" && !out.some(([k]) => k === "src")) {
    const lazy = el.getAttribute("data-src") || el.getAttribute("data-original") || firstSrcset(el.getAttribute("srcset") || el.getAttribute("data-srcset"));
    const safe = lazy ? safeUrl(lazy, "image", opts.baseUrl) : null;
    if (safe) out.push(["src", safe]);
  }
  return out;
}
function firstSrcset(srcset) {
  if (!srcset) return null;
  const first = srcset.split(",")[0]?.trim().split(/\s+/)[0];
  return first || null;
}

// src/core/isolate/removals.ts
var MAX_TEXT = 600;
var MAX_HTML = 2e4;
var Removals = class {
  blocks = [];
  pending = /* @__PURE__ */ new Map();
  /** Marker text: a per-analysis prefix, so that a page's own comments cannot pose as markers. */
  prefix = `lede-removed-${Math.random().toString(36).slice(2, 10)}-`;
  story = false;
  changed = 0;
  /** From now on drops come from the story container: they can be brought back even when a
   *  later rule takes away the place where they stood (the reader puts them at the end). */
  beginStory() {
    this.story = true;
    this.changed++;
  }
  /** How many times a drop has changed a tree: a LeafReader reads again after one. */
  get changes() {
    return this.changed;
  }
  /** Detach `el` from its tree and record it. Empty blocks are removed silently. */
  drop(el, reason) {
    this.dropAll([el], reason);
  }
  dropAll(els, reason) {
    if (!els.length) return;
    this.changed++;
    const text = els.map(readable).filter(Boolean).join("\n");
    if (!text) {
      for (const e of els) remove(e);
      return;
    }
    const block = { reason, text: cut(text) };
    this.blocks.push(block);
    const all = new Set(els);
    const top = els.length === 1 ? els : els.filter((e) => !hasAncestorIn(e, all));
    const first = top[0];
    const parent = first.parentNode;
    if (parent) {
      const id = this.pending.size;
      parent.replaceChild(first.ownerDocument.createComment(this.prefix + id), first);
      this.pending.set(id, { block, els: top, size: text.length, story: this.story });
    }
    for (const e of top) remove(e);
  }
  /**
   * Give the blocks that stood in the story their place (`after`: index into the paragraphs
   * textBlocks(content, skip) finds, -1 before the first) and their sanitized HTML, and take the
   * markers out of `content`. A story-stage marker inside a wrapper that a later rule dropped
   * has no place any more: HTML, no `after`.
   */
  settle(content, options) {
    if (!this.pending.size) return;
    const { positions, count, markers } = options.read ? { ...options.read, count: options.paragraphs } : markerPositions(content, this.prefix, options.skip);
    for (const m of markers) remove(m);
    const trusted = count === options.paragraphs;
    for (const [id, p] of this.pending) {
      const at = positions.get(id);
      if (at === void 0 && !p.story) continue;
      if (trusted && at !== void 0) p.block.after = at;
      if (p.size > MAX_HTML) continue;
      const box = p.els[0].ownerDocument.createElement("div");
      for (const e of p.els) box.appendChild(e);
      const html = sanitizeChildren(box, options);
      if (html && html.length <= MAX_HTML) p.block.html = html;
    }
    this.pending.clear();
  }
  /** A reader of this analysis's markers, for the textBlocks walk that lists the story's
   *  paragraphs (the same walk would otherwise run again in settle). */
  readMarkers() {
    return markerReader(this.prefix);
  }
};
function markerReader(prefix) {
  const positions = /* @__PURE__ */ new Map();
  const markers = [];
  const onComment = (comment, after) => {
    if (!comment.data.startsWith(prefix)) return;
    markers.push(comment);
    positions.set(Number(comment.data.slice(prefix.length)), after);
  };
  return { onComment, positions, markers };
}
function hasAncestorIn(el, set2) {
  return closestWhere(el.parentElement, (p) => set2.has(p)) !== null;
}
function cut(text) {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}\u2026` : text;
}
function markerPositions(root, prefix, skip) {
  const read = markerReader(prefix);
  const count = textBlocks(root, skip, read.onComment).length;
  return { positions: read.positions, count, markers: read.markers };
}
function readable(el) {
  const out = [];
  const walk = (n) => {
    if (n.nodeType === TEXT_NODE) {
      out.push(n.data, " ");
      return;
    }
    if (!isElement(n)) return;
    const tag = tagOf(n);
    if (tag === "script" || tag === "style" || tag === "noscript" || tag === "template") return;
    const block = BLOCK_TAGS.has(tag) || tag === "br";
    if (block) out.push("\n");
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push("\n");
  };
  walk(el);
  return out.join("").split("\n").map(normSpace).filter(Boolean).join("\n");
}

// src/core/isolate/salvage.ts
function parseOrSalvage(reader, doc) {
  try {
    return reader.parse();
  } catch (err) {
    if (err instanceof Timeout) throw err;
    const content = proseContainer(doc);
    return content ? { title: doc.title, content, lang: doc.documentElement?.getAttribute("lang") } : null;
  }
}
function proseContainer(doc) {
  const root = doc.documentElement;
  if (!root) return null;
  const score = /* @__PURE__ */ new Map();
  for (const p of Array.from(root.getElementsByTagName("p"))) {
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + textOf(p).length);
  }
  let best = null;
  let most = 0;
  for (const [el, n] of score) {
    if (n > most) {
      best = el;
      most = n;
    }
  }
  return best;
}

// src/core/isolate/boxes.ts
var SUMMARY_LABELS = /* @__PURE__ */ new Set([
  "in brief",
  "in short",
  "key points",
  "key takeaways",
  "the key points",
  "at a glance",
  "the big picture",
  "tl;dr",
  "tldr",
  "summary",
  "story summary",
  "article summary",
  "ai summary",
  "quick read",
  "the short version",
  "what you need to know",
  "kurz gesagt",
  "kurz gefasst",
  "kurz & knapp",
  "kurz und knapp",
  "das wichtigste in k\xFCrze",
  "das wichtigste im \xFCberblick",
  "auf einen blick",
  "zusammenfassung",
  "en bref",
  "l\u2019essentiel",
  "l'essentiel",
  "ce qu\u2019il faut retenir",
  "ce qu'il faut retenir",
  "en resumen",
  "resumen",
  "lo m\xE1s importante",
  "claves",
  "las claves",
  "em resumo",
  "resumo",
  "in breve",
  "in sintesi",
  "kort fortalt",
  "kort sagt",
  "kortversjon",
  "i korthet",
  "lyhyesti",
  "in het kort",
  "samengevat",
  "w skr\xF3cie",
  "\u043A\u0440\u0430\u0442\u043A\u043E",
  "\u043A\u043E\u0440\u043E\u0442\u043A\u043E",
  "\u0433\u043B\u0430\u0432\u043D\u043E\u0435"
]);
var MAX_BULLETS = 8;
var MAX_BOX_TEXT = 1500;
var MAX_BULLET = 180;
function removeSummaryBoxes(content, removals) {
  for (const label of Array.from(content.querySelectorAll("h2, h3, h4, h5, h6, strong, b, p, div, span"))) {
    if (!content.contains(label) || label.children.length > 1 || rawTextLengthUpTo(label, 60) >= 60) continue;
    const text = normSpace(label.textContent);
    if (!text || text.length > 40 || !SUMMARY_LABELS.has(labelKey(text))) continue;
    const list = listAfter(label);
    if (!list) continue;
    const items = list.getElementsByTagName("li").length;
    if (!items || items > MAX_BULLETS || textOf(list).length / items > MAX_BULLET) continue;
    let box = label;
    for (let cur = label.parentElement; cur && cur !== content; cur = cur.parentElement) {
      if (!cur.contains(list)) continue;
      const t = textOf(cur).length;
      if (t > MAX_BOX_TEXT || t > textOf(list).length + text.length + 200) break;
      if (Array.from(cur.getElementsByTagName("p")).some(isStoryParagraph)) break;
      box = cur;
    }
    if (box === label) removals.dropAll([label, list], "summary-box");
    else removals.drop(box, "summary-box");
  }
}
function listAfter(label) {
  for (let el = label; el; el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) {
      const tag = tagOf(next);
      if (tag === "ul" || tag === "ol") return next;
      const lists = next.querySelectorAll("ul, ol");
      return lists.length === 1 && textOf(next).length - textOf(lists[0]).length <= 200 ? lists[0] : null;
    }
    if (normSpace(el.parentElement?.textContent) !== normSpace(label.textContent)) return null;
  }
  return null;
}
var MIN_APPENDED_PARAGRAPHS = 3;
var holdsAStory = (article) => Array.from(article.getElementsByTagName("p")).filter(isStoryParagraph).length >= MIN_APPENDED_PARAGRAPHS;
var MAX_STORIES = 3;
function removeAppendedStories(content, removals) {
  const articles = Array.from(content.getElementsByTagName("article")).filter((a) => {
    const outer = a.parentElement?.closest("article");
    return !outer || !content.contains(outer);
  });
  if (articles.length < 2 || articles.length > MAX_STORIES) return;
  const whole = articles.filter((a, i) => (i === 0 || a.querySelector("h1, h2")) && holdsAStory(a));
  if (whole.length !== articles.length) return;
  const classes = (a) => new Set((a.getAttribute("class") ?? "").split(/\s+/).filter(Boolean));
  const first = classes(whole[0]);
  if (!whole.slice(1).every((a) => [...classes(a)].some((c) => first.has(c)))) return;
  for (const a of whole.slice(1)) removals.drop(a, "next-story");
}
var MAX_ADDRESSED = 12;
var slugOf = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
function addressNames(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    const last = u.pathname.split("/").filter(Boolean).at(-1) ?? "";
    return { hash: slugOf(decodeURIComponent(u.hash.slice(1))), slug: slugOf(decodeURIComponent(last.replace(/\.(?:s?html?|php|aspx?)$/i, ""))), path: u.pathname.replace(/\/+$/, "") };
  } catch {
    return null;
  }
}
function keepAddressedStory(body, url, declaredTitles, removals) {
  if (keepFragmentStory(body, url, removals)) return;
  const articles = Array.from(body.getElementsByTagName("article")).filter((a) => !a.parentElement?.closest("article"));
  if (articles.length < 2 || articles.length > MAX_ADDRESSED) return;
  const whole = articles.filter((a) => a.querySelector("h1, h2, h3") && holdsAStory(a) && !inComments(a));
  if (whole.length < 2) return;
  const address = addressNames(url);
  const titles = new Set(declaredTitles.map((t) => slugOf(t)).filter((t) => t.length >= 12));
  const named = whole.filter((a) => {
    const heading = a.querySelector("h1, h2, h3");
    const headingSlug = slugOf(normSpace(heading.textContent));
    if (headingSlug.length >= 12 && [...titles].some((t) => t === headingSlug || t.startsWith(`${headingSlug}-`))) return true;
    if (!address) return false;
    const ids = [a.id, heading.id].map((id) => slugOf(id ?? "")).filter((id) => id.length >= 8);
    if (ids.some((id) => id === address.hash || id === address.slug)) return true;
    if (headingSlug.length >= 12 && (headingSlug === address.slug || headingSlug === address.hash)) return true;
    const link = heading.querySelector("a[href]")?.getAttribute("href");
    if (!link || !url) return false;
    try {
      return new URL(link, url).pathname.replace(/\/+$/, "") === address.path && address.path.length > 1;
    } catch {
      return false;
    }
  });
  if (named.length !== 1) return;
  for (const a of whole) if (a !== named[0]) removals.drop(a, "next-story");
}
function keepFragmentStory(body, url, removals) {
  const id = fragmentOf(url);
  if (!id) return false;
  const target = Array.from(body.querySelectorAll("[id]")).find((el) => el.getAttribute("id") === id);
  if (!target) return false;
  const next = target.nextElementSibling;
  const addressed2 = target.closest("article") ?? (next && tagOf(next) === "article" && !normSpace(target.textContent) ? next : null);
  if (!addressed2 || !addressed2.querySelector("h1, h2, h3") || !holdsAStory(addressed2) || inComments(addressed2)) return false;
  const others = Array.from(body.getElementsByTagName("article")).filter((a) => !a.contains(addressed2) && !addressed2.contains(a));
  const outermost = others.filter((a) => !others.some((o) => o !== a && o.contains(a)));
  if (!outermost.some(holdsAStory)) return false;
  for (const a of outermost) removals.drop(a, "next-story");
  return true;
}
function inComments(el) {
  for (let e = el; e; e = e.parentElement) if (/comment/i.test(`${e.getAttribute("id") ?? ""} ${e.getAttribute("class") ?? ""}`)) return true;
  return false;
}
function fragmentOf(url) {
  if (!url) return "";
  try {
    return decodeURIComponent(new URL(url).hash.slice(1));
  } catch {
    return "";
  }
}

// src/core/isolate/teasers.ts
var MIN_CARDS = 3;
var MAX_CARD_TEXT = 400;
var MAX_CARD_RAW = 2e3;
function gather(root) {
  const facts = /* @__PURE__ */ new Map();
  const visit = (el) => {
    const f = { raw: 0, headline: false, h1: tagOf(el) === "h1" };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) f.raw += c.data.length;
      else if (isElement(c)) {
        const k = visit(c);
        f.raw += k.raw;
        f.headline ||= k.headline || tagOf(c) === "a" && isHeadlineText(textOf(c));
        f.h1 ||= k.h1;
      }
    }
    facts.set(el, f);
    return f;
  };
  visit(root);
  return facts;
}
function isCard(el, f) {
  if (f.raw > MAX_CARD_RAW || !f.headline || f.h1) return false;
  const s = shapeOf(el);
  if (s.text === 0 || s.text > MAX_CARD_TEXT) return false;
  if (s.storyParagraphs > 0 || s.proseBlocks > 1) return false;
  if (s.headlineLinks === 0) return false;
  return s.linkText / s.text >= 0.15 || s.dates > 0;
}
function removeTeaserCards(root, removals) {
  const facts = gather(root);
  const parents = parentsOf(root, MIN_CARDS);
  for (const parent of parents.reverse()) {
    if (!root.contains(parent) && parent !== root) continue;
    if (introducedByStory(parent) || hasOwnWords(parent)) continue;
    const kids = childrenOf(parent);
    let run = [];
    const flush = () => {
      if (run.length >= MIN_CARDS && sameShape(run)) {
        let gone = 0;
        for (const e of run) gone += facts.get(e)?.raw ?? 0;
        for (let p = parent; p; p = p === root ? null : p.parentElement) {
          const pf = facts.get(p);
          if (pf) pf.raw -= gone;
        }
        removals.dropAll(run, "teaser-cards");
      }
      run = [];
    };
    for (const k of kids) {
      const f = facts.get(k);
      if (!f) continue;
      if (isCard(k, f)) run.push(k);
      else if (run.length && f.raw <= 200 && textOf(k).length === 0) continue;
      else flush();
    }
    flush();
  }
}
function hasOwnWords(el) {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && /\p{L}/u.test(c.data)) return true;
  }
  return false;
}
function introducedByStory(el) {
  const prev = el.previousElementSibling;
  if (!prev || rawTextLengthUpTo(prev, 3e3) > 3e3) return false;
  const t = textOf(prev);
  return t.length >= 40 && /[:：]$/.test(t);
}
function sameShape(run) {
  const tags = new Set(run.map((e) => tagOf(e)));
  if (tags.size > 2) return false;
  const lens = run.map((e) => textOf(e).length);
  const max = Math.max(...lens);
  const min = Math.min(...lens);
  return max <= 6 * Math.max(min, 20);
}
var MIN_LINK_RUN = 4;
function removeLinkLists(root, removals) {
  for (const list of [...walkElements(root)].filter((el) => tagOf(el) === "ul" || tagOf(el) === "ol")) {
    if (!root.contains(list)) continue;
    const items = childrenOf(list).filter((c) => tagOf(c) === "li" && textOf(c).length > 0);
    if (items.length < 3 || introducedByStory(list)) continue;
    const linky = items.filter((li) => linkDensity(li) >= 0.8);
    if (linky.length / items.length >= 0.8 && !items.some((li) => isStoryParagraph(li))) removals.drop(list, "link-list");
  }
  for (const parent of parentsOf(root, MIN_LINK_RUN)) {
    if (!root.contains(parent) && parent !== root) continue;
    let run = [];
    const flush = () => {
      if (run.length >= MIN_LINK_RUN) removals.dropAll(run, "link-list");
      run = [];
    };
    for (const k of childrenOf(parent)) {
      if (rawTextLengthUpTo(k, 1e3) > 1e3) {
        flush();
        continue;
      }
      const t = textOf(k);
      if (t && t.length <= 80 && linkDensity(k) >= 0.9 && !/[.!?]$/.test(t)) run.push(k);
      else flush();
    }
    flush();
  }
}
var LEAD_RE = new RegExp(
  `^((${INLINE_TEASER_LEADS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(\\s+(from|on|in|at)\\s+[^:\uFF1A]{1,40})?|on [\\w-]+(\\.[\\w-]+)+)\\s*[:\uFF1A\\-\u2013\u2014|\xBB\u203A>]\\s*`,
  "iu"
);
var INLINE_TEASER_TAGS = /* @__PURE__ */ new Set(["p", "div", "li", "h3", "h4", "h5", "h6", "strong", "aside"]);
function removeInlineTeasers(root, removals, read = new LeafReader(removals)) {
  const candidates = [...walkElements(root)].filter((el) => INLINE_TEASER_TAGS.has(tagOf(el)));
  for (const el of candidates) {
    if (!root.contains(el) || rawTextLengthUpTo(el, 1e3) > 1e3) continue;
    const text = read.text(el);
    if (!text || text.length > 300) continue;
    const links = el.getElementsByTagName("a");
    if (!links.length) continue;
    const lead = LEAD_RE.exec(text);
    if (lead) {
      const rest = text.slice(lead[0].length);
      let linkText = 0;
      for (const a of Array.from(links)) linkText += textOf(a).length;
      if (rest.length > 0 && linkText >= rest.length * 0.6) {
        removals.drop(el, "promo");
        continue;
      }
    }
    if (tagOf(el) === "p" && links.length === 1 && linkDensity(el) >= 0.95) {
      const key2 = labelKey(text);
      if (isHeadlineText(text) && text.length <= 160 && (text === text.toUpperCase() || /^[»›>▶]/.test(read.text(el)) || !/[.!?”"]$/.test(key2))) {
        removals.drop(el, "promo");
        continue;
      }
    }
    if (tagOf(el) === "p" && links.length === 1 && text.length <= MAX_SLUG_TEASER && !/[.!?]$|@|:\/\/|www\./.test(text) && spelledBySlug(text, links[0].getAttribute("href") ?? "")) {
      removals.drop(el, "promo");
    }
  }
}
var MAX_SLUG_TEASER = 160;
var MIN_SLUG_WORDS = 4;
var asSlug = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/ß/g, "ss");
function spelledBySlug(text, href) {
  if (!/^(https?:|\/|[\w-]+(\/|\.html?$))/i.test(href)) return false;
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
  }
  const slug = new Set(asSlug(decoded).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < MIN_SLUG_WORDS || slug.size < MIN_SLUG_WORDS) return false;
  const umlauts = (w) => w.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue");
  return words.every((w) => slug.has(asSlug(w)) || slug.has(asSlug(umlauts(w))));
}
var IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;
function removeLinkedCards(root, removals) {
  for (const a of Array.from(root.getElementsByTagName("a"))) {
    if (!root.contains(a) || !a.getElementsByTagName("img").length) continue;
    const href = a.getAttribute("href") ?? "";
    if (!href || href.startsWith("#") || IMAGE_FILE.test(href)) continue;
    if (rawTextLengthUpTo(a, 600) > 600) continue;
    const text = textOf(a);
    if (!isHeadlineText(text) || text.length > 250) continue;
    let card = a;
    for (let cur = a.parentElement; cur && cur !== root && textOf(cur) === text; cur = cur.parentElement) card = cur;
    if (card === a && !holdsBlock(a)) continue;
    removals.drop(card, "promo");
  }
}
function holdsBlock(el) {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(tagOf(c)) || holdsBlock(c)) return true;
  return false;
}
function removeHoverCards(root, removals) {
  for (const p of [...walkElements(root)]) {
    const tag = tagOf(p);
    if (tag !== "p" && tag !== "li" && tag !== "blockquote") continue;
    if (!root.contains(p)) continue;
    for (const a of Array.from(p.getElementsByTagName("a"))) {
      const card = a.nextElementSibling;
      if (!card || tagOf(card) === "a" || !p.contains(card)) continue;
      const name = normSpace(textOf(a));
      const text = normSpace(textOf(card));
      if (name.length < 3 || text.length < name.length + 40 || !text.startsWith(name)) continue;
      if (card.getElementsByTagName("a").length < 3 || linkDensity(card) < 0.9) continue;
      removals.drop(card, "promo");
    }
  }
}

// src/core/isolate/index.ts
function cleanPage(body, removals, read) {
  removeHeadedRails(body, removals, { page: true });
  removeChromeLines(body, removals, read);
}
function cleanStory(content, removals, read) {
  removeAppendedStories(content, removals);
  removeSummaryBoxes(content, removals);
  removeEndMatter(content, removals, read);
  removeIssuerBoilerplate(content, removals, read);
  removeHeadedRails(content, removals);
  removeTeaserCards(content, removals);
  removeInlineTeasers(content, removals, read);
  removeHoverCards(content, removals);
  removeLinkedCards(content, removals);
  removeNewsletterBoxes(content, removals, read);
  removeChromeLines(content, removals, read);
  removeLinkLists(content, removals);
  removeDuplicateBlocks(content, removals, read);
  removeContactSection(content, removals, read);
  removeOrphanHeadings(content, removals, read);
  removeTrailingLabels(content, removals, read);
}
function metaContent(metas, keys) {
  const found = [];
  for (const meta of metas) {
    const at = keys.indexOf((meta.getAttribute("property") ?? meta.getAttribute("name") ?? "").toLowerCase());
    if (at >= 0) found[at] ??= normSpace(decodeEntities(meta.getAttribute("content") ?? "")) || void 0;
  }
  return found.find(Boolean);
}
function isolate(doc, removals, url, survey = surveyPage(doc), today = Date.now()) {
  const stories = jsonLdStories(survey.jsonLd);
  const story = stories.find((s) => !s.page);
  const docTitle = normSpace(doc.title);
  const ogSite = metaContent(survey.metas, ["og:site_name"]);
  const publisher = (story ?? stories[0])?.publisher;
  const site = ogSite && !(publisher && /^[^\s]+\.[a-z]{2,}$/i.test(ogSite)) ? ogSite : publisher ?? ogSite;
  const clues = {
    declared: [metaContent(survey.metas, ["og:title"]), metaContent(survey.metas, ["twitter:title"]), docTitle, story?.headline].filter((t) => !!t),
    sites: [site, metaContent(survey.metas, ["application-name"])].filter((t) => !!t),
    url
  };
  const heading = storyHeading(survey.h1s, () => survey.subheads.filter((h) => !inTemplate(h)), clues);
  const h1 = heading ?? headlineElement(survey.h1s, doc.title);
  const headerLine = headerByline(doc, h1);
  const metaAuthor = metaByline(survey);
  const lang = doc.documentElement?.getAttribute("lang")?.split(/[-_]/)[0]?.toLowerCase() || void 0;
  const published = choosePublished(declaredDates(survey.metas, stories, lang), printedDates(h1, doc.body, lang), today);
  const printedHeadline = heading ? normSpace(heading.textContent) : void 0;
  const lead = findLeadFigure(doc, survey);
  const headline = headlineOf(survey.h1s);
  const read = new LeafReader(removals);
  if (doc.body) {
    pruneNonContent(doc.body, survey.prune);
    removeAsides(survey.prune.asides, h1, removals);
    cleanPage(doc.body, removals, read);
  }
  if (doc.body) keepAddressedStory(doc.body, url, clues.declared, removals);
  const split = doc.body ? findSplitBoxes(doc.body) : [];
  const reader = interruptible(new Readability(doc, {
    // Keep the content as a live element: no serialise-and-reparse round trip.
    serializer: (el) => el,
    // Class names tell captions and credits from story text (captions.ts); our sanitizer drops
    // them from the HTML anyway, and not stripping them saves Readability a walk.
    keepClasses: true
  }));
  const parsed = parseOrSalvage(reader, doc);
  if (!parsed || !parsed.content) return null;
  const content = parsed.content;
  mergeSplitBoxes(content, split);
  removals.beginStory();
  const bylineInBody = takeBylineLine(content, removals);
  cleanStory(content, removals, read);
  const siteName = site ?? (normSpace(decodeEntities(parsed.siteName || "")) || void 0);
  const isSite = (t) => clues.sites.concat(siteName ?? []).some((s) => titleKey(s) === titleKey(t));
  const declaredTitle = [decodeEntities(parsed.title || ""), docTitle].find((t) => t && !isSite(t)) ?? "";
  const title = printedHeadline ?? cleanTitle(declaredTitle, headline, siteName, url);
  const byline = chooseByline(cleanByline(parsed.byline), bylineInBody, headerLine, metaAuthor, siteName ?? siteFromUrl(url));
  removeHeaderRepeats(content, { title, byline, url }, removals, read);
  restoreLeadFigure(content, lead);
  const readabilityDate = isoDate(parsed.publishedTime, lang);
  return {
    content,
    title,
    byline,
    site: siteName,
    excerpt: parsed.excerpt || void 0,
    lang: parsed.lang || void 0,
    dir: parsed.dir === "rtl" ? "rtl" : parsed.dir === "ltr" ? "ltr" : void 0,
    published: published ?? (readabilityDate && plausible(readabilityDate, today) ? readabilityDate : void 0)
  };
}
function chooseByline(declared, inBody, header, meta, site) {
  const d = bylineBesidesSite(declared, site);
  const shown = bylineBesidesSite(inBody ?? header, site);
  if (d && shown && namesAll(shown, d)) return shown;
  return d ?? bylineBesidesSite(inBody, site) ?? bylineBesidesSite(header, site) ?? bylineBesidesSite(meta, site);
}

// src/core/summary.ts
var BOILERPLATE = /\b(?:click here|sign up|subscribe (?:to|now)|published in|follow us|all rights reserved|copyright|newsletter|read more|scroll down|download (?:our|the) app|share (?:this|on)|for more (?:news|stories)|related:|advertisement|terms of (?:use|service)|privacy policy|cookie)\b|©/i;
var ADVERT = /\b(?:promo(?:tional)? code|discount code|voucher code|use (?:the )?code [A-Z0-9]{3,}|T&Cs? apply|terms and conditions apply|capital (?:is )?at risk|sponsored by|paid (?:partnership|promotion)|get the app|open an account (?:today|now|in minutes)|sign up (?:today|now|for free)|(?:try|start) (?:it )?(?:free|for free) (?:today|now)|free trial|limited[- ]time offer|shop (?:now|the (?:look|range))|buy now)\b/i;
var CAPTION = /^(?:by\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*$|(?:photo|image|picture|file photo|video|watch|credit|source)s?\s*[:|]|(?:getty images|ap photo|reuters|afp)\b)/iu;
var QUOTED_SPAN = /“[^”]*”?|"[^"]*"?|«[^»]*»?|„[^“”]*[“”]?|「[^」]*」?/g;
function quoteShare(s) {
  let quoted = 0;
  QUOTED_SPAN.lastIndex = 0;
  let m;
  while (m = QUOTED_SPAN.exec(s)) quoted += m[0].length;
  return s.length ? quoted / s.length : 0;
}
function assess(text) {
  const words = wordCount(text);
  const excluded = BOILERPLATE.test(text) || ADVERT.test(text) || CAPTION.test(text) || words < 3;
  let quality = 1;
  if (words < 6) quality *= 0.3;
  else if (words < 9) quality *= 0.75;
  if (words > W.lengthPivot) quality *= Math.pow(W.lengthPivot / words, W.lengthExp);
  const q = quoteShare(text);
  if (q > 0.75) quality *= 0.45;
  else if (q > 0.45) quality *= 0.75;
  if (endsWithMark(text, "?\uFF1F", `"\u201D\u2019\xBB)`)) quality *= 0.4;
  if (!endsWithMark(text, ".!?\u2026\u3002\uFF01\uFF1F", `"\u201D\u2019\xBB)]`)) quality *= 0.6;
  if (/^[\p{Ll}]/u.test(text)) quality *= 0.7;
  if (/^(?:but|and|also|however|meanwhile|still|this|that|these|those|it|he|she|they|his|her|their)\b/i.test(text)) quality *= 0.85;
  return { quality, excluded, words };
}
function targetLength(n, paragraphs, max) {
  let k;
  if (paragraphs <= 1) k = 1;
  else if (n <= 3) k = Math.min(n, 2);
  else if (n <= 6) k = 2;
  else if (n <= W.longStory) k = 3;
  else k = 4;
  return Math.max(1, Math.min(k, max));
}
function summarize(paragraphs, opts = {}) {
  const max = Math.max(1, Math.min(opts.max ?? 5, 5));
  const cands = [];
  const sentences = splitParagraphs(paragraphs, opts.lang);
  let para = 0;
  paragraphs.forEach((p, i) => {
    if (!p || !p.trim()) return;
    sentences[i].forEach((text, j) => {
      checkTime();
      const a = assess(text);
      cands.push({ text, index: cands.length, para, firstInPara: j === 0, ...a });
    });
    para++;
  });
  const usable = cands.filter((c) => !c.excluded);
  if (!usable.length) return [];
  const k = targetLength(usable.length, para, max);
  const { vectors, idf } = storyVectors(sentences);
  const doc = usable.length === cands.length ? storyCentroid(sentences) : sumVectors(usable.map((c) => vectors[c.index]));
  const title = opts.title ? weigh(contentTokens(opts.title), idf) : /* @__PURE__ */ new Map();
  const centrality = cands.map((c) => cosine(vectors[c.index], doc));
  const titleSim = cands.map((c) => cosine(vectors[c.index], title));
  let maxCent = 1e-9;
  let maxTitle = 1e-9;
  for (const c of usable) {
    maxCent = Math.max(maxCent, centrality[c.index]);
    maxTitle = Math.max(maxTitle, titleSim[c.index]);
  }
  const rank = new Map(usable.map((c, i) => [c.index, i]));
  const score = /* @__PURE__ */ new Map();
  for (const c of usable) {
    const r = rank.get(c.index);
    const position = 1 / Math.pow(1 + r, W.posExp);
    const s = W.position * position + W.centrality * (centrality[c.index] / maxCent) + W.title * (titleSim[c.index] / maxTitle) + (c.firstInPara ? W.paraStart : 0);
    score.set(c.index, s * c.quality);
  }
  const chosen = [];
  const pool = [...usable];
  const redundancy = cands.map(() => 0);
  while (chosen.length < k && pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      if (redundancy[c.index] > NEAR_DUPLICATE) return;
      const value = score.get(c.index) - W.redundancy * redundancy[c.index];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    const picked = pool.splice(best, 1)[0];
    chosen.push(picked);
    for (const c of pool) redundancy[c.index] = Math.max(redundancy[c.index], cosine(vectors[c.index], vectors[picked.index]));
  }
  chosen.sort((a, b) => a.index - b.index);
  return chosen.map((c) => c.index === 0 || c.firstInPara ? splitDateline(c.text).rest : c.text);
}
var NEAR_DUPLICATE = 0.7;
var W = {
  position: 1,
  centrality: 0.2,
  title: 0.2,
  paraStart: 0.05,
  redundancy: 0.3,
  posExp: 0.7,
  lengthPivot: 40,
  lengthExp: 1,
  longStory: 60
};
var STOPWORDS = new Set(
  // English
  "a an the and or but if then than so as of at by for from in into on onto to with without about above after again against all also am among any are around because been before being below between both can could did do does doing down during each few further had has have having he her here hers herself him himself his how i its itself just me more most my myself no nor not now off once only other our ours ourselves out over own same she should some such that their theirs them themselves there these they this those through too under until up very was we were what when where which while who whom why will would you your yours yourself it is be said says say told according mr mrs ms one two new last first year years time like get got us will may might must shall would since per via yet still even ever much many well back der die das den dem des ein eine einer eines einem einen und oder aber wenn dann als wie von zu zum zur im in an am auf aus bei mit nach seit \xFCber unter vor f\xFCr gegen ohne um ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine ihr ihre es er sie wir ich nicht auch noch nur so dass sich sagte le la les un une des du de et ou mais si alors que qui quoi dont o\xF9 au aux en dans sur sous par pour avec sans est sont \xE9tait \xE9t\xE9 \xEAtre a ont avait il elle ils elles nous vous je ne pas plus ce cette ces son sa ses leur leurs se a dit el los las unos unas y o pero si que quien en con sin por para sobre es son fue ser ha han \xE9l ella ellos nos se su sus lo al del o os as um uma e em no na nos nas com sem por para \xE9 s\xE3o foi ser tem ele ela eles n\xE3o mais il lo gli uno una di da con su per tra fra \xE8 sono era non pi\xF9 che chi del della dei delle nel nella".split(/\s+/)
);
var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
function contentTokens(text) {
  const out = [];
  const lower = text.toLowerCase();
  if (!BEYOND_ASCII.test(lower)) {
    asciiWords(lower, out);
    return out;
  }
  WORD.lastIndex = 0;
  let m;
  const cjk = cjkCount(lower) > 0;
  while (m = WORD.exec(lower)) {
    const w = m[0];
    if (cjk && cjkCount(w)) {
      const at = WORD.lastIndex;
      cjkTokens(w, out);
      WORD.lastIndex = at;
      continue;
    }
    addToken(w, out);
  }
  return out;
}
function asciiWords(lower, out) {
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiAlnum(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiAlnum(lower.charCodeAt(i))) i++;
    const c = lower.charCodeAt(i);
    if ((c === 39 || c === 8217) && i + 1 < n && isAsciiLetter(lower.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isAsciiLetter(lower.charCodeAt(i))) i++;
    }
    addToken(lower.slice(start, i), out);
  }
}
function addToken(w, out) {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && (w[n - 2] === "'" || w[n - 2] === "\u2019")) w = w.slice(0, -2);
  if (w.length < 2 || STOPWORDS.has(w)) return;
  if (w.length < 3 && isAsciiDigits(w)) return;
  if (w.length > 6) w = w.slice(0, 6);
  out.push(w);
}
var isAsciiLetter = (c) => (c | 32) >= 97 && (c | 32) <= 122;
var isAsciiAlnum = (c) => c >= 48 && c <= 57 || isAsciiLetter(c);
var CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
function cjkTokens(run, out) {
  let last = 0;
  CJK_RUN.lastIndex = 0;
  let m;
  while (m = CJK_RUN.exec(run)) {
    if (m.index > last) out.push(...contentTokens(run.slice(last, m.index)));
    const r = m[0];
    if (r.length === 1) out.push(r);
    for (let i = 0; i + 1 < r.length; i++) out.push(r.slice(i, i + 2));
    last = m.index + r.length;
  }
  if (last < run.length) out.push(...contentTokens(run.slice(last)));
}
function isAsciiDigits(w) {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}
var storyVectorCache = /* @__PURE__ */ new WeakMap();
function storyVectors(sentences) {
  let hit = storyVectorCache.get(sentences);
  if (!hit) {
    hit = tfidfVectors(sentences.flat().map(contentTokens));
    storyVectorCache.set(sentences, hit);
  }
  return hit;
}
function storyCentroid(sentences) {
  const hit = storyVectors(sentences);
  return hit.centroid ??= sumVectors(hit.vectors);
}
function tfidfVectors(docs) {
  const counts = docs.map(termCounts);
  const df = /* @__PURE__ */ new Map();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const idf = /* @__PURE__ */ new Map();
  for (const [w, c] of df) idf.set(w, Math.log((n + 1) / (c + 0.5)));
  for (const v of counts) v.forEach((tf, w) => v.set(w, (1 + Math.log(tf)) * idf.get(w)));
  return { vectors: counts, idf };
}
function termCounts(tokens) {
  const v = /* @__PURE__ */ new Map();
  for (const w of tokens) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}
function weigh(tokens, idf) {
  const v = termCounts(tokens);
  const maxIdf = topIdf(idf);
  v.forEach((tf, w) => v.set(w, (1 + Math.log(tf)) * (idf.get(w) ?? maxIdf)));
  return v;
}
var topIdfs = /* @__PURE__ */ new WeakMap();
var norms = /* @__PURE__ */ new WeakMap();
function topIdf(idf) {
  let maxIdf = topIdfs.get(idf);
  if (maxIdf === void 0) {
    maxIdf = 1;
    for (const x of idf.values()) if (x > maxIdf) maxIdf = x;
    topIdfs.set(idf, maxIdf);
  }
  return maxIdf;
}
function cosine(a, b) {
  if (!a.size || !b.size) return 0;
  const small = a.size < b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  small.forEach((x, w) => {
    const y = large.get(w);
    if (y) dot += x * y;
  });
  if (!dot) return 0;
  return dot / (norm(a) * norm(b));
}
function norm(v) {
  let n = v.size > 64 ? norms.get(v) : void 0;
  if (n === void 0) {
    let s = 0;
    for (const x of v.values()) s += x * x;
    n = Math.sqrt(s);
    if (v.size > 64) norms.set(v, n);
  }
  return n;
}
function sumVectors(vs) {
  const out = /* @__PURE__ */ new Map();
  for (const v of vs) v.forEach((x, w) => out.set(w, (out.get(w) ?? 0) + x));
  return out;
}

// src/core/types.ts
var DEFAULT_LIMITS = Object.freeze({
  maxElements: 6e4,
  maxDepth: 500,
  maxTextLength: 3e6,
  timeoutMs: 5e3
});

// src/core/pipeline.ts
var NOT_PROSE_TAGS = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "figure"]);
function captionTests(captions = true) {
  const seen = /* @__PURE__ */ new Map();
  const test = (el) => {
    if (!captions) return false;
    let yes = seen.get(el);
    if (yes === void 0) seen.set(el, yes = isCaption(el));
    return yes;
  };
  return { isCaption: test, notProse: (el, tag) => NOT_PROSE_TAGS.has(tag) || tag === "table" && !isLayoutTable(el) || test(el) };
}
var WORDS_PER_MINUTE = 230;
function analyzeWith(find, doc, options = {}) {
  const { stages: stages2, now, deadline: deadline2 } = pipeline(doc, options);
  return withBudget(now, deadline2, () => {
    for (; ; ) {
      const step = stages2.next(find);
      if (step.done) return step.value;
    }
  });
}
var defaultNow = () => typeof performance !== "undefined" ? performance.now() : Date.now();
function pipeline(doc, options) {
  const now = options.now ?? defaultNow;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const start = now();
  return { stages: stages(doc, options, limits, now, start), now, deadline: start + limits.timeoutMs };
}
function* stages(doc, options, limits, now, start) {
  const timings = {};
  let last = start;
  let stage = "gate";
  const lap = (next) => {
    const t = now();
    timings[stage] = round(t - last);
    last = t;
    const done = stage;
    if (next) stage = next;
    if (t - start > limits.timeoutMs) throw new Timeout(done);
  };
  try {
    const notPage = notAPage(doc);
    if (notPage) return notPage;
    const surveyor = new PageSurveyor(builtin(doc, "body"));
    const tooLarge2 = checkSize(doc, limits, surveyor.see);
    if (tooLarge2) return tooLarge2;
    const survey = surveyor.done();
    const framed = framedPage(doc, survey);
    lap("isolate");
    yield;
    const removals = new Removals();
    const found = isolate(doc, removals, options.url, survey, options.today);
    lap("clean");
    if (!found) return framed ?? NO_ARTICLE;
    yield;
    let captions = captionTests();
    let markers = removals.readMarkers();
    let paragraphs = textBlocks(found.content, captions.notProse, markers.onComment);
    if (!isStory(paragraphs, found.content)) {
      const asProse = captionTests(false);
      const read = removals.readMarkers();
      const all = textBlocks(found.content, asProse.notProse, read.onComment);
      if (!isStory(all, found.content)) return framed ?? NO_ARTICLE;
      [captions, markers, paragraphs] = [asProse, read, all];
    }
    removals.settle(found.content, { skip: captions.notProse, paragraphs: paragraphs.length, read: markers, baseUrl: options.url });
    const text = blockText(found.content, captions.isCaption);
    const html = sanitizeChildren(found.content, { baseUrl: options.url });
    lap("summary");
    yield;
    const title = normSpace(found.title) || paragraphs[0]?.slice(0, 120) || "";
    const lang = found.lang?.split(/[-_]/)[0]?.toLowerCase();
    const summary = besides(() => summarize(paragraphs, { title, lang }));
    lap("quotes");
    const wordCount2 = countWords(text);
    const article = {
      status: "ok",
      title,
      byline: clean(found.byline),
      site: clean(found.site) ?? siteFromUrl(options.url),
      url: options.url,
      lang: found.lang,
      dir: found.dir,
      published: clean(found.published),
      excerpt: clean(found.excerpt),
      text,
      paragraphs,
      html,
      wordCount: wordCount2,
      readingMinutes: Math.max(1, Math.round(wordCount2 / WORDS_PER_MINUTE)),
      summary,
      quotes: [],
      removed: removals.blocks,
      timings
    };
    const findQuotes2 = yield { ...article, quotesPending: true, timings: { ...timings, total: round(now() - start) } };
    article.quotes = findQuotes2 ? besides(() => findQuotes2(paragraphs, { title, lang })) : [];
    lap();
    timings.total = round(now() - start);
    return article;
  } catch (err) {
    if (err instanceof Timeout) {
      const when = err.message ? `after ${err.message}` : `during ${stage}`;
      return { status: "timeout", code: "analysis-timeout", params: { ms: limits.timeoutMs }, message: "This page took too long to read.", detail: `Stopped after ${limits.timeoutMs} ms (${when}).` };
    }
    return internalFailure(err);
  }
}
function besides(part) {
  try {
    return part();
  } catch (err) {
    if (err instanceof Timeout) throw err;
    return [];
  }
}
function internalFailure(err) {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { status: "internal", code: "analysis-error", message: "Something went wrong while reading this page.", detail: detail.slice(0, 500) };
}
function clean(s) {
  const t = normSpace(s);
  return t ? t.slice(0, 300) : void 0;
}
function countWords(text) {
  const spaced = text.split(/\s+/).filter(Boolean).length;
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return spaced + Math.round(cjk / 2);
}
function round(ms) {
  return Math.round(ms * 100) / 100;
}

// src/core/lang-guess.ts
var FUNCTION_WORDS = [
  ["en", "the and of to is that was for with he she they have has had been this from but not are were would will which"],
  ["de", "der die das und ist nicht mit von den sich auch ein eine dass zu im dem des auf wird wurde sind sie er noch nach bei"],
  ["fr", "le les et des est une du que pour dans qui pas sur au aux avec il elle ce cette sont mais plus nous ont \xE9t\xE9"],
  ["es", "el los las y del por una con para es est\xE1 pero como m\xE1s su sus al lo fue ha muy tambi\xE9n sobre entre"],
  ["it", "il che di gli della delle non sono \xE8 per una anche ma con degli nel nella alla ha questo essere stato"],
  ["pt", "n\xE3o em uma os ao dos das com \xE9 s\xE3o tamb\xE9m mas mais pelo pela foi tem seu sua \xE0s nos na"],
  ["nl", "het een en van is dat niet op met voor zijn ook aan bij maar wordt werd naar deze wel"],
  ["cs", "se na je \u017Ee jsou jako ale by tak\xE9 jsem kter\xFD kter\xE1 kter\xE9 podle u\u017E kdy\u017E pro mezi"],
  ["pl", "si\u0119 \u017Ce nie jest do jak ale przez dla czy ju\u017C kt\xF3ry kt\xF3ra kt\xF3re jego oraz tak\u017Ce by\u0107"]
];
var LANGS = FUNCTION_WORDS.map(([lang]) => lang);
var WORD_LANGS = /* @__PURE__ */ new Map();
FUNCTION_WORDS.forEach(([, words], i) => {
  for (const w of words.split(" ")) WORD_LANGS.set(w, [...WORD_LANGS.get(w) ?? [], i]);
});
var SAMPLE_WORDS = 600;
function guessLanguage(paragraphs) {
  const counts = new Array(LANGS.length).fill(0);
  let words = 0;
  let letters = 0;
  let latin = 0;
  let cyrillic = 0;
  outer: for (const p of paragraphs) {
    const lower = p.toLowerCase();
    for (let i = 0; i < lower.length; ) {
      let cp = lower.codePointAt(i);
      if (!isLetter(cp)) {
        i += cp > 65535 ? 2 : 1;
        continue;
      }
      const start = i;
      do
        i += cp > 65535 ? 2 : 1;
      while (i < lower.length && isLetter(cp = lower.codePointAt(i)));
      const w = lower.slice(start, i);
      if (++words > SAMPLE_WORDS) break outer;
      letters += w.length;
      const c = w.charCodeAt(0);
      if (c < 592) latin += w.length;
      else if (c >= 1024 && c < 1328) cyrillic += w.length;
      const langs = WORD_LANGS.get(w);
      if (langs) for (const k of langs) counts[k]++;
    }
  }
  if (words < 30) return void 0;
  if (cyrillic > letters / 2) return "ru";
  if (latin <= letters / 2) return void 0;
  let best = -1;
  let second = -1;
  for (let i = 0; i < counts.length; i++) {
    if (best < 0 || counts[i] > counts[best]) [second, best] = [best, i];
    else if (second < 0 || counts[i] > counts[second]) second = i;
  }
  if (counts[best] < Math.min(words, SAMPLE_WORDS) / 20 || counts[second] * 1.5 > counts[best]) return void 0;
  return LANGS[best];
}

// src/core/match-all.ts
function matchesOf(re, s) {
  const out = [];
  re.lastIndex = 0;
  let m;
  while (m = re.exec(s)) {
    out.push(m);
    if (m[0] === "") re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 65535 ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

// src/core/quotes/given-names.ts
var MALE = "aaron adam adrian ahmed alan albert alejandro alexander alfred ali andreas andrew andr\xE9s angelo anthony antoine antonio arnold arthur barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bruno bryan caleb calvin carl carlos charles charlie chris christian christoph christopher clarence claude colin craig dale damian dan daniel danny darren dave david dean dennis derek diego dieter dmitry dominic don donald doug douglas duncan dustin dylan eddie edgar eduardo edward elijah emmanuel enrique eric erik ernest ethan eugene evan fabian felipe felix fernando francesco francisco frank franz fred frederick gabriel gareth gary gavin george gerald gerhard giovanni giuseppe glenn gordon graham greg gregory guillaume g\xFCnter gustavo hans harold harry hassan hector heinrich henry herbert howard hugh hugo ian ibrahim igor isaac ivan jack jacob jake james jared jason javier jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johann john johnny jon jonathan jorge jos\xE9 joseph joshua juan julian justin karl keith ken kenneth kevin klaus kurt kyle larry lars lawrence leo leon leonard liam lionel lorenzo louis lucas luis luke malcolm manuel marc marco marcus mario mark martin mason matt matthew maurice max michael miguel mike mohamed mohammed muhammad nathan neil nicholas nick nicolas nigel noah norman oliver omar oscar owen pablo patrick paul pedro peter philip philippe phil pierre rafael ralph randy raymond ray reginald ricardo richard rick robert roberto rod roger roland ron ronald ross roy russell ryan salvador samuel scott sean sebastian sergei sergio seth simon stanley stefan stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trevor tyler uwe victor vincent vladimir walter warren wayne werner william willie wolfgang xavier yusuf zachary abdul abdullah adel ahmad ahmet akira alain alastair alberto alessandro alexandre alexei alfonso alistair alvaro \xE1lvaro amir amit amr anand anders andr\xE9 andrei andrzej \xE1ngel angus anton anwar archie armando arjun arturo arvind ashok augusto aurelio ayman baptiste barney bashir bastian beno\xEEt bernd bernie bertrand bj\xF6rn blake brent byron carsten c\xE9dric c\xE9sar christophe chuck claudio cl\xE9ment clint cody conor connor cristian cristiano curtis dar\xEDo dario darryl deepak denis didier dimitri dirk dmitri dwayne eduard edwin elias elliot emil emilio emre enzo esteban \xE9tienne everett fabio fabrice fadi faisal farid federico florian floyd fouad franck fran\xE7ois fr\xE9d\xE9ric friedrich fumio ga\xEBl garrett gaston gaurav g\xE9rard gilbert gilles giorgio glen gonzalo guido guillermo gustav habib hamid hamza hani hank harald harish haruki harvey heiko helmut henri herman hern\xE1n hiroshi horst hubert hussein ichiro ignacio imad ismael jacques jaime jamal jens joachim jo\xE3o joaqu\xEDn jochen johannes jonas j\xF6rg josef juanma julien julio julius j\xFCrgen kai karim kenji kenny khaled khalid kirk konstantin krishna krzysztof laurent leandro lennart leonardo leroy lloyd lothar luc luca luciano ludovic luigi lukas luther maciej magnus mahmoud majid manfred manoj marcel marcelo marcin marek markus marvin marwan mateo mathieu mat\xEDas matteo matthias mauricio mauro maxime mehmet melvin michel mikhail mohammad moritz mounir mukesh murat mustafa nabil narendra nasser neal nelson niklas nikolai nils olaf oleg oleksandr olivier osama osvaldo otis pascal pasquale patricio pavel pawel percy pete philipp piotr prakash quentin rahul rainer rajesh rajiv rakesh rami ramiro ram\xF3n ra\xFAl recep reinhard r\xE9mi renato ren\xE9 riccardo rob rocco rodney rodrigo rolf romain rory rub\xE9n r\xFCdiger rudy rufus saleh salvatore samir sami sanjay serge sergey shane shigeru shinzo stanislav st\xE9phane stewart sunil suresh sven sylvain takeshi taro tarek theodore thierry thilo thorsten tobias tom\xE1s tomasz torsten ulrich umberto valentin vernon vicente vijay vikram viktor vittorio vivek volker volodymyr wade walid wesley wilbur winston wojciech yann yannick yasser yoshihide youssef yuri yves zach ziad zoltan moussa mamadou ibrahima abdoulaye ousmane amadou seydou boubacar souleymane mehdi rayan ilyes sofiane bilal anis ayoub yanis th\xE9o mathis adrien thibault arnaud petr pavel ji\u0159\xED jaroslav miroslav zden\u011Bk v\xE1clav karel jakub ond\u0159ej michal vojt\u011Bch radek libor zbyn\u011Bk vladim\xEDr bohuslav keir";
var FEMALE = "abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia angela angelica anita ann anna anne annette antonia april ashley audrey barbara beatriz beatrice becky belinda beth betty beverly bonnie brenda brigitte brittany camila carla carmen carol caroline carolyn catherine cecilia charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie cynthia daisy daniela danielle deborah debra denise diana diane donna doris dorothy elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gabrielle gail gemma georgia gloria grace gwen hannah heather heidi helen helena hilary holly ingrid irene isabel isabella jacqueline jane janet janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kimberly kristen kristina laura lauren leah linda lisa lori louise lucia lucy lydia madeleine madison manuela margaret maria marie marilyn marina marion marissa martha mary megan melanie melissa mercedes mia michelle monica monika nadia nancy natalia natalie nicole nina nora olga olivia paige pamela patricia paula pauline peggy penelope penny rachel rebecca regina renate rita roberta rosa rose rosemary ruth sabine sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stephanie susan susanne suzanne sylvia tamara tanya teresa theresa tiffany tina ursula valerie vanessa veronica victoria virginia wendy yolanda yvonne zoe abby adela ad\xE8le akiko alejandra almudena alyssa amal amira amparo angelika angie anjali anke annie annika antje antonella araceli aur\xE9lie ava bego\xF1a bethany birgit blanca brianna brooke caitlin candace carlota carly cassandra catalina cathy c\xE9cile c\xE9line chantal charlene chiara christa christiane christy claudine consuelo corinne courtney cristina dagmar debbie deepa delphine dolores eileen elisabetta \xE9lise eliza elke \xE9lodie \xE9milie esperanza estefan\xEDa estelle eugenia fabienne fatma federica felicity fernanda francesca fran\xE7oise franziska fr\xE9d\xE9rique gina genevi\xE8ve giorgia giovanna gisela giulia gudrun hala hanan harriet haruka hazel heike h\xE9l\xE8ne helga hildegard huda ilaria ilse in\xE8s inmaculada isabelle jeanette jeanne jenna josefina juana juliette jutta karin katrin kavita kayla keiko kerstin kirsten kristin laetitia lakshmi lana layla l\xE9a leila lena lina lois lorraine lucie luisa lynn macarena magdalena mandy manon marcela margarita margaux mariam mariana marianne marisol marta martina maryam mathilde maureen meera meredith milagros miranda molly mona monique nadine naomi natasha nathalie nisha noor nuria oc\xE9ane paloma paola pascale perrine petra phyllis pilar pooja priscilla priya radha rania raquel rekha roc\xEDo rossella sabrina sachiko salma samira sandrine s\xE9gol\xE8ne serena silke simona sol\xE8ne soledad stacy stefanie sunita susana svenja sylvie tammy ulrike ute valentina valeria v\xE9ronique virginie wiebke ximena yasmin yoko yuko zainab aminata fatoumata mariama kadiatou a\xEFcha yasmine myriam samia nawel kenza jade jana hana lenka kate\u0159ina veronika mark\xE9ta zuzana tereza michaela alena ivana jitka barbora alessandra hillary kristi";
var plain = (name) => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
var PLAIN_SEEN = /* @__PURE__ */ new Map();
var plainOf = (name) => {
  let p = PLAIN_SEEN.get(name);
  if (p === void 0) {
    if (PLAIN_SEEN.size >= 4096) PLAIN_SEEN.clear();
    PLAIN_SEEN.set(name, p = plain(name));
  }
  return p;
};
var GENDERS = new Map([...MALE.split(" ").map((n) => [plain(n), "m"]), ...FEMALE.split(" ").map((n) => [plain(n), "f"])]);
function givenNameGender(given) {
  const g = GENDERS.get(plainOf(given));
  if (g || !given.includes("-")) return g;
  const parts = given.split("-");
  return parts.length === 2 && parts.every((p) => /^\p{Lu}/u.test(p) && GENDERS.has(plainOf(p))) ? GENDERS.get(plainOf(parts[0])) : void 0;
}

// src/core/quotes/spans.ts
var CLOSERS = { "\u201C": "\u201D", "\u201E": "\u201C\u201D", "\u201A": "\u2018\u2019", "\xAB": "\xBB", "\u2039": "\u203A", "\u300C": "\u300D", "\u300E": "\u300F", "\u2018": "\u2019", '"': '"', "'": "'", "\xBB": "\xAB", "\u203A": "\u2039", "\u201D": "\u201C" };
var MIXED = { "\u201C": '"', '"': "\u201D", "\u2018": "'", "'": "\u2019" };
var OPENING = /[“„‚«‹「『‘"'»›”]/g;
var ELISION = /^['‘’](?:n['’]|\d\ds\b|\d\d(?![\p{L}\p{N}])(?!\s*(?:per|%))|(?:em|til|tis|twas|cause|bout)\b)/iu;
var PRIME = /\d[.,]?‘*$/;
var closesSingle = (text, j) => /\S/.test(text[j - 1] ?? " ") && (!isWordChar2(text[j + 1]) || CJK_OR_HANGUL.test(text[j + 1]) && !/\p{Script=Latin}/u.test(text[j - 1]));
var CJK_OR_HANGUL = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;
var opensStraightSingle = (text, i) => (i === 0 || /[\s(\[—–\-“"«„:]/.test(text[i - 1])) && /[\p{L}\p{N}¡¿“"…]/u.test(text[i + 1] ?? "") && !ELISION.test(text.slice(i, i + 6));
function possessive(text, j, mark) {
  if (/\s['‘’]n$/.test(text.slice(j - 3, j))) return true;
  if (!/(?:s|in)$/.test(text.slice(j - 2, j)) || !/^\s+\p{Ll}/u.test(text.slice(j + 1, j + 4))) return false;
  const nextOpen = mark === "'" ? -1 : text.indexOf("\u2018", j + 1);
  for (let k = text.indexOf(mark, j + 1); k >= 0; k = text.indexOf(mark, k + 1)) {
    if (mark === "'" ? opensStraightSingle(text, k) : nextOpen >= 0 && nextOpen < k) return false;
    if (closesSingle(text, k)) return true;
  }
  return false;
}
var RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
var isWordChar2 = (c) => !!c && /[\p{L}\p{N}]/u.test(c);
function nextCloser(text, closers, from) {
  let best = text.length;
  for (let k = 0; k < closers.length; k++) {
    const at = text.indexOf(closers[k], from);
    if (at >= 0 && at < best) best = at;
  }
  return best;
}
function nestedClose(text, i, first) {
  let depth = 0;
  for (let k = i + 1; ; ) {
    const close = k <= first ? first : text.indexOf("\u201D", k);
    if (close < 0) return first;
    const open = text.indexOf("\u201C", k);
    if (open >= 0 && open < close && !isWordChar2(text[open - 1]) && isWordChar2(text[open + 1])) {
      depth++;
      k = open + 1;
      continue;
    }
    if (depth === 0) return close;
    depth--;
    k = close + 1;
  }
}
function spansIn(text, para) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    OPENING.lastIndex = i;
    const next = OPENING.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    const closers = CLOSERS[ch];
    const prev = text[i - 1];
    const straightOpen = ch !== '"' || (prev === void 0 || /[\s(\[—–-]/.test(prev)) && /\S/.test(text[i + 1] ?? "");
    const rtlOpen = ch !== "\u201D" || RTL_LETTER.test(text.slice(i + 1, i + 3).trimStart()[0] ?? "");
    const guillemetOpen = ch !== "\xBB" && ch !== "\u203A" || i === 0 || !isWordChar2(prev) && /[\s(\[—–-]/.test(prev ?? " ") && isWordChar2(text[i + 1]) && text.includes(ch === "\xBB" ? "\xAB" : "\u2039", i);
    const singleOpen = ch === "'" ? opensStraightSingle(text, i) : ch !== "\u2018" || !isWordChar2(prev) && !ELISION.test(text.slice(i, i + 6)) && !PRIME.test(text.slice(Math.max(0, i - 4), i));
    if (!closers || !straightOpen || !rtlOpen || !guillemetOpen || !singleOpen) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; (j = nextCloser(text, closers, j)) < text.length; j++) {
      if (ch === "'" || ch === "\u2018") {
        if (ch === "'" && opensStraightSingle(text, j)) {
          j = -j;
          break;
        }
        if (!closesSingle(text, j) || possessive(text, j, text[j])) continue;
        break;
      }
      if ((text[j] === "\u2019" || ch === '"') && isWordChar2(text[j + 1])) {
        if (ch === '"' && /\s/.test(text[j - 1] ?? "")) {
          j = -j;
          break;
        }
        continue;
      }
      break;
    }
    if (ch === "\u201C" && j > 0 && j < text.length) j = nestedClose(text, i, j);
    if ((ch === "\u201C" || ch === '"') && j !== text.length) {
      const k = text.indexOf(MIXED[ch], i + 1);
      if (k > 0 && k < Math.abs(j) && closesSingle(text, k)) j = k;
    }
    if (j < 0) {
      i = -j;
      continue;
    }
    if (j >= text.length && MIXED[ch]) {
      for (let k = text.indexOf(MIXED[ch], i + 1); k > 0; k = text.indexOf(MIXED[ch], k + 1)) {
        if (closesSingle(text, k)) {
          j = k;
          break;
        }
        if (!isWordChar2(text[k - 1])) break;
      }
    }
    const closed = j < text.length;
    const inner = text.slice(i + 1, closed ? j : text.length).trim();
    if (inner) out.push({ para, start: i, end: closed ? j + 1 : text.length, text: inner, closed });
    i = closed ? j + 1 : text.length;
  }
  return out;
}

// src/core/quotes/foreign.ts
function clause(s) {
  const m = /(?<!\b(?:Dr|Dra|Prof|St|Sr|Sra|Mme|Mr|Mrs|Ms|Jr|[\p{Lu}]))[.!?](?=\s|$)|[;:(]|\s[–—]\s/u.exec(s);
  return m ? s.slice(0, m.index) : s;
}
var unElide = (t) => t.replace(/^[ldLD]['’](?=\p{L})/u, "");
function leadingRun(tokens) {
  const run = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (isCap(t)) run.push(t);
    else if (NAME_PARTICLES.has(t) && run.length && !(run.filter(isCap).length >= 2 && ARTICLE.test(t))) {
      let j = k;
      while (j < tokens.length && NAME_PARTICLES.has(tokens[j]) && j - k < 3) j++;
      if (!isCap(tokens[j] ?? "") || j - k > 1 && run.filter(isCap).length >= 2) break;
      run.push(...tokens.slice(k, j));
      k = j - 1;
    } else break;
  }
  return run;
}
var TOLD_AT_START = /^(?:al|à|au|aux|ao|aos|a\s+(?:este|esta|estos|estas|la|el|los|las|un|una|su|sus|nuestro|nuestra)|a(?=\s+[\p{Lu}]))(?![\p{L}])/u;
function afterAddressee(s, told) {
  const after = s.slice(told.length).trimStart();
  return /^a$/u.test(told) ? after.replace(/^[\p{Lu}][\p{L}\p{M}'’.&-]*(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)?[\p{Lu}][\p{L}\p{M}'’.&-]*)*/u, " ") : after.replace(/^\S*/u, "");
}
function withoutAddressee(right) {
  const s = right.replace(/^\s+/, "");
  const told = TOLD_AT_START.exec(s);
  return told ? afterAddressee(s, told[0]) : right;
}
var NOT_ROLE = new RegExp("^(?:durante|lors|pendant|w\xE4hrend|in|en|dans|nel|nella|durant|ap\xF3s|depois|despu\xE9s|tras|avant|antes|apr\xE8s|am|beim|bei|im|vor|nach|ante|sobre|sur|con|avec|mit|com|\xE0|au|al|ce|este|esta|hier|ayer|ontem|ieri|heute|hoy|oggi|hoje|que|qui|quien|dont|che|wer|who|when|quand|cuando|quando|wenn|als|y|et|e|und|and|pero|mais|ma|aber|mas|na|tijdens|bij|op|tegen|gisteren|vandaag|podczas|w|we|po|przed|wczoraj|dzi\u015B|\u043D\u0430|\u0432|\u0432\u043E|\u043F\u043E\u0441\u043B\u0435|\u043F\u0440\u0438|\u0432\u0447\u0435\u0440\u0430|\u0441\u0435\u0433\u043E\u0434\u043D\u044F)$", "iu");
var isNameSegment = (tokens) => tokens.length > 0 && leadingRun(tokens).length === tokens.length;
function parseAfterForeignVerb(right) {
  const s = right.replace(/^\s+/, "");
  const pronoun = PRONOUN_AT_START.exec(s) ?? FOREIGN_PRONOUN_AT_START.exec(s);
  if (pronoun) return { kind: "pronoun", pronoun: pronoun[0] };
  if (/^(?:[.!?]|$)/.test(s)) return { kind: "pronoun" };
  if (/^(?:que|che|:)(?![\p{L}])/iu.test(s)) return { kind: "pronoun" };
  if (/^(?:mientras|cuando|pendant que|tandis que|mentre|enquanto)(?![\p{L}])/iu.test(s) && !/[\p{Lu}]/u.test(clause(s))) return { kind: "pronoun" };
  const told = TOLD_AT_START.exec(s);
  if (told) {
    const rest = afterAddressee(clause(s), told[0]);
    if (/^\s+(?:el|la|los|las|le|les|o|un|una|une)\s/u.test(rest)) return parseAfterForeignVerb(rest);
    if (!/[\p{Lu}]/u.test(rest)) return { kind: "pronoun" };
  }
  const particled = /^((?:(?:de|del|della|di|da|van|von)\s+){1,2})([\p{Lu}][\p{L}'’-]+)\s*(?:[.,;!?]|$|(?:en|em|in|a|al|ao|à|au|durante|tras|con|avec|com)\s)/u.exec(s);
  if (particled) return { kind: "name", run: [particled[2]], afterArticle: false, surnameOnly: true };
  const segments = clause(s).split(",").map((seg) => seg.trim().split(/\s+/).filter(Boolean));
  let first = segments[0] ?? [];
  let afterArticle = false;
  if (first.length && ARTICLE.test(first[0])) {
    first = first.slice(1);
    afterArticle = true;
  } else if (first.length && /^[lL]['’]\p{L}/u.test(first[0])) {
    first = [unElide(first[0]), ...first.slice(1)];
    afterArticle = true;
  }
  if (!first.length) return null;
  const next = segments[1];
  if (afterArticle && next && isNameSegment(next)) return { kind: "name", run: next, role: first.join(" "), afterArticle: false };
  if (isCap(first[0])) {
    const run = leadingRun(first);
    const role = run.length === first.length && next?.length && /^\p{Ll}/u.test(next[0]) && !ARTICLE.test(next[0]) && !NOT_ROLE.test(next[0]) && next.length <= 14 ? next.join(" ") : void 0;
    return { kind: "name", run, role, afterArticle };
  }
  const named = nameAfterRole(first);
  if (named) return { kind: "name", ...named, afterArticle: false };
  if (!afterArticle && NOT_ROLE.test(first[0]) && segments.length === 1 && first.some(isCap) && first.every((t, k) => !isCap(t) || isCap(first[k - 1] ?? "") || addressed(first, k))) return { kind: "pronoun" };
  if (next && isNameSegment(next)) return { kind: "name", run: next, role: first.join(" "), afterArticle: false };
  return null;
}
function addressed(seg, at) {
  for (let k = at - 1; k >= 0; k--) {
    const t = seg[k];
    if (/^(?:al|au|aux|ao)$/i.test(t)) return true;
    if (/^(?:a|à)$/i.test(t)) return k === at - 1 || /^(?:la|el|los|las|le|les|l['’].*)$/i.test(seg[k + 1] ?? "");
    if (!/^\p{Ll}/u.test(t)) return false;
    if (/^(?:la|el|los|las|le|les|un|una|une|l['’].*)$/i.test(t) && !/^(?:a|à)$/i.test(seg[k - 1] ?? "")) return false;
  }
  return false;
}
function nameAfterRole(tokens) {
  let end = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    if (NOT_ROLE.test(tokens[k]) && tokens.slice(0, k).some(isCap)) {
      end = k;
      break;
    }
  }
  const seg = tokens.slice(0, end);
  const runs = [];
  for (let k = 0; k < seg.length; ) {
    const run2 = isCap(seg[k]) ? leadingRun(seg.slice(k)) : [];
    if (run2.length) {
      runs.push({ at: k, run: run2 });
      k += run2.length;
    } else k++;
  }
  const candidates = runs.filter((r) => !addressed(seg, r.at));
  const pick2 = [...candidates].reverse().find((r) => r.run.length >= 2) ?? candidates.find((r) => r.at + r.run.length === seg.length);
  if (!pick2 || pick2.at === 0) return void 0;
  let { at, run } = pick2;
  while (run.length > 2 && /^[\p{Lu}]{2,6}$/u.test(run[0])) {
    at++;
    run = run.slice(1);
  }
  if (ROLE_LINKS.has(seg[at - 1].toLowerCase())) {
    if (run.length < 3) return void 0;
    at += run.length - 2;
    run = run.slice(-2);
  }
  return { run, role: seg.slice(0, at).join(" ") };
}

// src/core/quotes/uncased.ts
var ARABIC_CLAUSE_END = /(?:^|\s)(?:إن|أن|إنه|أنه|إنها|أنها|بأن)(?=\s|$)|[:：،؛.؟!«»"“”]/u;
var ARABIC_NOT_NAME = new Set(
  "\u0641\u064A \u0645\u0646 \u0625\u0644\u0649 \u0627\u0644\u0649 \u0639\u0644\u0649 \u0639\u0646 \u0645\u0639 \u0628\u064A\u0646 \u0644\u062F\u0649 \u0639\u0646\u062F \u0628\u0627\u0633\u0645 \u0628\u0639\u062F \u0642\u0628\u0644 \u062D\u0648\u0644 \u0636\u062F \u062E\u0644\u0627\u0644 \u0623\u0645\u0627\u0645 \u0648 \u0648\u0632\u064A\u0631 \u0648\u0632\u064A\u0631\u0629 \u0645\u062F\u064A\u0631 \u0645\u062F\u064A\u0631\u0629 \u0631\u0626\u064A\u0633 \u0631\u0626\u064A\u0633\u0629 \u0646\u0627\u0626\u0628 \u0646\u0627\u0626\u0628\u0629 \u0623\u0645\u064A\u0646 \u0623\u0645\u064A\u0646\u0629 \u0639\u0636\u0648 \u0639\u0636\u0648\u0629 \u0645\u0633\u0624\u0648\u0644 \u0645\u0633\u0624\u0648\u0644\u0629 \u0645\u062A\u062D\u062F\u062B \u0645\u062A\u062D\u062F\u062B\u0629 \u0646\u0627\u0637\u0642 \u0646\u0627\u0637\u0642\u0629 \u0633\u0641\u064A\u0631 \u0633\u0641\u064A\u0631\u0629 \u0645\u062D\u0627\u0641\u0638 \u0642\u0627\u0626\u062F \u0645\u0633\u062A\u0634\u0627\u0631 \u0645\u0633\u062A\u0634\u0627\u0631\u0629 \u0623\u0633\u062A\u0627\u0630 \u0623\u0633\u062A\u0627\u0630\u0629 \u0627\u0644\u062F\u0643\u062A\u0648\u0631 \u0627\u0644\u062F\u0643\u062A\u0648\u0631\u0629".split(" ")
);
var ARABIC_NAME_LINKS = /* @__PURE__ */ new Set(["\u0639\u0628\u062F", "\u0623\u0628\u0648", "\u0627\u0628\u0648", "\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062A", "\u0623\u0645"]);
var URDU_NOT_NAME = new Set(
  "\u06A9\u06CC \u06A9\u06D2 \u06A9\u0627 \u0627\u0648\u0631 \u0646\u06D2 \u0645\u06CC\u06BA \u0633\u06D2 \u06A9\u0648 \u067E\u0631 \u0628\u06BE\u06CC \u06C1\u06D2 \u06C1\u06CC\u06BA \u0627\u06CC\u06A9 \u06CC\u06C1 \u0648\u06C1 \u0648\u0632\u06CC\u0631 \u0648\u0632\u06CC\u0631\u0627\u0639\u0644\u06CC\u0670 \u0648\u0632\u06CC\u0631\u0627\u0639\u0638\u0645 \u062A\u0631\u062C\u0645\u0627\u0646 \u0633\u0631\u0628\u0631\u0627\u06C1 \u0635\u062F\u0631 \u0645\u0634\u06CC\u0631 \u0627\u0641\u0633\u0631 \u0688\u0627\u0626\u0631\u06CC\u06A9\u0679\u0631 \u0686\u06CC\u0626\u0631\u0645\u06CC\u0646 \u0633\u06CC\u06A9\u0631\u0679\u0631\u06CC \u0648\u0627\u0644\u062F\u06C1 \u0648\u0627\u0644\u062F \u0631\u06C1\u0627\u0626\u0634\u06CC \u0637\u0627\u0644\u0628 \u0637\u0627\u0644\u0628\u06C1 \u0627\u0633\u062A\u0627\u062F".split(" ")
);
var URDU_PRONOUNS = /(?:^|\s)(?:انہوں|انھوں|اس|انہیں|میں|ہم|آپ)\s*$/u;
function nameAtEnd(tokens, notName, arabic) {
  if (tokens.length < 2) return null;
  let n = 2;
  if (tokens.length >= 3 && ARABIC_NAME_LINKS.has(tokens[tokens.length - 3])) n = 3;
  else if (tokens.length >= 3 && ARABIC_NAME_LINKS.has(tokens[tokens.length - 2])) n = 3;
  const name = tokens.slice(-n);
  if (name.some((t) => notName.has(t) || !/^\p{L}+$/u.test(t))) return null;
  if (arabic && name[0].startsWith("\u0627\u0644")) return null;
  const role = tokens.slice(0, -n).join(" ") || void 0;
  return { name: name.join(" "), role };
}
function parseAfterArabicVerb(right) {
  const m = ARABIC_CLAUSE_END.exec(right);
  const words = (m ? right.slice(0, m.index) : right).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return { kind: "pronoun" };
  if (words.length > 14) return null;
  const found = nameAtEnd(words, ARABIC_NOT_NAME, true);
  return found ? { kind: "name", ...found } : null;
}
function parseBeforeUrduVerb(left) {
  const before = /\s*نے\s*$/u.exec(left);
  if (!before) return null;
  const rest = left.slice(0, before.index);
  if (URDU_PRONOUNS.test(rest)) return { kind: "pronoun" };
  const words = rest.replace(/[،,:؛]/gu, " ").trim().split(/\s+/).filter(Boolean);
  const found = nameAtEnd(words.slice(-12), URDU_NOT_NAME, false);
  return found ? { kind: "name", ...found } : null;
}
var SURNAMES = new Set(
  "\u738B\u674E\u5F20\u5218\u9648\u6768\u9EC4\u8D75\u5434\u5468\u5F90\u5B59\u9A6C\u6731\u80E1\u90ED\u4F55\u9AD8\u6797\u7F57\u90D1\u6881\u8C22\u5B8B\u5510\u8BB8\u97E9\u51AF\u9093\u66F9\u5F6D\u66FE\u8096\u7530\u8463\u8881\u6F58\u4E8E\u848B\u8521\u4F59\u675C\u53F6\u7A0B\u82CF\u9B4F\u5415\u4E01\u4EFB\u6C88\u59DA\u5362\u59DC\u5D14\u949F\u8C2D\u9646\u6C6A\u8303\u91D1\u77F3\u5ED6\u8D3E\u590F\u97E6\u4ED8\u65B9\u767D\u90B9\u5B5F\u718A\u79E6\u90B1\u6C5F\u5C39\u859B\u95EB\u6BB5\u96F7\u4FAF\u9F99\u53F2\u9676\u9ECE\u8D3A\u987E\u6BDB\u90DD\u9F9A\u90B5\u4E07\u94B1\u4E25\u8983\u6B66\u6234\u83AB\u5B54\u5411\u6C64\u5E38\u6E29\u5EB7\u65BD\u6587\u725B\u6A0A\u845B\u90A2\u5B89\u9F50\u6613\u4E54\u4F0D\u5E9E\u989C\u502A\u5E84\u8042\u7AE0\u9C81\u5CB3\u7FDF\u6BB7\u8A79\u7533\u6B27\u803F\u5173\u5170\u7126\u4FDE\u5DE6\u67F3\u7518\u795D\u5305\u5B81\u5C1A\u7B26\u8212\u962E\u67EF\u7EAA\u6885\u7AE5\u51CC\u6BD5\u5355\u5B63\u88F4\u970D\u6D82\u6210\u82D7\u8C37\u76DB\u66F2\u7FC1\u5189\u9A86\u84DD\u8DEF\u6E38\u8F9B\u9773\u7BA1\u67F4\u8499\u9C8D\u534E\u55BB\u7941\u84B2\u623F\u6ED5\u5C48\u9976\u89E3\u725F\u827E\u5C24\u9633\u65F6\u7A46\u519C\u53F8\u5353\u53E4\u5409\u7F2A\u7B80\u8F66\u9879\u8FDE\u82A6\u9EA6\u891A\u5A04\u7AA6\u621A\u5C91\u666F\u515A\u5BAB\u8D39\u535C\u51B7\u664F\u5E2D\u536B\u7C73\u67CF\u5B97\u77BF\u6842\u5168\u4F5F\u5E94\u81E7\u95F5\u82DF\u90AC\u8FB9\u535E\u59EC\u5E08\u548C\u4EC7\u683E\u968B\u5546\u5201\u6C99\u8363\u5DEB\u5BC7\u6851\u90CE\u7504\u4E1B\u4EF2\u865E\u6556\u5DE9\u660E\u4F58\u6C60\u67E5\u9EBB\u82D1\u8FDF\u909D".split("")
);
var COMPOUND_SURNAMES = ["\u6B27\u9633", "\u53F8\u9A6C", "\u4E0A\u5B98", "\u8BF8\u845B", "\u4E1C\u65B9", "\u7687\u752B", "\u4EE4\u72D0", "\u6155\u5BB9", "\u516C\u5B59", "\u5C09\u8FDF", "\u957F\u5B59", "\u5B87\u6587", "\u53F8\u5F92", "\u590F\u4FAF"];
var ROLE_ENDINGS = ["\u4E3B\u4EFB", "\u4E13\u4EFB", "\u5C40\u957F", "\u90E8\u957F", "\u9662\u957F", "\u6821\u957F", "\u5E02\u957F", "\u7701\u957F", "\u53BF\u957F", "\u533A\u957F", "\u961F\u957F", "\u6240\u957F", "\u5904\u957F", "\u79D1\u957F", "\u5382\u957F", "\u793E\u957F"];
var CHINESE_ADVERBIAL = /(?:在[^，。、：“”]{1,15}?(?:上|中|时|里|前|后|表示)|[对向][^，。、：“”]{0,6}(?:记者|媒体|本报|外界|公众|居民|村民|大家|我们)|接受[^，。、：“”]{0,12}(?:采访|专访)时?|也|还|则|又|曾|更|就此|对此|同时|当时|随后|最后|此前|日前|近日|今天|昨天|笑着|(?<!当)[\u4e00-\u9fff]{1,2}地|介绍|表示|指出|强调|坦言|透露|解释|补充|回忆|感慨)$/u;
var CHINESE_PRONOUN = /(?:他|她|他们|她们)$/u;
function chineseNameAtEnd(s) {
  const c = [...s];
  const at = (k) => c[c.length - k] ?? "";
  let len = 0;
  if (COMPOUND_SURNAMES.includes(at(4) + at(3))) len = 4;
  else if (COMPOUND_SURNAMES.includes(at(3) + at(2))) len = 3;
  else if (SURNAMES.has(at(3)) && !SURNAMES.has(at(2))) len = 3;
  else if (SURNAMES.has(at(2)) && !SURNAMES.has(at(3))) len = 2;
  else if (SURNAMES.has(at(3)) && SURNAMES.has(at(2))) len = ROLE_ENDINGS.includes(at(4) + at(3)) ? 2 : 3;
  if (!len || c.length < len) return null;
  const name = c.slice(-len).join("");
  if (!/^[\u3400-\u9fff]+$/u.test(name)) return null;
  if (/[部员者们]$/u.test(name) || /(?:一位|一名|一个|某)[^，。、：]{0,8}$/u.test(c.slice(0, -len).join(""))) return null;
  const role = c.slice(0, -len).join("").replace(/^.*[，,、：:；;。]/u, "") || void 0;
  return { name, role };
}
function parseBeforeChineseVerb(left) {
  let s = left.replace(/[\s，,：:]+$/u, "");
  for (let k = 0; k < 3; k++) {
    const m = CHINESE_ADVERBIAL.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index);
  }
  if (CHINESE_PRONOUN.test(s)) return { kind: "pronoun" };
  const found = chineseNameAtEnd(s);
  return found ? { kind: "name", ...found } : null;
}

// src/core/quotes/speakers.ts
var ARABIC_NAME_LINK = /^(?:bin|bint|ibn|abu)$/;
function capitalRunAtEnd(s) {
  const tokens = s.trim().split(/\s+/).filter(Boolean);
  const run = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (k < tokens.length - 1 && /[,;:]$/.test(t)) break;
    if (isCap(t) || /^\([\p{Lu}]{2,8}\)$/u.test(t)) run.unshift(t);
    else if ((CONNECTORS.has(t) || ARABIC_NAME_LINK.test(t)) && run.length && k > 0 && isCap(tokens[k - 1])) run.unshift(t);
    else break;
    if (run.length > 12) break;
  }
  while (run.length && !isCap(run[0])) run.shift();
  return run;
}
var PATRONYMIC = /(?:вич|вна|ична|ич)$/u;
function speakerFromRun(run, state, appositive, afterArticle = false) {
  const firstPerson = run.findIndex((t) => FIRST_PERSON.test(stripTail(t)));
  if (firstPerson >= 0) {
    if (firstPerson === run.length - 1) return null;
    run = run.slice(firstPerson + 1);
  }
  if (run.length === 1 && (TITLE_WORDS.has(bare(run[0])) || HONORIFICS.has(bare(run[0]))) && state.fullNames?.get(stripTail(run[0]))) {
    const known = personBySurname(stripTail(run[0]), state);
    if (known) return known;
  }
  if (run.length <= 2 && (run.length === 1 || /^[Tt]he$/.test(run[0]))) {
    const held = capitalOffice(stripTail(run[run.length - 1]), state);
    if (held) return held;
  }
  const abbrIdx = run.findIndex((t) => /^\([\p{Lu}]{2,8}\)$/u.test(t));
  if (abbrIdx > 0) {
    state.abbreviations.set(run[abbrIdx].slice(1, -1), run.slice(0, abbrIdx).join(" "));
    run = run.slice(0, abbrIdx);
  }
  while (run.length > 1 && CLAUSE_OPENER.test(stripTail(run[0]))) run = run.slice(1);
  if (!run.length) return null;
  if (state.slavic && run.length > 2 && run.every(isCap) && !PATRONYMIC.test(run[run.length - 2])) {
    const sp = speakerFromRun(run.slice(-2), state, appositive, afterArticle);
    return sp?.kind === "person" && !state.persons.includes(sp) ? { ...sp, role: [run.slice(0, -2).join(" "), sp.role].filter(Boolean).join(", ") } : sp;
  }
  if (run.length === 1 && (SUBJECT_PRONOUN.test(stripTail(run[0])) || CLAUSE_OPENER.test(stripTail(run[0])) || FUNCTION_WORD.test(stripTail(run[0])) || CALENDAR_WORD.test(stripTail(run[0])))) return null;
  const of = run.indexOf("of");
  const personBeforeOf = (from) => run.slice(from, of).every((w) => isCap(w) && !TITLE_WORDS.has(bare(w)) && !HONORIFICS.has(bare(w)) && !ORG_WORDS.test(w));
  const titled = run.findIndex((w) => !TITLE_WORDS.has(bare(w)) && !HONORIFICS.has(bare(w)));
  if (of >= 2 && of <= 5 && titled >= 0 && of - titled >= 2 && of - titled <= 3 && run.length - of - 1 <= 3 && (titled > 0 || givenNameGender(run[0]) !== void 0) && personBeforeOf(titled) && !ORG_WORDS.test(run.slice(of + 1).join(" "))) {
    const person = speakerFromRun(run.slice(0, of), state, appositive);
    if (person?.kind === "person") return state.persons.includes(person) ? person : { ...person, role: [person.role, run.slice(of).join(" ")].filter(Boolean).join(" ") };
  }
  if (of >= 2 && of <= 4 && ORG_WORDS.test(run.slice(of + 1).join(" ")) && personBeforeOf(0)) {
    const person = speakerFromRun(run.slice(0, of), state, appositive);
    if (person?.kind === "person") return state.persons.includes(person) ? person : { ...person, role: [person.role, run.slice(of).join(" ")].filter(Boolean).join(", ") };
  }
  const joined = run.join(" ");
  if (run.some((t, k2) => k2 > 0 && k2 < run.length - 1 && /^(?:para|por|pour|per)$/.test(t))) return { name: state.abbreviations.get(joined) ?? joined, kind: "org" };
  let lastTitle = -1;
  for (let t = 0; t < run.length; t++) if (TITLE_WORDS.has(bare(run[t]))) lastTitle = t;
  const titledName = lastTitle >= 0 && run.length - lastTitle > 2 && !ORG_WORDS.test(run.slice(lastTitle + 1).join(" "));
  if (!titledName && (ORG_WORDS.test(joined) || run.length === 1 && /^[\p{Lu}]{2,}$/u.test(run[0]))) {
    return { name: state.abbreviations.get(joined) ?? fullOrgName(joined, state), kind: "org" };
  }
  if (run.length === 1 && /^(?:The|This|That|It|In|On|At|But|And|If|When|As)$/.test(run[0])) return null;
  let post = run.length;
  while (post > 1 && POST_NOMINALS.has(bare(run[post - 1]))) post--;
  if (post < run.length) {
    const sp = speakerFromRun(run.slice(0, post), state, appositive, afterArticle);
    if (!sp || sp.kind !== "person" || state.persons.includes(sp)) return sp;
    return { ...sp, role: [sp.role, run.slice(post).join(" ")].filter(Boolean).join(", ") };
  }
  if (afterArticle && run.length > 2 && /^(?:von|vom|der|des|bei|beim)$/.test(run[1]) && LEADER_NOUN.test(stripTail(run[0]))) return resolvePronoun(state);
  if (afterArticle && run.length === 1 && state.proDrop && /^\p{Lu}\p{Ll}{3,}$/u.test(stripTail(run[0])) && !ROMANCE_CAPITAL_TITLE.test(stripTail(run[0]))) {
    return knownBySurname(stripTail(run[0]), state) ?? { name: fullOrgName(stripTail(run[0]), state), kind: "org" };
  }
  if (afterArticle && run.length === 1) return knownBySurname(run[0], state) ?? (LEADER_NOUN.test(stripTail(run[0])) ? resolvePronoun(state) : null) ?? capitalOffice(stripTail(run[0]), state);
  if (run.length === 2 && /^(?:Der|Die)$/.test(run[0]) && LEADER_NOUN.test(stripTail(run[1]))) return resolvePronoun(state, run[0] === "Der" ? "er" : "sie");
  const g = leadingRoleNouns(run, state.german, afterArticle);
  if (g > 0) {
    const sp = speakerFromRun(run.slice(g), state, appositive);
    if (!sp || sp.kind !== "person" || state.persons.includes(sp)) return sp;
    return { ...sp, role: [run.slice(0, g).join(" "), sp.role].filter(Boolean).join(", ") };
  }
  let k = run.length - 1;
  while (k >= 0 && !TITLE_WORDS.has(bare(run[k])) && !HONORIFICS.has(bare(run[k])) && (isCap(run[k]) || NAME_PARTICLES.has(run[k]))) k--;
  if (k === run.length - 1 && !HONORIFICS.has(bare(run[k]))) {
    return run.length >= 2 && !TITLE_WORDS.has(bare(run[0])) && !HONORIFICS.has(bare(run[0])) ? { name: joined, kind: "org" } : null;
  }
  if (k >= 0 && /^(?:of|for|and|the)$/.test(run[k]) && run.length - 1 - k > 2) {
    let t = 0;
    while (t < k && TITLE_WORDS.has(bare(run[t]))) t++;
    if (run[k] === "of" && t > 0 && k - t >= 2 && run.slice(t, k).every((w) => isCap(w) && !TITLE_WORDS.has(bare(w)) && !HONORIFICS.has(bare(w)))) {
      return { name: run.slice(t, k).join(" "), role: [...run.slice(0, t), ...run.slice(k)].join(" ").replace(/^(?:The|the)\s+/, ""), kind: "person" };
    }
    k = run.length - 3;
  }
  let nameStart = k + 1;
  while (nameStart > 0 && HONORIFICS.has(bare(run[nameStart - 1])) && run[nameStart - 1] !== run[nameStart - 1].toLowerCase()) nameStart--;
  if (nameStart > 0 && nameStart <= k && TITLE_WORDS.has(bare(run[nameStart - 1]))) nameStart = k + 1;
  const nameTokens = run.slice(nameStart).filter((t, i) => i > 0 || !CONNECTORS.has(t));
  if (!nameTokens.some((t) => isCap(t) && !HONORIFICS.has(bare(t)))) return null;
  let name = nameTokens.join(" ").replace(/[,;:]+$/, "");
  const core = nameTokens.filter((t) => !HONORIFICS.has(bare(t)));
  if (core.length === 1) {
    const word = core[0].replace(/[,;:.]+$/, "");
    const known = personBySurname(word, state);
    if (known) return known;
    const org = nameTokens.length === 1 && !state.fullNames?.has(word) ? [...state.orgs ?? []].reverse().find((o) => o.startsWith(`${word} `)) : void 0;
    if (org) return { name: org, kind: "org" };
    const given = state.german || state.fullNames?.has(word) ? void 0 : byGivenName(word, state);
    if (given) return { name: given.name, role: given.role, kind: "person", byGivenName: true };
  } else if (core.length <= 3) {
    const short = core.join(" ").replace(/[,;:.]+$/, "");
    const full = personBySurname(short.split(" ").at(-1), state);
    if (full && full.name !== short && full.name.endsWith(` ${short}`)) return full;
  }
  if (core.length === 1 && nameStart > 0 && REGNAL.test(bare(run[nameStart - 1]))) {
    const royal = `${run[nameStart - 1]} ${name}`;
    return state.persons.find((p) => p.name === royal) ?? { name: royal, kind: "person" };
  }
  const titleRole = run.slice(0, nameStart).join(" ").replace(/^(?:(?:The|the|A|An|But|And|So|Then|Now|Also)\s+)+/, "").trim();
  const role = [titleRole, appositive].filter(Boolean).join(", ") || void 0;
  name = name.replace(/^(?:The)\s+/, "");
  if (!titleRole && appositive && ORG_APPOSITIVE.test(appositive)) return { name, kind: "org" };
  return { name, role, kind: "person" };
}
var ORG_APPOSITIVE = /^\s*(?:the|a|an)\s+(?:(?!of\b)[\p{L}'’-]+\s+){0,2}(?:company|firm|label|group|band|agency|union|charity|organi[sz]ation|association|network|studio|publisher|retailer|chain|maker|manufacturer|start-?up|bank|lender|insurer|fund|party|club|airline|carrier|broadcaster|consultancy|nonprofit|non-profit|think tank|operator|developer|provider|supplier|distributor|conglomerate|utility|regulator|watchdog|ministry|department|council|authority|commission|institute|foundation|coalition|alliance|federation|league)(?![\p{L}'’-])(?!\s+(?:of|at|for)\b)/iu;
var REGNAL = /^(?:king|queen|prince|princess|pope|emperor|empress|sheikh|sheikha|sultan|emir)$/;
var LEADER_NOUN = /^[\p{Lu}][\p{L}-]*?(?:chef|chefin|boss|leiter|leiterin|präsident|präsidentin|minister|ministerin|meister|meisterin|direktor|direktorin|vorsitzende|vorsitzender|kanzler|kanzlerin)$|^(?:chef|chefin|boss|ceo|geschäftsführer|geschäftsführerin)$/iu;
var GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;
function surnameOf(tokens) {
  for (let i = tokens.length - 1; i > 0; i--) if (!GENERATION.test(tokens[i])) return tokens[i];
  return tokens[0];
}
function sameName(a, b) {
  const plain2 = (n) => n.split(" ").filter((t) => !/^\p{Lu}\.?$/u.test(t) && !GENERATION.test(t)).join(" ");
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || plain2(a) === plain2(b);
}
var knownBySurname = (surname, state) => [...state.persons].reverse().find((p) => {
  const t = p.name.split(" ");
  return t.length > 1 && surnameOf(t) === surname;
});
function personBySurname(surname, state) {
  const called = state.calledBySurname?.get(surname);
  if (called) {
    const given = called.name.split(" ")[0];
    const forms = [state.fullNames?.get(surname)?.name, state.givenNames?.get(given)?.name, ...state.persons.map((p) => p.name)];
    const fuller = forms.filter((n) => !!n && n.length > called.name.length && n.split(" ")[0] === given && n.endsWith(` ${surname}`)).sort((a, b) => b.length - a.length)[0];
    return fuller ? { name: fuller, role: called.role, kind: "person" } : called;
  }
  const known = knownBySurname(surname, state);
  if (known) {
    (state.calledBySurname ??= /* @__PURE__ */ new Map()).set(surname, known);
    return known;
  }
  const full = state.fullNames?.get(surname);
  if (full) return { name: full.name, role: full.role, kind: "person" };
  return [...state.persons].reverse().find((p) => p.name === surname);
}
function byGivenName(word, state) {
  return state.givenNames?.get(word) ?? void 0;
}
var OPENERS = "The|A|An|In|On|At|But|And|If|When|As|After|Before|For|From|By|With|Since|During|While|This|That|Its|His|Her|Their|Our|Last|Next|Meanwhile|However|So|Then|Now|Also|Although|Though|Even|Unless|Whereas|Once|Despite|Because|Until|Like|Unlike|Among|Afterwards|Afterward|Eventually|Finally|Instead|Soon|Ask|Meet|Would|Could|Should|Did|Does|Do|Can|Here|There";
var CLAUSE_OPENER = new RegExp(`^(?:${OPENERS.replace(/^The\|A\|An\|/, "")}|Wie|Mit|Doch|Aber|Und|Auch|Dann|Als|Zudem|Denn|Pero|Como|Mais|Comme|Ma|Come|Seg\xFAn|Selon|Segundo|Secondo|Laut|Para|Pour|Per|F\xFCr)$`);
var SUBJECT_PRONOUN = /^(?:He|She|They|We|I|You|It|Er|Sie|Es|Wir|Ich|Il|Elle|Ils|Elles|Nous|Él|Ella|Ellos|Ellas|Lui|Lei)$/;
var DROPPED_SUBJECT_CLAUSE = /^\s*(?:(?:y|e|lo|le|les|se|nos|no|ya|también|luego|después|entonces|ci|ne|poi|anche)\s+)*(?:fue|fui|era|es|está|estaba|estuvo|ha|había|tiene|tuvo|è|foi|\p{Ll}+(?:ó|aba|ió|ou))(?![\p{L}])/iu;
var FIRST_PERSON = /^I(?:['’](?:d|ve|m|ll))?$/u;
var CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Tomorrow)$/u;
var FUNCTION_WORD = /^(?:Lo|Los|Las|Le|Les|Se|Me|Te|Nos|Os|Y|E|O|U|Ni|No|Ya|Así|Aún|Hoy|Ayer|Ahí|Allí|Aquí|Luego|Entonces|Tampoco|También|Incluso|Además|Sin|Con|Por|En|Que|Qué|Cómo|Cuando|Donde|Si|Sí|Mientras|Pues|Ahora|Después|Antes|Eso|Esto|Ce|Cela|Ça|On|Et|Ou|Puis|Alors|Ainsi|Aussi|Ensuite|Enfin|Donc|Non|Oui|Là|Ici|Nous|Vous|Je|Ne|Gli|Ci|Poi|Così|Anche|Già|Qui|Ora|Já|Assim|Depois|Agora|Aqui|Não|Sim)$/u;
var RUN_OPENERS = new RegExp(`^(?:${OPENERS}|Speaking|Hearing|Watching|Seeing|Following|Including|Listening|Talking|Looking|Recalling|Describing|Explaining|Reflecting|Responding|Referring|Addressing|Citing|Asked|According|Yesterday|Today|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);
var GERMAN_OPENER = /^(?:Mit|Von|Vom|Bei|Beim|Nach|Aus|Zu|Zum|Zur|Über|Unter|Vor|Seit|Für|Gegen|Ohne|Um|Durch|Während|Trotz|Wegen|Laut|Dank|Bis|Auf|Im|Am|Ins|Und|Aber|Doch|Denn|Als|Wie|Wenn|Dass|Ob|Weil|Auch|Dann|Zudem|Nun|Noch|Schon|Selbst|Sogar|Nur|Erst|Jetzt|Heute|Gestern|Damals|Inzwischen|Trotzdem|Deshalb|Daher|Dabei|Danach|Dazu|Außerdem|Allerdings|Jedoch|Immerhin|Zwar|Bereits|Vielleicht|Hier|Dort|Sowohl|Weder|Entweder|Obwohl|Obgleich|Nachdem|Bevor|Sobald|Damit|Falls|Sondern|Oder|Sowie|Wer|Was|Wo|Wann|Warum|Weshalb|Zuvor|Zunächst|Später|Anschließend|Schließlich|Letztlich|Natürlich)$/;
var opensRun = (word, state) => RUN_OPENERS.test(word) || (state.german ? GERMAN_OPENER.test(stripTail(word)) : CLAUSE_OPENER.test(stripTail(word)) || SUBJECT_OPENERS.test(stripTail(word)));
function stripTail(t) {
  let end = t.length;
  while (end > 0 && ",;:.!?)".includes(t[end - 1])) end--;
  if (end > 2 && (t[end - 1] === "s" || t[end - 1] === "S") && (t[end - 2] === "\u2019" || t[end - 2] === "'")) end -= 2;
  return end === t.length ? t : t.slice(0, end);
}
function noteNames(sentence, state) {
  const names = state.fullNames ??= /* @__PURE__ */ new Map();
  const tokens = sentence.split(" ");
  if (!tokens.some(isLower)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    const run = [];
    const start = i;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (!isCap(t) && !(CONNECTORS.has(t) && run.length && isCap(tokens[j + 1] ?? ""))) break;
      if (FIRST_PERSON.test(stripTail(t)) && (stripTail(t) !== "I" || run.length === 1) || /^(?:He|She|They|We)$/.test(stripTail(t))) break;
      run.push(t);
      if (/[,;:.!?)]$/.test(t) && !HONORIFICS.has(bare(t)) && !/^\p{Lu}\.$/u.test(t)) break;
      if (/\p{L}['’]s$/u.test(t)) break;
    }
    i = j;
    const acronym = run.length ? stripTail(run[run.length - 1]) : "";
    if (state.proDrop && /^[\p{Lu}]{3,6}$/u.test(acronym) && (run.length === 1 ? start > 0 : run.length === 2 && SUBJECT_OPENERS.test(stripTail(run[0])))) noteOrg(acronym, state);
    if (run.length < 2) continue;
    const bareRun = run.map((t) => stripTail(t));
    while (bareRun.length && (opensRun(bareRun[0], state) || /-(?:based|born|owned|listed|backed|led|run)$/.test(bareRun[0]))) bareRun.shift();
    if (bareRun.length >= 3 && /^(?:El|La|Los|Las|Le|Les|Il|Lo|Der|Die|Das|The)$/.test(bareRun[0]) && ORG_WORDS.test(bareRun[1])) bareRun.shift();
    if (bareRun.length >= 2 && bareRun.length <= 8 && ORG_WORDS.test(bareRun.join(" "))) noteOrg(bareRun.join(" "), state);
    const about = run.length === 3 && /^(?:to|for|of|de|del|di|da|do|du)$/.test(tokens[start - 1] ?? "") && isLower(tokens[start - 2] ?? "");
    const given = !about && run.length >= 3 && /^(?:de|del|of|di|da|do|du)$/.test(tokens[start - 1] ?? "") && isLower(tokens[start - 2] ?? "") ? givenNameStart(run.map(stripTail), 3) : -1;
    const parts = given > 0 ? [run.slice(given)] : about && !run.includes("and") ? [run.slice(-2)] : splitAtAnd(run);
    parts.forEach((part, k) => noteNameRun(part, names, state, start === 0 && k === 0));
    const roleWord = tokens[start - 1] ?? "";
    if (parts.length === 1 && /^\p{Ll}[\p{Ll}-]{3,}$/u.test(roleWord) && /^(?:the|el|la|le|il|lo|o|a|der|die)$/iu.test(tokens[start - 2] ?? "") && !NOT_A_ROLE.test(roleWord)) {
      const full = names.get(surnameOf(parts[0].map(stripTail)));
      if (full && full.name === parts[0].map(stripTail).join(" ")) noteRoleHolder({ name: full.name, role: full.role ?? roleWord, kind: "person" }, state, roleWord);
    }
  }
  noteMentions(sentence, tokens, state);
  noteDocs(sentence, state);
  noteBodies(sentence, state);
  state.sentences = (state.sentences ?? 0) + 1;
}
function noteBodies(sentence, state) {
  if (state.romance !== false && ROMANCE_BODY_NOUN.test(sentence)) for (const m of matchesOf(ROMANCE_BODY_IN, sentence)) noteOrg(m[1], state);
  if (state.romance !== false && ROMANCE_FIRM_NOUN.test(sentence)) for (const m of matchesOf(ROMANCE_NAMED_FIRM, sentence)) noteOrg(m[1] ?? m[2], state);
  if (!state.german) return;
  for (const m of matchesOf(GERMAN_BODY_IN, sentence)) {
    if (GERMAN_BODY_END.test(m[1].split(" ").at(-1))) noteOrg(m[1] + (m[2] ?? ""), state);
  }
}
var ROMANCE_FIRMS = "compagnie|soci\xE9t\xE9|entreprise|groupe|enseigne|empresa|compa\xF1\xEDa|firma|grupo|operadora|azienda|societ\xE0|gruppo|companhia";
var ROMANCE_FIRM_NOUN = new RegExp(`(?:${ROMANCE_FIRMS})(?![\\p{L}])`, "iu");
var ROMANCE_NAMED_FIRM = new RegExp(`(?:^|\\s)(?:[Ll]a|[Ll]e|[Ee]l|[Ii]l|[Oo]|[Aa])\\s+(?:${ROMANCE_FIRMS})(?:\\s+\\p{Ll}{3,})?\\s+([\\p{Lu}][\\p{L}&'\u2019-]+(?:\\s+[\\p{Lu}][\\p{L}&'\u2019-]+){0,2})|[Ll]['\u2019](?:${ROMANCE_FIRMS})\\s+([\\p{Lu}][\\p{L}&'\u2019-]+)`, "gu");
var GERMAN_BODY_IN = /(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des|beim|vom|zum|zur|im)\s+((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]+)(\s+in\s+[\p{Lu}][\p{L}-]+(?=[\s,.;:]|$))?/gu;
function splitAtAnd(run) {
  const parts = [[]];
  for (const t of run) {
    if ((t === "and" || t === "&") && parts.at(-1).length) parts.push([]);
    else parts.at(-1).push(t);
  }
  return parts.filter((p) => p.length);
}
function givenNameStart(words, most = Infinity) {
  return words.findIndex((w, k) => k > 0 && words.length - k >= 2 && words.length - k <= most && givenNameGender(w) !== void 0);
}
var NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
function noteNameRun(run, names, state, opensSentence = false) {
  const cut2 = run.findIndex((t) => CONNECTORS.has(t) && !NAME_PARTICLES.has(t));
  if (cut2 > 0 && run[cut2] === "of" && run.slice(0, cut2).every((t) => TITLE_WORDS.has(bare(t))) && run.length - cut2 > 3) {
    run = run.slice(-2);
  } else if (cut2 >= 0) run.length = cut2;
  let core = run.length;
  while (core > 1 && NAME_SUFFIX.test(bare(run[core - 1]))) core--;
  const titleWord = (t) => TITLE_WORDS.has(bare(t)) || HONORIFICS.has(bare(t));
  const surnameTitle = core >= 2 && titleWord(run[core - 1]) && !titleWord(run[core - 2]) && run.slice(0, core - 1).some((t) => givenNameGender(stripTail(t)) !== void 0) ? core - 1 : -1;
  let from = run.length;
  while (from > 0 && !opensRun(run[from - 1], state) && (from - 1 === surnameTitle || !titleWord(run[from - 1]))) from--;
  let to = run.length;
  while (to > from && POST_NOMINALS.has(bare(run[to - 1]))) to--;
  from += leadingRoleNouns(run.slice(from, to), state.german, false);
  let nameRun = run.slice(from, to).map((t) => stripTail(t));
  const von = state.german ? nameRun.indexOf("von") : -1;
  if (von > 0 && nameRun.length - von - 1 >= 2 && nameRun.slice(von + 1).every(isCap)) nameRun = nameRun.slice(von + 1);
  if (nameRun.length === 1 && from > 0 && REGNAL.test(bare(run[from - 1]))) {
    if (!names.has(nameRun[0])) names.set(nameRun[0], { name: `${stripTail(run[from - 1])} ${nameRun[0]}` });
    return;
  }
  if (nameRun.length > 2 && ORG_WORDS.test(nameRun.join(" "))) {
    const k = givenNameStart(nameRun);
    if (k > 0 && ORG_WORDS.test(nameRun.slice(0, k).join(" ")) && !ORG_WORDS.test(nameRun.slice(k).join(" "))) nameRun = nameRun.slice(k);
  }
  if (state.slavic && nameRun.length > 2 && !PATRONYMIC.test(nameRun[nameRun.length - 2])) nameRun = nameRun.slice(-2);
  const office = state.german ? void 0 : officeOf(run.slice(0, from).filter((t) => !RUN_OPENERS.test(t)).at(-1));
  if (office && nameRun.length === 1 && isCap(nameRun[0]) && !ORG_WORDS.test(nameRun[0])) {
    const known = names.get(nameRun[0]);
    if (known !== null) noteRoleHolder(known ? { name: known.name, role: known.role, kind: "person" } : { name: nameRun[0], kind: "person" }, state, office);
  }
  if (nameRun.length < 2 || nameRun.length > 4 || ORG_WORDS.test(nameRun.join(" "))) return;
  if (!nameRun.every((t) => isCap(t) || NAME_PARTICLES.has(t)) || nameRun.some((t) => /^[\p{Lu}]{2,}$/u.test(t) || /\d/.test(t))) return;
  const name = nameRun.join(" ");
  const surname = surnameOf(nameRun);
  const titles = run.slice(0, from).filter((t) => !RUN_OPENERS.test(t) && !HONORIFICS.has(bare(t)));
  if (office) noteRoleHolder({ name, role: titles.length ? titles.join(" ") : void 0, kind: "person" }, state, office);
  if (opensSentence && (!state.german || givenNameGender(nameRun[0]) !== void 0)) state.lastNamed = { name, role: titles.length ? titles.join(" ") : void 0, para: state.para, at: state.tick = (state.tick ?? 0) + 1 };
  const given = state.givenNames ??= /* @__PURE__ */ new Map();
  const sameGiven = given.get(nameRun[0]);
  if (sameGiven === void 0) given.set(nameRun[0], { name });
  else if (sameGiven && !sameName(sameGiven.name, name)) given.set(nameRun[0], null);
  if (state.proDrop && nameRun.length === 3 && nameRun.every(isCap) && names.get(nameRun[1]) === void 0) names.set(nameRun[1], titles.length ? { name, role: titles.join(" ") } : { name });
  const before = names.get(surname);
  const sentenceNo = state.sentences ?? 0;
  const intro = state.lastIntroduced;
  if (intro?.sentence === sentenceNo && intro.name !== name) intro.ambiguous = true;
  else if (before === void 0 && !state.german && givenNameGender(nameRun[0]) !== void 0) {
    state.lastIntroduced = { name, role: titles.length ? titles.join(" ") : void 0, sentence: sentenceNo, para: state.para, ambiguous: state.lastNamedSentence === sentenceNo };
  }
  state.lastNamedSentence = sentenceNo;
  if (before === void 0) names.set(surname, titles.length ? { name, role: titles.join(" ") } : { name });
  else if (before && !sameName(before.name, name)) names.set(surname, null);
  else if (before && name.length > before.name.length && !name.endsWith(` ${before.name}`)) names.set(surname, { name, role: titles.length ? titles.join(" ") : before.role });
}
function capitalOffice(word, state) {
  const office = officeOf(word);
  const holder = office ? state.roleHolders?.get(office) : void 0;
  if (!holder) return null;
  state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  return holder;
}
var OFFICE = /^(?:president|governor|mayor|senator|representative|judge|justice|minister|chancellor|premier|secretary|sheriff|commissioner|ambassador|general|colonel|captain|admiral|lieutenant|sergeant|commander|major|coach|prosecutor|bishop|archbishop|cardinal|pope|king|queen|prince|princess|speaker|superintendent|chairman|chairwoman|councillor|councilor|councilman|councilwoman|congressman|congresswoman|lawmaker|detective|inspector|professor|doctor|rabbi|imam|pastor)$/;
var OFFICE_ABBREVIATION = { gov: "governor", sen: "senator", rep: "representative", gen: "general", col: "colonel", capt: "captain", adm: "admiral", lt: "lieutenant", lieut: "lieutenant", sgt: "sergeant", cmdr: "commander", maj: "major", det: "detective", insp: "inspector", prof: "professor", dr: "doctor", supt: "superintendent" };
function officeOf(title) {
  if (!title) return void 0;
  const word = bare(title);
  const office = OFFICE_ABBREVIATION[word] ?? word;
  return OFFICE.test(office) ? office : void 0;
}
var HONORIFIC_GENDER = { mr: "m", sir: "m", lord: "m", mrs: "f", ms: "f", miss: "f", dame: "f", lady: "f", mme: "f", mlle: "f", herr: "m", frau: "f", sra: "f", srta: "f", do\u00F1a: "f", d\u00F1a: "f", signor: "m", signora: "f" };
var QUOTED = /[“"«„‘][^”"»“’]*[”"»“’]/g;
function bumpRecent(list, name, max) {
  const at = list.indexOf(name);
  if (at >= 0) list.splice(at, 1);
  list.push(name);
  if (list.length > max) list.shift();
}
function noteOrg(name, state) {
  bumpRecent(state.orgs ??= [], name, 30);
  state.orgPara = state.para;
  return true;
}
var mention = (name, state) => bumpRecent(state.mentions ??= [], name, 50);
function noteGender(name, g, state) {
  const genders = state.genders ??= /* @__PURE__ */ new Map();
  const known = genders.get(name);
  if (known === void 0) genders.set(name, g);
  else if (known !== g) genders.set(name, null);
}
function noteMentions(sentence, tokens, state) {
  const names = state.fullNames;
  if (!names?.size) return;
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    const word = stripTail(tokens[i]);
    const full = names.get(word);
    if (!full) continue;
    const n = full.name.split(" ").length;
    const start = n > 1 && tokens.slice(i - n + 1, i).join(" ") === full.name.split(" ").slice(0, -1).join(" ") ? i - n + 1 : i;
    const honorific = start > 0 ? HONORIFIC_GENDER[bare(tokens[start - 1])] : void 0;
    if (honorific) noteGender(full.name, honorific, state);
    if (!found.includes(full.name)) found.push(full.name);
  }
  if (state.singleNames?.size) {
    for (const t of tokens) {
      const word = stripTail(t).replace(/['’]s$/u, "");
      if (state.singleNames.has(word) && !found.includes(word)) found.push(word);
    }
  }
  for (const name of found) mention(name, state);
  if (found.length !== 1) return;
  const reporter = sentence.replace(QUOTED, " ").replace(/^\s*(?:His|Her)\s+\p{Ll}+/u, " ");
  if (!reporter.includes(found[0].split(" ").at(-1))) return;
  const he = /\b(?:he|him|his|himself)\b/i.test(reporter);
  const she = /\b(?:she|her|hers|herself)\b/i.test(reporter);
  if (he === she) return;
  const g = he ? "m" : "f";
  const byName = givenNameGenderOf(found[0]);
  if (byName === void 0 || byName === g) noteGender(found[0], g, state);
}
function givenNameGenderOf(name) {
  const words = name.split(" ");
  const given = words.findIndex((w) => !HONORIFICS.has(bare(w)) && !TITLE_WORDS.has(bare(w)));
  return given >= 0 && given < words.length - 1 ? givenNameGender(words[given]) : void 0;
}
var GERMAN_KIN = /^(?:Mann|Ehemann|Ehefrau|Sohn|Tochter|Bruder|Schwester|Vater|Mutter|Freund|Freundin|Onkel|Tante|Enkel|Enkelin|Neffe|Nichte|Witwe|Witwer|Opa|Oma)$/;
function leadingRoleNouns(run, german, afterArticle) {
  let g = 0;
  while (run.length - g >= 2) {
    const t = run[g];
    const after = run.length - g - 1;
    const role = g === 0 && afterArticle || german && !HONORIFICS.has(bare(t)) && (TITLE_WORDS.has(bare(t)) || GERMAN_ROLE.test(t.toLowerCase()) && t.length >= (after >= 2 ? 7 : 10) && givenNameGender(t) === void 0 || GERMAN_KIN.test(t));
    if (!role) break;
    g++;
  }
  return g;
}
function cleanAppositive(s) {
  const t = s.trim();
  if (!t || t.split(/\s+/).length > 20) return void 0;
  if (/^(?:who|which|that|where|when|adding|saying|in|at|on|after|before|during|while)\b|^\p{Ll}+ing\b/iu.test(t)) return void 0;
  if (/^(?:ob|dass|wenn|weil|als|wie|que|qui|si|quand|cuando|porque|como|donde|che|se|perché)(?![\p{L}])/iu.test(t)) return void 0;
  const [w0 = "", w1 = ""] = t.split(/\s+/);
  if (!/^(?:\p{Ll}|(?:A|An|The|His|Her|Their|Its|Our|Sa|Son|Su|Sua|Seine|Ihre|La|Le|El|Il|Der|Die)\s|[\p{Lu}][\p{L}]*(?:['’]s|s['’])\s)/u.test(t) && !TITLE_WORDS.has(bare(w0)) && !TITLE_WORDS.has(bare(w1))) return void 0;
  return t.replace(/^(?:a|an)\s+/i, "");
}
var SPOKESPERSON_OF = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+((?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s+(?:(?:of|for|and|on|the)\s+(?=[\p{Lu}]))*)+)(?:spokes(?:person|man|woman)|representative)\s*$/u;
var SPOKESPERSON_FOR = /(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s*)+|the\s+\p{Ll}+\s*)$/u;
var SPOKESPERSON_AFTER = /^\s*(?:[Aa]n?|[Tt]he)\s+((?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s+(?:(?:of|for|and|on|the)\s+(?=[\p{Lu}]))*)+)(?:spokes(?:person|man|woman)|representative)(?![\p{L}])/u;
var SPOKESPERSON_FOR_AFTER = /^\s*(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:person|man|woman)|representative)\s+(?:for|from|of|at|with)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[\p{Lu}][\p{L}\p{M}'’&.-]*)*)/u;
var BODY_ROLE_THEN_NAME = /^\s*((?:[\p{Lu}][\p{L}\p{M}&.'’-]*\s+(?:(?:of|for|and|on|the)\s+)?){1,6}(?:\p{Ll}[\p{Ll}-]*\s+){1,3})((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s*$/u;
var PRESS_OFFICE_AT_END = /(?:^|[(]|(?<!\b(?:from|at|of|with|for)\s*)\s)((?:[\p{Lu}][\p{L}\p{M}&.'’-]*\s+){1,4})(?:corporate\s+)?(?:communications|press office|media relations|public relations|press team)\s*$/u;
var IN_THEIR_VIEW = /^\s*(?:En su (?:opinión|criterio|visión|entender)|A su (?:juicio|entender|criterio|modo de ver)|Desde su punto de vista|À son avis|Selon (lui|elle)|D['’]après (lui|elle)|In (his|her) (?:view|opinion|words)|Nella sua opinione|Secondo (lui|lei)|Na sua opinião)\s*,/iu;
var TEAM_AT_END = /(?:^|\s)((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors|co-?workers|lab|group|fellow researchers)\s*$/u;
var THE_SPOKESPERSON = /(?:^|\s)[Tt]he\s+spokes(?:person|man|woman)\s*$/;
var ORG_NOUN = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(bank|ministry|department|council|district|union|agency|bureau|commission|government|hospital|university|board|party|police|court|authority|company|firm|airline|club|organi[sz]ation|foundation|association|institute|charity|nonprofit)(?:\s+spokes(?:person|man|woman))?\s*$/u;
var ROMANCE_BODIES = "organismo|empresa|compa\xF1\xEDa|ente|entidad|instituci\xF3n|organizaci\xF3n";
var GENERIC_BODY = new RegExp(`^(?:company|firm|airline|agency|organisation|organization|charity|nonprofit|${ROMANCE_BODIES}|soci\xE9t\xE9|entreprise|compagnie|organisme|azienda|societ\xE0|companhia)$`, "u");
function orgByNoun(noun, state) {
  const orgs = state.orgs ?? [];
  const word = noun.toLowerCase();
  const hit = [...orgs].reverse().find((o) => o.toLowerCase().split(/\s+/).includes(word));
  if (hit) return { name: hit, kind: "org" };
  if (GENERIC_BODY.test(word)) {
    const body = [...orgs].reverse().find((o) => !NEWS_OUTLET.test(o));
    if (body) return { name: body, kind: "org" };
  }
  return null;
}
var NEWS_OUTLET = /\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Digital|TV|Television|Radio|Press|Reuters|AFP|Bloomberg|CNN|BBC|NPR|Telegraph|Guardian|Associated Press)\b/u;
function fullOrgName(name, state) {
  if (!state.orgs) return name;
  const orgs = [...state.orgs].reverse();
  return orgs.find((o) => o.endsWith(` ${name}`)) ?? (/\s/.test(name) ? void 0 : orgs.find((o) => o.startsWith(`${name} `))) ?? name;
}
var ROMANCE_DOCS = "comunicado|informe|documento|carta|nota|texto|resoluci\xF3n|declaraci\xF3n|estudio|auto|sentencia|fallo|decreto|communiqu\xE9|rapport|lettre|texte|\xE9tude|arr\xEAt|comunicato|rapporto|lettera|relat\xF3rio|estudo";
var ROMANCE_INSTITUTIONS = "ministerio|intendencia|gobierno|minist\xE8re|gouvernement|ministero|governo|minist\xE9rio";
var ROMANCE_DOC_AT_END = new RegExp(String.raw`(?:^|\s)(?:(?:[Ee]l|[Ll]a|[Ll]e|[Ll]['’]|[Ii]l|[Oo]|[Aa]|[Uu]n|[Uu]na|[Uu]ne)\s*(${ROMANCE_DOCS})|([Ff]uentes|[Ss]ources|[Ff]onti|[Vv]oceros|[Pp]ortavoces))(?:\s+\p{Ll}[\p{Ll}-]+)?(?:\s+(?:(?:de|del|du|des|della|dello|dei|da|do|dos|das)\s+|d['’])((?:(?:la|el|los|las|le|les|l['’])\s*)?[^,.;:«»“”"]{2,60}?))?\s*$`, "u");
var BODY_AFTER_VERB = new RegExp(String.raw`^\s*(?:el|la|le|l['’]|il|o|a|(este|esta|ese|esa|dicho|dicha|ce|cet|cette|questo|questa))\s*(${ROMANCE_DOCS}|${ROMANCE_INSTITUTIONS}|${ROMANCE_BODIES})(\s+(?:(?:de|del|du|des|della|da|do)\s+|d['’])[^,.;:«»“”"]{2,60}?)?(?:\s+(?:en|a|al|durante|tras)\s[^,.;:«»“”"]{0,60})?\s*(?:[.,;:]|$)`, "u");
var INSTITUTION_NOUN = new RegExp(`^(?:${ROMANCE_INSTITUTIONS})$`, "u");
function romanceDocSpeaker(m, state) {
  const issuer = m[3]?.trim().replace(/^(?:la|el|los|las|le|les|l['’])\s*/iu, "");
  if (issuer) {
    if (/^\p{Ll}+$/u.test(issuer)) return orgByNoun(issuer, state) ?? (state.lastNonPerson?.kind === "org" ? state.lastNonPerson : null) ?? (m[2] ? null : { name: issuer, kind: "org" });
    const run = issuer.split(/\s+/);
    return run.every((w) => isCap(w) || NAME_PARTICLES.has(w)) ? speakerFromRun(run, state) : { name: issuer, kind: "org" };
  }
  return m[1] && state.lastNonPerson?.kind === "org" ? state.lastNonPerson : null;
}
var AUX_OR_ADVERB_AT_END = /(?<=\p{L})(?:\s+(?:has|have|had|will|would|could|also|later|then|once|again|still|previously|earlier|further|(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|bully)\b)\p{Ll}{3,}ly))+\s*$/u;
var IT_AT_END = /(?:^|[\s,])[Ii]t\s*$/u;
var PARTY_TAG_AT_END = /(?:,\s*[RDI]-[\p{Lu}][\p{L}.]*,?|\s*\(\s*[RDI]-[\p{Lu}][\p{L}.]*\s*\),?)\s*$/u;
var APPOSITIVE_ROLES = "president|director|executive|officer|chief|head|secretary|minister|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|founder|professor|analyst|manager|editor|member|leader|adviser|advisor|economist|researcher|lawyer|attorney|administrator|commissioner";
var ROLE_FIRST = new RegExp(String.raw`^\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:${APPOSITIVE_ROLES}|mayor|governor|senator|representative)\b`, "u");
var ORG_POSSESSIVE_ROLE = new RegExp(String.raw`^\s*[\p{Lu}][\p{L}\p{M}.&-]*(?:\s+[\p{Lu}][\p{L}\p{M}.&-]*){0,3}(?:['’]s|s['’])\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${APPOSITIVE_ROLES})\b`, "u");
var NAME_FROM_AT_END = /(?:^|,\s*)((?:[\p{Lu}][\p{L}\p{M}'’.-]+\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]+)\s+(?:from|with)\s+[^,]{2,60}$/u;
function speakerBefore(left, state) {
  const rel0 = RELATIVE_SUBJECT.exec(left);
  if (rel0) {
    const sp2 = speakerFromRun(rel0[1].split(/\s+/), state);
    if (sp2?.kind === "person") return sp2;
  }
  if (AUX_OR_ADVERB_AT_END.test(left)) left = left.replace(AUX_OR_ADVERB_AT_END, " ");
  if (CIRCUMSTANCE_AT_END.test(left)) left = left.replace(CIRCUMSTANCE_AT_END, " ");
  if (PARTY_TAG_AT_END.test(left)) left = `${left.replace(PARTY_TAG_AT_END, "")} `;
  const pron = PRONOUN_AT_END.exec(left);
  if (pron) return resolvePronoun(state, pron[0]);
  if (IT_AT_END.test(left)) return state.lastNonPerson ?? null;
  const team = TEAM_AT_END.exec(left);
  if (team) {
    const sp2 = speakerFromRun(team[1].split(/\s+/), state);
    if (sp2?.kind === "person") return sp2;
  }
  const romanceBody = ROMANCE_BODY_AT_END.exec(left);
  if (romanceBody) return { name: romanceBody[1], kind: "org" };
  const bracketed = left.includes("(") ? BRACKET_NAMED_AT_END.exec(left) : null;
  if (bracketed) return { name: bracketed[1], kind: "org" };
  const spokes = SPOKESPERSON_OF.exec(left) ?? SPOKESPERSON_FOR.exec(left);
  if (spokes) {
    const named = spokes[1].trim().replace(/^[Tt]he\s+/, "");
    const org = /^\p{Lu}/u.test(named) ? { name: fullOrgName(named, state), kind: "org" } : orgByNoun(named, state);
    if (org) state.lastSpokesOrg = org.name;
    return org;
  }
  if (THE_SPOKESPERSON.test(left)) return state.lastSpokesOrg ? { name: state.lastSpokesOrg, kind: "org" } : null;
  const noun = ORG_NOUN.exec(left);
  if (noun) return orgByNoun(noun[1], state);
  const holder = roleHolderAt(left, ROLE_BEFORE, state);
  if (holder) return holder;
  const romanceDoc = ROMANCE_DOC_AT_END.exec(left);
  if (romanceDoc) return romanceDocSpeaker(romanceDoc, state);
  const roleOf = ROLE_OF_BEFORE.exec(left);
  if (roleOf) {
    const held = roleHolderAt(`${roleOf[1]} ${roleOf[2]} `, ROLE_BEFORE, state);
    if (held) return held;
    const body = capitalRunAtEnd(left);
    const org = body.length && left.trimEnd().endsWith(body.join(" ")) ? speakerFromRun(body, state) : null;
    return org && org.kind !== "person" ? org : null;
  }
  const authored = DOC_BY_AUTHOR_AT_END.exec(left);
  if (authored) return authoredDoc(authored, state);
  const doc = DOC_AT_END.exec(left);
  if (doc) return resolveDoc(doc[1], doc[2], doc[3], state);
  const seated = BODY_IN_PLACE_AT_END.exec(left);
  if (seated && ORG_WORDS.test(seated[1])) return { name: `${seated[1].trim()} in ${seated[2]}`, kind: "org" };
  const after = left.replace(/^[\s,—–-]+/, "").split(",");
  if (after.length >= 2) {
    const run2 = capitalRunAtEnd(after[0]);
    const rest = after.slice(1).join(",").replace(/[,\s]+$/, "");
    const appositive = /^\s*(?:an?|the)\s+\p{Ll}/u.test(rest) || ROLE_FIRST.test(rest) || ORG_POSSESSIVE_ROLE.test(rest) ? cleanAppositive(after[1]) : void 0;
    const head = after[0].trim();
    const lowerRole = head.slice(0, head.length - run2.join(" ").length).trim();
    const nameOnly = run2.join(" ") === head || head.endsWith(run2.join(" ")) && /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*$/u.test(lowerRole);
    if (appositive && run2.length >= 2 && nameOnly && !SUBJECT_OPENERS.test(run2[0])) {
      const sp2 = speakerFromRun(run2, state, appositive);
      if (sp2?.kind === "person") return sp2;
    }
  }
  const parts = left.split(",");
  if (parts.length >= 3 && !parts[parts.length - 1].trim()) {
    let k = parts.length - 2;
    const nameBefore = (p) => {
      const run3 = capitalRunAtEnd(p);
      return run3.length >= 2 && !SUBJECT_OPENERS.test(run3[0]);
    };
    while (k > 1 && cleanAppositive(parts[k]) && cleanAppositive(parts[k - 1]) && nameBefore(parts[k - 2])) k--;
    const appositive = cleanAppositive(parts[k]);
    const run2 = capitalRunAtEnd(parts[k - 1]);
    const head = parts[k - 1].trimEnd();
    if (appositive && run2.length && /(?:^|\s)(?:de|da|do|dos|das|del|della|di|du|des|of)\s*$/u.test(head.slice(0, head.length - run2.join(" ").length))) {
      return roleHolderAt(`${head.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase())}.`, ROLE_AFTER_FOREIGN, state);
    }
    if (appositive && run2.length) return speakerFromRun(run2, state, appositive);
  }
  if (parts.length >= 3 && !parts[parts.length - 1].trim()) {
    const nameRun = capitalRunAtEnd(parts[parts.length - 2]);
    const role = cleanAppositive(parts[parts.length - 3]);
    if (nameRun.length >= 2 && nameRun.join(" ") === parts[parts.length - 2].trim() && role && !nameRun.some((t) => CONNECTORS.has(t))) {
      if (parts.length === 3 && ORG_APPOSITIVE.test(parts[0])) return { name: fullOrgName(nameRun.join(" "), state), kind: "org" };
      const sp2 = speakerFromRun(nameRun, state);
      if (sp2?.kind === "person") return state.persons.includes(sp2) ? sp2 : { ...sp2, role: [role, sp2.role].filter(Boolean).join(", ") };
    }
    const described = BODY_ROLE_THEN_NAME.exec(parts[parts.length - 2]);
    if (described) {
      const sp2 = speakerFromRun(described[2].split(/\s+/), state);
      if (sp2?.kind === "person" && sp2.name.includes(" ")) return state.persons.includes(sp2) ? sp2 : { ...sp2, role: sp2.role ?? described[1].trim() };
    }
  }
  const office = PRESS_OFFICE_AT_END.exec(left);
  if (office) return { name: fullOrgName(office[1].trim(), state), kind: "org" };
  const rel = /,\s*(?:who|which|whose|que|quien|quienes|qui|che|der|die)\s[^]*,\s*$/iu.exec(left);
  if (rel) {
    const head = left.slice(0, rel.index);
    const run2 = capitalRunAtEnd(head);
    if (run2.length) return speakerFromRun(run2, state);
    const held = roleHolderAt(`${head} `, ROLE_BEFORE, state);
    if (held) return held;
  }
  const from = NAME_FROM_AT_END.exec(left);
  if (from) {
    const sp2 = speakerFromRun(from[1].split(/\s+/), state);
    if (sp2?.kind === "person" && sp2.name.includes(" ")) return sp2;
  }
  if (/,\s*$/.test(left)) return null;
  const run = capitalRunAtEnd(left);
  if (/['’]s$/u.test(run.at(-1) ?? "")) return null;
  if (!run.length) return null;
  const sp = speakerFromRun(run, state);
  if (sp?.kind === "person" && !sp.name.includes(" ") && !state.persons.includes(sp) && ARTICLE_BEFORE_RUN.test(left.slice(0, left.trimEnd().lastIndexOf(run[0]))) && !(run.length === 1 && officeOf(run[0]))) return null;
  return sp;
}
var ROMANCE_CAPITAL_TITLE = /^(?:Papa|Rey|Reina|Príncipe|Princesa|Pontífice|Presidente|Presidenta|Re|Regina|Principe|Principessa|Rei|Rainha)$/u;
var PSEUDONYM_MARK = /^\S*\*,?(?:\s|$)|^\S+\s+\((?:le |son |leur )?(?:prénom|nom)s?\s+(?:a|ont)\s+été\s+(?:modifiés?|changés?)|^\S+\s+\((?:name|names|not (?:his|her|their) real name)|^\S+\s+\((?:el |su )?nombre\s+(?:fue\s+)?(?:cambiado|modificado|ficticio)|^\S+\s+\(Name geändert/u;
var GERMAN_ZUFOLGE = /(?:^|\s)(?:([Dd]em|[Dd]er|[Dd]en)\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)\s+zufolge(?![\p{L}])/u;
var ROLE_OF_BODY_THEN_NAME = /^\s*(?:El|La|The|Le|Il|O|A)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(de|del|of|da|do|du|di)\s+((?:[\p{Lu}][\p{L}'’-]*\s+){3,6})(?=\p{Ll})/u;
var RELATIVE_SUBJECT = /(?:^|[\s,])((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s*,\s*(?:quien|who|qui|chi|quem)\s*$/u;
var ARTICLE_BEFORE_RUN = /(?:^|\s)(?:the|a|an)\s+$/u;
var CIRCUMSTANCE_AT_END = /(?<=\p{L})\s*,\s*(?:en (?:diálogo|conversación|entrevista|declaraciones|rueda de prensa)|consultad[oa]s?|entrevistad[oa]s?|contactad[oa]s?|interrogé|interrogée|interviewé|interviewée|in an interview|speaking|asked|in a statement|in a phone interview)\b[^,]{0,80},\s*$/u;
var keepAbbreviationDots = (run) => run.map((t, i) => t.replace(/[.]$/, (d) => HONORIFICS.has(bare(t)) || /^\p{Lu}\.$/u.test(t) && i < run.length - 1 ? d : ""));
var ROLE_NOUNS = "ist|ian|man|woman|person|expert|analyst|officer|official|leader|director|secretary|minister|adviser|advisor|manager|economist|researcher|lawyer|attorney|professor|chief|head|executive|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|strategist|consultant|author|founder|owner|resident|teacher|nurse|doctor|coach|captain|veteran|scientist";
var LOWER_ROLE_BEFORE_NAME = new RegExp(`^\\s*(?:the\\s+|an?\\s+)?((?:[\\p{Ll}][\\p{Ll}\u2019'-]*\\s+){0,3}?\\p{Ll}*(?:${ROLE_NOUNS}|historian))\\s+(?=[\\p{Lu}][\\p{Ll}])`, "u");
var BODY_ROLE_NAME = new RegExp(
  `^\\s*(?:former\\s+|then-)?((?:[\\p{Lu}][\\p{L}.'\u2019&-]*\\s+){1,3})((?:[\\p{Ll}][\\p{Ll}\u2019'-]*\\s+){0,3}?\\p{Ll}*(?:${ROLE_NOUNS}|administrator|commissioner|student|worker|voter|activist|volunteer|fan|farmer|shopkeeper))\\s+(?=[\\p{Lu}][\\p{Ll}])`,
  "u"
);
var DESCRIBED_THEN_NAME = /^\s*((?:his|her|their|its|our|the|an?|another|one|[\p{Lu}][\p{L}.-]*['’]s?)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,5}\p{Ll}[\p{Ll}-]+),\s+(?=[\p{Lu}]|former\s)/u;
var STATEMENT_FROM = /^\s*(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:statement|release|press release)\s+(?:from|issued by|released by|on behalf of)\s+/u;
function speakerAfter(right, state, foreign = false, according = false) {
  if (foreign) return speakerAfterForeign(right, state);
  const pron = PRONOUN_AT_START.exec(right);
  if (pron) return resolvePronoun(state, pron[0]);
  const statement = STATEMENT_FROM.exec(right);
  const issuer = statement ? speakerAfter(right.slice(statement[0].length), state, false, true) : null;
  if (issuer) return issuer;
  const authored = DOC_BY_AUTHOR_AT_START.exec(right);
  if (authored) return authoredDoc(authored, state);
  const doc = DOC_AT_START.exec(right);
  if (doc) return resolveDoc(doc[1], doc[2], doc[3], state);
  const spokes = SPOKESPERSON_AFTER.exec(right);
  if (spokes) {
    const org = { name: fullOrgName(spokes[1].trim(), state), kind: "org" };
    state.lastSpokesOrg = org.name;
    return org;
  }
  const spokesFor = SPOKESPERSON_FOR_AFTER.exec(right);
  if (spokesFor) {
    const org = { name: fullOrgName(spokesFor[1].trim().replace(/(?<=\p{Ll}{3})\.$/u, ""), state), kind: "org" };
    state.lastSpokesOrg = org.name;
    return org;
  }
  const role = LOWER_ROLE_BEFORE_NAME.exec(right);
  if (role) {
    const sp = speakerAfter(right.slice(role[0].length), state, false, according);
    if (sp?.kind !== "person" || state.persons.includes(sp)) return sp;
    return { ...sp, role: [role[1], sp.role].filter(Boolean).join(", ") };
  }
  const described = DESCRIBED_THEN_NAME.exec(right);
  if (described) {
    const sp = speakerAfter(right.slice(described[0].length), state, false, true);
    if (sp?.kind !== "person" || state.persons.includes(sp)) return sp;
    return { ...sp, role: [described[1], sp.role].filter(Boolean).join(", ") };
  }
  const bodyRole = BODY_ROLE_NAME.exec(right);
  if (bodyRole) {
    const sp = speakerAfter(right.slice(bodyRole[0].length), state, false, according);
    if (sp?.kind === "person" && sp.name.includes(" ")) return state.persons.includes(sp) ? sp : { ...sp, role: [`${bodyRole[1].trim()} ${bodyRole[2]}`, sp.role].filter(Boolean).join(", ") };
  }
  const m = /^\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}]{2,8}\)|(?:of|for|the|and|de|van|von|bin|al)(?=\s+[\p{Lu}]))(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:al|el|ad|an|ar|as|ash|at|az)-[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}]{2,8}\)|(?:of|for|the|and|de|van|von|bin|al)(?=\s+[\p{Lu}])))*)(?:\s*,\s*([^,.;]+))?/u.exec(right);
  if (!m) {
    const named = ROLE_COMMA_NAME_AFTER.exec(right);
    if (named) {
      const sp = speakerFromRun(named[2].split(/\s+/), state);
      if (sp?.kind === "person" && sp.name.includes(" ")) return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? named[1].trim() };
    }
    return roleHolderAt(right, ROLE_AFTER, state);
  }
  const run = keepAbbreviationDots(m[1].split(/\s+/));
  const appositive = m[2] && (!according || right[m[0].length] === ",") ? cleanAppositive(m[2]) : void 0;
  return speakerFromRun(run, state, appositive);
}
var ROLE_COMMA_NAME_AFTER = /^\s*the\s+((?:[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+),\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s*(?:[.,;]|$)/u;
function plausibleGuess(sp, state) {
  if (sp.kind !== "person") return false;
  const words = sp.name.split(" ").filter((w) => !HONORIFICS.has(bare(w))).map(stripTail);
  if (words.length < (state.german ? 2 : 1) || words.length > 4) return false;
  if (!words.every((w) => isCap(w) || NAME_PARTICLES.has(w)) || words.some((w) => SUBJECT_PRONOUN.test(w))) return false;
  const first = words[0];
  return !(ARTICLE.test(first) || CLAUSE_OPENER.test(first) || FUNCTION_WORD.test(first) || RUN_OPENERS.test(first) || GUESS_STOP.test(first));
}
var GUESS_STOP = /^(?:Im|Am|Aus|Bei|Beim|Vom|Zum|Zur|Nach|Vor|Seit|Anlässlich|Während|Wegen|Trotz|Laut|Gemäß|Dank|Erster|Zweiter|Dritter|Solche|Dieser|Diese|Dieses|Jeder|Jede|Alle|Viele|Einige|This|That|These|Those|Some|Many|Most|Every|Each|Our|Their|His|Her|Its|My|Your)$/u;
var BODY_IN_PLACE_AT_END = /(?:^|\s)(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}'’.&-]*\s+){1,4})in\s+([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?)\s*$/u;
var GERMAN_IMPERSONAL = /^(?:heißt|hieß)\s+es$/iu;
var FOREIGN_SPOKESPERSON = new RegExp(
  String.raw`^\s*(?:der|die|ein|eine|le|la|un|une|el|il|lo|o|a|um|uma)\s+([\p{L}-]*?)(?:sprecher(?:in)?|porte-parole|portavoz|vocer[oa]|portavoce|porta-voz|pressestelle)(?![\p{L}])` + // Longer prepositions first, and a space or an elision after one: "del grupo" is not "de"
  // and "l grupo".
  String.raw`(?:\s+(?:(des|der|vom|von|della|dello|del|de|du|do|da)\s+|(d['’])\s*)((?:(?:la|le|les|el|los|las|der|die|dem|den)\s+|l['’])?[^,.;:«»“”„"()]{2,60}?))?` + String.raw`\s*(?=[,.;:!?]|$|\s(?:am|im|auf|gegenüber|in|au|à|en|al|nel|alla|ao|on|sur|ante|vor|nach|mit)\s)`,
  "iu"
);
var NAME_AFTER_SPOKESPERSON = /^\s*,?\s*[\p{Lu}][\p{Ll}'’-]+\s+[\p{Lu}][\p{Ll}'’-]+/u;
var GERMAN_BODY_END = /(?:ministerium|amt|behörde|polizei|regierung|verband|verein|gewerkschaft|partei|bank|konzern|bahn|post|werke|reinigung|gericht|institut|klinikum|klinik|krankenhaus|senat|kommission|agentur|stiftung|gesellschaft|kammer|stadtrat|betriebsrat|verwaltung|kasse|versicherung)$|^(?:GmbH|AG|SE)$/iu;
var withoutGenitive = (word) => word.replace(/(?<=\p{L}{4})e?s$/u, "");
function bodySpeaking(body, genitive, prefix, state) {
  const orgs = [...state.orgs ?? []].reverse();
  const byWord = (word) => {
    const w = word.toLowerCase();
    return orgs.find((o) => o.toLowerCase().split(/\s+/).some((part2) => part2 === w || w.length >= 5 && part2.endsWith(w)));
  };
  if (body && !/\p{Lu}/u.test(body)) body = void 0;
  if (body) {
    let name = body.trim().replace(/^(?:(?:la|le|les|el|los|las|der|die|dem|den)\s+|l['’])/iu, "");
    if (genitive) name = withoutGenitive(name);
    const head = name.split(/\s+/)[0];
    const known = byWord(name) ?? (head.length >= 5 ? byWord(head) : void 0);
    if (known) return { name: known, kind: "org" };
    if (!/\s/.test(name)) state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
    return { name, kind: "org" };
  }
  const part = prefix?.replace(/-$/, "").replace(/(?<=\p{L}{4})s$/u, "");
  const titled = part && part.length >= 4 ? byWord(part) : void 0;
  const near = state.para === void 0 || state.orgPara === state.para;
  const back = titled ?? (near ? orgs[0] : void 0);
  if (!back) return null;
  state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  return { name: back, kind: "org" };
}
function impersonalBody(right, state) {
  const clauseEnd = right.search(/[.;:!?]/);
  const from = /(?:^|\s)(des|der|dem|vom|von|beim)\s+((?:[\p{Lu}][\p{L}-]*)(?:\s+[\p{Lu}][\p{L}-]*){0,2})/u.exec(clauseEnd < 0 ? right : right.slice(0, clauseEnd));
  const body = from && GERMAN_BODY_END.test(withoutGenitive(from[2].split(/\s+/).at(-1))) ? from : null;
  return body ? bodySpeaking(body[2], body[1] === "des", void 0, state) : bodySpeaking(void 0, false, void 0, state);
}
function speakerAfterForeign(right, state) {
  const named = ROMANCE_BODY_AT_START.exec(right);
  if (named) return { name: named[1], kind: "org" };
  const spokes = FOREIGN_SPOKESPERSON.exec(right);
  if (spokes && !NAME_AFTER_SPOKESPERSON.test(right.slice(spokes[0].length))) {
    const noun = /^\s*(?:der|die|le|la|el|il|lo|o|a)\s+(sprecher(?:in)?|porte-parole|portavoz|vocer[oa]|portavoce|porta-voz)(?![\p{L}])/iu.exec(spokes[0])?.[1].toLowerCase();
    const holder = noun ? state.roleHolders?.get(noun) : void 0;
    if (holder) {
      state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
      return holder;
    }
    return bodySpeaking(spokes[4], spokes[2] === "des", spokes[1], state);
  }
  const who = /^\s*(celle|celui|aquella|aquel|colei|colui)\s+(?:qui|que|quien|che)(?![\p{L}])/iu.exec(right);
  if (who) return resolvePronoun(state, /^(?:celle|aquella|colei)$/iu.test(who[1]) ? "elle" : "il");
  const parsed = parseAfterForeignVerb(right);
  const body = parsed ? null : BODY_AFTER_VERB.exec(right);
  if (body && body[1] && INSTITUTION_NOUN.test(body[2])) return orgByNoun(body[2], state);
  if (body && body[3]) {
    const doc = ROMANCE_DOC_AT_END.exec(` ${body[0].trim().replace(/[.,;:]$/, "")}`);
    return doc ? romanceDocSpeaker(doc, state) : null;
  }
  if (!parsed) return roleHolderAt(withoutAddressee(right), ROLE_AFTER_FOREIGN, state);
  if (parsed.kind === "pronoun") return resolvePronoun(state, parsed.pronoun);
  if (parsed.surnameOnly) return personBySurname(parsed.run[0], state) ?? null;
  let run = keepAbbreviationDots(parsed.run);
  if (run.length > 2 && /^\p{Script=Cyrillic}/u.test(run[0]) && !PATRONYMIC.test(run[run.length - 2])) run = run.slice(-2);
  const sp = speakerFromRun(run, state, void 0, parsed.afterArticle);
  if (!sp || sp.kind !== "person" || !parsed.role || state.persons.includes(sp)) return sp;
  return { ...sp, role: [parsed.role, sp.role].filter(Boolean).join(", ") };
}
function pronounGender(pronoun) {
  const p = (pronoun ?? "").replace(/^[\s,-]+|-t-/g, "").replace(/^-/, "").trim().toLowerCase();
  if (/^(?:he|er|il|él|ele|lui|hij|он)$/u.test(p)) return "m";
  if (/^(?:she|elle|ella|ela|lei|она)$/u.test(p)) return "f";
  return void 0;
}
function resolvePronoun(state, pronoun) {
  const sp = pronounReferent(state, pronoun);
  if (sp) state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  const g = pronounGender(pronoun);
  if (sp?.kind === "person" && g && genderOf(sp.name, state) === void 0) noteGender(sp.name, g, state);
  return sp;
}
function genderOf(name, state) {
  const words = name.split(" ");
  const told = state.genders?.get(name) ?? (words.length > 2 && HONORIFICS.has(bare(words[0])) ? state.genders?.get(words.slice(1).join(" ")) : void 0);
  if (told !== void 0) return told;
  if (words.length === 1) return state.singleNames?.has(name) ? givenNameGender(name) : void 0;
  return givenNameGenderOf(name);
}
function pronounReferent(state, pronoun) {
  const last = state.lastPerson ?? null;
  const unnamed = state.unnamedSubject;
  if (unnamed && unnamed.para === state.para && unnamed.at > (state.lastPersonAt ?? 0) && !(state.lastNamed && state.lastNamed.at > unnamed.at)) return null;
  const g = pronounGender(pronoun);
  if (typeof state.sentenceSubject === "function") {
    const find = state.sentenceSubject;
    state.sentenceSubject = null;
    state.sentenceSubject = find();
  }
  const subject = state.sentenceSubject;
  if (subject && (!g || (genderOf(subject.name, state) ?? g) === g)) return subject;
  const loneWord = last && !last.name.includes(" ") && !genderOf(last.name, state) && !state.singleNames?.has(last.name);
  const latestInFull = (ok) => {
    const named = [...state.mentions ?? []].reverse().find((name) => name.includes(" ") && ok(name));
    return named ? state.persons.find((p) => p.name === named) : void 0;
  };
  if (loneWord && g && givenNameGender(last.name) !== g) {
    const person = latestInFull((name) => (genderOf(name, state) ?? g) === g);
    if (person) return person;
  }
  if (loneWord && !g && !state.german) {
    const person = latestInFull((name) => state.persons.some((p) => p.name === name));
    if (person) return person;
  }
  const intro = state.lastIntroduced;
  if (g && last && intro && !intro.ambiguous && intro.name !== last.name && intro.sentence > (state.lastPersonSentence ?? 0) && (intro.para ?? 0) >= (state.para ?? 0) - 1 && genderOf(intro.name, state) === g) {
    return state.persons.find((p) => p.name === intro.name) ?? { name: intro.name, role: intro.role, kind: "person" };
  }
  if (!g) return last;
  if (last && (genderOf(last.name, state) ?? g) === g) return last;
  const other = [...state.mentions ?? []].reverse().find((name) => genderOf(name, state) === g);
  if (!other) return last && !genderOf(last.name, state) ? last : null;
  state.pronounsGuessed = (state.pronounsGuessed ?? 0) + 1;
  return state.persons.find((p) => p.name === other) ?? { name: other, role: state.fullNames?.get(surnameOf(other.split(" ")))?.role, kind: "person" };
}
var PRONOUN_SUBJECT_AT_START = /^\s*(He|She)\s+(?=\p{Ll})/u;
function pronounSubject(sentence, state) {
  const m = PRONOUN_SUBJECT_AT_START.exec(sentence);
  if (!m) return null;
  const own = state.sentenceSubject;
  state.sentenceSubject = null;
  const [resolved, guessed] = [state.pronounsResolved, state.pronounsGuessed ?? 0];
  const sp = pronounReferent(state, m[1]);
  const guess = (state.pronounsGuessed ?? 0) > guessed;
  [state.sentenceSubject, state.pronounsResolved, state.pronounsGuessed] = [own, resolved, guessed];
  return sp?.kind === "person" && !guess ? sp : null;
}
function resolveDoc(qualifier, modifiers, noun, state) {
  const q = qualifier.trim();
  const key2 = noun.toLowerCase();
  if (!q) {
    const telling = docModifiers(modifiers);
    if (!telling) {
      const known = state.docs?.get(key2) ?? (REPORTISH.test(key2) ? state.lastReport : void 0);
      if (known) return { name: known, kind: "doc" };
    }
    if (!telling && /^(?:statement|release|announcement)$/.test(key2) && state.lastNonPerson?.kind === "org") return state.lastNonPerson;
    return telling ? { name: `The ${telling} ${key2}`, kind: "doc" } : null;
  }
  const expanded = q.split(/\s+/).map((t) => state.abbreviations.get(t) ?? t).join(" ");
  const name = `The ${expanded.replace(/^The\s+/, "")} ${key2}`;
  noteDoc(key2, name, state);
  return { name, kind: "doc" };
}
var REPORTISH = /^(?:report|paper|newspaper)$/;
function docModifiers(modifiers) {
  return modifiers.trim().split(/\s+/).filter((w) => w && !DOC_VAGUE.test(w)).join(" ");
}
function authoredDoc(m, state) {
  const key2 = m[2].toLowerCase();
  const author = m[3].replace(/[.,;:]+$/, "").replace(/\s+(?:of|for|and|on)$/, "");
  const words = author.split(" ");
  if (words.length >= 2 && words.length <= 4 && givenNameGender(words[0]) !== void 0 && !ORG_WORDS.test(author)) return { name: author, kind: "person" };
  const name = `${author} ${key2}`;
  noteDoc(key2, name, state);
  return { name, kind: "doc" };
}
function noteDoc(noun, name, state) {
  (state.docs ??= /* @__PURE__ */ new Map()).set(noun, name);
  if (REPORTISH.test(noun)) state.lastReport = name;
}
var DOC_ISSUED = /(?<![\p{L}])((?:[\p{Lu}][\p{L}&.'’-]*\s+(?:(?:of|for|and|on|the)\s+)?){0,6}[\p{Lu}][\p{L}&.'’-]*)\s+(?:said|announced|wrote|stated|confirmed|explained|added|issued|released|posted)\s+(?:in\s+)?(?:a|an|its|their)\s+((?:[\p{Ll}-]+\s+){0,2})(statement|release|letter|memo|filing)(?![\p{L}])/gu;
function noteDocs(sentence, state) {
  if (!DOC_WORD.test(sentence)) return;
  for (const m of matchesOf(DOC_ISSUED, sentence)) noteDoc(m[3].toLowerCase(), m[1].replace(/^(?:The)\s+/, ""), state);
  for (const m of matchesOf(DOC_BY_AUTHOR_IN, sentence)) authoredDoc(m, state);
  for (const m of matchesOf(DOC_TITLED, sentence)) noteDoc(m[2].toLowerCase(), m[1].replace(/^(?:The|A|An|According|In|Under)\s+/, ""), state);
  for (const m of matchesOf(DOC_INTRODUCED, sentence)) {
    const key2 = m[2].toLowerCase();
    const telling = docModifiers(m[1]);
    if (telling && !state.docs?.has(key2)) noteDoc(key2, `${telling} ${key2}`, state);
  }
}
var VERB_LOWER = new RegExp(VERB_RE.source, "gu");
function verbRegex(s, lower) {
  if (!BEYOND_ASCII.test(s)) return VERB_ASCII;
  return lower.length === s.length && !s.includes("\u017F") ? VERB_LOWER : VERB_RE;
}
function verbHits(s) {
  const hits = [];
  if (!s) return hits;
  const lower = lowerOf(s);
  const re = verbRegex(s, lower);
  const subject = re === VERB_RE ? s : lower;
  re.lastIndex = 0;
  let m;
  while (m = re.exec(subject)) hits.push({ index: m.index, text: s.slice(m.index, m.index + m[0].length) });
  return hits;
}
function inName(s, h) {
  return /^[A-Z][a-z]/.test(h.text) && /[A-Z][\p{Ll}.]*[\s-]+$/u.test(s.slice(Math.max(0, h.index - 20), h.index));
}
function execCaseless(re, s, needles) {
  const lower = lowerOf(s);
  if (lower.length === s.length && !s.includes("\u017F") && !needles.some((n) => lower.includes(n))) return null;
  return re.exec(s);
}
function hasSayingVerb(s) {
  return verbHits(s).some((h) => !GERUND.test(h.text.trim()));
}
function describedSaysIt(narration, state) {
  const according = matchesOf(ACCORDING_WORDS, narration).map((m) => ({ index: m.index, text: m[0] }));
  for (const h of [...verbHits(narration), ...according]) {
    if (GERUND.test(h.text.trim())) continue;
    if (PLURAL_SAYING_FORM.test(h.text.trim().toLowerCase())) return true;
    const left = narration.slice(Math.max(0, h.index - 60), h.index);
    if (DESCRIBED_BEFORE_VERB.test(left) && !oneDescribed(SINGULAR_DEFINITE_BEFORE.exec(left), state)) return true;
    const right = narration.slice(h.index + h.text.length, h.index + h.text.length + 40);
    if (DESCRIBED_AFTER_VERB.test(right) && !oneDescribed(SINGULAR_DEFINITE_AFTER.exec(right), state)) return true;
  }
  return false;
}
var SINGULAR_DEFINITE_BEFORE = /(?:^|[\s,])(?:the|his|her|el|la|le|il|lo|der)\s+(?:[\p{L}\p{N}'’()-]+\s+){0,4}([\p{L}'’()-]*[^s\s,])\s*,?\s*$/iu;
var SINGULAR_DEFINITE_AFTER = /^\s*,?\s*(?:the|his|her|el|la|le|il|lo|der)\s+([\p{L}'’()-]*[^s\s,.;:])(?![\p{L}])/iu;
var oneDescribed = (m, state) => !!m && state?.roleHolders?.get(m[1].toLowerCase()) !== null;
var GERUND = /^\p{L}+(?:ando|iendo|yendo|ant)$/iu;
var lastText = "";
var lastLower = "";
function lowerOf(s) {
  if (s !== lastText) {
    lastText = s;
    lastLower = s.toLowerCase();
  }
  return lastLower;
}
function hasVerb(s) {
  const lower = lowerOf(s);
  const re = verbRegex(s, lower);
  re.lastIndex = 0;
  const found = re.test(re === VERB_RE ? s : lower);
  re.lastIndex = 0;
  return found;
}
var saysAccording = (s) => execCaseless(ACCORDING, s, ["according to"]) !== null;
var CONNECTIVE_ONLY = /^\s*(?:Asimismo|Además|También|Luego|Después|Finalmente|Por otra parte|Por otro lado|Por último|En tanto|Mientras tanto|Al respecto|En ese sentido|Sin embargo|No obstante|Inoltre|Poi|Infine|Tuttavia|Além disso|Também|Depois|Por fim|No entanto)\s*,?\s*$/u;
var FRONTED_ONLY = /^\s*(?:(?:Sobre|Respecto|Con respecto|En cuanto|Acerca|En relación|Ante|Tras|Durante|Desde|En|Por|Al|Luego|Antes|Después|Consultad[oa]s?|Preguntad[oa]s?|Interrogad[oa]s?|Cuestionad[oa]s?|Entrevistad[oa]s?|Sul|Sulla|Riguardo|Quanto|Em|Questionad[oa]s?|Perguntad[oa]s?)(?![\p{L}])[^,;:.!?«»“”"]{0,80},\s*)+$/u;
var PLURAL_VERB = /(?:n|hanno\s+\S+|han\s+\S+)$/u;
var PLURAL_SAYING = new RegExp(`^(?:${ES_PLURAL_SAYING})$`, "u");
var FROM_BODY_AT_END = /(?:^|[\s,])[Dd]esde\s+((?:(?:el|la|los|las)\s+)?[^,.;:«»“”"]{2,60}?)\s*,?\s*$/u;
function pluralSpeaker(left, right, state) {
  const from = FROM_BODY_AT_END.exec(left);
  if (from) {
    const body = from[1].replace(/^(?:el|la|los|las)\s+/u, "").trim();
    const run = body.split(/\s+/);
    if (/^\p{Ll}+$/u.test(body)) return orgByNoun(body, state) ?? (state.lastNonPerson?.kind === "org" ? state.lastNonPerson : null);
    if (isCap(run[0])) {
      const sp2 = speakerFromRun(run, state);
      return sp2?.kind === "person" ? null : sp2 ?? { name: body, kind: "org" };
    }
    return null;
  }
  if (/\p{L}/u.test(left)) {
    const named = speakerBefore(left, state);
    return named?.kind === "person" ? null : named;
  }
  const sp = parseAfterForeignVerb(right)?.kind === "name" ? speakerAfterForeign(right, state) : null;
  return sp?.kind === "person" ? null : sp;
}
var SAME_SUBJECT_CONJUNCTION = /(?:^|\s)(?:a la vez que|y|e|pero|mientras que|et|mais|und|aber)\s*$/u;
var CLITICS_ONLY = /^[\s,;:—–-]*(?:(?:nous|vous|me|m['’]|te|t['’]|lui|leur|se|s['’]|nos|os|le|la|les|lo|los|las|ci|gli|mi|ti|si|lhe|lhes|l['’])\s*)+$/iu;
var QUOTE_SIGNED = /^\s*[—–~-]\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s*(?:,|$)/u;
function attribution(pre, mid, post, state, eachVerb = false) {
  if (post.startsWith(" (") || post.startsWith("(")) post = post.replace(/^\s*\([^()]{1,240}\)/, "");
  const signed = QUOTE_SIGNED.exec(post);
  if (signed) {
    const sp = speakerFromRun(signed[1].split(/\s+/), state);
    if (sp?.kind === "person" && sp.name.includes(" ")) return sp;
  }
  const tryVerbIn = (s, which, each = eachVerb) => {
    const hits = verbHits(s).filter((h) => !inName(s, h));
    if (!hits.length) return void 0;
    if (each && which === "first") {
      for (const h of hits) {
        const sp = speakerAt(s, h);
        if (sp) return sp;
      }
      return null;
    }
    return speakerAt(s, which === "first" ? hits[0] : hits[hits.length - 1]);
  };
  const speakerAt = (s, h) => {
    const left = s.slice(0, h.index);
    const right = s.slice(h.index + h.text.length);
    const verb = h.text.trim();
    if (GERMAN_IMPERSONAL.test(verb)) return impersonalBody(right, state);
    const inverted = GERMAN_VERB.test(verb) && /\p{L}/u.test(left) ? /^\s*(er|sie)(?![\p{L}])/u.exec(right) : null;
    if (inverted) return resolvePronoun(state, inverted[1]);
    const uncased = uncasedVerb(verb, left, right);
    if (uncased !== void 0) return uncased && uncasedSpeaker(uncased, state);
    if (PLURAL_SAYING.test(verb)) return pluralSpeaker(left, right, state);
    if (FOREIGN_VERB.test(verb) && (CONNECTIVE_ONLY.test(left) || FRONTED_ONLY.test(left) && !PLURAL_VERB.test(verb))) return resolvePronoun(state);
    if (!/\p{L}/u.test(left) || FOREIGN_VERB.test(verb) && CLITICS_ONLY.test(left)) {
      if (GERMAN_VERB.test(verb)) state.german = true;
      return speakerAfter(right, state, FOREIGN_VERB.test(verb));
    }
    if (FOREIGN_VERB.test(verb) && !GERMAN_VERB.test(verb) && /,\s*$/.test(left) && /^\s*,/.test(right)) return resolvePronoun(state);
    const named = speakerBefore(left, state);
    if (named) return named;
    if (/,\s*$/.test(left) && (FOREIGN_VERB.test(verb) ? /^\s*[\p{Lu}]/u.test(right) : /^(?:said|says|added|adds)$/.test(verb))) {
      const inverted2 = FOREIGN_VERB.test(verb) ? speakerAfterForeign(right, state) : speakerAfter(right, state);
      const german = GERMAN_VERB.test(verb) || state.german;
      if (inverted2?.kind === "person" && (!german || state.persons.includes(inverted2) || state.fullNames?.get(surnameOf(inverted2.name.split(" ")))?.name === inverted2.name)) return inverted2;
    }
    const sameSubject = PARTICIPLE.test(verb) || GERUND.test(verb) || FOREIGN_VERB.test(verb) && SAME_SUBJECT_CONJUNCTION.test(left);
    return sameSubject ? clauseSubject(left.split(/,\s+/).filter((c) => /\p{L}/u.test(c)).reverse(), state) : null;
  };
  const according = (s) => {
    const m = execCaseless(ACCORDING, s, ["according to"]);
    if (m) return speakerAfter(s.slice(m.index + m[0].length), state, false, true);
    const z = state.german && s.includes("zufolge") ? GERMAN_ZUFOLGE.exec(s) : null;
    if (z) return z[1] ? bodySpeaking(z[2], false, void 0, state) : speakerFromRun(z[2].split(/\s+/), state);
    const f = execCaseless(FOREIGN_ACCORDING, s, FOREIGN_ACCORDING_NEEDLES) ?? (state.german && s === post ? GERMAN_SO.exec(s) : null);
    if (f) {
      const rest = s.slice(f.index + f[0].length);
      const verb = /^(?:contó|dijo|explicó|relató|señaló|indicó|detalló|afirmó|aseguró|agregó|añadió|comentó|precisó)(?![\p{L}])/u.exec(rest);
      if (verb && /^\s*,/u.test(rest.slice(verb[0].length))) return resolvePronoun(state);
      return speakerAfterForeign(verb ? rest.slice(verb[0].length) : rest, state);
    }
    const view = s === pre ? IN_THEIR_VIEW.exec(s) : null;
    if (view) {
      const word = (view[1] ?? view[2] ?? view[3] ?? view[4])?.toLowerCase();
      return resolvePronoun(state, word && POSSESSOR_PRONOUN[word] || word);
    }
    const forX = s === pre ? forPhrase(s, state) : null;
    return forX && (forX.sp.name.split(" ").length >= 2 || forX.pronoun) ? forX.sp : void 0;
  };
  for (const m of mid) {
    const r = tryVerbIn(m, "first");
    if (r !== void 0) return r;
  }
  const attributable = post.replace(SUBORDINATE_CLAUSE, "");
  if (leadsIntoQuote(attributable)) {
    const own = tryVerbIn(pre, "last");
    if (own) return own;
  }
  const postHit = tryVerbIn(attributable, "first", true);
  if (postHit) return postHit;
  const preHit = tryVerbIn(pre, "last");
  if (preHit) return preHit;
  return according(post) ?? according(pre) ?? postHit ?? preHit ?? colonSubject(pre, state);
}
function leadsIntoQuote(post) {
  const mark = post.search(/["“”«»„]/u);
  if (mark <= 0 || !/["“«„]/u.test(post[mark])) return false;
  const words = post.slice(0, mark);
  return /[,:]\s*$/u.test(words) && /\p{L}/u.test(words);
}
var SUBORDINATE_CLAUSE = /(?:\s(?:de que|después de que|antes de que|a day after|a day before|whereas|mientras que|alors que|tandis que|während|nachdem))(?![\p{L}])[^]*$/u;
var PARTICIPLE = /^(?:saying|adding|telling|writing|noting|explaining|arguing|insisting|warning|stressing|calling)$/iu;
var ROLE_THEN_FULL_NAME = String.raw`\s+((?:\p{Ll}[\p{L}-]*\s+){1,4})((?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)`;
var ROLE_NAME_AT_START = new RegExp(String.raw`^\s*(?:The|A|An|El|La|Le|Il|Lo|Der|Die|O|Los|Las|Les|Un|Una|Une|Ein|Eine)${ROLE_THEN_FULL_NAME}\s+\p{Ll}`, "u");
var ROLE_NAME_AT_START_LOOSE = new RegExp(String.raw`^\s*(?:The|El|La|Le|Il|Lo|O)${ROLE_THEN_FULL_NAME}(?=\s+\p{Ll}|\s*,)`, "u");
var ORG_CLAUSE = /^\s*(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s+){0,5}[\p{Lu}][\p{L}\p{M}'’&.-]*)\s*$/u;
var POSSESSIVE_DETERMINER = /^(?:Su|Sus|Sa|Son|Ses|Leur|Leurs|Sein|Seine|Ihr|Ihre|Suo|Sua|Seu)$/u;
var FOR_ITS_PART = /^\s*(?:Por su parte|Por otra parte|Por otro lado|A su vez|De su lado|Pour sa part|De son côté|Da parte sua|Per parte sua|Por seu lado|Por sua vez|For (?:its|his|her|their) part)(?![\p{L}])\s*,?\s*/u;
var BRACKET_NAMED = String.raw`(?:The|An?|El|La|Los|Las|Un|Una|Le|Les|L['’]|Il|Lo|O|Der|Die|Das)\s+[^()«»“”"\n]{2,150}?(?:\s\p{Ll}[\p{Ll}-]*|\s(?:de|del|of|du|des|di|da|do|von)\s+[\p{Lu}][\p{L}-]*)\s+\(([\p{Lu}][\p{L}\p{N}&.-]{1,15})\)`;
var BRACKET_NAMED_SUBJECT = new RegExp(String.raw`^\s*${BRACKET_NAMED}\s+\p{Ll}`, "u");
var BRACKET_NAMED_AT_END = new RegExp(String.raw`(?:^|\s)${BRACKET_NAMED}\s*$`, "u");
function clauseSubject(clauses, state) {
  for (let [i, clause2] of clauses.entries()) {
    const forItsPart = FOR_ITS_PART.test(clause2);
    clause2 = clause2.replace(FOR_ITS_PART, "");
    if (i > 0 && state.orgs?.includes(clause2.trim())) return { name: clause2.trim(), kind: "org" };
    if (i > 0 && forItsPart && /^(?:[\p{Lu}][\p{L}\p{M}&'’.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}&'’-]*$/u.test(clause2.trim())) {
      const sp2 = speakerFromRun(clause2.trim().split(/\s+/), state);
      if (sp2) return sp2;
    }
    const pron = PRONOUN_AT_START.exec(clause2) ?? (state.german ? /^\s*Er(?![\p{L}])/u.exec(clause2) : /^\s*(?:Elle|Elles|Ils)(?![\p{L}])/u.exec(clause2));
    if (pron) return resolvePronoun(state, pron[0]);
    if (i > 0 && /^\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*\s*$/u.test(clause2) && !SUBJECT_OPENERS.test(clause2.trim().split(/\s+/)[0])) {
      const sp2 = speakerFromRun(clause2.trim().split(/\s+/), state);
      if (sp2?.kind === "person") return sp2;
    }
    const org = i > 0 ? ORG_CLAUSE.exec(clause2) : null;
    if (org && ORG_WORDS.test(org[1])) return { name: fullOrgName(org[1], state), kind: "org" };
    const described = ROLE_NAME_AT_START.exec(clause2.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase()));
    if (described) {
      const sp2 = speakerFromRun(described[2].trim().split(/\s+/), state);
      if (sp2?.kind === "person") return state.persons.includes(sp2) ? sp2 : { ...sp2, role: sp2.role ?? described[1].trim() };
    }
    const bracketed = BRACKET_NAMED_SUBJECT.exec(clause2);
    if (bracketed) return { name: bracketed[1], kind: "org" };
    const m = /^\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)\s+\p{Ll}/u.exec(clause2);
    if (!m || SUBJECT_OPENERS.test(m[1].split(/\s+/)[0]) || POSSESSIVE_DETERMINER.test(m[1].split(/\s+/)[0]) || ARTICLE.test(m[1]) || /['’]s$/u.test(m[1])) continue;
    const sp = speakerFromRun(m[1].split(/\s+/), state);
    if (sp && state.german && !sp.name.includes(" ") && !state.persons.includes(sp)) continue;
    const known = state.persons.includes(sp) || state.fullNames?.get(surnameOf(sp?.name.split(" ") ?? []))?.name === sp?.name;
    if (sp && (i === 0 && (sp.name.includes(" ") || sp.kind !== "person") || known)) return sp;
  }
  return null;
}
function colonSubject(pre, state) {
  if (!/:\s*$/.test(pre)) return null;
  const words = WORDS_OF_AT_END.exec(pre);
  if (words) {
    const sp = speakerFromRun((words[1] ?? words[2]).split(/\s+/), state);
    return sp?.kind === "person" || sp?.kind === "org" ? sp : null;
  }
  const own = THEIR_WORDS_AT_START.exec(pre);
  if (own) return resolvePronoun(state, POSSESSOR_PRONOUN[own[1].toLowerCase()]);
  const clauses = pre.split(/,\s+/);
  const pronoun = /^\s*(He|She|Il|Elle|Er|Él|Ella|Lui|Lei)(?![\p{L}])/u.exec(clauses.at(-1));
  if (pronoun) return resolvePronoun(state, pronoun[1]);
  if (state.proDrop && DROPPED_SUBJECT_CLAUSE.test(clauses.at(-1)) && !/[\p{Lu}]/u.test(clauses.at(-1).trim().slice(1))) return resolvePronoun(state);
  return clauseSubject(clauses.length > 1 ? [clauses.at(-1), clauses[0]] : clauses, state);
}
var POSSESSOR_PRONOUN = { his: "he", her: "she", lui: "il" };
var SAID_NOUNS = "response|reply|answer|message|verdict|advice|reaction|explanation|conclusion|warning|retort|take|assessment|respuesta|mensaje|conclusi\xF3n|advertencia|diagn\xF3stico|reflexi\xF3n|balance|r\xE9ponse|constat|avis|bilan|diagnostic|risposta|messaggio|resposta|mensagem";
var WORDS_OF_AT_END = new RegExp(String.raw`(?:(?:^|\s)((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*?)['’]s?\s+(?:${SAID_NOUNS})|(?:^|\s)(?:[Ll]a|[Ee]l|[Ll]e|[Ll]['’]|[Ll]o)\s*(?:${SAID_NOUNS})\s+(?:de|del|d['’]|di|da|do)\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*))(?:\s+(?:was|is|were|fue|es|fut|est|era|foi)(?:\s+\p{Ll}+){0,2})?\s*:\s*$`, "u");
var THEIR_WORDS_AT_START = new RegExp(String.raw`^\s*(Su|Sa|Son|Sua|Seu|His|Her)\s+(?:${SAID_NOUNS})(?:\s+\p{Ll}+){0,3}\s*:\s*$`, "u");
function uncasedVerb(verb, left, right) {
  if (ARABIC_VERB.test(verb)) return /\p{L}/u.test(left) ? null : parseAfterArabicVerb(right);
  if (URDU_VERB.test(verb)) return parseBeforeUrduVerb(left);
  if (CHINESE_VERB.test(verb)) return parseBeforeChineseVerb(left);
  return void 0;
}
function uncasedSpeaker(parsed, state) {
  if (parsed.kind === "pronoun") {
    const near = state.para === void 0 || state.lastPersonPara === void 0 || state.para - state.lastPersonPara <= 1;
    return near ? resolvePronoun(state) : null;
  }
  const known = state.persons.find((p) => p.name === parsed.name);
  if (known) return known;
  return parsed.role ? { name: parsed.name, role: parsed.role, kind: "person" } : { name: parsed.name, kind: "person" };
}
function remember(sp, state) {
  if (!sp) return;
  if (sp.kind === "person") {
    if (sp.role) noteRoleHolder(sp, state);
    state.lastPerson = sp;
    state.lastPersonPara = state.para;
    state.lastPersonSentence = state.sentences ?? 0;
    state.lastPersonAt = state.tick = (state.tick ?? 0) + 1;
    if (!state.persons.includes(sp)) state.persons.push(sp);
    mention(sp.name, state);
    return;
  }
  state.lastNonPerson = sp;
  if (sp.kind === "org" && noteOrg(sp.name, state) && /\b(?:Journal|Times|Post|News|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Reuters|AFP|Agency)\b|^[\p{Lu}]{2,}$/u.test(sp.name)) {
    state.lastReport = `${sp.name} report`;
  }
}
function roleHead(role) {
  const head = role.split(/,|\s(?:of|at|for|with|in|de|del|des|du|da|do|di|della|à|au|en|von|vom|der|des|bei|beim|für)\s/u)[0].trim().split(/\s+/).at(-1);
  const word = head?.toLowerCase().replace(/[^\p{L}-]/gu, "");
  return word && word.length > 3 && !/^(?:his|her|their|the)$/.test(word) ? word : void 0;
}
function noteRoleHolder(sp, state, noun) {
  const holders = state.roleHolders ??= /* @__PURE__ */ new Map();
  for (const head of new Set(noun ? [noun.toLowerCase()] : [roleHead(sp.role), romanceHead(sp.role)])) {
    if (!head) continue;
    const before = holders.get(head);
    if (before === void 0) holders.set(head, sp);
    else if (before && before.name !== sp.name) holders.set(head, null);
  }
}
function romanceHead(role) {
  const first = role.trim().replace(/^(?:el|la|le|il|lo|l['’]|o|a)\s*/iu, "").split(/[\s,]+/)[0]?.replace(/[^\p{L}-]/gu, "");
  return first && first.length > 3 && /^\p{Ll}/u.test(first) && !/^(?:his|her|their|the|former|new|senior|chief|deputy|acting|then)$/.test(first) ? first : void 0;
}
var ROLE_MODIFIERS = String.raw`(?:(?:\p{Ll}[\p{Ll}-]*|\d{1,3}-year-old|[\p{Lu}][\p{L}.-]*)\s+){0,2}`;
var ROLE_HEAD = String.raw`(\p{Ll}[\p{Ll}-]{2,}|\d{1,3}-year-old|Democrat|Republican)`;
var ROLE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:(?:[Tt]he|[Oo]ur|[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Dd]er|[Dd]ie)\s+${ROLE_MODIFIERS}|(?:[Oo]|[Aa])\s+)${ROLE_HEAD}\s*$`, "u");
var ROLE_OF_BEFORE = new RegExp(String.raw`(?:^|\s)([Ee]l|[Ll]a|[Ll]e|[Ii]l|[Oo]|[Aa]|[Tt]he)\s+(\p{Ll}[\p{Ll}-]{3,})(?:\s+\p{Ll}[\p{Ll}-]{3,})?\s+(?:de|del|of|du|des|di|della|da|do)\s+(?:(?:la|el|los|las|the|l['’])\s*)?(?:\p{Lu}[^,.;:«»“”"]{0,58}|\p{Ll}[\p{Ll}\s-]{0,58})$`, "u");
var ROLE_AFTER = new RegExp(String.raw`^\s*the\s+${ROLE_MODIFIERS}${ROLE_HEAD}\s*(?:[.,;:]|$)`, "u");
var ROLE_AFTER_FOREIGN = /^\s*(?:el|la|le|l['’]|il|lo|o|a|der|die|cette|cet|ce|esta|este|questa|questo)\s*(\p{L}[\p{Ll}-]{3,})(?:\s*(?:[.,;:]|$)|(?<=^\s*(?:el|la|le|il|lo|o|a|l['’]|cette|cet|ce|esta|este|questa|questo)\s*\p{Ll}+)(?:\s+\p{Ll}[\p{Ll}-]{3,})?(?:\s+(?:de|del|da|do|di|della)\s+[^,.;:«»“”"]{1,60}?)?(?:\s+(?:en|em|in|à|au|al|ao|durante|tras|après|lors)\s[^,.;:«»“”"]{1,60})?\s*(?:[.,;:]|$))/u;
var PERSON_NOUN = /^(?:actor|actress|singer|star|rapper|comedian|musician|artist|author|writer|novelist|director|filmmaker|producer|player|coach|athlete|veteran|skipper|captain|striker|forward|midfielder|defender|goalkeeper|keeper|winger|batsman|batter|bowler|pitcher|quarterback|rookie|golfer|boxer|sprinter|receiver|linebacker|cornerback|shortstop|outfielder|infielder|swimmer|cyclist|skier|gymnast|wrestler|jockey|lawmaker|congressman|congresswoman|senator|politician|democrat|republican|candidate|businessman|businesswoman|entrepreneur|billionaire|founder|executive|mother|father|woman|man|teen|teenager|boy|girl|\d{1,3}-year-old)$/u;
var ROMANCE_PERSON_NOUN = new RegExp("^(?:hombre|mujer|joven|vecin[oa]|productor[a]?|tamber[oa]|ganader[oa]|agricultor[a]?|trabajador[a]?|entrevistad[oa]|docente|comerciante|propietari[oa]|due\xF1[oa]|empresari[oa]|agr\xF3nom[oa]|veterinari[oa]|madre|padre|se\xF1or[a]?|uom[o]|donna|ragazz[oa]|homem|mulher|president[ea]|alcalde(?:sa)?|jerarca|legislador[a]?|ministr[oa]|consejer[oa]|juez[a]?|fiscal|portavoz|director[a]?|diputad[oa]|senador[a]?|concejal[a]?|gobernador[a]?|secretari[oa]|abogad[oa]|investigador[a]?|profesor[a]?|entrenador[a]?|jugador[a]?|mandatari[oa]|funcionari[oa]|vocer[oa]|ingenier[oa]|m\xE9dic[oa]|expert[oa]|especialista|analista|economista|sindaco|avvocat[oa]|prefeit[oa]|treinador[a]?)$", "u");
var FRENCH_PERSON_NOUN = new RegExp("^(?:jeune|femme|homme|m\xE8re|p\xE8re|fille|gar\xE7on|\xE9tudiante?|lyc\xE9en(?:ne)?|habitante?|militante?|\xE9lue?|maire|ministre|pr\xE9sidente?|directeur|directrice|responsable|salari\xE9e?|retrait\xE9e?|m\xE9decin|enseignante?|avocate?|syndicaliste|porte-parole|chercheur|chercheuse|adolescente?|animateur|animatrice|\xE9ducateur|\xE9ducatrice|infirmier|infirmi\xE8re|agriculteur|agricultrice|commer\xE7ante?|g\xE9rante?|patron(?:ne)?|s\xE9nateur|s\xE9natrice|d\xE9put\xE9e?|conseiller|conseill\xE8re|adjointe?|professeure?|auteur|autrice|\xE9crivaine?|chanteur|chanteuse|com\xE9dien(?:ne)?|r\xE9alisateur|r\xE9alisatrice|entra\xEEneur|entra\xEEneuse|joueur|joueuse|trentenaire|quadrag\xE9naire|quinquag\xE9naire|sexag\xE9naire|septuag\xE9naire|octog\xE9naire|imam|pr\xEAtre|cur\xE9|rabbin|pasteur|pr\xE9venue?|accus\xE9e?|t\xE9moin|policier|polici\xE8re|gendarme|pompier|soldat|\xE9leveur|\xE9leveuse|boulanger|boulang\xE8re|restaurateur|restauratrice|chauffeur|conducteur|conductrice|automobiliste|cycliste|artiste|musicien(?:ne)?|photographe|\xE9l\xE8ve|b\xE9n\xE9vole|riveraine?|voisine?|propri\xE9taire|locataire|mari|\xE9pouse|veuve|veuf|fils|fr\xE8re|s\u0153ur)$", "u");
var frenchFeminine = (noun) => /e$/u.test(noun) && !/^(?:jeune|ministre|maire|responsable|syndicaliste|porte-parole|père|frère|prêtre|curé|automobiliste|cycliste|artiste|photographe|élève|bénévole|\p{L}+aire)$/u.test(noun);
var FEMALE_NOUN = /^(?:actress|congresswoman|businesswoman|mother|woman|girl)$/u;
var MALE_NOUN = /^(?:actor|congressman|businessman|father|man|boy)$/u;
var DEMONSTRATIVE = { cette: "la", cet: "le", ce: "le", esta: "la", este: "el", questa: "la", questo: "il" };
function roleHolderAt(s, re, state) {
  const m = re.exec(s);
  if (!m) return null;
  let noun = m[1].toLowerCase();
  const opening = /^\s*(el|la|il|lo|le|l['’]|o|a|cette|cet|ce|esta|este|questa|questo)\s*(\p{Ll}[\p{Ll}-]*)/iu.exec(m[0]);
  const article = opening && (DEMONSTRATIVE[opening[1].toLowerCase()] ?? opening[1].toLowerCase());
  const first = opening?.[2].toLowerCase();
  const known = (w) => state.roleHolders?.has(w) || PERSON_NOUN.test(w);
  if (first && first !== noun && !known(noun) && (state.roleHolders?.has(first) || FRENCH_PERSON_NOUN.test(first) || state.proDrop && ROMANCE_PERSON_NOUN.test(first))) noun = first;
  if (!state.roleHolders?.has(noun) && /^ex-?\p{Ll}{4,}/u.test(noun)) noun = noun.replace(/^ex-?/u, "");
  if (!state.roleHolders?.has(noun) && PERSON_NOUN.test(noun)) return resolvePronoun(state, FEMALE_NOUN.test(noun) ? "she" : MALE_NOUN.test(noun) ? "he" : void 0);
  if (!state.roleHolders?.has(noun) && FRENCH_PERSON_NOUN.test(noun)) {
    const feminine = article === "la" || article !== "le" && frenchFeminine(noun);
    return resolvePronoun(state, feminine ? "elle" : article === "le" || !/e$/u.test(noun) ? "il" : void 0);
  }
  if (!state.roleHolders?.has(noun) && state.proDrop && ROMANCE_PERSON_NOUN.test(noun)) {
    return resolvePronoun(state, article === "la" || article === "a" ? "ella" : article === "el" || article === "il" || article === "lo" || article === "o" ? "\xE9l" : void 0);
  }
  const holder = state.roleHolders?.get(noun) ?? null;
  if (holder) state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  return holder;
}
var NOT_A_ROLE = /^(?:said|says|told|and|with|from|for|that|than|then|when|where|while|about|after|before|against|between|into|over|under|like|including|according|the|his|her|their|its|our|was|were|has|had|have|will|would|could|should|also|announced|named|called|joined|met|beat|defeated|thanked|praised|replaced|asked|urged)$|(?:ed|ly|ing)$/u;
var SUBJECT_OPENERS = new RegExp(
  `^(?:${OPENERS}|These|Those|Every|Each|Some|Many|Most|All|Both|En|Por|Al|Pese|Frente|Dans|Sur|Avec|Apr\xE8s|Avant|Depuis|Pendant|Chez|Selon|Sous|Par|Entre|Lors|Con|Sin|Desde|Durante|Tras|Ante|Bajo|Hasta|Seg\xFAn|Sobre|Nel|Nella|Dopo|Prima|Dentro|Fuori|Em|No|Na|Ap\xF3s|Perante)$`
);
var ROLE_THEN_NAME = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(\p{Ll}[\p{Ll}-]{3,})\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){1,2}[\p{Lu}][\p{L}'’-]*?)(?:['’]s)?(?=,|\s+\p{Ll})/u;
var FRONTED_PREPOSITION = /^(?:in|on|at|from|inside|outside|across|along|behind|near|after|before|during|with|without|over|under|by|into|through|around|of)$/;
var AGE_APPOSITIVE = /^(?:(?:aged\s+|de\s+|di\s+)?\d{1,3}(?:\s+(?:ans|años|anos|anni|Jahre|years old))?\s*,(?:\s*(\p{Ll}[^,]{2,80}),)?|an?\s+(\d{1,3}-year-old\s[^,]{2,80}),)/u;
var ROLE_SURNAME_SUBJECT = /^\s*(?:[Ee]l|[Ll]a|[Tt]he|[Ll]e|[Ii]l)\s+(\p{Ll}[\p{Ll}-]{3,})\s+([\p{Lu}][\p{L}'’-]+)(?=[\s,])/u;
var ROLE_SUBJECT = /^\s*(?:[Ee]l|[Ll]a|[Tt]he|[Ll]e|[Ii]l)\s+(\p{Ll}[\p{Ll}-]{3,})(?=[\s,])/u;
var FRONTED_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:mente|ment|ly)$/u;
var FRONTED_ROLE = /^\s*(?:[Ee]l|[Ll]a|[Tt]he|[Ll]e|[Ii]l|Der|Die|O|A|Su|Sus|Son|Sa|Ses|His|Her|Their|Sein|Seine|Ihr|Ihre|Suo|Sua|Seu|[\p{Lu}][\p{L}.-]*['’]s)\s+((?:\p{Ll}[\p{Ll}-]*)(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?:\s+(?:de|del|of|du|des|di|della|do|da|von|vom)\s+(?:(?:la|el|los|las|the|le|les|l['’])\s*)?[\p{L}][\p{L}.'’-]*(?:\s+(?:(?:de|del|of|y|and|et|e|la|el|the)\s+)?[\p{Lu}][\p{L}.'’-]*){0,4}(?:\s+\p{Ll}[\p{Ll}-]{3,})?)?)\s*$/u;
var ROLE_OF = /^\p{Ll}[\p{Ll}-]{3,}\s+(?:de|del|de la|des|du|di|della|da|do|of|at|bei|der|von)\s/u;
var PERSON_CLAUSE = /^(?:who\s|aged\s|qui\s|quien\s|der\s|die\s|che\s|(?:de\s+|di\s+)?\d{1,3}(?:\s+(?:ans|años|anos|anni|Jahre))?,|(?:an?|un|une|una|uno|um|uma|ein|eine)\s+(?!(?:été|fait|dit|pris|mis|reconnu|admis|conclu|répondu|\p{Ll}+[éi])(?![\p{L}]))(?:\p{Ll}|\d{1,3}-year-old))/u;
function topicPerson(sentence, state) {
  const pronouns = state.pronounsResolved ?? 0;
  const forX = forPhrase(sentence, state);
  state.pronounsResolved = pronouns;
  if (forX && forX.sp.name.split(" ").length >= 2) return forX.sp;
  const aged = FOR_AT_START.exec(sentence) ? /^\S+\s+([\p{Lu}][\p{Ll}'’-]+),\s+(?:de\s+)?\d{1,3}\s+(?:ans|años|anos|anni|Jahre)\s*,/u.exec(sentence) : null;
  if (!aged || CLAUSE_OPENER.test(aged[1]) || FUNCTION_WORD.test(aged[1])) return null;
  (state.singleNames ??= /* @__PURE__ */ new Set()).add(aged[1]);
  return { name: aged[1], kind: "person" };
}
function forPhrase(s, state) {
  const forX = FOR_AT_START.exec(s);
  if (!forX) return null;
  const rest = s.slice(forX[0].length);
  const comma = rest.indexOf(",");
  if (comma < 0 || /[.;:]/.test(rest.slice(0, comma))) return null;
  const pronouns = state.pronounsResolved ?? 0;
  const sp = speakerAfterForeign(rest.slice(0, comma), state);
  return sp?.kind === "person" ? { sp, pronoun: (state.pronounsResolved ?? 0) > pronouns } : null;
}
var SLAVIC_ROLE_NAME_AT_START = /^\s*([\p{Lu}]\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){0,4}(?:\s+[\p{Lu}]\p{Ll}+)?)\s+([\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+)\s+\p{Ll}/u;
function subjectOf(sentence, state, depth = 0, fronted) {
  const slavic = state.slavic && depth === 0 ? SLAVIC_ROLE_NAME_AT_START.exec(sentence) : null;
  if (slavic) {
    const sp2 = speakerFromRun(slavic[2].split(/\s+/), state);
    if (sp2?.kind === "person") return state.persons.includes(sp2) ? sp2 : { ...sp2, role: sp2.role ?? slavic[1] };
  }
  const described = state.german ? null : ROLE_THEN_NAME.exec(sentence);
  if (described && !NOT_A_ROLE.test(described[1])) {
    const sp2 = speakerFromRun(described[2].split(/\s+/), state);
    if (sp2?.kind === "person" && sp2.name.split(" ").length >= 2) return state.persons.includes(sp2) ? sp2 : { ...sp2, role: sp2.role ?? described[1] };
  }
  const roleName = depth === 0 && !state.german ? ROLE_NAME_AT_START_LOOSE.exec(sentence) : null;
  const roleLast = roleName?.[1].trim().split(/\s+/).at(-1) ?? "";
  if (roleName && !NOT_A_ROLE.test(roleLast) && !/^(?:de|del|of|for|at|in|en|du|des|di|della|da|do|von|vom|à|au)$/u.test(roleLast)) {
    const sp2 = speakerFromRun(roleName[2].split(/\s+/), state);
    if (sp2?.kind === "person" && sp2.name.includes(" ")) return state.persons.includes(sp2) ? sp2 : { ...sp2, role: sp2.role ?? roleName[1].trim() };
  }
  const roleOfBody = depth === 0 && !state.german ? ROLE_OF_BODY_THEN_NAME.exec(sentence) : null;
  if (roleOfBody) {
    const run2 = roleOfBody[3].trim().split(/\s+/);
    const k = givenNameStart(run2, 3);
    const sp2 = k > 0 ? speakerFromRun(run2.slice(k), state) : null;
    if (sp2?.kind === "person" && sp2.name.includes(" ")) return state.persons.includes(sp2) ? sp2 : { ...sp2, role: sp2.role ?? `${roleOfBody[1]} ${roleOfBody[2]} ${run2.slice(0, k).join(" ")}` };
  }
  const firstComma = depth <= 1 && !fronted ? sentence.indexOf(", ") : -1;
  const frontedRole = firstComma > 0 ? FRONTED_ROLE.exec(sentence.slice(0, firstComma))?.[1] : void 0;
  if (frontedRole) return subjectOf(sentence.slice(firstComma + 2), state, depth + 1, frontedRole);
  const tokens = sentence.trim().split(/\s+/);
  const run = [];
  let comma = false;
  for (const t of tokens) {
    const w = t.replace(/[,;:]$/, "");
    if (!isCap(w) && !(NAME_PARTICLES.has(w) && run.length)) break;
    if (/["“”„«»]/.test(w)) break;
    run.push(w);
    if (w !== t) {
      comma = t.endsWith(",");
      break;
    }
  }
  const role = run.length <= 1 ? ROLE_SUBJECT.exec(sentence)?.[1] : void 0;
  const holder = role ? state.roleHolders?.get(role) : void 0;
  if (holder) return holder;
  const roleSurname = run.length <= 1 && !state.german ? ROLE_SURNAME_SUBJECT.exec(sentence) : null;
  const bySurname = roleSurname && !NOT_A_ROLE.test(roleSurname[1]) ? personBySurname(roleSurname[2], state) : void 0;
  if (bySurname?.name.includes(" ")) return bySurname;
  const loneOpener = depth === 0 && !state.german && run.length === 1 && !comma && FRONTED_PREPOSITION.test(tokens[1] ?? "") && !personBySurname(stripTail(run[0]), state);
  if (run.length >= 3 && SUBJECT_OPENERS.test(run[0]) && givenNameGender(stripTail(run[1])) !== void 0) {
    const sp2 = speakerFromRun(run.slice(1), state);
    if (sp2?.kind === "person" && sp2.name.includes(" ")) return sp2;
  }
  if (!run.length || SUBJECT_OPENERS.test(run[0]) || loneOpener) {
    const comma2 = depth === 0 && run.length ? sentence.indexOf(", ") : -1;
    if (comma2 > 0 && wordCount(sentence.slice(0, comma2)) <= 12) return subjectOf(sentence.slice(comma2 + 2), state, 1);
    return null;
  }
  const core = run.filter((t) => !HONORIFICS.has(bare(t)));
  const last = core.length >= 2 && /^\p{Lu}\.$/u.test(core[core.length - 1]) ? stripTail(core[core.length - 1]) : core[core.length - 1];
  if (core.length === 1 || core.length >= 2 && state.fullNames?.get(last)?.name === [...core.slice(0, -1), last].join(" ")) {
    const bySurname2 = personBySurname(last, state);
    const given = !bySurname2 && core.length === 1 && givenNameGender(stripTail(core[0])) ? byGivenName(stripTail(core[0]), state) : void 0;
    const known = bySurname2 ?? (given ? state.persons.find((p) => p.name === given.name) : void 0);
    if (known || core.length > 1) return known ?? null;
    if (fronted && comma && depth === 1 && givenNameGender(stripTail(core[0])) !== void 0) {
      (state.singleNames ??= /* @__PURE__ */ new Set()).add(stripTail(core[0]));
      return { name: stripTail(core[0]), role: fronted, kind: "person" };
    }
    const frontedAt = depth === 0 && !state.german ? sentence.indexOf(", ") : -1;
    if (depth === 0 && PSEUDONYM_MARK.test(tokens.slice(run.length - 1).join(" ")) && isCap(core[0]) && !CLAUSE_OPENER.test(core[0]) && !FUNCTION_WORD.test(core[0])) {
      const name = core[0].replace(/\*+$/, "");
      (state.singleNames ??= /* @__PURE__ */ new Set()).add(name);
      return { name, kind: "person" };
    }
    if (!comma) return frontedAt > 0 && FRONTED_ADVERB.test(core[0]) && wordCount(sentence.slice(0, frontedAt)) <= 4 ? subjectOf(sentence.slice(frontedAt + 2), state, 1) : null;
    const aged = AGE_APPOSITIVE.exec(tokens.slice(run.length).join(" "));
    if (!aged) return frontedAt > 0 ? subjectOf(sentence.slice(frontedAt + 2), state, 1) : null;
    if (!isCap(core[0]) || CLAUSE_OPENER.test(core[0]) || FUNCTION_WORD.test(core[0])) return null;
    const role2 = aged[1] || aged[2] ? cleanAppositive(aged[1] ?? aged[2]) : void 0;
    (state.singleNames ??= /* @__PURE__ */ new Set()).add(core[0]);
    return role2 ? { name: core[0], role: role2, kind: "person" } : { name: core[0], kind: "person" };
  }
  if (run.length < 2) return null;
  let after = run.length;
  if (!comma && /^\([^()\s]{1,12}\),?$/.test(tokens[after] ?? "")) comma = tokens[after++].endsWith(",");
  const rest = tokens.slice(after).join(" ");
  const personClause = comma && (PERSON_CLAUSE.test(rest) || ROLE_FIRST.test(rest) || ROLE_OF.test(rest));
  const appositive = personClause ? cleanAppositive(rest.split(",")[0]) : void 0;
  const sp = speakerFromRun(run, state, appositive && !/^(?:who|qui|quien|que|che|der|die)\b|^\d/u.test(appositive) ? appositive : void 0);
  if (!sp || sp.kind !== "person" || sp.name.split(" ").length < 2) return null;
  const firstName = run.find((t) => !HONORIFICS.has(bare(t))) ?? run[0];
  if (!personClause && !sp.role && run.length <= 3 && givenNameGender(stripTail(firstName)) && !/^(?:and|y|e|et|und|&)$/i.test(tokens[after] ?? "")) {
    const role2 = comma && !/^(?:a|ha|hat|est|has|had|was|is)\s/u.test(rest) ? cleanAppositive(rest.split(",")[0]) : void 0;
    return role2 && !/[«»“”"„:]|[.!?]$/u.test(role2) && !state.persons.includes(sp) ? { ...sp, role: role2 } : sp;
  }
  if (fronted && comma && !state.persons.includes(sp)) return { ...sp, role: sp.role ?? fronted };
  return personClause || sp.role ? sp : null;
}

// src/core/quotes.ts
var ASKED_BEFORE = /^\s*(?:(?:When|If|Once|After being)\s+)?(?:[Aa]sked|[Pp]reguntad[oa]s?|[Ii]nterrogée?s?|[Gg]efragt)\s*[,:]?\s*$/u;
var KONJUNKTIV = /\b(?:sei|seien|habe|werde|würden|könne|müsse|dürfe|solle|wolle|gebe|liege|komme|gehe|stehe|heiße|bedeute|gelte|brauche|bleibe|zeige|wisse)\b/u;
var CONFIDENCE = { sentence: "high", subject: "medium", pronoun: "medium", paragraph: "medium", previous: "medium", nearby: "low", none: "low" };
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
function nearbySpeaker(sentence, around, state, para, lastQuoted) {
  const narration = `${sentence.replace(QUOTED, " ")} ${around.join(" ")}`;
  if (NOT_A_NAMED_VOICE.test(narration) || describedSaysIt(narration, state) || PRONOUN_BEFORE_QUOTE.test(around[0])) return null;
  const named = state.lastNamed?.para === para ? state.lastNamed : void 0;
  let guess = null;
  if (named && !(state.lastPersonPara === para && (state.lastPersonAt ?? 0) > named.at)) {
    guess = state.persons.find((p) => p.name === named.name) ?? { name: named.name, role: named.role, kind: "person" };
  } else if (state.lastPerson && state.lastPersonPara === para) guess = state.lastPerson;
  else if (lastQuoted?.speaker?.kind === "person" && lastQuoted.para >= para - 1) guess = lastQuoted.speaker;
  return guess && plausibleGuess(guess, state) ? guess : null;
}
function looksLikeFullName(sp) {
  if (sp.kind !== "person") return true;
  if (sp.byGivenName) return false;
  const words = sp.name.trim().split(/\s+/);
  const named = words.filter((w) => !HONORIFIC.test(w));
  return named.length > 1 && !/['’]s$/u.test(sp.name) && !ARTICLE_FIRST.test(words[0]);
}
var HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|herr|frau|m|mme|mlle|sr|sra|srta|señor|señora|sig|signor|signora|dott|dhr|mevr)\.?$/iu;
var ARTICLE_FIRST = /^(?:the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|los|las|il|lo|o|os|as|de|het)$/iu;
var TITLE_CUE = /\b(?:titled|entitled|called|dubbed|named|headlined|nicknamed|so-called|hashtag|slogan|book|film|movie|song|album|show|series|documentary|operation|campaign|magazine|newspaper)\s*$/iu;
var SENTENCE_BREAK = /[.!?…]["”’»)]*\s+["“‘«„]?\p{Lu}|[.!?…]\s*$/u;
function namesAnyone(sentence, but) {
  const own = new Set(but.name.split(" "));
  const other = (w) => /^[\p{Lu}]/u.test(w) && !own.has(w.replace(/[’']s?$|[,;:.]$/u, ""));
  const words = sentence.replace(QUOTED, " ").trim().split(/\s+/);
  const first = words[0]?.replace(/[’'].*$|[,;:]$/u, "") ?? "";
  return other(first) && !PLAIN_OPENER.test(first) || words.slice(1).some(other);
}
var PLAIN_OPENER = new RegExp("^(?:The|A|An|That|This|These|Those|It|Its|There|Here|But|And|Or|So|Yet|In|On|At|For|From|By|With|As|If|When|While|After|Before|Since|During|Until|Despite|Although|Because|Like|Among|Still|Such|Some|Many|Most|All|Both|Each|Every|Other|Another|His|Her|Their|Our|My|We|They|He|She|I|You|Then|Now|Also|Last|Next|Meanwhile|However|Today|Yesterday|Even|Only|Just|Not|No|What|Why|How|Where|Who|Which|Whether|Instead|Indeed|Perhaps|Maybe|Once|Over|Under|Through|Without|Against|Already|Again|Later|Earlier|Finally|Eventually|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Le|La|Les|El|Los|Las|Lo|Der|Die|Das|Es|Un|Una|Une|Ein|Eine|Il|Elle|Ce|Cette|Pero|Mais|Aber|Und|Y|Et)$", "u");
var SHORT_ATTRIBUTION = /^\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,4}(?:asked|said|says|added|told|replied|wondered|shouted|wrote|tweeted|demanded)(?:\s+[^"“”«».!?]{0,40})?[.!]?\s*$/u;
var SO_SAID = /^\s*(?:Así|Asi|Con (?:estas|esas|aquellas) palabras|De (?:esta|esa) (?:manera|forma)|Ainsi|C['’]est ainsi que|En ces termes|Così|Com estas palavras|Assim)\s*,?\s+((?:lo|la|le|l['’]|se|s['’]|si|o|a|me)?\s*[^]*)$/u;
var CJK_EDGE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;
var DOUBLED_MARKS = /’’|''|‘‘|``/;
var UNNORMALISED2 = /\s\s|[^\S ]/;
var ABBREVIATION_DEFINED = /((?:[\p{Lu}][\p{L}'’-]*\s+)(?:(?:of|for|the|and|in|on)\s+|[\p{Lu}][\p{L}'’-]*\s+)*)\(([\p{Lu}]{2,8})\)/gu;
function isScareOrTitle(text, pre, joined, german) {
  const n = wordCount(text);
  if (n < 4) return true;
  if (n < 8 && CJK_EDGE.test(text[0]) && !/[，。！？、,.!?]/.test(text)) return true;
  if (n < 5 && /^[\p{Ll}]/u.test(text)) return true;
  if (joined) return false;
  if (TITLE_CUE.test(pre)) return true;
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, "").length > 3);
  const caps = long.filter((w) => /^[\p{Lu}]/u.test(w.replace(/^[^\p{L}]+/u, ""))).length;
  if (german) {
    if (/^[\p{Ll}]/u.test(text) || /[.!?,;:]/.test(text.slice(0, -1))) return false;
    if (n <= 10 && long.length >= 1 && long.every((w) => !/^[\p{Ll}]/u.test(w) || GERMAN_LITTLE.test(w))) return true;
    return n <= 12 && long.length >= 2 && caps / long.length >= 0.75 && !GERMAN_FINITE.test(text);
  }
  if (LOWER_AUXILIARY.test(text) && /[.!?]$/.test(text)) return false;
  return n <= 12 && long.length >= 2 && caps / long.length >= 0.75 && !/[.!?,;:]/.test(text.slice(0, -1));
}
var UNNAMED_PEOPLE = "neighbou?r|resident|witness|woman|man|passer-by|bystander|relative|friend|employee|worker|official|officer|source|student|parent|customer|driver|nurse|doctor|teacher|volunteer|survivor|member|spokes(?:man|woman|person)";
var UNNAMED_PERSON_SUBJECT = new RegExp(`^\\s*(?:A|An|One|Another)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}(?:${UNNAMED_PEOPLE})(?![\\p{L}])`, "u");
var UNNAMED_INTERVIEWEE = new RegExp(`(?:^|\\s)(?:spoke|talked)\\s+(?:to|with)\\s+(?:a|an|one|another)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}(?:${UNNAMED_PEOPLE}|mother|father|mom|dad|teen(?:ager)?|patient|owner|user|voter|shopper|fan|farmer|tenant|protester)(?![\\p{L}])`, "u");
function unnamedInterviewee(sentence) {
  const m = UNNAMED_INTERVIEWEE.exec(sentence);
  if (!m) return false;
  for (const n of matchesOf(CAPITAL_PAIR, sentence.slice(m.index + m[0].length))) if (givenNameGender(n[1]) !== void 0) return false;
  return true;
}
var CAPITAL_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+\p{Lu}/gu;
var LOWER_AUXILIARY = /\s(?:is|are|was|were|will|would|have|has|had|can|could|should|must|do|does|did|am|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t)\s/u;
var GERMAN_LITTLE = /^(?:über|unter|gegen|durch|nach|einer|eines|einem|einen|gegenüber|sowie|ohne|zwischen|wegen|während|seit|neben|hinter|oder|aber|beim|zur|zum|vom|mit|für|und|der|die|das|den|dem|des)$/u;
var GERMAN_FINITE = /(?<![\p{L}])(?:ist|sind|war|waren|bin|bist|hat|haben|hatte|hatten|habe|wird|werden|wurde|wurden|kann|können|konnte|muss|müssen|musste|soll|sollen|sollte|will|wollen|wollte|darf|gibt|gab|geht|ging|macht|kommt|kam|steht|sehe|sieht|weiß|glaube|glaubt|denke|denkt|brauchen|braucht|sei|wäre|würde|hätte)(?![\p{L}])/u;
var MAX_ATTRIBUTION_WORDS = 10;
var endOf = (s) => s.replace(/[\s’'”"»›」』]+$/u, "");
var withoutApostrophes = (s) => s.replace(/(?<=\p{L})['’](?=\p{L})|(?<=s)['’](?=\s+\p{Ll})/gu, "");
var ABBREVIATION_DOT = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|Ft|\p{Lu})\.(?=\s+[\p{N}\p{L}])/gu;
var plainBetween = (between) => withoutApostrophes(between).replace(ABBREVIATION_DOT, (m) => m.slice(0, -1));
function resumesAfterAttribution(first, between, second, after) {
  if (!/[,.?!]$/.test(endOf(first)) && !/^\s*,/.test(between)) return false;
  const plain2 = plainBetween(between);
  if (!/^[^.!?:;"“”«»„‘’]*[.]\s*$/.test(plain2) || wordCount(between) > MAX_ATTRIBUTION_WORDS) return false;
  return wordCount(second) >= 3 && hasVerb(between) && !/\p{L}/u.test(after) && !hasIncise(second);
}
function continuesSpeech(first, between, second, before, after) {
  if (!/[,.?!…]$/.test(endOf(first)) && !/^\s*,/.test(between)) return false;
  if (/\p{L}/u.test(before) && !/^\s*\p{L}+:\s*$/u.test(before) || /\p{L}/u.test(after) || wordCount(second) < 3 || hasIncise(second)) return false;
  const plain2 = plainBetween(between);
  if (/["“”«»„‘’「」]/.test(plain2) || wordCount(between) > MAX_BETWEEN_WORDS) return false;
  const sentences = plain2.split(/(?<=[.!?…:])\s+(?=\p{Lu})/u).filter((x) => /\p{L}/u.test(x));
  return sentences.slice(1).every((x) => !hasVerb(x) && !saysAccording(x));
}
var INCISE_SUBJECT = /(?:^|\s)(?:\p{Lu}\p{Ll}+|he|she|they|er|sie|él|ella|он|она|они)(?:\s|$)/u;
var SET_OFF = /[,—–]\s*([^,—–.!?;:]{2,60}?)\s*[,—–.]/gu;
var INVERTED_PRONOUN = /\p{L}-(?:t-)?(?:il|elle|ils|elles|on)\b/u;
function hasIncise(text) {
  if (INVERTED_PRONOUN.test(text)) return true;
  for (const m of matchesOf(SET_OFF, text)) {
    if (isIncise(m[1])) return true;
  }
  return false;
}
var CLAUSE_START = /^(?:es|está|están|son|era|eran|fue|fueron|será|sería|ha|han|había|hay|tiene|tienen|va|van|puede|pueden|debe|no|ni|y|pero|que|se|me|nos|est|sont|était|étaient|sera|serait|a|ont|avait|vont|peut|doit|ne|n['’]|et|mais|qui|il|elle|on|nous|vous|ils|elles|je|j['’]|è|sono|hanno|non|ma|e|é|são|foi|tem|não|mas|porque|parce|car|si|cuando|quand|quando|c['’]est|ce|ça|cela|esto|eso)(?![\p{L}])/iu;
var isIncise = (words) => wordCount(words) <= 5 && INCISE_SUBJECT.test(words) && hasVerb(words);
function inciseAttribution(text, state) {
  for (const m of matchesOf(SET_OFF, text)) {
    const words = m[1];
    const inverted = /^\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)$/u.test(words);
    if (!inverted && !isIncise(words)) continue;
    if (/["“”‘’«»‹›„]\s*$/u.test(text.slice(0, m.index))) continue;
    const from = m.index + m[0].indexOf(words);
    const segmentEnd = m.index + m[0].length;
    const mark = text[segmentEnd - 1];
    const stop = mark === "," ? /[.!?…]/u.exec(text.slice(segmentEnd)) : null;
    const role = stop ? text.slice(segmentEnd, segmentEnd + stop.index).trim() : "";
    const goesOn = stop !== null && /\p{L}/u.test(text.slice(segmentEnd + stop.index + 1));
    const withRole = goesOn && wordCount(role) <= 15 && /^\p{Ll}/u.test(role) && !CLAUSE_START.test(role) && !hasVerb(role);
    const end = withRole ? segmentEnd + stop.index + 1 : segmentEnd;
    const speaker = attribution("", [], text.slice(from, end), state);
    if (!speaker) continue;
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(end).trimStart();
    const stopped = withRole || mark === ".";
    return { speaker, text: stopped ? `${before}.${after ? ` ${after}` : ""}` : `${before} ${after}`.trim() };
  }
  return null;
}
var MAX_BETWEEN_WORDS = 45;
var narratedAfterAttribution = (between) => !/[,:;—–\-，：；、]\s*$/u.test(between) && (hasVerb(between) || saysAccording(between)) && wordCount(between) > 2;
var withoutAge = (s) => AGE_OR_PARTY_LEAD.test(s) ? s.replace(AGE_OR_PARTY, (_, name, rest) => /^\s+(?:a|an|the|who)\s/.test(rest) ? `${name},${rest}` : `${name}${rest}`) : s;
var AGE_OR_PARTY = /(\p{Lu}[\p{L}'’-]+),\s*(?:\d{1,3}|[RDI]-[\p{Lu}][\p{L}.]*),(\s+(?:\p{Ll}+\s+)?)/gu;
var AGE_OR_PARTY_LEAD = /,\s*(?:\d|[RDI]-)/;
function sentenceBounds(text, sentences) {
  const out = [];
  let cursor = 0;
  for (const s of sentences) {
    const at = text.indexOf(s, cursor);
    if (at < 0) continue;
    out.push([at, at + s.length]);
    cursor = at + s.length;
  }
  return out;
}
var sentenceAt = (bounds, offset) => bounds.find(([a, b]) => offset >= a && offset < b) ?? [0, Number.MAX_SAFE_INTEGER];
function findQuotes(paragraphs, opts = {}) {
  const paras = paragraphs.map((p) => {
    let t = String(p ?? "");
    if (UNNORMALISED2.test(t)) t = t.replace(/\s+/g, " ");
    if (DOUBLED_MARKS.test(t)) t = t.replace(/(?<!\d)(?:’’|'')/g, "\u201D").replace(/(?<!\d)(?:‘‘|``)/g, "\u201C");
    return t.trim();
  });
  const shared = splitParagraphs(paragraphs, opts.lang);
  const sentences = paras.map((p, i) => p === paragraphs[i] ? shared[i] : splitSentences(p, opts.lang));
  const bounds = paras.map((p, i) => sentenceBounds(p, sentences[i]));
  const spans = paras.map((p, i) => spansIn(p, i));
  const groups = [];
  const consumed = paras.map(() => 0);
  for (let i = 0; i < paras.length; i++) {
    checkTime();
    const list = spans[i];
    let current = null;
    for (let k = consumed[i]; k < list.length; k++) {
      const sp = { ...list[k] };
      let endPara = i;
      while (!sp.closed && endPara + 1 < paras.length && spans[endPara + 1][0]?.start === 0) {
        const next = spans[endPara + 1][0];
        sp.text += " " + next.text;
        sp.closed = next.closed;
        sp.end = next.end;
        endPara++;
        consumed[endPara] = 1;
      }
      const sentence = sentenceAt(bounds[i], sp.start);
      const endBounds = sentenceAt(bounds[endPara], Math.max(0, sp.end - 1));
      let post = paras[endPara].slice(sp.end, endBounds[1]);
      if (!/\p{L}/u.test(post)) {
        const next = bounds[endPara].find(([a]) => a >= endBounds[1]);
        const said = next ? paras[endPara].slice(next[0], next[1]) : "";
        if (/[?!]\s*$/u.test(sp.text) && SHORT_ATTRIBUTION.test(said)) post += said;
        else {
          const so = SO_SAID.exec(said);
          if (so) post = `${post.replace(/[.!?…]\s*$/u, "")}, ${so[1]}`;
        }
      }
      const prev = current && current.parts[current.parts.length - 1];
      const between = prev && prev.para === i && endPara === i ? paras[i].slice(prev.end, sp.start) : null;
      const joinable = current && between !== null && !SENTENCE_BREAK.test(between) && !/[.!?]$/.test(prev.text) && wordCount(sp.text) >= 3 && wordCount(prev.text) >= 3 && !narratedAfterAttribution(between) && (hasSayingVerb(between) || saysAccording(between));
      const resumed = !joinable && current && between !== null && (resumesAfterAttribution(prev.text, between, sp.text, post) || continuesSpeech(prev.text, between, sp.text, paras[i].slice(sentence[0], sp.start), post));
      if (current && (joinable || resumed)) {
        const cjk = CJK_EDGE.test(current.text.slice(-1)) && CJK_EDGE.test(sp.text[0]);
        current.text += (cjk ? "" : " ") + sp.text;
        current.parts.push(sp);
        current.mid.push(between);
        current.post = post;
      } else {
        current = { para: i, parts: [sp], text: sp.text, pre: paras[i].slice(sentence[0], sp.start), mid: [], post };
        groups.push(current);
      }
      if (endPara !== i) break;
    }
  }
  const lang = guessLanguage(paras) ?? opts.lang;
  const state = { abbreviations: /* @__PURE__ */ new Map(), persons: [], german: /^de\b/i.test(lang ?? ""), proDrop: /^(?:es|it|pt|ca|gl)\b/i.test(lang ?? ""), romance: !lang || /^(?:fr|es|it|pt|ca|gl|ro)\b/i.test(lang), slavic: /^(?:cs|sk|pl|ru|uk|be|bg|sr|hr|bs|sl|mk)\b/i.test(lang ?? "") };
  const inciseStyle = /^(?:fr|es|it|pt|ca|gl)\b/i.test(lang ?? "");
  const found = [];
  let gi = 0;
  let lastQuoted = null;
  let reportedBefore = null;
  for (let i = 0; i < paras.length && gi < groups.length; i++) {
    state.para = i;
    let lastInPara = null;
    let reported = null;
    const carried = lastQuoted?.para === i - 1 ? lastQuoted.speaker : reportedBefore?.para === i - 1 ? reportedBefore.speaker : null;
    for (const [a, b] of bounds[i]) {
      if (gi === groups.length) break;
      const sentence = paras[i].slice(a, b);
      if (sentence.includes("(")) {
        for (const m of matchesOf(ABBREVIATION_DEFINED, sentence)) state.abbreviations.set(m[2], m[1].trim());
      }
      const inSentence = [];
      while (gi < groups.length && groups[gi].para === i && groups[gi].parts[0].start < b) inSentence.push(groups[gi++]);
      state.sentenceSubject = inSentence.length && inSentence[0].parts[0].start > a ? () => subjectOf(sentence, state) : null;
      if (!inSentence.length) {
        const narration = /["“”«»„「]/.test(sentence) ? sentence.replace(QUOTED, " ").replace(/["“”«»„「」]/g, " ") : sentence;
        state.sentenceSubject = () => subjectOf(narration, state);
        if (UNNAMED_PERSON_SUBJECT.test(narration) || unnamedInterviewee(narration)) state.unnamedSubject = { para: i, at: state.tick = (state.tick ?? 0) + 1 };
        const said = attribution("", [], withoutAge(narration), state, true);
        const asked = state.sentenceSubject;
        const subject = said ? null : (typeof asked === "function" ? subjectOf(narration, state) : asked ?? null) ?? topicPerson(narration, state) ?? pronounSubject(narration, state);
        remember(said ?? subject, state);
        if (said) reported = { speaker: said, end: b };
        else if (subject?.kind === "person") reported = { speaker: subject, end: b };
        else reported = null;
        if (b >= paras[i].length - 1 && (said || subject?.kind === "person")) reportedBefore = { speaker: said ?? subject, para: i };
      }
      let before = null;
      for (const g of inSentence) {
        const pronouns = state.pronounsResolved ?? 0;
        const guesses = state.pronounsGuessed ?? 0;
        let sp = attribution(withoutAge(g.pre), g.mid.map(withoutAge), withoutAge(g.post), state);
        let from = !sp ? "none" : (state.pronounsGuessed ?? 0) > guesses ? "nearby" : (state.pronounsResolved ?? 0) > pronouns ? "pronoun" : "sentence";
        const incise = !sp && inciseStyle && !g.mid.length ? inciseAttribution(g.text, state) : null;
        if (incise) {
          sp = incise.speaker;
          from = (state.pronounsResolved ?? 0) > pronouns || (state.pronounsGuessed ?? 0) > guesses ? "nearby" : "sentence";
          g.text = incise.text;
        }
        if (!sp && before?.speaker) {
          sp = before.speaker;
          from = before.from;
        } else if (!sp && lastInPara && !/\p{L}/u.test(g.pre)) {
          sp = lastInPara;
          from = "paragraph";
        } else if (!sp && reported && !/\p{L}/u.test(paras[i].slice(reported.end, g.parts[0].start) + g.post) && !g.mid.some(hasVerb)) {
          sp = reported.speaker;
          from = "paragraph";
        } else if (!sp && carried && a === 0 && lastQuoted?.para !== i && !/\p{L}/u.test(g.pre + g.post) && !g.mid.some(hasVerb)) {
          sp = carried;
          from = "previous";
        } else if (!sp && /\p{L}/u.test(g.pre)) {
          sp = subjectOf(sentence, state);
          if (sp) from = "subject";
          else if (lastInPara && !namesAnyone(sentence, lastInPara)) {
            sp = lastInPara;
            from = "paragraph";
          }
        }
        if (!sp && state.german && state.lastPerson && KONJUNKTIV.test(sentence.replace(QUOTED, " "))) {
          sp = state.lastPerson;
          from = "pronoun";
        }
        const putToThem = ASKED_BEFORE.test(g.pre) && /\?\s*$/.test(g.text);
        if (putToThem) {
          sp = null;
          from = "none";
        } else if (!sp) {
          sp = nearbySpeaker(sentence, [g.pre, ...g.mid, g.post], state, i, lastQuoted);
          if (sp) from = "nearby";
        }
        lastQuoted = { speaker: sp, para: i };
        remember(sp, state);
        if (sp) lastInPara = sp;
        before = { speaker: sp, from };
        found.push({ g, speaker: sp, from });
      }
      noteNames(sentence, state);
    }
  }
  const same = sentences.every((s, i) => s === shared[i]);
  const { idf, vectors } = same ? storyVectors(shared) : tfidfVectors(sentences.flat().map(contentTokens));
  const story = same ? storyCentroid(shared) : sumVectors(vectors);
  const title = opts.title ? weigh(contentTokens(opts.title), idf) : /* @__PURE__ */ new Map();
  const quotes = [];
  const words = /* @__PURE__ */ new Map();
  for (const { g, speaker, from } of found) {
    if (isScareOrTitle(g.text, g.pre, g.parts.length > 1, state.german)) continue;
    const tokens = contentTokens(g.text);
    const v = weigh(tokens, idf);
    const n = wordCount(g.text);
    let score = cosine(v, story) + 0.5 * cosine(v, title) + (speaker ? 0.25 : 0);
    if (/^[\p{Ll}]/u.test(g.text)) score *= 0.8;
    if (n < 8) score *= 0.8;
    if (n > 80) score *= 0.85;
    const q = { text: g.text.replace(/\s*[,;:]$/, ""), speaker: speaker?.name ?? null, paragraph: g.para, score: Math.round(score * 1e3) / 1e3 };
    if (speaker?.role) q.role = speaker.role;
    q.confidence = from === "sentence" && speaker && !looksLikeFullName(speaker) ? "medium" : CONFIDENCE[from];
    quotes.push(q);
    words.set(q, new Set(tokens));
  }
  quotes.sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || (b.score ?? 0) - (a.score ?? 0) || a.paragraph - b.paragraph);
  return withoutNearDuplicates(quotes, words);
}
function containment(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 3) return 0;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size;
}
var NEAR_DUPLICATE2 = 0.7;
function withoutNearDuplicates(ranked, words) {
  const kept = [];
  const later = [];
  let dropped = 0;
  for (const q of ranked) {
    const w = words.get(q);
    const i = kept.findIndex((k) => containment(words.get(k), w) >= NEAR_DUPLICATE2);
    if (i < 0) kept.push(q);
    else if (q.text === kept[i].text) dropped++;
    else if (w.size > words.get(kept[i]).size) {
      if (q.speaker === kept[i].speaker && CONFIDENCE_RANK[kept[i].confidence] < CONFIDENCE_RANK[q.confidence]) q.confidence = kept[i].confidence;
      later.push(kept[i]);
      kept[i] = q;
    } else later.push(q);
  }
  return later.length || dropped ? [...kept, ...later] : ranked;
}

// src/core/analyze.ts
function analyze(doc, options = {}) {
  return analyzeWith(findQuotes, doc, options);
}

// test/pr.tmp.ts
var set = process.argv[2] ?? "summaries-dev";
var dir = join("/work/shared/corpus", set, "pages");
var files = readdirSync(dir).filter((f) => f.endsWith(".html"));
var htmls = files.map((f) => decodeHtml(readFileSync(join(dir, f))));
for (let r = 0; r < Number(process.argv[3] ?? 4); r++) for (const h of htmls) {
  const d = parseHtml(h);
  analyze(d.cloneNode(true), { url: "https://example.com/x" });
}
