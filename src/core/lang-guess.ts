// The language of a story whose page does not declare one (no lang attribute, no og:locale):
// one page in seven among the open sets' stories with quotes. The quote finder reads German,
// Romance and Slavic attribution only when it knows the language, so an undeclared German
// interview lost every „…“, sagt sie. Function words decide: a news paragraph carries dozens of
// them, and each language here has a set the others barely use. Only the languages the quote
// finder has rules for are told apart; anything else stays unknown, as before.
// (franc-min would tell 82 languages apart, but its 140 KB of trigrams would double the quote
// finder's bundle for the few languages Lede reads differently.)

import { isLetter } from './chars';

/** Words common in running text of one language and rare as words of the others. */
const FUNCTION_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['en', 'the and of to is that was for with he she they have has had been this from but not are were would will which'],
  ['de', 'der die das und ist nicht mit von den sich auch ein eine dass zu im dem des auf wird wurde sind sie er noch nach bei'],
  ['fr', 'le les et des est une du que pour dans qui pas sur au aux avec il elle ce cette sont mais plus nous ont été'],
  ['es', 'el los las y del por una con para es está pero como más su sus al lo fue ha muy también sobre entre'],
  ['it', 'il che di gli della delle non sono è per una anche ma con degli nel nella alla ha questo essere stato'],
  ['pt', 'não em uma os ao dos das com é são também mas mais pelo pela foi tem seu sua às nos na'],
  ['nl', 'het een en van is dat niet op met voor zijn ook aan bij maar wordt werd naar deze wel'],
  ['cs', 'se na je že jsou jako ale by také jsem který která které podle už když pro mezi'],
  ['pl', 'się że nie jest do jak ale przez dla czy już który która które jego oraz także być'],
];
const LANGS = FUNCTION_WORDS.map(([lang]) => lang);
/** Each function word with the languages (indexes into LANGS) it belongs to: one lookup a word. */
const WORD_LANGS = new Map<string, number[]>();
FUNCTION_WORDS.forEach(([, words], i) => {
  for (const w of words.split(' ')) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), i]);
});

/** How many words to read: a clear count comes within a few paragraphs; a giant story costs no
 *  more than a short one. */
const SAMPLE_WORDS = 600;

/**
 * The language of `paragraphs` as a BCP 47 primary tag ('de', 'fr', …), or undefined when the
 * text is too short or no language clearly leads. Cyrillic text is 'ru' (the quote finder reads
 * all Slavic languages alike).
 */
export function guessLanguage(paragraphs: readonly string[]): string | undefined {
  const counts = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  // By letters, not words: Japanese and Chinese write no spaces, a sentence is one "word".
  let letters = 0;
  let latin = 0;
  let cyrillic = 0;
  outer: for (const p of paragraphs) {
    const lower = p.toLowerCase();
    // Words are runs of letters (\p{L}+), found by character code: a regex, its match object a
    // word, cost as much as the whole of the rest of the guess.
    for (let i = 0; i < lower.length; ) {
      let cp = lower.codePointAt(i)!;
      if (!isLetter(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const start = i;
      do i += cp > 0xffff ? 2 : 1;
      while (i < lower.length && isLetter((cp = lower.codePointAt(i)!)));
      const w = lower.slice(start, i);
      if (++words > SAMPLE_WORDS) break outer;
      letters += w.length;
      const c = w.charCodeAt(0);
      // Basic Latin, Latin-1 and Latin Extended-A/B letters; Cyrillic.
      if (c < 0x250) latin += w.length;
      else if (c >= 0x400 && c < 0x530) cyrillic += w.length;
      const langs = WORD_LANGS.get(w);
      if (langs) for (const k of langs) counts[k]++;
    }
  }
  if (words < 30) return undefined;
  if (cyrillic > letters / 2) return 'ru';
  // Japanese or Arabic with a few English words in it is not English.
  if (latin <= letters / 2) return undefined;
  let best = -1;
  let second = -1;
  for (let i = 0; i < counts.length; i++) {
    if (best < 0 || counts[i] > counts[best]) [second, best] = [best, i];
    else if (second < 0 || counts[i] > counts[second]) second = i;
  }
  // A clear lead: function words are a fifth or more of running text; one in twenty is the
  // floor, and the runner-up (a shared word like "de", "la") must trail well behind.
  if (counts[best] < Math.min(words, SAMPLE_WORDS) / 20 || counts[second] * 1.5 > counts[best]) return undefined;
  return LANGS[best];
}
