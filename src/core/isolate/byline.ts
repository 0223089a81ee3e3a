// Who wrote it. Readability finds bylines by class names ("byline", "author"); many sites use
// neither, so we also read the page's metadata and take a leading "By …" line out of the body
// (it is shown in the header, not twice). Made necessary by test/pages/share-bar-and-tags
// ("By Wanjiru Kamau | <time>" in a plain meta paragraph) and author-bio-end (an "About the
// author" box that Readability took for the byline).
import { classOf, isLeafBlock, normSpace, textOf, walkElements } from '../dom';
import type { Removals } from './removals';
import { surveyPage, type PageSurvey } from './survey';

// The name after the label starts with a capital, or with a letter of a script that has no case
// ("بقلم: رنا الخطيب"). Arabic "بقلم" (by the pen of) and "كتب" (wrote); Urdu "تحریر" (writing).
// After a colon the name may follow with no space: "Von:<br>Moritz …" reads "Von:Moritz …".
const BY = /^(by|von|par|por|di|door|przez|автор|от|بقلم|كتب|تحرير|تحریر)(?:\s*:\s*|\s+)(?=[\p{Lu}\p{Lo}])/iu;
const CUT = /\s+[|·•—–／]\s+|\s+-\s+|,?\s+(published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b|\s+on\s+\w+\.? \d|\s+\d{1,2}:\d{2}/iu;

/** "By Jane Doe | 3 June 2024" → "Jane Doe". Undefined for text that is not a name list. */
export function cleanByline(raw: string | null | undefined): string | undefined {
  let s = normSpace(raw);
  if (!s || s.length > 200) return undefined;
  s = s.replace(BY, '');
  const cut = CUT.exec(s);
  if (cut && cut.index > 0) s = s.slice(0, cut.index);
  s = s.replace(/[,;:·|]+$/, '').trim();
  if (!s || s.length > 100 || /^(about the author|author|autor|auteur)$/i.test(s)) return undefined;
  if (/^https?:/i.test(s)) return undefined;
  return s;
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
    const names = jsonLdAuthors(script.textContent ?? '');
    if (names.length) return names.join(', ');
  }
  return undefined;
}

function jsonLdAuthors(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
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
