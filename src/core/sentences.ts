// Sentence splitting shared by the summary and the quote finder.
//
// Intl.Segmenter (ICU's sentence rules) does the heavy lifting and knows scripts we do not
// (。, ।, ؟ …), but it was written for general prose and breaks news copy in predictable places:
// after titles ("Gen. | Frank McKenzie"), initialisms before a capital ("The U.S. | Army"),
// abbreviated months before a day ("Aug. | 15"), initials ("J. | R. | R. Tolkien"), and after a
// quoted question before its attribution ("“Why now?” | she asked."). We split with ICU, then
// glue those pieces back with rules that look at both sides of each break, so that real
// sentence ends ("…works at Apple Inc. | The company said") stay split.
import { checkTime } from './budget';
import { isSpace, isWordChar } from './chars';
import { CHINESE_SAY } from './quotes/lexicon';

/** Han ideographs and kana: scripts written without spaces between words. Hangul is not here:
 *  Korean puts spaces between words. */
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Characters per word in Chinese and Japanese (dictionary words average 1.5–2 characters): a
 *  CJK character carries about two thirds of a word, where a Latin letter carries a fifth. */
export const CJK_CHARS_PER_WORD = 1.5;

/** Number of CJK characters in `text` (0 for text in other scripts, checked cheaply first). */
export function cjkCount(text: string): number {
  CJK_CHARS.lastIndex = 0;
  if (!CJK_CHARS.test(text)) return 0;
  CJK_CHARS.lastIndex = 0;
  return text.match(CJK_CHARS)?.length ?? 0;
}

/** Words in `text`: whitespace-separated tokens holding a letter or digit, where a run of
 *  Chinese or Japanese counts as CJK_CHARS_PER_WORD characters a word (no spaces there: a whole
 *  sentence would otherwise be one "word"). Same as the plain count for text without CJK. */
export function wordCount(text: string): number {
  const cjk = cjkCount(text);
  if (!cjk) return plainWordCount(text);
  const tokens = text.split(/\s+/).filter((w) => WORD_CHAR.test(w));
  // A token with CJK is its characters' share plus one for any letters or digits beside them
  // ("2019年" is a number and a word).
  let n = 0;
  for (const w of tokens) {
    const c = cjkCount(w);
    n += c ? c / CJK_CHARS_PER_WORD + (WORD_CHAR.test(w.replace(CJK_CHARS, '')) ? 1 : 0) : 1;
  }
  return n;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** text.split(/\s+/).filter((w) => WORD_CHAR.test(w)).length, by character code: the quote
 *  finder counts the words of every quote and of the narration between quotes. */
function plainWordCount(text: string): number {
  let n = 0;
  let counted = false; // the token under way holds a letter or digit, and is counted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      counted = false;
      continue;
    }
    if (counted || !isWordChar(text.codePointAt(i)!)) continue;
    counted = true;
    n++;
  }
  return n;
}

/** A character outside ASCII and General Punctuation (’ “ — …), a block with no letter, digit or
 *  case mapping in it: text without one has no letters or digits but ASCII ones, and lower-cases
 *  letter for letter. The summary's tokens and the quote finder's verbs have fast paths there. */
export const BEYOND_ASCII = /[^\x00-\x7f\u2000-\u206f]/;

/** Titles and name prefixes: a break after one of these is never a sentence end in news prose. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl',
  'pvt', 'adm', 'cmdr', 'brig', 'lieut', 'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'hon', 'st',
  'ste', 'mt', 'ft', 'supt', 'insp', 'det', 'cllr', 'messrs', 'mme', 'mlle', 'sr', 'sra', 'srta', 'eng',
]);

/** Abbreviations that precede a number: "Aug. 15", "No. 10", "Vol. 3", "pp. 12". */
const NUMBER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'pp', 'p', 'art', 'fig', 'ch', 'sec', 'para', 'op', 'nr',
]);

/** Abbreviations that can end a sentence; glued only when the next piece does not look like a
 *  new sentence ("Apple Inc. said" is one sentence; "Apple Inc. The company" is two). */
const TRAILING_ABBREVIATIONS = new Set([
  'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'bros', 'jr', 'etc', 'vs', 'v', 'cf', 'approx', 'est',
  'al', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
]);

/** Words that usually start a new sentence: after "the U.S." a capitalised one of these means the
 *  initialism ended the sentence ("…in the U.S. The"), any other capital continues a name
 *  ("the U.S. Army", "U.K. Prime Minister"). */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'his', 'her', 'its', 'their', 'our', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'for',
  'after', 'before', 'when', 'while', 'if', 'as', 'since', 'however', 'meanwhile', 'still', 'now',
  'then', 'one', 'some', 'many', 'most', 'officials', 'police', 'what', 'who', 'why', 'how',
]);

const OPEN_PUNCT = `"'“‘«„‚(\\[¿¡`;

/** One segmenter per language, kept: constructing one costs far more than segmenting a story
 *  (ICU loads its break rules), and a CLI run or a browsing session alternates few languages. */
const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string | undefined): Intl.Segmenter | null {
  const key = lang ?? '';
  const known = segmenters.get(key);
  if (known !== undefined) return known;
  let seg: Intl.Segmenter | null = null;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    try {
      seg = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      // A page can declare any lang="…"; an invalid tag falls back to the default locale.
      seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
  }
  if (segmenters.size >= 32) segmenters.clear(); // lang="…" is page input: bound the cache
  segmenters.set(key, seg);
  return seg;
}

/** Fallback for runtimes without Intl.Segmenter: break after .!? (plus closers) and spaces. */
function regexSegments(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?…。！？]+[”’"')\]»]*\s+/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

const LAST_WORD_BEFORE_DOT = /([\p{L}.]+)\.\s*$/u;
const LEADING_OPEN_PUNCT = new RegExp(`^[${OPEN_PUNCT}]+`);
const FIRST_WORD = new RegExp(`^[\\s${OPEN_PUNCT}]*([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)`, 'u');

/** The last word of a piece (before its final period), lower-cased, without leading punctuation. */
function lastWordBeforeDot(piece: string): string {
  // The match holds no whitespace, so it lies in the last whitespace-free token (plus trailing
  // spaces): matching that tail alone gives the same result. Anchored at $ on the whole piece,
  // V8 retries the letter run from every position of the piece, and this was the splitter's
  // hottest regex.
  let k = piece.length;
  while (k > 0 && /\s/.test(piece[k - 1])) k--;
  while (k > 0 && !/\s/.test(piece[k - 1])) k--;
  const m = LAST_WORD_BEFORE_DOT.exec(k ? piece.slice(k) : piece);
  if (!m) return '';
  return m[1].replace(LEADING_OPEN_PUNCT, '');
}

/** First word of a piece after opening punctuation. */
function firstWord(piece: string): string {
  const m = FIRST_WORD.exec(piece);
  return m ? m[1] : '';
}

const isLower = (w: string) => /^\p{Ll}/u.test(w) && !/^\p{Ll}+\p{Lu}/u.test(w); // not "iPhone"
const isDigit = (w: string) => /^\p{N}/u.test(w);
const hasWordChar = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** A dateline alone: "WASHINGTON:", "LONDON (Reuters) -", "NEW YORK —". */
const DATELINE_ONLY = /^\s*[\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(?:,\s*[\p{L} .]+)?\s*(?:\([^)]{1,30}\))?\s*[:\-–—]\s*$/u;

/** Whether `t` ends with one of `marks` followed by at least `min` characters of `closers`
 *  (the two sets share no character): what /[marks][closers]{min,}$/ tests, read from the end.
 *  V8 runs an end-anchored regex from every position of the string. */
export function endsWithMark(t: string, marks: string, closers: string, min = 0): boolean {
  let k = t.length;
  while (k > 0 && closers.includes(t[k - 1])) k--;
  return t.length - k >= min && k > 0 && marks.includes(t[k - 1]);
}

const CJK_STOP_THEN_OPENING = /[。！？][“「『]+$/u;

/** A short Chinese attribution sentence: a speaker (name, role or pronoun) and a reporting verb
 *  (the quote finder's verbs, and the two a reply is reported with). */
const CJK_ATTRIBUTION = new RegExp(`^[^，。！？“”「」『』\\s]{1,16}?(?:${CHINESE_SAY}|问道|回答)[。！]?$`, 'u');

/** Should the break between `prev` and `next` be undone? */
function shouldJoin(prev: string, next: string): boolean {
  if (!hasWordChar(next)) return true; // a stray closing quote or bracket
  if (DATELINE_ONLY.test(prev)) return true;
  const trimmed = prev.trimEnd();
  const nextWord = firstWord(next);
  // Quoted question or exclamation followed by its attribution: “Why now?” she asked.
  if (endsWithMark(trimmed, '?!…', `”’"'»`, 1) && isLower(nextWord)) return true;
  // Chinese ends the quote with its own stop and then names the speaker: “……。”她说。 ICU breaks
  // after 。” but the attribution belongs to the quote.
  if (endsWithMark(trimmed, '。！？…', '”」』', 1) && CJK_ATTRIBUTION.test(next.trim())) return true;
  if (!trimmed.endsWith('.')) {
    return false;
  }
  if (trimmed.endsWith('...') || trimmed.endsWith('…')) return isLower(nextWord); // an ellipsis before a lower-case word
  const word = lastWordBeforeDot(trimmed);
  if (!word) return false;
  const lower = word.toLowerCase();
  // Initialisms and single initials: U.S., U.K., e.g., J. R. R. Tolkien, George W. Bush.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) {
    if (/^\p{Lu}$/u.test(word)) return true;
    if (isLower(nextWord) || isDigit(nextWord)) return true;
    return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower)) return isDigit(nextWord) || (isLower(nextWord) && lower !== 'no');
  if (TRAILING_ABBREVIATIONS.has(lower)) return isLower(nextWord) || isDigit(nextWord);
  return false;
}

/**
 * Split plain text into sentences. Line breaks are hard boundaries (paragraphs), whitespace is
 * collapsed, and every sentence is trimmed. `lang` is the page language (BCP 47), if known.
 */
export function splitSentences(text: string, lang?: string): string[] {
  const out: string[] = [];
  for (const pieces of segmentLines(linesOf(text), segmenterFor(lang))) joinPieces(pieces, out);
  return out;
}

/** Whitespace that replace(/[\s\u00a0]+/g, ' ') would change: two in a row, or any but a space. */
const UNNORMALISED = /\s\s|[^\S ]/;

/** The lines of a text: split at line breaks, whitespace collapsed, trimmed, blank ones dropped. */
function linesOf(text: string): string[] {
  const out: string[] = [];
  const all = String(text ?? '');
  for (const block of all.includes('\n') ? all.split(/\n+/) : [all]) {
    // Normalised text (what analyze passes) needs only the trim; replace() would copy it.
    const line = (UNNORMALISED.test(block) ? block.replace(/[\s\u00a0]+/g, ' ') : block).trim();
    if (line) out.push(line);
  }
  return out;
}

/** Glue ICU's pieces of one line back into sentences (see shouldJoin) and add them to `out`. */
function joinPieces(pieces: string[], out: string[]): void {
  const joined: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let piece = pieces[k];
    // ICU reads the “ that opens a quote right after 。 as closing punctuation of the sentence
    // before (“ is both in its tables): give the opening marks to the next sentence.
    const opening = k + 1 < pieces.length && '“「『'.includes(piece[piece.length - 1]) ? CJK_STOP_THEN_OPENING.exec(piece) : null;
    if (opening) {
      piece = piece.slice(0, opening.index + 1);
      pieces[k + 1] = opening[0].slice(1) + pieces[k + 1];
    }
    if (!piece.trim()) continue;
    const prev = joined.length ? joined[joined.length - 1] : undefined;
    if (prev !== undefined && shouldJoin(prev, piece)) joined[joined.length - 1] = prev + piece;
    else joined.push(piece);
  }
  for (const s of joined) {
    const t = s.trim();
    if (t) out.push(t);
  }
}

/** Segment text of about this many characters per Intl.Segmenter call. Each call has a fixed
 *  cost (~2 µs in V8) that dominates a one- or two-sentence paragraph, while the cost of each
 *  segment grows with the length of the text segmented (~1 µs per sentence at 1–4 KB, ~8 µs at
 *  60 KB). */
const CHUNK = 2000;

/** A line longer than this is segmented a window at a time: ICU's cost per segment grows with
 *  the length of the text, so one 2-million-character paragraph (a hostile page's) took 50 s in
 *  one call, against 0.3 s in windows. No real paragraph comes near. */
const LONG_LINE = 4 * CHUNK;

/** Cut a long line after a sentence stop and its space near every CHUNK characters (a space, or
 *  anywhere, when the text has none), so that windows rarely split a sentence. */
function* windowsOf(line: string): Generator<string> {
  for (let at = 0; at < line.length; ) {
    let end = Math.min(line.length, at + CHUNK);
    if (end < line.length) {
      const part = line.slice(at, end);
      const stop = Math.max(part.lastIndexOf('. '), part.lastIndexOf('? '), part.lastIndexOf('! '), part.lastIndexOf('。') - 1);
      const space = part.lastIndexOf(' ');
      if (stop > CHUNK / 2) end = at + stop + 2;
      else if (space > 0) end = at + space + 1;
    }
    yield line.slice(at, end);
    at = end;
  }
}

/** ICU's pieces of each line. Lines (which hold no line break) are segmented a chunk at a time,
 *  joined by "\n": a line feed is a hard sentence break (UAX #29 SB4) and no rule looks across
 *  it, so every line is cut exactly as it would be alone; the "\n" that ICU attaches to the
 *  last piece of a line is dropped here. */
function segmentLines(lines: string[], seg: Intl.Segmenter | null): string[][] {
  if (!seg) return lines.map(regexSegments);
  const out: string[][] = lines.map(() => []);
  for (let start = 0; start < lines.length; ) {
    if (lines[start].length > LONG_LINE) {
      for (const window of windowsOf(lines[start])) {
        for (const { segment } of seg.segment(window)) {
          checkTime();
          out[start].push(segment);
        }
      }
      start++;
      continue;
    }
    let end = start + 1;
    let size = lines[start].length;
    while (end < lines.length && size + 1 + lines[end].length <= CHUNK) size += 1 + lines[end++].length;
    let line = start;
    for (const { segment } of seg.segment(end - start === 1 ? lines[start] : lines.slice(start, end).join('\n'))) {
      checkTime();
      const parts = segment.split('\n');
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) line++;
        if (parts[k]) out[line].push(parts[k]);
      }
    }
    start = end;
  }
  return out;
}

/** News agencies whose name in parentheses marks a dateline wherever it stands. */
const AGENCY = String.raw`(?:CNN|AP|AFP|Reuters|UPI|dpa|IANS|PTI|ANI|EFE|ANSA|Xinhua|Bloomberg|KYODO|Kyodo|Yonhap)`;
/** "WASHINGTON:", "LONDON (Reuters) -", "NEW YORK, Jan. 5 —": a place in capitals, then a
 *  colon or dash and a space ("US-Streitkräfte haben…" is a compound word, not a dateline). */
const CAPS_DATELINE = String.raw`[\p{Lu}][\p{Lu}\p{M}.'-]*(?: [\p{Lu}][\p{Lu}\p{M}.'-]*){0,3}(?:,\s*[\p{L}.]+(?: [\p{L}.]+){0,2})?(?:,? \p{Lu}\p{Ll}{2}\.? \d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[:\-–—]+(?=\s)`;
/** "Washington (CNN)", "Kathmandu, Nepal (CNN) --": a place in title case, then an agency. */
const PLACE_AGENCY = String.raw`[\p{Lu}][\p{L}\p{M}.'-]*(?: [\p{Lu}][\p{L}\p{M}.'-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2})?\s*\(${AGENCY}\)\s*[:\-–—]*`;
/** "(CNN)", or any outlet in parentheses run straight into the sentence, the way CNN's pages
 *  print it: "(The Hollywood Reporter)Stan Freberg, whose…". */
const OUTLET = String.raw`\(${AGENCY}\)\s*[:\-–—]*|\((?:The )?[\p{Lu}][\p{L}.&' ]{1,30}\)(?=\p{Lu})`;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const DATELINE = new RegExp(String.raw`^\s*(?:${CAPS_DATELINE}|${PLACE_AGENCY}|${OUTLET})\s*`, 'u');

/** A leading dateline ("WASHINGTON:", "LONDON (Reuters) -", "(CNN)", "Washington (CNN)") and the
 *  rest of the sentence; `dateline` is '' when there is none. Shared by the summary, which
 *  strips it: "LOS ANGELES (AP) —" and "Kathmandu, Nepal (CNN)Rescuers…" reached summaries. */
export function splitDateline(sentence: string): { dateline: string; rest: string } {
  // What the checks below ask of a dateline, asked of the whole sentence first: without two
  // capitals in a row and without a "(", no prefix of it is one. DATELINE is the costliest
  // pattern to compile of the first answer (8 ms in a fresh content script), and most stories'
  // opening sentences never need it.
  if (!sentence.includes('(') && !TWO_CAPITALS.test(sentence)) return { dateline: '', rest: sentence };
  const m = DATELINE.exec(sentence);
  if (!m) return { dateline: '', rest: sentence };
  const rest = sentence.slice(m[0].length);
  // The rest must still be a sentence, and the dateline must be a place in capitals (at least
  // two capital letters in a row) or name an outlet in parentheses, not the first words of a
  // sentence.
  if (!/^[\p{Lu}\p{N}"“‘'«„]/u.test(rest) || rest.split(/\s+/).length < 3) return { dateline: '', rest: sentence };
  if (!/\p{Lu}{2}|\([^)]+\)/u.test(m[0])) return { dateline: '', rest: sentence };
  return { dateline: m[0].trim(), rest };
}

/** The last story split, by paragraphs array: the summary and the quote finder both split the
 *  same paragraphs (quotes twice: for sentence bounds and for relevance), and ICU segmentation
 *  was a third of their time. Keyed weakly by the array, checked against its strings and the
 *  language, so a mutated or different array is split afresh and nothing outlives the story. */
const storySplits = new WeakMap<readonly string[], { lang: string | undefined; texts: string[]; sentences: string[][] }>();

/** `splitSentences` of every paragraph (memoised per paragraphs array; do not mutate the result). */
export function splitParagraphs(paragraphs: readonly string[], lang?: string): readonly (readonly string[])[] {
  const hit = storySplits.get(paragraphs);
  if (hit && hit.lang === lang && hit.texts.length === paragraphs.length && hit.texts.every((t, i) => t === paragraphs[i])) {
    return hit.sentences;
  }
  // The whole story's lines in one segmentLines() call, so short paragraphs share ICU calls.
  const lines = paragraphs.map(linesOf);
  const pieces = segmentLines(lines.flat(), segmenterFor(lang));
  let k = 0;
  const sentences = lines.map((ls) => {
    const out: string[] = [];
    for (let i = 0; i < ls.length; i++) joinPieces(pieces[k++], out);
    return out;
  });
  storySplits.set(paragraphs, { lang, texts: [...paragraphs], sentences });
  return sentences;
}
