// Measures of a block's shape that tell a story paragraph from a teaser: how much of it is
// headline links, how much plain prose, whether it carries a teaser date. Shared by the rail,
// teaser and end-matter rules so they agree on what "looks like the story" means.
import { descendants, childrenOf, linkDensity, normSpace, tagOf, textOf } from '../dom';
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
  headlineLinks: number; // links of headline length
  dates: number; // date lines ("Updated 04 Mar, 2025")
  storyParagraphs: number; // long, link-poor paragraphs
}

export function shapeOf(el: Element): Shape {
  const text = textOf(el).length;
  let linkText = 0;
  let headlineLinks = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const t = textOf(a);
    linkText += t.length;
    if (isHeadlineText(t)) headlineLinks++;
  }
  return { text, linkText, headlineLinks, dates: countDates(el), storyParagraphs: countStoryParagraphs(el) };
}

/** Leaf-ish blocks whose whole text is a teaser date. */
function countDates(el: Element): number {
  let n = 0;
  const all = [el, ...descendants(el)];
  for (const e of all) {
    const t = tagOf(e);
    if (t === 'time') {
      n++;
      continue;
    }
    if (e.children.length > 2) continue;
    const s = textOf(e);
    if (s.length <= 40 && DATE_LINE.test(s) && !e.getElementsByTagName('time').length) n++;
  }
  return n;
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

function countStoryParagraphs(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) if (isStoryParagraph(p)) n++;
  if (tagOf(el) === 'p' && isStoryParagraph(el)) n++;
  return n;
}

/** Does this block look like a run of teasers (other stories' headlines, dates, blurbs) rather
 *  than story text? Generous to the story: long link-poor prose vetoes. */
export function looksLikeTeasers(s: Shape): boolean {
  if (s.text === 0) return true;
  const items = Math.max(s.headlineLinks, s.dates);
  if (items === 0) return s.linkText / s.text > 0.6;
  // Each teaser brings at most a blurb; story text is far longer per link.
  const prosePerItem = (s.text - s.linkText) / items;
  if (prosePerItem > 320) return false;
  if (s.storyParagraphs > items) return false;
  return true;
}

/** A short single-line text in a block that could be a label or heading. */
export function isShortLine(el: Element, max = 60): boolean {
  const t = normSpace(el.textContent);
  return t.length > 0 && t.length <= max;
}

/** The element's element-children that carry text. */
export function textChildren(el: Element): Element[] {
  return childrenOf(el).filter((c) => textOf(c).length > 0 || c.getElementsByTagName('img').length > 0);
}
