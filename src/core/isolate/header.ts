// What the reader's header already shows, printed again inside the story: the headline, the
// page's own address (share widgets print it as text), the byline ("Meg Kinnard and Errin
// Haines, Associated Press"), and at the end the author's name card and one-line bio ("Phil
// Helsel is a reporter for NBC News."). Known only once the title and byline are found, so this
// runs on the story container after the other rules.
import { classOf, normSpace, tagOf, textOf } from '../dom';
import type { Removals } from './removals';
import { LeafReader } from './leaves';
import { isMetaLine } from './metaline';

const LEADING = 8;
const TRAILING = 4;
const MAX_BIO = 500;

export interface HeaderFacts {
  title: string;
  byline?: string;
  url?: string;
}

const key = (s: string) =>
  normSpace(s)
    .toLowerCase()
    .replace(/[\s.!?:;,…"“”'‘’]+$/u, '');

function sameAddress(text: string, url: string | undefined): boolean {
  if (!url || !/^https?:\/\/\S+$/i.test(text)) return false;
  const strip = (u: string) => u.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(www\.)?/i, '').toLowerCase();
  return strip(text) === strip(url);
}

/** Labels of the credits a story's header lists besides its byline: who worked with the authors
 *  ("Współpraca / Mateusz Seroka, Piotr Żochowski", "Mitarbeit: Jana Roth"). */
const CREDIT_LABEL = /^(with|cooperation|collaboration|in collaboration with|contributors?|co-?authors?|contributing( writers?| reporters?)?|mitarbeit|unter mitarbeit von|mitwirkung|mit(arbeit)? von|collaboration de|avec la collaboration de|colaboración|con la colaboración de|colaboração|collaborazione|con la collaborazione di|współpraca|współpraca autorska|współautorzy|medewerking|met medewerking van|при участии|соавторы)$/iu;
const isCreditLabel = (text: string) => text.length <= 40 && CREDIT_LABEL.test(text.replace(/\s*:$/, ''));
/** "Współpraca: Mateusz Seroka, Piotr Żochowski" on one line. */
function isCreditField(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && isCreditLabel(text.slice(0, colon)) && isNameList(text.slice(colon + 1).trim());
}
const NAME_JOINS = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|\ben\b|\bи\b)\s*/u;
/** "Mateusz Seroka, Piotr Żochowski", "Jana Roth und Ole Brandt": names of two to four words,
 *  each capitalised, and nothing else. */
function isNameList(text: string): boolean {
  if (!text || text.length > 120 || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) return false;
  return text.split(NAME_JOINS).every((name) => {
    const words = name.split(/\s+/).filter(Boolean);
    return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|van|von|der|del|di|al|bin)$/.test(w));
  });
}

const MAX_KICKER_WORDS = 4;
const MIN_PROSE = 150;
const HEADINGS = new Set(['h1', 'h2', 'h3']);

/** The headline printed with a kicker in front ("Thema Verbraucherschutz Mehr Transparenz bei
 *  Preisanpassungen" for the title "Transparenz bei Preisanpassungen"): a heading that ends with
 *  the title and adds no more than a few words before it. `text` and `title` are keys. */
function isKickedTitle(el: Element, text: string, title: string): boolean {
  if (!HEADINGS.has(tagOf(el)) || !text.endsWith(title) || title.split(' ').length < 3) return false;
  const kicker = text.slice(0, text.length - title.length).trim();
  return kicker.split(/\s+/).length <= MAX_KICKER_WORDS;
}

/** "Meg Kinnard and Errin Haines, Associated Press" for the byline "Meg Kinnard and Errin
 *  Haines": the name, then at most an affiliation, no sentence; or the name and the date line
 *  ("The Associated Press / Published Monday, November 18, 2019 8:22AM EST", ctvnews.ca). */
function isBylineRepeat(text: string, byline: string): boolean {
  const t = key(text);
  const b = key(byline);
  if (b.length < 3) return false;
  const at = t.indexOf(b);
  if (at < 0 || at > 4) return false;
  if (t.length <= b.length + 45 && !/[.!?]\s/.test(text)) return true;
  const rest = normSpace(text).slice(at + b.length).replace(/^[\s,;|·•—–-]+/u, '');
  return rest.length <= 80 && isMetaLine(rest);
}

/** "Regan is a Southeastern Connecticut native…", "Emiliano joined pv magazine in 2017." */
function isBioOf(text: string, byline: string): boolean {
  if (text.length > MAX_BIO) return false;
  const full = byline.split(/,| and | und | et | y | e /)[0]!.trim();
  const first = full.split(/\s+/)[0] ?? '';
  for (const name of [full, first]) {
    if (name.length < 3 || !text.startsWith(name)) continue;
    const rest = text.slice(name.length);
    if (/^(\s*\([^)]{0,80}\))?\s+(is|was|has been|joined|covers|writes|reports|lives|previously)\b/u.test(rest) || /^['’]s (book|latest|new book)\b/u.test(rest)) return true;
  }
  return false;
}

/** The box around a bio line that holds nothing more than it, the name and a headshot: the
 *  author card goes whole, picture included. */
function authorCard(el: Element, maxText: number, root: Element): Element {
  let card = el;
  for (let cur = el.parentElement; cur && cur !== root; cur = cur.parentElement) {
    if (textOf(cur).length > maxText) break;
    card = cur;
  }
  return card;
}

export function removeHeaderRepeats(root: Element, facts: HeaderFacts, removals: Removals, read = new LeafReader(removals)): void {
  const leaves = read.leaves(root);
  // Only the story's two ends are read: the first LEADING and the last TRAILING blocks with text.
  const ends = (order: readonly Element[], n: number) => {
    const out: { el: Element; text: string }[] = [];
    for (const el of order) {
      if (out.length === n) break;
      const text = read.text(el);
      if (text) out.push({ el, text });
    }
    return out;
  };
  const first = ends(leaves, LEADING);
  const title = key(facts.title);
  // A heading after the first paragraph of prose is the story's own subheading.
  let prose = false;
  for (const [i, { el, text }] of first.entries()) {
    if ((title.length >= 10 && (key(text) === title || (!prose && isKickedTitle(el, key(text), title)))) || sameAddress(text, facts.url) || (facts.byline && isBylineRepeat(text, facts.byline))) {
      removals.drop(el, 'byline');
    } else if (!prose && isCreditField(text)) removals.drop(el, 'byline');
    else if (!prose && isCreditLabel(text) && first[i + 1] && isNameList(first[i + 1]!.text)) {
      removals.dropAll([el, first[i + 1]!.el], 'byline');
    }
    prose ||= text.length >= MIN_PROSE;
  }
  // A story of TRAILING + 2 blocks or fewer has no separate end to read by text (LEADING >
  // TRAILING + 2); an author box says what it is by its markup, after the story's first block.
  const short = first.length <= TRAILING + 2;
  if (short && first.length < 2) return;
  for (const { el, text } of ends([...leaves].reverse(), TRAILING).reverse()) {
    if (!root.contains(el) || el === first[0]!.el) continue;
    const box = text.length >= MIN_BOXED_BIO ? authorBox(el, root) : null;
    if (box && !box.contains(first[0]!.el)) removals.drop(box, 'author-bio');
    else if (!short && facts.byline && (key(text) === key(facts.byline) || isBioOf(text, facts.byline))) removals.drop(authorCard(el, text.length + facts.byline.length + 40, root), 'author-bio');
  }
}

/** Class words of an author box: "post-author", "author-box", "td-author-bio", "about-author".
 *  Not "comment-author" (a comment's box holds the comment), nor WordPress's "autor-<name>" on
 *  the story's own <article>. */
const AUTHOR_BOX = /((^|[-_])(author|autor|autore|auteur)([-_]?(box|bio|info|card|wrap|details|description|profile))?|(about|uber|ueber|sobre)[-_]?(the[-_]?)?(author|autor|auteur))$/i;
const MIN_BOXED_BIO = 40;
const MAX_BOX_DEPTH = 4;

/** The author box a block at the story's end stands in, by its markup: an element marked as the
 *  author (itemprop="author", schema.org's Person box: "Patrick Ludolph, Fotograf aus Hamburg…")
 *  or named for one ("Jule Radeck studierte Sportwissenschaften…" in a "post-author" box), close
 *  above the block and holding no more than a bio. */
function authorBox(el: Element, root: Element): Element | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && cur !== root && depth < MAX_BOX_DEPTH; cur = cur.parentElement, depth++) {
    const cls = classOf(cur);
    const named = cls.split(/\s+/).some((c) => AUTHOR_BOX.test(c) && !/comment/i.test(c));
    if (named || cur.getAttribute('itemprop') === 'author') return textOf(cur).length <= MAX_BIO + 200 ? cur : null;
  }
  return null;
}
