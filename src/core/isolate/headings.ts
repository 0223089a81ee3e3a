// Headings left without a section. A heading whose section was a widget (a live ticker, a poll,
// a video player: script-filled, empty in the page's HTML) or whose section a rule removed stands
// straight before the next heading of its level, or ends the story: it heads nothing.
import { tagOf } from '../dom';
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
    if (nextLevel && nextLevel <= level) orphans.push(leaves[i]!);
  }
  for (const el of orphans) removals.drop(el, 'empty-heading');
}
