// Which of the ranked quotes the popup shows as key quotes. Its own small module (types only) so
// that the popup can use it without bundling the quote finder.
import type { Quote, SpeakerConfidence } from './types';

export const KEY_QUOTES = 5;

/** A quote whose speaker came from a pronoun, a description, an earlier quote or the sentence's
 *  subject ('medium') is shown only when no sure one is (it is then marked "probably"); one with
 *  no speaker found, or only the nearest person as a guess ('low'), likewise. A misattributed
 *  quote is worse than none: in the popup, medium speakers were right for 7 of 16 on the tune half
 *  of quotes-dev and 4 of 8 on the held half, sure ones for 97 of 99 and 91 of 101. Letting medium
 *  ones fill up to three (as before) showed 115 quotes on tune, 89.6 % right; up to one, 100
 *  quotes, 94.0 % (held: 104, 90.4 %); none, 97, 96.9 %, but nothing on a page whose every speaker
 *  is a guess. */
const MIN_SHOWN: Record<SpeakerConfidence, number> = { high: Infinity, medium: 1, low: 1 };

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

/** Whether a quote's speaker is marked as less than sure ("probably") where it is shown: found
 *  through a pronoun or an earlier quote ('medium'), or the nearest person taken for a quote
 *  nothing attributes ('low'). */
export const speakerIsGuess = (q: Quote): boolean => q.speaker !== null && (q.confidence ?? 'high') !== 'high';
