// The story's leaf blocks and their texts, read once and shared by the story-stage rules. Six
// rules each listed the leaf blocks of the story container and read each one's text (a walk of
// the container and a textContent per block, per rule). Between two of them the story changes
// only when a rule drops something, and every drop goes through Removals, which counts them: a
// reader whose count is behind reads again. So each rule sees exactly what a fresh read gives.
// Readability's rewrite counts as a change too (Removals.beginStory), so one reader serves the
// page stage and the story stage of an analysis.
import { leafBlocks, normSpace } from '../dom';

/** What the reader needs of Removals: how many times the story has been changed. */
interface Changes {
  readonly changes: number;
}

export class LeafReader {
  private seen = -1;
  private root: Element | null = null;
  private blocks: Element[] = [];
  private readonly texts = new Map<Element, string>();
  private readonly verdicts = new Map<(text: string) => unknown, Map<string, unknown>>();

  constructor(private readonly changes: Changes) {}

  /** leafBlocks(root), as it is now. Do not mutate the list. */
  leaves(root: Element): readonly Element[] {
    this.sync();
    if (this.root !== root) {
      this.root = root;
      this.blocks = leafBlocks(root);
    }
    return this.blocks;
  }

  /** normSpace(el.textContent), as it is now. */
  text(el: Element): string {
    this.sync();
    let t = this.texts.get(el);
    if (t === undefined) this.texts.set(el, (t = normSpace(el.textContent)));
    return t;
  }

  /** test(text), remembered for the whole analysis: for tests of text alone (a lexicon
   *  battery), which the page and story stages ask of the same lines. */
  classify<T>(text: string, test: (text: string) => T): T {
    let seen = this.verdicts.get(test) as Map<string, T> | undefined;
    if (!seen) this.verdicts.set(test, (seen = new Map()));
    let verdict = seen.get(text);
    if (verdict === undefined && !seen.has(text)) seen.set(text, (verdict = test(text)));
    return verdict as T;
  }

  private sync(): void {
    if (this.seen === this.changes.changes) return;
    this.seen = this.changes.changes;
    this.root = null;
    this.texts.clear();
  }
}
