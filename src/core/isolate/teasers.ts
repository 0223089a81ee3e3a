// Unheaded teaser cards, link lists and in-story "Related: …" lines.
// - Cards: sites repeat the same block per story (link headline, date, blurb, often the headline
//   twice); the Dawn rails (test/pages/seed-*) and the jpost.com "Breaking news" sidebar are this
//   shape. Three or more such siblings in a row are a rail even without a heading.
// - Link lists: menus, tag clouds and "more headlines" lists: runs of short lines that are almost
//   all link text (chron.com's section menu kept by Readability).
// - Inline teasers: "Related: <a>other headline</a>", "READ MORE: …" paragraphs between story
//   paragraphs.
import { BLOCK_TAGS, childrenOf, isElement, parentsOf, rawTextLengthUpTo, walkElements, labelKey, linkDensity, normSpace, tagOf, TEXT_NODE, textOf } from '../dom';
import { INLINE_TEASER_LEADS } from './lexicon';
import type { Removals } from './removals';
import { LeafReader } from './leaves';
import { isHeadlineText, isStoryParagraph, shapeOf } from './shape';

const MIN_CARDS = 3;
const MAX_CARD_TEXT = 400;
/** Raw text (whitespace included) past which a block cannot be a card, whatever its spacing. */
const MAX_CARD_RAW = 2000;

/** What the card test needs to know of every element before measuring it, gathered in one
 *  bottom-up walk of the root: testing each candidate's raw length and links separately re-read
 *  the same subtrees once per ancestor. */
interface Facts {
  raw: number; // raw text length, whitespace included (kept exact as runs are removed)
  headline: boolean; // holds a link with headline text
  h1: boolean; // is or holds an <h1>
}

function gather(root: Element): Map<Element, Facts> {
  const facts = new Map<Element, Facts>();
  const visit = (el: Element): Facts => {
    const f: Facts = { raw: 0, headline: false, h1: tagOf(el) === 'h1' };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) f.raw += (c as Text).data.length;
      else if (isElement(c)) {
        const k = visit(c);
        f.raw += k.raw;
        f.headline ||= k.headline || (tagOf(c) === 'a' && isHeadlineText(textOf(c)));
        f.h1 ||= k.h1;
      }
    }
    facts.set(el, f);
    return f;
  };
  visit(root);
  return facts;
}

/** Is this element one teaser card: a headline link (or a date) and at most a blurb? */
function isCard(el: Element, f: Facts): boolean {
  // Cheap checks first: most children of most parents are far too long to be a card, and a card
  // needs a headline link (menus of one-word links fail here, before any measuring).
  if (f.raw > MAX_CARD_RAW || !f.headline || f.h1) return false;
  const s = shapeOf(el);
  if (s.text === 0 || s.text > MAX_CARD_TEXT) return false;
  if (s.storyParagraphs > 0 || s.proseBlocks > 1) return false;
  if (s.headlineLinks === 0) return false;
  // A standalone headline with at most one blurb; the headline is a fair share of the card, or
  // a date marks it as a teaser.
  return s.linkText / s.text >= 0.15 || s.dates > 0;
}

/** Remove runs of >= 3 sibling cards under any element of `root`. */
export function removeTeaserCards(root: Element, removals: Removals): void {
  const facts = gather(root);
  const parents = parentsOf(root, MIN_CARDS);
  // Deepest first: a card list inside a card list is handled once, at its own level.
  for (const parent of parents.reverse()) {
    if (!root.contains(parent) && parent !== root) continue;
    if (introducedByStory(parent) || hasOwnWords(parent)) continue;
    const kids = childrenOf(parent);
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= MIN_CARDS && sameShape(run)) {
        // Keep the ancestors' raw lengths exact for the levels still to come.
        let gone = 0;
        for (const e of run) gone += facts.get(e)?.raw ?? 0;
        for (let p: Element | null = parent; p; p = p === root ? null : p.parentElement) {
          const pf = facts.get(p);
          if (pf) pf.raw -= gone;
        }
        removals.dropAll(run, 'teaser-cards');
      }
      run = [];
    };
    for (const k of kids) {
      const f = facts.get(k);
      if (!f) continue; // not an element of this walk (cannot happen; keeps the types honest)
      if (isCard(k, f)) run.push(k);
      else if (run.length && f.raw <= 200 && textOf(k).length === 0) continue; // spacers between cards
      else flush();
    }
    flush();
  }
}

/** Words between the children (not separators like "·" or "|") make a sentence with inline
 *  links, not a row of cards: gizmodo's "I <a>wrote a long rant</a> about this…" paragraph. */
function hasOwnWords(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && /\p{L}/u.test((c as Text).data)) return true;
  }
  return false;
}

/** A list the story itself introduces ("The province listed these official sources:") is the
 *  story's, however link-heavy: rails never follow a sentence ending in a colon. */
function introducedByStory(el: Element): boolean {
  const prev = el.previousElementSibling;
  if (!prev || rawTextLengthUpTo(prev, 3000) > 3000) return false;
  const t = textOf(prev);
  return t.length >= 40 && /[:：]$/.test(t);
}

/** Cards of one rail share a tag and roughly a size; a run of varied story blocks does not. */
function sameShape(run: Element[]): boolean {
  const tags = new Set(run.map((e) => tagOf(e)));
  if (tags.size > 2) return false;
  const lens = run.map((e) => textOf(e).length);
  const max = Math.max(...lens);
  const min = Math.min(...lens);
  return max <= 6 * Math.max(min, 20);
}

const MIN_LINK_RUN = 4;

/** Lists whose items are nothing but links: menus, tags, headline lists. */
export function removeLinkLists(root: Element, removals: Removals): void {
  for (const list of [...walkElements(root)].filter((el) => tagOf(el) === 'ul' || tagOf(el) === 'ol')) {
    if (!root.contains(list)) continue;
    const items = childrenOf(list).filter((c) => tagOf(c) === 'li' && textOf(c).length > 0);
    if (items.length < 3 || introducedByStory(list)) continue;
    const linky = items.filter((li) => linkDensity(li) >= 0.8);
    if (linky.length / items.length >= 0.8 && !items.some((li) => isStoryParagraph(li))) removals.drop(list, 'link-list');
  }
  // Runs of one-link short lines as sibling <p>/<div>s (menus written without lists). Only
  // elements with four children or more can hold such a run (drops never add children).
  for (const parent of parentsOf(root, MIN_LINK_RUN)) {
    if (!root.contains(parent) && parent !== root) continue;
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= MIN_LINK_RUN) removals.dropAll(run, 'link-list');
      run = [];
    };
    for (const k of childrenOf(parent)) {
      // Bounded first: reading the text of every story container's children is a walk per level.
      if (rawTextLengthUpTo(k, 1000) > 1000) {
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

// "Related: …", "Related coverage from How to Do Everything: …", and "On example.com: …" (a
// site's own cross-links).
const LEAD_RE = new RegExp(
  `^((${INLINE_TEASER_LEADS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(\\s+(from|on|in|at)\\s+[^:：]{1,40})?|on [\\w-]+(\\.[\\w-]+)+)\\s*[:：\\-–—|»›>]\\s*`,
  'iu',
);

const INLINE_TEASER_TAGS = new Set(['p', 'div', 'li', 'h3', 'h4', 'h5', 'h6', 'strong', 'aside']);

/** "Related: <a>headline</a>" and friends: a lead-in and a link to another story. */
export function removeInlineTeasers(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  // A tag walk, not querySelectorAll with a selector list (linkedom matches those slowly).
  const candidates = [...walkElements(root)].filter((el) => INLINE_TEASER_TAGS.has(tagOf(el)));
  for (const el of candidates) {
    if (!root.contains(el) || rawTextLengthUpTo(el, 1000) > 1000) continue;
    const text = read.text(el);
    if (!text || text.length > 300) continue;
    const links = el.getElementsByTagName('a');
    if (!links.length) continue;
    const lead = LEAD_RE.exec(text);
    if (lead) {
      const rest = text.slice(lead[0].length);
      let linkText = 0;
      for (const a of Array.from(links)) linkText += textOf(a).length;
      if (rest.length > 0 && linkText >= rest.length * 0.6) {
        removals.drop(el, 'promo');
        continue;
      }
    }
    // A paragraph that is one headline-length link and nothing else, in capitals or with a
    // "»" marker: a teaser dropped between story paragraphs.
    if (tagOf(el) === 'p' && links.length === 1 && linkDensity(el) >= 0.95) {
      const key = labelKey(text);
      if (isHeadlineText(text) && text.length <= 160 && (text === text.toUpperCase() || /^[»›>▶]/.test(read.text(el)) || !/[.!?”"]$/.test(key))) {
        removals.drop(el, 'promo');
        continue;
      }
    }
    // A paragraph that is the headline of the story it links to, only part of it linked ("Były
    // dowódca wojsk USA w Europie: <a>Rosja jest groźna</a>" to …/byly-dowodca-wojsk-usa-w-
    // europie-rosja-jest-grozna…): the link's address spells out the whole line.
    // (An address or e-mail printed as its own link spells itself: not a headline.)
    if (tagOf(el) === 'p' && links.length === 1 && text.length <= MAX_SLUG_TEASER && !/[.!?]$|@|:\/\/|www\./.test(text) && spelledBySlug(text, links[0]!.getAttribute('href') ?? '')) {
      removals.drop(el, 'promo');
    }
  }
}

const MAX_SLUG_TEASER = 160;
const MIN_SLUG_WORDS = 4;

/** Lower-case letters without accents, as slugs write them ("groźna" → "grozna", "ł" → "l"). */
const asSlug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss');

/** Do the words of `text` (four or more) all stand in the address's path? German slugs write
 *  "ä" as "ae": both spellings count. */
function spelledBySlug(text: string, href: string): boolean {
  if (!/^(https?:|\/|[\w-]+(\/|\.html?$))/i.test(href)) return false; // mailto:, tel:, #anchors
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a malformed escape: the raw path
  }
  const slug = new Set(asSlug(decoded).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < MIN_SLUG_WORDS || slug.size < MIN_SLUG_WORDS) return false;
  const umlauts = (w: string) => w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  return words.every((w) => slug.has(asSlug(w)) || slug.has(asSlug(umlauts(w))));
}

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** A teaser card standing alone between story paragraphs: one link wrapping a picture and a
 *  headline ("Autobatterie im Winter: Pflege-Tipps bei Kälte / So kommt die Autobatterie …"),
 *  the link being all of its box's text. A story's own pictures link to the picture file, or
 *  carry their caption outside the link. Runs of such cards are removeTeaserCards' job. */
export function removeLinkedCards(root: Element, removals: Removals): void {
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (!root.contains(a) || !a.getElementsByTagName('img').length) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || IMAGE_FILE.test(href)) continue;
    if (rawTextLengthUpTo(a, 600) > 600) continue;
    const text = textOf(a);
    if (!isHeadlineText(text) || text.length > 250) continue;
    // The card: the highest box around the link with no text of its own.
    let card: Element = a;
    for (let cur = a.parentElement; cur && cur !== root && textOf(cur) === text; cur = cur.parentElement) card = cur;
    if (card === a && !holdsBlock(a)) continue; // a linked picture inside a sentence or caption
    removals.drop(card, 'promo');
  }
}

/** A block-level element anywhere inside (dom's hasBlockChild looks at children only). */
function holdsBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(tagOf(c)) || holdsBlock(c)) return true;
  return false;
}

/** Hover cards: a name in the story's prose, linked, and right after the link a box the page
 *  shows only on hover, which repeats the name and lists the person's latest stories ("Rep.
 *  <a>Ilhan Omar</a><span>Ilhan Omar · Hillicon Valley: … · Omar asks court … · MORE</span>
 *  (D-Minn.)"). Without the page's CSS the box reads as part of the sentence: it broke the name
 *  and the sentence apart and put three headlines in the story. Taken out: an element right
 *  after a link inside a paragraph that starts with the link's own words and is links besides. */
export function removeHoverCards(root: Element, removals: Removals): void {
  for (const p of [...walkElements(root)]) {
    const tag = tagOf(p);
    if (tag !== 'p' && tag !== 'li' && tag !== 'blockquote') continue;
    if (!root.contains(p)) continue;
    for (const a of Array.from(p.getElementsByTagName('a'))) {
      const card = a.nextElementSibling;
      if (!card || tagOf(card) === 'a' || !p.contains(card)) continue;
      const name = normSpace(textOf(a));
      const text = normSpace(textOf(card));
      if (name.length < 3 || text.length < name.length + 40 || !text.startsWith(name)) continue;
      if (card.getElementsByTagName('a').length < 3 || linkDensity(card) < 0.9) continue;
      removals.drop(card, 'promo');
    }
  }
}
