// What sits at the story's edges but is not the story: "Published in Dawn, …" trailers and what
// follows them, copyright lines, newsletter and subscription boxes, share bars, author bios,
// in-body promos, photo-gallery chrome and captions printed twice.
// Pages that made these necessary: the Dawn seed ("Published in Dawn, November 3rd, 2021" then
// rails), chron.com (gallery chrome "Image / 1 / of / 8 / Caption / Close", captions twice),
// foxbusiness.com ("CONTINUE READING BELOW"), smithsonianmag.com (newsletter prompt), phys.org
// (citation and copyright trailer).
import { blockText, closestWhere, isHeading, normSpace, nothingAfter, tagOf, textOf, textPrefixRelation } from '../dom';
import { ABOUT_HEADING, ABOUT_ISSUER, AUTHOR_BIO, BOILERPLATE_LINES, CONTACT_LABEL, DATE_LINE, END_MATTER, GALLERY_CHROME, ISSUER_KIND, NEWSLETTER, PROMO, SHARE, TRAILING_LABELS } from './lexicon';
import type { Removals } from './removals';
import { LeafReader } from './leaves';
import { isCreditLine, isMetaLine } from './metaline';
import { isStoryParagraph } from './shape';
import { isCaption } from './captions';
import { inEmbeddedPost } from './prune';
import { isRailLabel, opensLikeRailLabel } from './rails';

/** One test for a lexicon list: the patterns with the same flags joined into one alternation,
 *  which reads a line once instead of once per pattern (a fifth of the chrome-line rule's time
 *  went to re-scanning the same line). Exact: no pattern uses a backreference or a g/y flag.
 *  Case-insensitive patterns that spell their words in lower case run without the i flag on the
 *  lower-cased line: the same matches, four to eight times faster (case folding under the u flag
 *  is what the engine spends its time on). Patterns anchored at the line's start are joined
 *  apart from the others: an alternation whose every branch starts with ^ is tried at offset 0
 *  only, while one loose branch makes the engine try them all at every offset of the line. */
export function anyOf(res: readonly RegExp[]): (s: string, lower?: string) => boolean {
  const groups = new Map<string, string[]>();
  for (const r of res) {
    const flags = lowerable(r) ? `${r.flags.replace('i', '')} lower` : r.flags;
    const key = `${flags}${anchoredAtStart(r.source) ? ' ^' : ''}`;
    const sources = groups.get(key) ?? [];
    sources.push(`(?:${r.source})`);
    groups.set(key, sources);
  }
  const joined = [...groups].map(([key, sources]) => ({ lower: key.includes(' lower'), re: new RegExp(sources.join('|'), key.split(' ')[0]) }));
  // `lower`: the line lower-cased, when the caller runs several batteries on it.
  return (s, lower) => joined.some(({ lower: low, re }) => re.test(low ? (lower ??= s.toLowerCase()) : s));
}

/** Does every match of `source` start at the start of the input? Yes when it opens with ^ and
 *  has no alternation outside parentheses (`^a|b` matches b anywhere). */
export function anchoredAtStart(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** Does a case-insensitive pattern match the same on lower-cased text without the i flag? Yes
 *  when no letter in it is upper case, escapes aside (\b, \S), and it tests no letter case
 *  (\p{Lu}, \p{Ll}). */
export function lowerable(r: RegExp): boolean {
  if (!r.flags.includes('i')) return false;
  if (/\\[pP]\{L[ult]\}/.test(r.source)) return false;
  return !/[A-Z]/.test(r.source.replace(/\\[pP]\{[^}]*\}|\\./g, ''));
}

const isEndMatter = anyOf(END_MATTER);
const isNewsletter = anyOf(NEWSLETTER);
const isBoilerplate = anyOf(BOILERPLATE_LINES);
const isShare = anyOf(SHARE);
const isGalleryChrome = anyOf(GALLERY_CHROME);
const isPromo = anyOf(PROMO);
const isAuthorBio = anyOf(AUTHOR_BIO);
const isTrailingLabelText = anyOf(TRAILING_LABELS);

/** Elements after `el` in document order, within `root`, as the highest whole subtrees. */
function followingSubtrees(el: Element, root: Element): Element[] {
  const out: Element[] = [];
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  }
  return out;
}

/** "Published in …" and copyright trailers: drop the line, and what follows it when that is
 *  not more story (a second run of story paragraphs means the marker was mid-page). */
export function removeEndMatter(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  for (const block of read.leaves(root)) {
    if (!root.contains(block)) continue;
    const text = read.text(block);
    if (!text || text.length > 200 || !isEndMatter(text)) continue;
    // "© Mila Hacke" under a photo is a credit, not the page's copyright line: the captions
    // rule keeps it out of the text; cutting the story after it lost whole stories.
    if (isCreditLine(text) && !/\b(\d{4}|rights|reserved|rechte|droits|derechos|direitos|diritti)\b/iu.test(text)) continue;
    const after = followingSubtrees(block, root);
    const storyAfter = after.reduce((n, e) => n + (isStoryParagraph(e) ? 1 : 0) + Array.from(e.getElementsByTagName('p')).filter(isStoryParagraph).length, 0);
    removals.drop(block, 'end-matter');
    if (storyAfter <= 1 && after.length) removals.dropAll(after.filter((e) => root.contains(e)), 'end-matter');
  }
}

const MAX_BOILERPLATE = 1500;
const isIssuerBlurb = (text: string) => ISSUER_KIND.test(ABOUT_ISSUER.exec(text)?.[3] ?? '');
/** "About Ascom", "Über Nordwind Energie": the label word in any case, then a name. */
const isAboutHeading = (text: string) => text.length <= 60 && ABOUT_HEADING.test(text.charAt(0).toLowerCase() + text.slice(1));

/** A press release's closing "About <issuer>" section, headed or set off by a rule (<hr>): the
 *  story is over. Only at the very end, and only when it opens like a company description. */
export function removeIssuerBoilerplate(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  const blocks = read.leaves(root);
  for (let i = Math.max(0, blocks.length - 8); i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = read.text(block);
    if (!text || !isIssuerBlurb(text)) continue;
    // The section starts at its heading ("About Ascom") or at the rule above it.
    const prev = blocks[i - 1];
    const heading = prev && isAboutHeading(read.text(prev)) ? prev : null;
    const start = heading ?? ruleAbove(block, root);
    if (!start) continue;
    const after = followingSubtrees(start, root);
    const length = after.reduce((n, e) => n + textOf(e).length, 0);
    if (length > MAX_BOILERPLATE) continue;
    removals.dropAll([start, ...after].filter((e) => root.contains(e)), 'end-matter');
    return;
  }
}

/** Blocks after a contact label that may still belong to the contact section: a name, a phone
 *  number, an address, a section title. A sentence of prose means the story goes on. */
const CONTACT_TAIL = 8;
const isContactLine = (text: string) => text.length <= 100 && !/\p{Ll}{2,}[.!?]$/u.test(text);

/** A press release's closing contact section ("Kontakt:" / "Jan Koch" / "Telefon …"): the label
 *  near the end, and only contact lines after it, to the end of the story. */
export function removeContactSection(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  const blocks = read.leaves(root).filter((b) => read.text(b));
  for (let i = Math.max(0, blocks.length - CONTACT_TAIL); i < blocks.length; i++) {
    if (!CONTACT_LABEL.test(read.text(blocks[i]!))) continue;
    const rest = blocks.slice(i + 1);
    if (!rest.length || !rest.every((b) => linesOf(b).every(isContactLine))) return;
    removals.dropAll(blocks.slice(i), 'end-matter');
    return;
  }
}

/** A block's lines as a reader sees them (split at <br> and inner blocks), each collapsed. */
const linesOf = (block: Element) => blockText(block).split('\n').map(normSpace).filter(Boolean);

/** The <hr> just before `block` (nothing with text between them), if any. */
function ruleAbove(block: Element, root: Element): Element | null {
  for (let cur: Element | null = block; cur && cur !== root; cur = cur.parentElement) {
    for (let s = cur.previousElementSibling; s; s = s.previousElementSibling) {
      if (tagOf(s) === 'hr') return s;
      if (textOf(s)) return null;
    }
  }
  return null;
}

/** Characters of story a newsletter box must leave behind: the gate's shortest story (gate.ts
 *  MIN_SHORT_STORY_CHARS). */
const MIN_STORY_LEFT = 150;

/** Newsletter and subscription boxes: a short block with a sign-up prompt or an e-mail field. */
export function removeNewsletterBoxes(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  const seeds: Element[] = [];
  // By tag, not querySelectorAll with an attribute selector: linkedom matches selectors slowly.
  for (const form of Array.from(root.getElementsByTagName('form'))) seeds.push(form);
  for (const input of Array.from(root.getElementsByTagName('input'))) if ((input.getAttribute('type') ?? '').toLowerCase() === 'email') seeds.push(input);
  for (const block of read.leaves(root)) {
    const text = read.text(block);
    if (text && text.length <= 300 && isNewsletter(text)) seeds.push(block);
  }
  for (const seed of seeds) {
    // Some sites wrap the whole page in one <form> (ASP.NET): only small boxes qualify.
    if (!root.contains(seed) || textOf(seed).length > 500) continue;
    // Widen to the box: the highest ancestor that is still short and holds no story paragraph,
    // unless the prompt opens it: a box headed "Zu unseren Newslettern anmelden" is the sign-up
    // box however long its pitch ("Mit unseren Newslettern verpassen Sie keine News mehr…").
    let box: Element = seed;
    const heads = seed.getElementsByTagName('input').length === 0 ? normSpace(seed.textContent) : '';
    for (let cur = seed.parentElement; cur && cur !== root; cur = cur.parentElement) {
      if (textOf(cur).length > 500) break;
      if (Array.from(cur.getElementsByTagName('p')).some(isStoryParagraph) && !(heads && textPrefixRelation(cur, heads) !== 'other')) break;
      box = cur;
    }
    // A post written as one block of lines (<br>s, no paragraphs) ends in its own pitch ("If
    // you'd like to see all new gadgets, subscribe to the RSS feed"): the block is the story,
    // and taking it left nothing to read.
    if (textOf(root).length - textOf(box).length < MIN_STORY_LEFT) continue;
    removals.drop(box, 'newsletter');
  }
}

const TIME_ONLY = /^\d{1,2}([:.h]\d{2})?\s*([ap]\.?\s?m\.?)?$/i;

/** What a short block's text says it is, by the lexicons: `kind`, except that a PROMO line that
 *  is neither in capitals nor short (`promoIfLinked`) is a promo only when the block holds a
 *  link. Text alone decides, so the page and story stages share one verdict per text. */
interface ChromeVerdict {
  kind: 'promo' | 'share-bar' | 'gallery-chrome' | 'author-bio' | 'byline' | null;
  promoIfLinked: boolean;
}

const NOT_CHROME: ChromeVerdict = { kind: null, promoIfLinked: false };

function chromeVerdict(text: string): ChromeVerdict {
  if (!text || text.length > 300) return NOT_CHROME;
  const lower = text.toLowerCase(); // for each battery below
  if (isBoilerplate(text, lower)) return { kind: 'promo', promoIfLinked: false };
  if (text.length > 200) return NOT_CHROME;
  if (isShare(text, lower)) return { kind: 'share-bar', promoIfLinked: false };
  if (isGalleryChrome(text, lower)) return { kind: 'gallery-chrome', promoIfLinked: false };
  const promo = isPromo(text, lower);
  if (promo && (text === text.toUpperCase() || text.length < 60)) return { kind: 'promo', promoIfLinked: false };
  return { kind: otherChrome(text, lower), promoIfLinked: promo };
}

function otherChrome(text: string, lower: string): ChromeVerdict['kind'] {
  if (isAuthorBio(text, lower)) return 'author-bio';
  // A bare time ("10 p.m.", "4:14 p.m.") heads an entry of a live story ("The Latest: …").
  if (((text.length <= 60 && DATE_LINE.test(text)) || isMetaLine(text)) && !TIME_ONLY.test(text)) return 'byline'; // shown in the header
  return null;
}

/** Whole short blocks that are share bars, promos, gallery chrome or author-bio headers. */
export function removeChromeLines(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  for (const block of read.leaves(root)) {
    if (!root.contains(block)) continue;
    const kind = chromeKind(read.classify(read.text(block), chromeVerdict), block);
    if (kind === 'author-bio') removeBio(block, root, removals);
    else if (kind) removals.drop(block, kind);
    // Widget lines stacked with <br> in one block ("24.01.2022 11:38<br>Kategorie: News",
    // "(No ratings yet)<br>Loading..."): the block goes when every one of its lines is chrome.
    else if (block.getElementsByTagName('br').length && allChrome(block, read)) removals.drop(block, 'promo');
  }
}

const chromeKind = (verdict: ChromeVerdict, block: Element): ChromeVerdict['kind'] =>
  verdict.promoIfLinked && block.getElementsByTagName('a').length ? 'promo' : verdict.kind;

function allChrome(block: Element, read: LeafReader): boolean {
  const lines = linesOf(block);
  // An author-bio header brings its bio along: not a line to judge alone.
  return lines.length >= 2 && lines.every((l) => {
    const kind = chromeKind(read.classify(l, chromeVerdict), block);
    return kind !== null && kind !== 'author-bio';
  });
}

/** "About the author" plus the short bio after it. */
function removeBio(header: Element, root: Element, removals: Removals): void {
  const box = header.parentElement && header.parentElement !== root && textOf(header.parentElement).length <= 600 ? header.parentElement : null;
  if (box) removals.drop(box, 'author-bio');
  else {
    const next = header.nextElementSibling;
    const parts = [header];
    if (next && textOf(next).length <= 600) parts.push(next);
    removals.dropAll(parts, 'author-bio');
  }
}

/** A page that repeats more prose blocks than this is a structured list whose entries recur
 *  (meal plans, schedules, match tables): its repeats are content, only repeated captions go. */
const MAX_PROSE_REPEATS = 3;

/** Captions printed twice (figure plus lightbox), and a sentence a page prints twice (a
 *  "Highlights" box quoting the story, a pull quote): keep the first copy, drop later repeats. */
export function removeDuplicateBlocks(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  const seen = new Map<string, Element>();
  const captions: Element[] = [];
  const prose: Element[] = [];
  for (const block of read.leaves(root)) {
    if (!root.contains(block)) continue;
    const key = read.text(block).toLowerCase();
    if (key.length < 20) continue;
    const first = seen.get(key);
    if (!first) seen.set(key, block);
    // A leaf block inside another one (<p><span><div>…) repeats its text without being a copy.
    else if (!first.contains(block) && !(inEmbeddedPost(block) && inEmbeddedPost(first))) (isFigureText(block) || isFigureText(first) ? captions : prose).push(block);
  }
  const repeats = prose.length <= MAX_PROSE_REPEATS ? [...captions, ...prose] : captions;
  // One by one: each copy stands in its own place and is brought back there.
  for (const block of repeats) removals.drop(block, 'caption-duplicate');
}

function isFigureText(el: Element): boolean {
  return isCaption(el) || closestWhere(el, (p) => tagOf(p) === 'figure') !== null;
}

/** How many of the story's last lines the trailing-label sweep may take. */
const MAX_TRAILING = 6;
const MAX_TRAILING_LABEL = 100;

/** The story's last lines, read from the end: labels left heading nothing once what they
 *  labelled was dropped (a rail's heading, "Tags:", "Teilen:", a sign-up prompt without its
 *  form, a date label without its date), widget words ("drukuj") and the initials signing the
 *  story off. A story does not end on a heading: one with nothing after it headed something
 *  Readability or a rule took away ("Weitere Informationen zum Coronavirus:", "Top 5 Energie"). */
export function removeTrailingLabels(root: Element, removals: Removals, read = new LeafReader(removals)): void {
  for (let n = 0; n < MAX_TRAILING; n++) {
    const blocks = read.leaves(root);
    let last: Element | undefined;
    for (let i = blocks.length - 1; i >= 0 && !last; i--) if (read.text(blocks[i]!)) last = blocks[i];
    if (!last || !isTrailingLabel(last, read.text(last), root) || !nothingAfter(last, root)) return;
    removals.drop(last, 'end-matter');
  }
}

function isTrailingLabel(block: Element, text: string, root: Element): boolean {
  if (text.length > MAX_TRAILING_LABEL) return false;
  if (closestWhere(block, isHeading, root) || isRailLabel(text) || opensLikeRailLabel(text) || isShare(text)) return true;
  return isTrailingLabelText(text);
}
