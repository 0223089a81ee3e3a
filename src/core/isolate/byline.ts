// Who wrote it. Readability finds bylines by class names ("byline", "author"); many sites use
// neither, so we also read the page's metadata and take a leading "By …" line out of the body
// (it is shown in the header, not twice). Made necessary by test/pages/share-bar-and-tags
// ("By Wanjiru Kamau | <time>" in a plain meta paragraph) and author-bio-end (an "About the
// author" box that Readability took for the byline).
import { classOf, isLeafBlock, normSpace, textOf, walkElements } from '../dom';
import type { Removals } from './removals';
import { textDates } from './published';
import { surveyPage, type PageSurvey } from './survey';
import { parseJsonLd } from './jsonld';

// The name after the label starts with a capital, or with a letter of a script that has no case
// ("بقلم: رنا الخطيب"). Arabic "بقلم" (by the pen of) and "كتب" (wrote); Urdu "تحریر" (writing).
// After a colon the name may follow with no space: "Von:<br>Moritz …" reads "Von:Moritz …".
// Blogs write "Posted by Sofia", "Article by Steph".
const BY = /^(?:(?:posted|written|article|story|reported|text|words)\s+)?(by|von|par|por|di|door|przez|автор|от|بقلم|كتب|تحرير|تحریر)(?:\s*:\s*|\s+)(?=[\p{Lu}\p{Lo}])/iu;
const TRAILING_WORDS = /(,?\s+(at|on|um|am|le|à|el|il|op|em|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))+\s*$/iu;
// Where a blog's line goes on from the name to the post's filing: "Jacob in How to Tip",
// "Steph, filed under Cities & Urbanism".
const CUT = /,?\s+filed under\b|\s+in\s+(?=\p{Lu})|\s+[|·•—–／]\s+|\s+-\s+|(?<=\p{L})(?=\d{1,2}:\d{2})|,?\s+(published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b|\s+on\s+\w+\.? \d|\s+\d{1,2}:\d{2}/iu;

/** "By Jane Doe | 3 June 2024" → "Jane Doe". Undefined for text that is not a name list. */
export function cleanByline(raw: string | null | undefined): string | undefined {
  let s = normSpace(raw);
  if (!s || s.length > 200) return undefined;
  s = s.replace(BY, '');
  const cut = CUT.exec(s);
  if (cut && cut.index > 0) s = s.slice(0, cut.index);
  // The date printed with the name ("Landesspiegel 30. Juni 2025", "Idris Mootee on 6
  // November, 2012") is the date's, not the name's.
  const date = textDates(s)[0];
  if (date) {
    const before = s.slice(0, date.index);
    // A line that opens with its time and date ("1:54 pm August 9, 2012, by David O'Brien")
    // names its author after them.
    const timeOnly = !before.replace(/\d{1,2}[:.]\d{2}|\b[ap]\.?m\.?\b|[\s,;|·•—–-]/giu, '');
    s = timeOnly ? s.slice(date.end).replace(/^[\s,;|/·•●—–-]+/u, '').replace(BY, '') : before.replace(/\s+(on|am|le|el|il|op|em)\s*$/iu, '');
  }
  // What the cuts leave of "Posted by ZapperZ at 8:13 AM", "Stephen M. Walt Thursday, …".
  s = s.replace(/\s+([,;])/g, '$1').replace(/[\s,;:·|/●•—–-]+$/u, '').replace(TRAILING_WORDS, '').trim();
  if (!s || s.length > 100 || /^(about the author|author|autor|auteur|posted|written|published)$/i.test(s)) return undefined;
  if (/^https?:/i.test(s)) return undefined;
  // A byline names someone: not a number (a CMS's author id, "105092"), not the tail of a list
  // whose first name went elsewhere ("and John Roe").
  if (!/\p{L}/u.test(s) || FRAGMENT.test(s)) return undefined;
  return s;
}

const FRAGMENT = /^(and|und|et|y|e|i|en|oraz|и|&)\s/iu;

/** Names in a byline, in the form they are compared in: "Jane Doe and John Roe" → jane doe,
 *  john roe. */
function namesOf(byline: string): string[] {
  return byline
    .toLowerCase()
    .split(/\s*(?:,|;|&|\/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\boraz\b|\ben\b|\bи\b)\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** Does the visible byline name everyone the declared one names, and more people? "Jane Doe
 *  and John Roe" against a meta author "Jane Doe"; not "Sina Zehrfeld Korrespondentin" against
 *  "Sina Zehrfeld" (one name, with a job). */
export function namesAll(visible: string, declared: string): boolean {
  const shown = namesOf(visible);
  const names = namesOf(declared);
  return shown.length > names.length && names.every((name) => shown.some((s) => s === name || s.includes(name)));
}

/** Words that name a newsroom rather than a person: "Redaktion hessenschau.de". */
const NEWSROOM = /^(redaktion|staff|newsroom|news desk|editorial( team)?|the editors|team|redacción|rédaction|redazione|redactie|redakcja|редакция)$/iu;

/**
 * The byline, without the site's name, which the header shows already: nothing when it is the
 * site ("DER SPIEGEL" by "DER SPIEGEL", a CMS writing the brand as author) or its newsroom, and
 * "Julian Seiferth" for "Julian Seiferth, t-online".
 */
export function bylineBesidesSite(byline: string | undefined, site: string | undefined): string | undefined {
  if (!byline || !site) return byline;
  const k = normSpace(site).toLowerCase().replace(/^www\./, '');
  const b = byline.toLowerCase();
  if (!k) return byline;
  if (b === k || b === `www.${k}`) return undefined;
  // "hessenschau.de, Frankfurt, Germany": the site and where it is, no one's name.
  if (b.startsWith(k) && /^\s*[,;|/·•—–-]/u.test(b.slice(k.length))) return undefined;
  const at = b.lastIndexOf(k);
  if (at < 0) return byline;
  const before = byline.slice(0, at).replace(/[\s,;|/·•—–(-]+$/u, '').trim();
  const after = byline.slice(at + k.length).replace(/^[\s)]+/u, '').trim();
  if (after) return byline;
  if (!before || NEWSROOM.test(before)) return undefined;
  // Only when the site stood apart from the names: "Jane Doe, t-online", not "Jane Doe-Site".
  return /[\s,;|/·•—–(]$/u.test(byline.slice(0, at)) ? before : byline;
}

/** Bylines the page declares: meta tags and JSON-LD authors. Read before Readability runs. */
export function metaByline(survey: PageSurvey): string | undefined {
  // One pass over <meta>, in the order of preference below.
  const KEYS = ['author', 'article:author', 'byl', 'dc.creator'];
  const found: (string | undefined)[] = [];
  for (const meta of survey.metas) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const at = KEYS.indexOf(key);
    if (at >= 0 && found[at] === undefined) found[at] = cleanByline(meta.getAttribute('content'));
  }
  const fromMeta = found.find(Boolean);
  if (fromMeta) return fromMeta;
  for (const script of survey.jsonLd) {
    const names = jsonLdAuthors(parseJsonLd(script));
    if (names.length) return names.join(', ');
  }
  return undefined;
}

function jsonLdAuthors(data: unknown): string[] {
  if (data === undefined) return [];
  const out: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6 || out.length) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    if (obj.author) {
      const authors = Array.isArray(obj.author) ? obj.author : [obj.author];
      for (const a of authors) {
        const name = typeof a === 'string' ? a : typeof a === 'object' && a ? (a as Record<string, unknown>).name : undefined;
        const clean = typeof name === 'string' ? cleanByline(name) : undefined;
        if (clean && !out.includes(clean)) out.push(clean);
      }
      return;
    }
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  visit(data, 0);
  return out.slice(0, 4);
}

const LEADING_BLOCKS = 6;

/** The first few non-empty leaf blocks under `root`, optionally only those after `start` (and
 *  outside it; `start` must be below `root`), in document order. */
function* leadingBlocks(root: Element, start?: Element): Generator<[Element, string]> {
  let seen = 0;
  for (const el of walkElements(root, start)) {
    if (!isLeafBlock(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (++seen > LEADING_BLOCKS) return;
    yield [el, text];
  }
}

const isBylineLine = (text: string) => text.length <= 120 && BY.test(text) && !isSentence(text);

/** Lower-case words a list of names may hold: "Jane Doe and John Smith", "Ana de la Cruz",
 *  "Staff reporter". */
const NAME_PARTICLES = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'en', 'or', 'of', 'de', 'del', 'la', 'le', 'du', 'da', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'in', 'for', 'staff', 'reporter', 'correspondent', 'writer', 'editor']);

/** "By Tuesday the phrase had been printed on T-shirts…" opens a sentence, not a byline: the
 *  words after the label are mostly lower-case. Scripts without case are left to the label. */
function isSentence(text: string): boolean {
  const name = text.replace(BY, '');
  const cut = CUT.exec(name);
  const words = (cut && cut.index > 0 ? name.slice(0, cut.index) : name).split(/\s+/);
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase().replace(/[.,;:]+$/, ''))) lower++;
  return lower > 2;
}

/** A "By …" line among the first blocks of the story: taken out, its name returned. */
export function takeBylineLine(content: Element, removals: Removals): string | undefined {
  for (const [el, text] of leadingBlocks(content)) {
    const name = isBylineLine(text) ? cleanByline(text) : undefined;
    if (name) {
      removals.drop(el, 'byline');
      return name;
    }
  }
  return undefined;
}

/** Class names of a bare author-name element in languages whose word for it Readability's
 *  "byline|author" hint misses: Polish/Spanish/German "autor", French "auteur", "reporter",
 *  "writer" (`<span class="autor">Marta Wiśniewska</span>`). The whole class token, or its last
 *  part ("artykul__autor", "news-reporter"), optionally with "name": not "autor-bio". */
const AUTHOR_CLASS = /^(?:[\w-]*[_-])?(?:autor|autora|autorka|autore|auteur|auteure|reporter|writer)(?:[_-]?name)?$/i;

/** The text of an author-name element (AUTHOR_CLASS) in `block` or `block` itself. */
function authorElementText(block: Element): string | undefined {
  const isAuthor = (el: Element) => classOf(el).split(/\s+/).some((c) => AUTHOR_CLASS.test(c));
  if (isAuthor(block)) return textOf(block);
  for (const el of walkElements(block)) if (isAuthor(el)) return textOf(el); // (linkedom has no getElementsByTagName('*'))
  return undefined;
}

/** A "By …" line just under the page's headline, where most sites print it outside the story
 *  container that Readability picks, or else an author-name element there. Read-only. */
export function headerByline(doc: Document, h1: Element | undefined = surveyPage(doc).h1s[0]): string | undefined {
  if (!h1 || !doc.body?.contains(h1)) return undefined;
  let named: string | undefined;
  for (const [el, text] of leadingBlocks(doc.body, h1)) {
    if (isBylineLine(text)) return cleanByline(text);
    named ??= cleanByline(authorElementText(el));
  }
  return named;
}
