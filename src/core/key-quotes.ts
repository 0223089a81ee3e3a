// Which of the ranked quotes the popup shows as key quotes. Its own small module (types only) so
// that the popup can use it without bundling the quote finder.
import type { Quote, SpeakerConfidence } from './types';

export const KEY_QUOTES = 5;

/** Below this many quotes shown, one whose speaker came from a pronoun or an earlier quote of
 *  its paragraph ('medium') may fill in; a quote with no speaker found ('low') only when nothing
 *  else would be shown. A misattributed quote is worse than none: on the tune half of quotes-dev
 *  this takes the popup's right-speaker share from 60 % to 71 %, showing 102 quotes not 139. */
const MIN_SHOWN: Record<SpeakerConfidence, number> = { high: Infinity, medium: 3, low: 1 };

/** The key quotes: a prefix of `quotes` (ranked by findQuotes, surest speakers first), so an
 *  index into it is an index into `quotes`. Quotes without a confidence count as sure. */
export function keyQuotes(quotes: readonly Quote[], max = KEY_QUOTES): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    if (out.length >= max || out.length >= MIN_SHOWN[q.confidence ?? 'high']) break;
    out.push(q);
  }
  return out;
}
