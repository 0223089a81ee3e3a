// What a page's extracted text got wrong, in words a reader can act on: the lines that leaked in
// (not in the reference) and the reference lines that went missing. Pure, no harness needed, so
// the unit tests can run without ../shared.
//
// The scores come from 4-token shingles (../shared/bench/metrics.mjs); this is only the
// explanation next to them. Line granularity is deliberate: a leaked rail or caption is a whole
// block, and "which block" is what someone fixing the extractor needs to see.

/** Case-folded, every run of whitespace (NBSP included) one space, trimmed: the harness's
 *  snippet normalisation, so a line "present" here is present the way a snippet would be. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The comparison key: case-folded with all whitespace removed, so that a line whose only
 *  difference is spacing (a space lost or added around a link, "“ don’t" vs "“don’t") is not
 *  reported as both leaked and missing; the shingle metric ignores spacing almost everywhere. */
function key(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, '');
}

export interface LineEntry {
  /** The line, normalised. */
  text: string;
  /** How many copies of it are absent from the other side (usually 1). */
  count: number;
}

export interface LineSide {
  /** The lines absent from the other side, biggest first (by characters times copies). */
  lines: LineEntry[];
  /** Total characters of those lines (normalised, every absent copy counted). */
  chars: number;
}

export interface LineDiff {
  /** Lines of the prediction that the reference does not contain. */
  leaked: LineSide;
  /** Lines of the reference that the prediction does not contain. */
  missing: LineSide;
}

/** Non-overlapping occurrences of `needle` in `hay`, counting no further than `max`. */
function occurrences(hay: string, needle: string, max: number): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1 && n < max; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

function absent(from: string, other: string): LineSide {
  const hay = key(other);
  // A line counts as present when it occurs anywhere in the other side's full text, so a
  // paragraph split or joined differently on the two sides is not reported as a difference.
  // Copies count: a line the reference repeats (a meal plan's "Eat every 2–3 hours") is missing
  // as many times as the prediction falls short, which is what the multiset metric penalises.
  const groups = new Map<string, LineEntry>();
  for (const raw of from.split('\n')) {
    const text = normalize(raw);
    if (!text) continue;
    const k = key(text);
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { text, count: 1 });
  }
  const lines: LineEntry[] = [];
  for (const [k, g] of groups) {
    const extra = g.count - occurrences(hay, k, g.count);
    if (extra > 0) lines.push({ text: g.text, count: extra });
  }
  // Stable sort: equal sizes keep text order.
  lines.sort((a, b) => b.text.length * b.count - a.text.length * a.count);
  return { lines, chars: lines.reduce((n, l) => n + l.text.length * l.count, 0) };
}

/** Line-level difference between a reference text and a predicted one. */
export function lineDiff(truth: string, pred: string): LineDiff {
  return { leaked: absent(pred, truth), missing: absent(truth, pred) };
}

/** `s` cut to at most `max` characters, with an ellipsis when cut. */
export function clip(s: string, max = 100): string {
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Per-page snippet outcome as precision, recall and F1 (for ranking pages of snippet sets).
 *  A page with nothing kept wrongly and nothing missing is perfect, like the token page scores;
 *  precision (recall) is NaN when the page found no snippet (had none to find), as it then adds
 *  nothing to the set's summed figures; F1 = 2TP / (2TP + FP + FN) is always defined. */
export function snippetPageScores(m: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  if (m.fp === 0 && m.fn === 0) return { precision: 1, recall: 1, f1: 1 };
  return {
    precision: m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : NaN,
    recall: m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : NaN,
    f1: (2 * m.tp) / (2 * m.tp + m.fp + m.fn),
  };
}

/** How Lede's page F1 compares with Readability's on the same page, in a few words. */
export function verdict(lede: number, readability: number, eps = 0.005): string {
  if (Math.abs(lede - readability) < eps) return 'same as Readability (not fixed, not caused)';
  return lede > readability ? 'Lede better than Readability (improved, not fixed)' : 'Readability better (Lede made it worse)';
}
