// Headed teaser rails: a label such as "Opinion", "Editorial", "Related", "Most read" (or its
// equivalent in another language) followed by other stories' headlines, dates and blurbs.
// Made necessary by the Dawn seed page (test/pages/seed-*): after the story come an "Opinion"
// and an "Editorial" rail that plain Readability keeps when they share the story's container.
//
// Two shapes are handled: the label heads a wrapper (<section><h2>Related</h2><ul>…</ul></section>),
// and the label stands alone among the story's siblings with the teasers after it
// (<div class="story"><p>…</p><h2>Opinion</h2><div class="card">…</div>…</div>). Either way the
// region must look like teasers (looksLikeTeasers), so a story that opens with an "Opinion" kicker
// is never taken for a rail.
import { isElement, isHeading, labelKey, normSpace, nothingAfter, tagOf, TEXT_NODE, textOf, textPrefixRelation, visibleLength } from '../dom';
import { RAIL_LABELS, RAIL_LABEL_PREFIXES } from './lexicon';
import type { Removals } from './removals';
import { isStoryParagraph, looksLikeTeasers, shapeOf, type Shape } from './shape';

const RAIL_SET = new Set(RAIL_LABELS.map((l) => labelKey(l)));
const MAX_LABEL = 60;

/** `shaped`: also labels recognised by their shape (MORE_KIND), not only listed ones. Only on the
 *  story's container: taken out of the whole page, wired.com's "More Great WIRED Stories" rail
 *  changed which container Readability picked (it then kept one of the story's five sections). */
export function isRailLabel(text: string, shaped = true): boolean {
  const key = labelKey(text);
  if (!key || key.length > MAX_LABEL) return false;
  if (RAIL_SET.has(key)) return true;
  if (key.length > 40) return false;
  return opensWithRailPrefix(key) || (shaped && MORE_KIND.test(key));
}

/** A label key that opens with a listed prefix ("more from", "lesen sie auch") and goes on. */
const opensWithRailPrefix = (key: string) => RAIL_LABEL_PREFIXES.some((p) => key.startsWith(p) && key.length > p.length);

/** A label that opens like a rail's ("Empfehlungen aus dem Garten-Shop", "More from the
 *  Archive") though longer than rail labels are allowed to be: asked of the story's last line
 *  only, where nothing follows for it to head. */
export function opensLikeRailLabel(text: string): boolean {
  const key = labelKey(text);
  return key.length <= MAX_LABEL && !/[.!?]$/.test(text) && opensWithRailPrefix(key);
}

/** "More Great WIRED Stories", "More CNN Videos", "More top news": "more", up to three words
 *  (an adjective, the site's name), then a kind of teaser. */
const MORE_KIND = /^more (?!than )(?:[\p{L}\p{N}'’&.-]+ ){0,3}(?:stories|news|articles|headlines|videos|reads|posts)$/u;

/** Remove every headed rail under `root`. Returns how many rails went. */
export function removeHeadedRails(root: Element, removals: Removals, options: { page?: boolean } = {}): number {
  let count = 0;
  for (const label of findRailLabels(root, !options.page)) {
    if (!root.contains(label)) continue; // gone with an earlier rail
    const region = railRegion(label, root, !!options.page) ?? (options.page ? null : promoBox(label, root) ?? danglingLabel(label, root));
    if (!region) continue;
    removals.dropAll(region, 'rail-heading');
    count++;
  }
  return count;
}

/** Outermost elements whose whole text is a rail label. One bottom-up walk counts each
 *  element's visible characters, so only short elements (and not their ancestors) have their
 *  text read: testing every element's textContent cost a millisecond per page. */
function findRailLabels(root: Element, shaped = true): Element[] {
  const found: Element[] = [];
  const lengths: number[] = []; // each found label's visible length, as counted on the way up
  const SKIP = new Set(['script', 'style', 'option', 'template', 'noscript']);
  // Returns the element's visible length, up to MAX_LABEL + 1 ("too long"). A candidate whose
  // parent has the same visible length is dropped when the parent is visited (the parent
  // carries the same label: it is the outermost one).
  // The text of the element visit() returned from, while it is short enough to be a label: a
  // label's text is built from its children's on the way up, not read again with textContent
  // at every level of a short subtree (a span in a link in a list item).
  let lastText = '';
  const verdicts = new Map<string, boolean>();
  const visit = (el: Element): number => {
    // Script and style text is not read: it only makes its ancestors too long to be labels.
    if (SKIP.has(tagOf(el))) return MAX_LABEL + 1;
    let n = 0;
    let kids = 0;
    let own = '';
    const mark = found.length;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const data = (c as Text).data;
        // Past MAX_LABEL only "too long" matters: the count stops there (and stays there).
        n = Math.min(MAX_LABEL + 1, n + visibleLength(data, MAX_LABEL - n));
        if (n <= MAX_LABEL) own += data;
      } else if (isElement(c)) {
        kids++;
        n = Math.min(MAX_LABEL + 1, n + visit(c));
        if (n <= MAX_LABEL) own += lastText;
      }
    }
    lastText = n <= MAX_LABEL ? own : '';
    if (el === root) return n;
    if (kids > 3 || n === 0 || n > MAX_LABEL) return n;
    // Children found inside with the same text are not outermost: this element replaces them.
    while (found.length > mark && lengths[lengths.length - 1] === n) {
      found.pop();
      lengths.pop();
    }
    // A label nests (a span in a link in a list item) and menus repeat: each text is judged once.
    let label = verdicts.get(own);
    if (label === undefined) verdicts.set(own, (label = isRailLabel(normSpace(own), shaped)));
    // In document order: before the labels found inside it (the outer one is tried first).
    if (label) {
      found.splice(mark, 0, el);
      lengths.splice(mark, 0, n);
    }
    return n;
  };
  visit(root);
  return found;
}

/** The elements making up the rail headed by `label`, or null if what follows is not teasers. */
function railRegion(label: Element, root: Element, page = false): Element[] | null {
  const labelText = normSpace(label.textContent);
  // Shape 1: the label heads a wrapper. Climb while the ancestor's text starts with the label
  // and the ancestor still looks like teasers; keep the highest such ancestor.
  let best: Element | null = null;
  for (let cur = label.parentElement; cur && cur !== root; cur = cur.parentElement) {
    const relation = textPrefixRelation(cur, labelText);
    if (relation === 'same') continue;
    if (relation === 'other') break;
    // A rail never holds the page's own headline: a label above the <h1> is a kicker.
    if (cur.getElementsByTagName('h1').length) break;
    const shape = shapeOf(cur);
    if (!hasTeaserItems(shape) || !looksLikeTeasers(shape)) break;
    // On the whole page, before Readability has picked the story, a wrapper that holds a story
    // paragraph may hold the story itself: a short post of one long paragraph under a header
    // of tag links ("TRENDING: …" and the site's menus, then the post, all in one container)
    // looks like teasers by its counts, and went whole. The story's container is read again
    // after Readability, where a rail's long blurb is judged with the story beside it.
    if (page && shape.storyParagraphs > 0) break;
    best = cur;
  }
  if (best) return [best];

  // Shape 2: the label stands among siblings; the rail is the run of teaser-like siblings after it.
  const run: Element[] = [label];
  const total: Shape = { text: 0, linkText: 0, headlineLinks: 0, dates: 0, proseBlocks: 0, storyParagraphs: 0 };
  for (let sib = label.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (!isElement(sib)) continue;
    if (isHeading(sib) && !sib.getElementsByTagName('a').length && isRailLabel(textOf(sib))) break; // next rail: its own turn
    if (isStoryParagraph(sib) && !sib.getElementsByTagName('a').length) break;
    if (tagOf(sib) === 'h1' || sib.getElementsByTagName('h1').length) break;
    const s = shapeOf(sib);
    if (!looksLikeTeasers(s) && (s.storyParagraphs >= 2 || s.text > 250)) break;
    // Sentence prose without a link or date, not followed by another teaser: the story resuming
    // after a one-link "READ MORE" box, not a blurb (blurbs sit between headlines).
    if (run.length > 1 && s.linkText === 0 && s.dates === 0 && s.proseBlocks > 0 && !followedByTeaser(sib)) break;
    run.push(sib);
    add(total, s);
  }
  if (run.length < 2 || !hasTeaserItems(total) || !looksLikeTeasers(total)) return null;
  return run;
}

const MAX_PROMO_BOX = 300;

/** A box the label heads that points to more of the site rather than listing it: the label, a
 *  line of blurb and a button ("Entdecke weitere Homestorys / Wie wohnt die Community? … / Mehr
 *  Homestorys"). Short, with a link, and no story paragraph in it. */
function promoBox(label: Element, root: Element): Element[] | null {
  const labelText = normSpace(label.textContent);
  for (let cur = label.parentElement; cur && cur !== root; cur = cur.parentElement) {
    const relation = textPrefixRelation(cur, labelText);
    if (relation === 'same') continue;
    if (relation === 'other' || cur.getElementsByTagName('h1').length) return null;
    const s = shapeOf(cur);
    const hasLink = Array.from(cur.getElementsByTagName('a')).some((a) => textOf(a));
    return s.text <= MAX_PROMO_BOX && hasLink && s.storyParagraphs === 0 && s.proseBlocks <= 1 ? [cur] : null;
  }
  return null;
}

/** A rail label with nothing after it in the story ("Siehe auch" as the last line): Readability
 *  dropped the rail and kept its heading. Nothing of the story follows it, so it heads nothing. */
function danglingLabel(label: Element, root: Element): Element[] | null {
  return nothingAfter(label, root) ? [label] : null;
}

function followedByTeaser(el: Element): boolean {
  const next = el.nextElementSibling;
  if (!next) return false;
  const s = shapeOf(next);
  return (s.headlineLinks > 0 || s.dates > 0) && looksLikeTeasers(s);
}

function hasTeaserItems(s: Shape): boolean {
  return s.headlineLinks >= 1 || s.dates >= 1 || (s.text > 0 && s.linkText / s.text > 0.6);
}

function add(t: Shape, s: Shape): void {
  t.text += s.text;
  t.linkText += s.linkText;
  t.headlineLinks += s.headlineLinks;
  t.dates += s.dates;
  t.storyParagraphs += s.storyParagraphs;
  t.proseBlocks += s.proseBlocks;
}

/** Exposed for tests: the labels found under a root, as text. */
export function railLabelsIn(root: Element): string[] {
  return findRailLabels(root).map((e) => textOf(e));
}
