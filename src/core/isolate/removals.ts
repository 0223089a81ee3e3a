// The record of what the isolation rules dropped and why: the reader's "N blocks removed" list,
// the CLI's `removed[]`, and the best debugging tool we have for a rule that went too far.
import { BLOCK_TAGS, isElement, normSpace, remove, tagOf, TEXT_NODE } from '../dom';
import type { RemovalReason, RemovedBlock } from '../types';

const MAX_TEXT = 600;

export class Removals {
  readonly blocks: RemovedBlock[] = [];

  /** Detach `el` from its tree and record it. Empty blocks are removed silently. */
  drop(el: Element, reason: RemovalReason): void {
    const text = readable(el);
    remove(el);
    if (!text) return;
    this.blocks.push({ reason, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text });
  }

  dropAll(els: Element[], reason: RemovalReason): void {
    if (!els.length) return;
    const text = els.map(readable).filter(Boolean).join('\n');
    for (const e of els) remove(e);
    if (text) this.blocks.push({ reason, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text });
  }
}

/** Text of a removed block for people: one line per block, and a space between the texts of
 *  adjacent inline elements too (menus often write their links with nothing between them). */
function readable(el: Element): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === TEXT_NODE) {
      out.push((n as Text).data, ' ');
      return;
    }
    if (!isElement(n)) return;
    const tag = tagOf(n);
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return;
    const block = BLOCK_TAGS.has(tag) || tag === 'br';
    if (block) out.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(el);
  return out
    .join('')
    .split('\n')
    .map(normSpace)
    .filter(Boolean)
    .join('\n');
}
