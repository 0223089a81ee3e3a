// The story's headline. Readability starts from JSON-LD's headline or <title>, which sites
// write for search engines and decorate with their name ("Former Afghan officers joining IS:
// report - Newspaper - DAWN.COM"). A reader expects the headline printed on the page: the
// heading whose text the page's declared titles (og:title, twitter:title, <title>, JSON-LD)
// repeat. An <h1> first; a blog that prints its own name as the <h1> gives each post an <h2> or
// <h3> ("Web Ink Now" above "Biggest, Fastest, Tallest: …", title "Web Ink Now: Biggest, …"),
// so a heading that names the site is never the headline. Else strip a short suffix.
import { normSpace, tagOf, textOf, walkElements } from '../dom';

const SEPARATORS = /\s+[-|–—:·»/]\s+/;
const MAX_SUFFIX_WORDS = 5;
const LEADING_PART = new RegExp(`^(.*?)${SEPARATORS.source}`);

/** The <h1> that heads the story: the first whose text the page's <title> repeats (pages print
 *  their menu's, sidebar's and footer's section names as <h1>s too, often before the story's),
 *  else the first. */
export function headlineElement(h1s: Element[], docTitle: string | undefined): Element | undefined {
  const title = normSpace(docTitle).toLowerCase();
  if (title) {
    for (const h of h1s) {
      const text = normSpace(h.textContent).toLowerCase();
      if (text.length >= 10 && title.includes(text)) return h;
    }
  }
  return h1s[0];
}

/** What the page says about its title and name, read before it is changed. */
export interface TitleClues {
  /** og:title, twitter:title, <title>, JSON-LD headline, those the page gives. */
  declared: string[];
  /** og:site_name, JSON-LD publisher: the site's own name. */
  sites: string[];
  url?: string;
}

/** Named character references that survive in titles escaped twice (a JSON-LD headline
 *  "R&uuml;ckbau von Atomkraftwerk", og:title "zerst&ouml;ren"): Latin-1 by code point, then
 *  punctuation. The HTML parser decoded the first level; this is the second. */
const LATIN1 = 'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const ENTITIES = new Map<string, string>([
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(160 + i)]),
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'],
  ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'], ['hellip', '…'], ['euro', '€'], ['trade', '™'], ['bull', '•'],
]);

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8}\d?);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES.get(ref) ?? whole;
  });
}

/** The form titles are compared in: case, quote marks, dashes and spacing do not count. */
export function titleKey(s: string): string {
  return normSpace(decodeEntities(s))
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+([:;,.!?])/g, '$1');
}

/** Scripts written without spaces carry a headline in few characters. */
const NO_SPACE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const isHeadlineLength = (text: string) => text.length <= 300 && (text.length >= 10 || (text.length >= 4 && NO_SPACE_SCRIPT.test(text)));

/** Is this heading the site's name rather than a story's: the declared site name or the host,
 *  or a heading whose links all lead to the site's front page (a blog's title above its post). */
function namesSite(h: Element, text: string, clues: TitleClues): boolean {
  const k = titleKey(text);
  if (clues.sites.some((s) => titleKey(s) === k) || isSiteName(text, undefined, clues.url)) return true;
  // A walk, not querySelectorAll: linkedom compiles a selector on every call.
  const links = [h, ...walkElements(h)].filter((el) => tagOf(el) === 'a' && el.hasAttribute('href'));
  return links.length > 0 && links.every((a) => isFrontPage(a.getAttribute('href') ?? '', clues.url));
}

function isFrontPage(href: string, url: string | undefined): boolean {
  try {
    const target = new URL(href, url ?? 'http://invalid.invalid/');
    const here = url ? new URL(url) : undefined;
    if (here && target.hostname.replace(/^www\./, '') !== here.hostname.replace(/^www\./, '')) return false;
    return /^\/?(index\.\w+)?$/.test(target.pathname) && !target.search;
  } catch {
    return false;
  }
}

/** Is `part` a whole separated part of `title` (keys both): "teach this! …" of "cool cat
 *  teacher blog: teach this! …", not "the future" of "books to understand the future". */
function isPartOf(part: string, title: string): boolean {
  for (let at = title.indexOf(part); at >= 0; at = title.indexOf(part, at + 1)) {
    const before = title.slice(0, at);
    const after = title.slice(at + part.length);
    if ((!before.trim() || /(\s[-|·»«/●•~]|[:|])\s*$/u.test(before)) && (!after.trim() || /^\s*([-|·»«/●•~]\s|[:|])/u.test(after))) return true;
  }
  return false;
}

/**
 * The heading that prints the story's headline: the first <h1> whose text a declared title
 * repeats (contains), else the first <h2>/<h3> that is a whole separated part of one ("Cool Cat
 * Teacher Blog: Teach This! …" for the <h3> "Teach This! …"). Headings naming the site never
 * count. `more` lists the page's <h2>s and <h3>s, asked for only when no <h1> answers.
 */
export function storyHeading(h1s: readonly Element[], more: () => Iterable<Element>, clues: TitleClues): Element | undefined {
  const declared = clues.declared.map(titleKey).filter((d) => d && !clues.sites.some((s) => titleKey(s) === d));
  if (!declared.length) return undefined;
  // An <h1> that is the lesser part of the title ("…WOMMA Summit: Church of the Customer Blog"
  // for the <h1> "Church of the Customer Blog", a post's <h3> holding the rest) is the site's
  // name printed big: taken only when no other heading prints the rest.
  let minor: Element | undefined;
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

/** The text of the page's one <h1> (its h1s: surveyPage), when it has exactly one of headline length. */
export function headlineOf(h1s: Element[]): string | undefined {
  const texts = h1s.map((h) => normSpace(h.textContent)).filter((t) => t.length >= 10 && t.length <= 300);
  return texts.length === 1 ? texts[0] : undefined;
}

/** Is this part of a <title> the site's name: its declared name, its host ("bmjv.de") or the
 *  host's name without www. and the top-level domain ("BMJV")? */
function isSiteName(part: string, site: string | undefined, url: string | undefined): boolean {
  const p = part.toLowerCase().replace(/^www\./, '');
  if (site && p === site.toLowerCase().replace(/^www\./, '')) return true;
  const host = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  return !!host && (p === host || p === host.replace(/\.[a-z]{2,}$/, ''));
}

/** `url`: the page's address, whose host names the site when the page does not. */
export function cleanTitle(title: string, headline: string | undefined, site: string | undefined, url?: string): string {
  const t = normSpace(title);
  if (headline) {
    if (!t || t.toLowerCase().includes(headline.toLowerCase())) return headline;
  }
  if (!t) return '';
  // Drop trailing " - Site" parts while what stays is still a headline.
  let parts = t.split(SEPARATORS);
  const seps = t.match(new RegExp(SEPARATORS.source, 'g')) ?? [];
  let out = t;
  while (parts.length > 1) {
    const last = parts[parts.length - 1];
    const rest = parts.slice(0, -1);
    const restText = rest.reduce((acc, p, i) => (i === 0 ? p : acc + seps[i - 1] + p), '');
    const isSite = isSiteName(last, site, url);
    if (!isSite && last.split(/\s+/).length > MAX_SUFFIX_WORDS) break;
    if (restText.split(/\s+/).length < 3) break;
    out = restText;
    parts = rest;
  }
  // "BMJV | Transparenz bei Preisanpassungen": the site's name in front.
  const lead = LEADING_PART.exec(out);
  if (lead && isSiteName(lead[1]!, site, url) && out.slice(lead[0].length).split(/\s+/).length >= 3) out = out.slice(lead[0].length);
  // Readability cuts "Kicker: Headline – Site" down to what follows the colon: the end of the
  // headline as printed.
  if (headline && out.length >= 10 && headline.toLowerCase().endsWith(out.toLowerCase())) return headline;
  return out;
}

/** The host of a page's address without "www.": the site's name when the page gives none. */
export function siteFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
