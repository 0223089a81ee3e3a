// Quote spans: every quotation-mark pair in a paragraph (and ”…“ in right-to-left text), straight
// single quotes included and apostrophes left out. See ../quotes.ts for the whole pipeline.

// ---- 1. spans ---------------------------------------------------------------------------------

const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '‚': '‘’', '«': '»', '‹': '›', '「': '」', '『': '』', '‘': '’', '"': '"', "'": "'", '»': '«', '›': '‹', '”': '“' };

/** The mark of the other kind that closes a quote its own kind never closes (mixed marks). */
const MIXED: Record<string, string> = { '“': '"', '"': '”', '‘': "'", "'": '’' };

/** Any key of CLOSERS. */
const OPENING = /[“„‚«‹「『‘"'»›”]/g;

/** Elisions that begin with an apostrophe and are not a quote's opening mark: rock 'n' roll, the
 *  '90s, 'em, 'til, 'tis, 'cause. */
const ELISION = /^['‘’](?:n['’]|\d\ds\b|\d\d(?![\p{L}\p{N}])(?!\s*(?:per|%))|(?:em|til|tis|twas|cause|bout)\b)/iu;

/** Before a ‘ that is a prime, not an opening mark: minutes and seconds typed with curly marks
 *  after a number ("Ndoye (67.‘)", "1‘06‘‘" in German sports copy). */
const PRIME = /\d[.,]?‘*$/;

/** A single quotation mark (straight or typographic) that closes: after a non-space, before a
 *  non-letter. "don't", "l'État", "dell'Italia" have a letter on both sides: apostrophes. */
const closesSingle = (text: string, j: number) =>
  /\S/.test(text[j - 1] ?? ' ') && (!isWordChar(text[j + 1]) || (CJK_OR_HANGUL.test(text[j + 1]) && !/\p{Script=Latin}/u.test(text[j - 1])));

/** Korean, Chinese and Japanese set a particle or the next word right after a closing mark
 *  ('통합'을), where no apostrophe can be. */
const CJK_OR_HANGUL = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

/** A straight ' that opens: at the start or after a space or opening punctuation, before a letter,
 *  a digit or an opening mark, and not an elision. */
const opensStraightSingle = (text: string, i: number) =>
  (i === 0 || /[\s(\[—–\-“"«„:]/.test(text[i - 1])) && /[\p{L}\p{N}¡¿“"…]/u.test(text[i + 1] ?? '') && !ELISION.test(text.slice(i, i + 6));

/** "the teachers' pay", "goin' home": a plural possessive or a dropped g (s' or in' before a
 *  lower-case word) closes a single quote only when no other closing mark follows before the
 *  next opening one. The n' of rock 'n' roll never closes. */
function possessive(text: string, j: number, mark: string): boolean {
  if (/\s['‘’]n$/.test(text.slice(j - 3, j))) return true;
  if (!/(?:s|in)$/.test(text.slice(j - 2, j)) || !/^\s+\p{Ll}/u.test(text.slice(j + 1, j + 4))) return false;
  const nextOpen = mark === "'" ? -1 : text.indexOf('‘', j + 1);
  for (let k = text.indexOf(mark, j + 1); k >= 0; k = text.indexOf(mark, k + 1)) {
    if (mark === "'" ? opensStraightSingle(text, k) : nextOpen >= 0 && nextOpen < k) return false;
    if (closesSingle(text, k)) return true;
  }
  return false;
}

/** Arabic-script and Hebrew letters. Urdu (and some Arabic) text sets curly quotes in the order
 *  a right-to-left reader sees them, ”…“: a ” opens a quote only right before such a letter. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

export interface Span {
  para: number;
  start: number; // offset of the opening mark
  end: number; // offset just past the closing mark (or paragraph end when unclosed)
  text: string;
  closed: boolean;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Offset of the first character of `closers` at or after `from`, or text.length: indexOf jumps
 *  over the quoted words instead of testing them one by one. */
function nextCloser(text: string, closers: string, from: number): number {
  let best = text.length;
  for (let k = 0; k < closers.length; k++) {
    const at = text.indexOf(closers[k], from);
    if (at >= 0 && at < best) best = at;
  }
  return best;
}

/** The ” that closes the “ at `i`, counting quotes nested in it with the same marks (“My father
 *  told me, “Never give up,” and I never have,”): each “ that opens before a ” takes that ” for
 *  itself. `first` is the first ” after `i`; the text's end when the nesting never closes. */
function nestedClose(text: string, i: number, first: number): number {
  let depth = 0;
  for (let k = i + 1; ; ) {
    const close = k <= first ? first : text.indexOf('”', k);
    if (close < 0) return first;
    const open = text.indexOf('“', k);
    if (open >= 0 && open < close && !isWordChar(text[open - 1]) && isWordChar(text[open + 1])) {
      depth++;
      k = open + 1;
      continue;
    }
    if (depth === 0) return close;
    depth--;
    k = close + 1;
  }
}

/** Quote spans of one paragraph. `»…«` (German and Danish style) as well as `«…»`. */
export function spansIn(text: string, para: number): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    // Jump to the next quotation mark: most of a paragraph is none, and the checks below skip
    // every other character one at a time.
    OPENING.lastIndex = i;
    const next = OPENING.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    const closers = CLOSERS[ch];
    const prev = text[i - 1];
    // ‘ and " open only at a word start; ’ inside a word ("we’ve") is an apostrophe, not a close.
    // A straight " opens only after a space or opening punctuation and before a non-space
    // ("this." CNN's… is a stray close left over from the previous paragraph).
    const straightOpen = ch !== '"' || ((prev === undefined || /[\s(\[—–-]/.test(prev)) && /\S/.test(text[i + 1] ?? ''));
    const rtlOpen = ch !== '”' || RTL_LETTER.test(text.slice(i + 1, i + 3).trimStart()[0] ?? '');
    // » opens (German and Danish »…«) at a paragraph's start, or at a word start right before a
    // letter: French « … » closes with », after a word or a space and before a space or a comma.
    const guillemetOpen =
      (ch !== '»' && ch !== '›') || i === 0 || (!isWordChar(prev) && /[\s(\[—–-]/.test(prev ?? ' ') && isWordChar(text[i + 1]) && text.includes(ch === '»' ? '«' : '‹', i));
    // A straight ' opens only where a quotation can start (see opensStraightSingle); ‘ and ' never
    // open an elision ('n', '90s).
    const singleOpen = ch === "'" ? opensStraightSingle(text, i) : ch !== '‘' || (!isWordChar(prev) && !ELISION.test(text.slice(i, i + 6)) && !PRIME.test(text.slice(Math.max(0, i - 4), i)));
    if (!closers || !straightOpen || !rtlOpen || !guillemetOpen || !singleOpen) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; (j = nextCloser(text, closers, j)) < text.length; j++) {
      if (ch === "'" || ch === '‘') {
        // Single marks: apostrophes inside words and elisions are skipped; a new opening ' before
        // any close means the first one was no quotation mark; a plural possessive closes only
        // when nothing else can.
        if (ch === "'" && opensStraightSingle(text, j)) { j = -j; break; }
        if (!closesSingle(text, j) || possessive(text, j, text[j])) continue;
        break;
      }
      if ((text[j] === '’' || ch === '"') && isWordChar(text[j + 1])) {
        // ` "Word` after a space is a new opening: the previous quote was never closed.
        if (ch === '"' && /\s/.test(text[j - 1] ?? '')) { j = -j; break; }
        continue;
      }
      break;
    }
    if (ch === '“' && j > 0 && j < text.length) j = nestedClose(text, i, j);
    if ((ch === '“' || ch === '"') && j !== text.length) {
      // A double quote closed by the other kind before its own: “Forty-five years," he said,
      // "has convinced me.” The first mark of the other kind decides, if it is shaped like a
      // close (after a word or a stop, before no letter); one shaped like an opening is a nested
      // quote, and the quote's own close stands.
      const k = text.indexOf(MIXED[ch], i + 1);
      if (k > 0 && k < Math.abs(j) && closesSingle(text, k)) j = k;
    }
    if (j < 0) {
      // Unbalanced straight quotes: keep nothing of the unclosed one, restart at the new opening.
      i = -j;
      continue;
    }
    if (j >= text.length && MIXED[ch]) {
      // No closing mark of its own kind: pages mix curly and straight marks (“…," and "…”). The
      // first mark of the other kind closes if it is shaped like a close; one shaped like an
      // opening comes first when it is nested, and then the quote stays open.
      for (let k = text.indexOf(MIXED[ch], i + 1); k > 0; k = text.indexOf(MIXED[ch], k + 1)) {
        if (closesSingle(text, k)) { j = k; break; }
        if (!isWordChar(text[k - 1])) break;
      }
    }
    const closed = j < text.length;
    const inner = text.slice(i + 1, closed ? j : text.length).trim();
    if (inner) out.push({ para, start: i, end: closed ? j + 1 : text.length, text: inner, closed });
    i = closed ? j + 1 : text.length;
  }
  return out;
}
