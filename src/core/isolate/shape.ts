// Measures of a block's shape that tell a story paragraph from a teaser: how much of it is
// headline links, how much plain prose, whether it carries a teaser date. Shared by the rail,
// teaser and end-matter rules so they agree on what "looks like the story" means.
import { BLOCK_TAGS, descendants, isLeafBlock, linkDensity, rawTextLengthUpTo, tagOf, textOf } from '../dom';
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

/** Is the link (nearly) all of its block's text? Cards put headlines in their own element;
 *  stories put links inside sentences. */
function isStandalone(a: Element, linkLength: number, stop: Element): boolean {
  for (let cur = a.parentElement; cur; cur = cur.parentElement) {
    if (BLOCK_TAGS.has(tagOf(cur)) || cur === stop) return linkLength >= STANDALONE_SHARE * textOf(cur).length;
  }
  return true;
}

export function shapeOf(el: Element): Shape {
  const text = textOf(el).length;
  let linkText = 0;
  let headlineLinks = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const t = textOf(a);
    linkText += t.length;
    if (isHeadlineText(t) && isStandalone(a, t.length, el)) headlineLinks++;
  }
  let proseBlocks = 0;
  let storyParagraphs = 0;
  for (const b of [el, ...descendants(el)]) {
    if (!isLeafBlock(b)) continue;
    const t = textOf(b);
    if (t.length < PROSE_MIN || !SENTENCE_END.test(t) || linkDensity(b) >= 0.3) continue;
    proseBlocks++;
    if (isStoryParagraph(b)) storyParagraphs++;
  }
  return { text, linkText, headlineLinks, dates: countDates(el), proseBlocks, storyParagraphs };
}

const SENTENCE_END = /[.!?…"”’»)。！？]$/;

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
    if (e.children.length > 2 || rawTextLengthUpTo(e, 200) > 200) continue;
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

/** Does this block look like a run of teasers (other stories' headlines, dates, blurbs) rather
 *  than story text? Generous to the story: a teaser brings at most one blurb, so more prose
 *  blocks than headlines, or long prose per headline, means story. */
export function looksLikeTeasers(s: Shape): boolean {
  if (s.text === 0) return true;
  const prose = s.text - s.linkText;
  const items = Math.max(s.headlineLinks, s.dates);
  // Rails' blurbs are short: three long prose paragraphs are a story whatever links surround it.
  if (s.storyParagraphs >= 3 || (s.storyParagraphs >= 2 && s.storyParagraphs > items / 2)) return false;
  if (items === 0) return s.proseBlocks === 0 && s.linkText / s.text > 0.6;
  if (s.proseBlocks > items + 1) return false;
  return prose / items <= 320;
}
