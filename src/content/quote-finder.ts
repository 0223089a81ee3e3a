// The quote finder reaches the content script in a script of its own (quotes.js, built from
// quotes-main.ts), which the background injects after the first answer: the quotes' code (a
// third of the core) is then neither compiled nor set up while the person waits for the story
// and its summary. Both scripts run in the extension's isolated world of the tab, which the
// page cannot see, and meet at one slot on its global object; each bundle has its own copy of
// this module, so the slot, not module state, holds the finder and who waits for it.
import type { QuoteFinder } from '../core/pipeline';

const SLOT = '__ledeQuoteFinder';

interface Slot {
  find: QuoteFinder | null;
  waiting: Array<(find: QuoteFinder) => void>;
}

function slot(world: object): Slot {
  const g = world as Record<string, Slot | undefined>;
  let s = g[SLOT];
  if (!s) {
    s = { find: null, waiting: [] };
    // Not enumerable and not replaceable: set once per world, whichever script comes first.
    Object.defineProperty(world, SLOT, { value: s, configurable: false, enumerable: false, writable: false });
  }
  return s;
}

/** quotes.js: hand the finder to whoever waits for it. A second injection changes nothing. */
export function provideQuoteFinder(find: QuoteFinder, world: object = globalThis): void {
  const s = slot(world);
  if (s.find) return;
  s.find = find;
  for (const resolve of s.waiting.splice(0)) resolve(find);
}

/** content.js: the finder, once quotes.js has run; null when it has not come within `timeoutMs`
 *  (the story is then shown without quotes rather than never). */
export function quoteFinder(timeoutMs: number, world: object = globalThis): Promise<QuoteFinder | null> {
  const s = slot(world);
  if (s.find) return Promise.resolve(s.find);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      s.waiting = s.waiting.filter((w) => w !== take);
      resolve(null);
    }, timeoutMs);
    const take = (find: QuoteFinder) => {
      clearTimeout(timer);
      resolve(find);
    };
    s.waiting.push(take);
  });
}
