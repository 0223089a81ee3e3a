// The record of what the isolation rules dropped and why: the reader's "N blocks removed" list,
// the CLI's `removed[]`, and the best debugging tool we have for a rule that went too far.
import { blockText, remove } from '../dom';
import type { RemovalReason, RemovedBlock } from '../types';

const MAX_TEXT = 600;

export class Removals {
  readonly blocks: RemovedBlock[] = [];

  /** Detach `el` from its tree and record it. Empty blocks are removed silently. */
  drop(el: Element, reason: RemovalReason): void {
    const text = blockText(el).replace(/\n+/g, '\n');
    remove(el);
    if (!text) return;
    this.blocks.push({ reason, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text });
  }

  dropAll(els: Element[], reason: RemovalReason): void {
    if (!els.length) return;
    const text = els.map((e) => blockText(e)).filter(Boolean).join('\n').replace(/\n+/g, '\n');
    for (const e of els) remove(e);
    if (text) this.blocks.push({ reason, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text });
  }
}
