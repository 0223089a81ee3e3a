// Headings left without a section. A heading whose section was a widget (a live ticker, a poll,
// a video player: script-filled, empty in the page's HTML) or whose section a rule removed stands
// straight before the next heading of its level, or ends the story: it heads nothing.
import { following, tagOf } from '../dom';
import type { LeafReader } from './leaves';
import type { Removals } from './removals';

/** A sentence printed as a heading (a standfirst in an <h2>) is prose, not a section title. */
const MIN_PROSE_HEADING = 80;
const isProse = (text: string) => text.length >= MIN_PROSE_HEADING && /[^.][.!?]$/u.test(text);

const HEADING_LEVEL: Record<string, number> = { h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export function removeOrphanHeadings(root: Element, removals: Removals, read: LeafReader): void {
  const leaves = read.leaves(root).filter((el) => read.text(el));
  const orphans: Element[] = [];
  for (let i = 0; i < leaves.length; i++) {
    const level = HEADING_LEVEL[tagOf(leaves[i]!)];
    if (!level || isProse(read.text(leaves[i]!))) continue;
    const next = leaves[i + 1];
    const nextLevel = next ? HEADING_LEVEL[tagOf(next)] ?? (tagOf(next) === 'h1' ? 1 : 0) : 1;
    if (nextLevel && nextLevel <= level && !(next && headsMedia(leaves[i]!, next, root))) orphans.push(leaves[i]!);
  }
  for (const el of orphans) removals.drop(el, 'empty-heading');
}

/** Elements that are a section's content without any text: a gallery post titles each picture
 *  with a heading ("Season's Greetings", then the card; "Christmas Ribbon", then the next). */
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'embed', 'object']);

/** Whether a picture or other media stands between `heading` and the next text block `next`
 *  (the end of `root` when there is none): the heading heads it. The nodes between two text
 *  blocks hold no text, so the walk is short. A tracking pixel (1×1) heads nothing. */
function headsMedia(heading: Element, next: Element | undefined, root: Element): boolean {
  let el: Element | null = following(heading, root);
  while (el && el !== next) {
    if (next && el.contains(next)) {
      el = el.firstElementChild ?? following(el, root);
      continue;
    }
    if (MEDIA.has(tagOf(el)) && !isPixel(el)) return true;
    const inner = el.querySelector('img, picture, video, audio, iframe, svg, canvas, embed, object');
    if (inner && !isPixel(inner)) return true;
    el = following(el, root);
  }
  return false;
}

const isPixel = (el: Element) => ['width', 'height'].some((a) => /^\s*[0-2](px)?\s*$/.test(el.getAttribute(a) ?? ''));
