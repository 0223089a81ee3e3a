// Measures of a block's shape that tell a story paragraph from a teaser: how much of it is
// headline links, how much plain prose, whether it carries a teaser date. Shared by the rail,
// teaser and end-matter rules so they agree on what "looks like the story" means.
import { BLOCK_TAGS, isElement, linkDensity, normSpace, tagOf, TEXT_NODE, textOf } from '../dom';
import { DATE_LINE } from './lexicon';

/** A link that can be another story's headline: two words or more ("Cold world", Dawn's
 *  editorial titles are that short), or a run of CJK characters. One-word links are menu items. */
export function isHeadlineText(t: string): boolean {
  if (t.length < 8 || t.length > 250) return /[\u3400-\u9fff]{6,}/.test(t) && t.length <= 250;
  return /\S\s+\S/.test(t) || /[\u3400-\u9fff]{6,}/.test(t);
}
/** Prose longer than this in one block, with few links, reads as story text rather than a blurb. */
export const STORY_PARAGRAPH_MIN = 220;

export interface Shape {
  text: number; // characters of text
  linkText: number; // characters inside links
  headlineLinks: number; // standalone links of headline length (a card's title, not a link inside a sentence)
  dates: number; // date lines ("Updated 04 Mar, 2025")
  proseBlocks: number; // blocks of sentence prose (a blurb, or a story paragraph)
  storyParagraphs: number; // long, link-poor paragraphs
}

const STANDALONE_SHARE = 0.6;
const PROSE_MIN = 80;
const SENTENCE_END = /[.!?…"”’»)。！？]$/;
const STORY_END = /[.!?…"”’»)]$/;

/** What one element's subtree gave the walk in shapeOf. */
interface Walked {
  raw: string; // concatenated text, as textContent
  links: number; // characters inside links (normalised per link, nested links counted twice as getElementsByTagName would)
  block: boolean; // is a block-level element
  time: boolean; // holds a <time>
  anchors: number; // <a href> elements, with or without text (an image link has none)
  headings: number; // headings (h2–h6) of headline length
}

/**
 * The shape of a block, measured in one walk of its subtree. Rails and cards call this on
 * hundreds of candidates per page, so it must not re-walk the subtree per measure (a first
 * version with textContent, getElementsByTagName and per-block link density cost 3 ms a page).
 * - A link counts as a headline when it has headline text and is (nearly) all of its nearest
 *   block's text: cards put headlines in their own element, stories put links in sentences.
 * - Prose blocks are leaf blocks that end like a sentence and are not link text; the long,
 *   link-poor ones are story paragraphs.
 * - Dates are <time> elements and small elements whose whole text is a teaser date.
 */
export function shapeOf(el: Element): Shape {
  const s: Shape = { text: 0, linkText: 0, headlineLinks: 0, dates: 0, proseBlocks: 0, storyParagraphs: 0 };
  // Headline-link lengths waiting for their nearest block's text length (one list per open block).
  const pending: number[][] = [];
  const visit = (e: Element, root: boolean): Walked => {
    const tag = tagOf(e);
    const block = BLOCK_TAGS.has(tag);
    const scope = block || root;
    if (scope) pending.push([]);
    let raw = '';
    let links = 0;
    let blockChild = false;
    let time = false;
    let kids = 0;
    let anchors = 0;
    let headings = 0;
    const headlinesBefore = s.headlineLinks;
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) raw += (c as Text).data;
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
    if (tag === 'a' && e.hasAttribute('href')) anchors++;
    if (/^h[2-6]$/.test(tag) && isHeadlineText(normSpace(raw))) headings++;
    // A card whose headline is not a link: <article><h3>Title</h3><a href><img></a></article>
    // (an overlay card: only the picture links to the story). One headline, a link, little text.
    if (!root && tag === 'article' && headings === 1 && anchors > 0 && s.headlineLinks === headlinesBefore && normSpace(raw).length <= 300) s.headlineLinks++;
    if (!root && tag === 'a') {
      const t = normSpace(raw);
      links += t.length;
      s.linkText += t.length;
      if (isHeadlineText(t)) pending[pending.length - 1]!.push(t.length);
    }
    if (scope) {
      const waiting = pending.pop()!;
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
        if ((tag === 'p' || tag === 'div' || tag === 'blockquote') && t.length >= STORY_PARAGRAPH_MIN && density <= 0.25 && (STORY_END.test(t) || t.length > 400)) {
          s.storyParagraphs++;
        }
      }
    }
    if (tag === 'time') s.dates++;
    else if (kids <= 2 && raw.length <= 200 && !time) {
      const t = normSpace(raw);
      if (t.length <= 40 && DATE_LINE.test(t)) s.dates++;
    }
    if (root) s.text = normSpace(raw).length;
    return { raw, links, block, time: time || tag === 'time', anchors, headings };
  };
  visit(el, true);
  return s;
}

export function isStoryParagraph(el: Element): boolean {
  const t = tagOf(el);
  if (t !== 'p' && t !== 'div' && t !== 'blockquote') return false;
  const text = textOf(el);
  if (text.length < STORY_PARAGRAPH_MIN) return false;
  if (linkDensity(el) > 0.25) return false;
  // Prose: several sentences' worth of words, ending like a sentence.
  return /[.!?…"”’»)]$/.test(text) || text.length > 400;
}

/** Does this block look like a run of teasers (other stories' headlines, dates, blurbs) rather
 *  than story text? Generous to the story: a teaser brings at most one blurb, so more prose
 *  blocks than headlines, or long prose per headline, means story. */
export function looksLikeTeasers(s: Shape): boolean {
  if (s.text === 0) return true;
  const prose = s.text - s.linkText;
  const items = Math.max(s.headlineLinks, s.dates);
  // Rails' blurbs are short: three long prose paragraphs are a story whatever links surround it,
  // unless each comes with its own headline link and date, as cards with long excerpts do.
  const cards = Math.min(s.headlineLinks, s.dates);
  if (s.storyParagraphs > cards && (s.storyParagraphs >= 3 || (s.storyParagraphs >= 2 && s.storyParagraphs > items / 2))) return false;
  if (items === 0) return s.proseBlocks === 0 && s.linkText / s.text > 0.6;
  if (s.proseBlocks > items + 1) return false;
  return prose / items <= 320;
}
