// The time budget of one analysis, checked inside the long loops and not only between stages:
// a single stage on a hostile page (a walk of every element, sentence splitting of a giant
// text) could otherwise run far past the limit before anyone looked at the clock.
//
// Module state rather than a parameter threaded through every rule: each stage of an analysis runs
// synchronously inside withBudget (analyzeInSlices pauses only between stages), so only one budget
// is ever running in a JavaScript world at a time, and withBudget puts back what it found.
// Outside withBudget (rules run on their own in tests and the bench) checkTime costs a decrement.

/** Thrown by checkTime once the deadline is past; analyze turns it into a 'timeout' Failure. */
export class Timeout extends Error {
  constructor(stage = '') {
    super(stage);
    this.name = 'Timeout';
  }
}

/** Loop iterations between two looks at the clock: a look costs far more than an iteration
 *  (performance.now() is a call into the engine), and 512 iterations of any of our loops take
 *  well under a millisecond. */
export const CHECK_EVERY = 512;

let clock: (() => number) | null = null;
let deadline = Infinity;
let countdown = CHECK_EVERY;

/** Throw Timeout when the running analysis is past its deadline; looks at the clock once every
 *  CHECK_EVERY calls. Call it once per iteration of a loop whose length the page decides;
 *  `cost` counts an iteration that did the work of many (a long text read). */
export function checkTime(cost = 1): void {
  if ((countdown -= cost) > 0) return;
  countdown = CHECK_EVERY;
  if (clock !== null && clock() > deadline) throw new Timeout();
}

/** Run `work` with checkTime throwing once `now()` passes `until`. */
export function withBudget<T>(now: () => number, until: number, work: () => T): T {
  const saved = { clock, deadline, countdown };
  clock = now;
  deadline = until;
  countdown = CHECK_EVERY;
  try {
    return work();
  } finally {
    ({ clock, deadline, countdown } = saved);
  }
}

/** Readability's helpers that its loops call per node: the walk, an element's text, a query by
 *  tag name. Its cleaning pass reads the text of every container under every container, which
 *  on a page 400 levels deep with 25,000 paragraphs ran for minutes in one call of parse(). */
const READABILITY_HOT = ['_getNextNode', '_getInnerText', '_getAllNodesWithTag'];

/** Make a Readability instance stop at the deadline: its hot helpers, wrapped on the instance,
 *  call checkTime after each call, costed by what they return (a text's length, a list's). The
 *  helpers are private, so a missing one (another Readability version) is left alone: the
 *  other limits still bound the work. */
export function interruptible<T extends object>(reader: T): T {
  const slots = reader as unknown as Record<string, unknown>;
  for (const name of READABILITY_HOT) {
    const original = slots[name];
    if (typeof original !== 'function') continue;
    // Two fixed arguments (all three helpers take two), not rest and apply: _getNextNode runs
    // once per node of the page, and a rest array per call is measurable there.
    slots[name] = function (this: unknown, a: unknown, b: unknown): unknown {
      const result: unknown = original.call(this, a, b);
      checkTime(costOf(result));
      return result;
    };
  }
  return reader;
}

function costOf(result: unknown): number {
  if (typeof result === 'string') return 1 + (result.length >> 10);
  const length = (result as { length?: unknown } | null)?.length;
  return typeof length === 'number' ? 1 + (length >> 4) : 1;
}
