// Extractive summary: 3–5 sentences of the story, in story order.
//
// Unsupervised and deterministic. Each sentence gets
//   position prior (news is written lead-first: the first sentences carry the story)
// + centrality (TF-IDF cosine to the whole story, IDF counted over the story's own sentences)
// + similarity to the headline,
// times penalties for what makes a poor summary line (mostly a quote, a question, very short,
// boilerplate like "Click here" or "Published in", captions and bylines that slipped through).
// Then MMR picks sentences one by one, discounting those that repeat what is already picked.
// Measured against human highlights on CNN/DailyMail pages (shared corpus summaries-dev):
// see the numbers in the report of the commit that introduced this file.
import { checkTime } from './budget';
import { BEYOND_ASCII, cjkCount, endsWithMark, splitDateline, splitParagraphs, wordCount } from './sentences';

export interface SummaryOptions {
  title?: string;
  lang?: string;
  /** Most sentences to return (default 5; the summary is usually 3–4). */
  max?: number;
}

/** Lines that are page furniture, not story. */
const BOILERPLATE =
  /\b(?:click here|sign up|subscribe (?:to|now)|published in|follow us|all rights reserved|copyright|newsletter|read more|scroll down|download (?:our|the) app|share (?:this|on)|for more (?:news|stories)|related:|advertisement|terms of (?:use|service)|privacy policy|cookie)\b|©/i;

/** Advertising that sits inside a story's container (a savings-app advert came out as a
 *  summary's first bullet on a page nobody here had seen): offer terms and calls to act that
 *  news sentences do not use. Excluded from the summary only; the reader still shows the text
 *  unless isolation removed it. */
const ADVERT =
  /\b(?:promo(?:tional)? code|discount code|voucher code|use (?:the )?code [A-Z0-9]{3,}|T&Cs? apply|terms and conditions apply|capital (?:is )?at risk|sponsored by|paid (?:partnership|promotion)|get the app|open an account (?:today|now|in minutes)|sign up (?:today|now|for free)|(?:try|start) (?:it )?(?:free|for free) (?:today|now)|free trial|limited[- ]time offer|shop (?:now|the (?:look|range))|buy now)\b/i;

/** Captions, credits and bylines that may slip into the paragraphs. */
const CAPTION = /^(?:by\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*$|(?:photo|image|picture|file photo|video|watch|credit|source)s?\s*[:|]|(?:getty images|ap photo|reuters|afp)\b)/iu;

const QUOTED_SPAN = /“[^”]*”?|"[^"]*"?|«[^»]*»?|„[^“”]*[“”]?|「[^」]*」?/g;

interface Candidate {
  text: string;
  index: number; // position among the story's sentences
  para: number;
  firstInPara: boolean;
  words: number;
  /** Multiplier in (0, 1]: 1 for a clean statement, less for quotes, questions, fragments. */
  quality: number;
  /** Not a summary line at all (boilerplate, caption). */
  excluded: boolean;
}

function quoteShare(s: string): number {
  let quoted = 0;
  // An exec loop, not matchAll: matchAll copies the regex, and V8 interprets a fresh copy.
  QUOTED_SPAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_SPAN.exec(s))) quoted += m[0].length; // every alternative consumes a mark
  return s.length ? quoted / s.length : 0;
}

function assess(text: string): { quality: number; excluded: boolean; words: number } {
  const words = wordCount(text); // Chinese and Japanese by characters: they have no spaces
  const excluded = BOILERPLATE.test(text) || ADVERT.test(text) || CAPTION.test(text) || words < 3;
  let quality = 1;
  if (words < 6) quality *= 0.3;
  else if (words < 9) quality *= 0.75;
  if (words > W.lengthPivot) quality *= Math.pow(W.lengthPivot / words, W.lengthExp);
  const q = quoteShare(text);
  if (q > 0.75) quality *= 0.45;
  else if (q > 0.45) quality *= 0.75;
  if (endsWithMark(text, '?？', `"”’»)`)) quality *= 0.4;
  if (!endsWithMark(text, '.!?…。！？', `"”’»)]`)) quality *= 0.6; // no final stop: a caption or heading
  if (/^[\p{Ll}]/u.test(text)) quality *= 0.7; // a fragment glued by bad markup
  // Sentences that lean on an earlier one ("He also…", "This was…") read poorly out of context.
  if (/^(?:but|and|also|however|meanwhile|still|this|that|these|those|it|he|she|they|his|her|their)\b/i.test(text)) quality *= 0.85;
  return { quality, excluded, words };
}

/** How many sentences for a story of `n` usable sentences in `paragraphs` paragraphs. */
function targetLength(n: number, paragraphs: number, max: number): number {
  let k: number;
  if (paragraphs <= 1) k = 1;
  else if (n <= 3) k = Math.min(n, 2);
  else if (n <= 6) k = 2;
  else if (n <= W.longStory) k = 3;
  else k = 4;
  return Math.max(1, Math.min(k, max));
}

/** Pick summary sentences from story paragraphs (in story order). */
export function summarize(paragraphs: string[], opts: SummaryOptions = {}): string[] {
  const max = Math.max(1, Math.min(opts.max ?? 5, 5));
  const cands: Candidate[] = [];
  const sentences = splitParagraphs(paragraphs, opts.lang); // shared with findQuotes
  let para = 0; // index among non-blank paragraphs
  paragraphs.forEach((p, i) => {
    if (!p || !p.trim()) return;
    sentences[i].forEach((text, j) => {
      checkTime();
      const a = assess(text);
      cands.push({ text, index: cands.length, para, firstInPara: j === 0, ...a });
    });
    para++;
  });
  const usable = cands.filter((c) => !c.excluded);
  if (!usable.length) return [];
  const k = targetLength(usable.length, para, max);

  // cands are sentences[] flattened (blank paragraphs split into no sentences), so the story's
  // vectors line up with c.index.
  const { vectors, idf } = storyVectors(sentences);
  // With nothing excluded this is the story's centroid, which findQuotes needs too.
  const doc = usable.length === cands.length ? storyCentroid(sentences) : sumVectors(usable.map((c) => vectors[c.index]));
  const title = opts.title ? weigh(contentTokens(opts.title), idf) : new Map<string, number>();
  const centrality = cands.map((c) => cosine(vectors[c.index], doc));
  const titleSim = cands.map((c) => cosine(vectors[c.index], title));
  let maxCent = 1e-9;
  let maxTitle = 1e-9;
  for (const c of usable) {
    maxCent = Math.max(maxCent, centrality[c.index]);
    maxTitle = Math.max(maxTitle, titleSim[c.index]);
  }

  // Rank among usable sentences, so a stray caption before the lede does not push it down.
  const rank = new Map(usable.map((c, i) => [c.index, i]));
  const score = new Map<number, number>();
  for (const c of usable) {
    const r = rank.get(c.index)!;
    const position = 1 / Math.pow(1 + r, W.posExp);
    const s =
      W.position * position +
      W.centrality * (centrality[c.index] / maxCent) +
      W.title * (titleSim[c.index] / maxTitle) +
      (c.firstInPara ? W.paraStart : 0);
    score.set(c.index, s * c.quality);
  }

  // MMR: best remaining sentence, discounted by its similarity to what is already chosen.
  const chosen: Candidate[] = [];
  const pool = [...usable];
  // A candidate's redundancy is its highest similarity to any chosen sentence: kept up to date
  // with each new pick rather than recomputed against every pick in every round.
  const redundancy: number[] = cands.map(() => 0); // a plain array: small typed arrays are slow to allocate
  while (chosen.length < k && pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      if (redundancy[c.index] > NEAR_DUPLICATE) return; // the same sentence again (rewritten lede, caption)
      const value = score.get(c.index)! - W.redundancy * redundancy[c.index];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    const picked = pool.splice(best, 1)[0];
    chosen.push(picked);
    for (const c of pool) redundancy[c.index] = Math.max(redundancy[c.index], cosine(vectors[c.index], vectors[picked.index]));
  }
  chosen.sort((a, b) => a.index - b.index);
  // A dateline opens a paragraph, and not always the story's first one (a caption or standfirst
  // may come before it): "LOS ANGELES (AP) — To LeBron James…" reached the summary.
  return chosen.map((c) => (c.index === 0 || c.firstInPara ? splitDateline(c.text).rest : c.text));
}

/** Cosine above which a sentence repeats one already chosen. */
const NEAR_DUPLICATE = 0.7;

/** Weights of the score; exported read-only for the evaluation script's ablations. */
export const W = {
  position: 1.0, centrality: 0.2, title: 0.2, paraStart: 0.05, redundancy: 0.3, posExp: 0.7,
  lengthPivot: 40, lengthExp: 1, longStory: 60,
};

// ---- word statistics (also used by quotes.ts to rank quotes) -----------------------------------
const STOPWORDS = new Set(
  (
    // English
    'a an the and or but if then than so as of at by for from in into on onto to with without about ' +
    'above after again against all also am among any are around because been before being below ' +
    'between both can could did do does doing down during each few further had has have having he ' +
    'her here hers herself him himself his how i its itself just me more most my myself no nor not ' +
    'now off once only other our ours ourselves out over own same she should some such that their ' +
    'theirs them themselves there these they this those through too under until up very was we were ' +
    'what when where which while who whom why will would you your yours yourself it is be said says ' +
    'say told according mr mrs ms one two new last first year years time like get got us will may ' +
    'might must shall would since per via yet still even ever much many well back' +
    // German
    ' der die das den dem des ein eine einer eines einem einen und oder aber wenn dann als wie von ' +
    'zu zum zur im in an am auf aus bei mit nach seit über unter vor für gegen ohne um ist sind war ' +
    'waren wird werden wurde wurden hat haben hatte hatten sein seine ihr ihre es er sie wir ich nicht ' +
    'auch noch nur so dass sich sagte' +
    // French
    ' le la les un une des du de et ou mais si alors que qui quoi dont où au aux en dans sur sous par ' +
    'pour avec sans est sont était été être a ont avait il elle ils elles nous vous je ne pas plus ce ' +
    'cette ces son sa ses leur leurs se a dit' +
    // Spanish / Portuguese / Italian
    ' el los las unos unas y o pero si que quien en con sin por para sobre es son fue ser ha han ' +
    'él ella ellos nos se su sus lo al del o os as um uma e em no na nos nas com sem por para é são ' +
    'foi ser tem ele ela eles não mais il lo gli uno una di da con su per tra fra è sono era non più ' +
    'che chi del della dei delle nel nella'
  ).split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens (letters and digits, any script), stopwords dropped, crudely stemmed
 *  by truncation: cheap, language-neutral, and enough to match "recruits"/"recruiting". */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  if (!BEYOND_ASCII.test(lower)) {
    asciiWords(lower, out);
    return out;
  }
  // An exec loop on one shared regex and character tests instead of matchAll and a regex per
  // word: this runs over every word of the story, twice (summary and quote relevance).
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  const cjk = cjkCount(lower) > 0;
  while ((m = WORD.exec(lower))) {
    const w = m[0];
    if (cjk && cjkCount(w)) {
      const at = WORD.lastIndex; // cjkTokens runs contentTokens, on the same regex, for the non-CJK parts
      cjkTokens(w, out);
      WORD.lastIndex = at;
      continue;
    }
    addToken(w, out);
  }
  return out;
}

/** The WORD matches of `lower` when its letters and digits are all ASCII, found by testing
 *  character codes: most stories are in English, and the regex (with its match object per word)
 *  was the summary's largest cost after sentence splitting. */
function asciiWords(lower: string, out: string[]): void {
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiAlnum(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiAlnum(lower.charCodeAt(i))) i++;
    // WORD's (?:['’][\p{L}]+)?: an apostrophe and the letters after it ("don't", "world’s").
    const c = lower.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && i + 1 < n && isAsciiLetter(lower.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isAsciiLetter(lower.charCodeAt(i))) i++;
    }
    addToken(lower.slice(start, i), out);
  }
}

/** One WORD match, possessive dropped, if it is a content word: stopwords, one-letter words and
 *  short numbers are not. */
function addToken(w: string, out: string[]): void {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 /* s */ && (w[n - 2] === "'" || w[n - 2] === '’')) w = w.slice(0, -2);
  if (w.length < 2 || STOPWORDS.has(w)) return;
  if (w.length < 3 && isAsciiDigits(w)) return; // "12", not "2024"
  if (w.length > 6) w = w.slice(0, 6);
  out.push(w);
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || isAsciiLetter(c);

const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** Chinese and Japanese write words without spaces, so the letter run WORD finds is a whole
 *  clause. Its overlapping character pairs stand in for words (the usual index terms for
 *  unsegmented CJK: most words are one or two characters, and a pair match is rarely chance);
 *  letters and digits beside the run are tokens of their own. */
function cjkTokens(run: string, out: string[]): void {
  let last = 0;
  CJK_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CJK_RUN.exec(run))) {
    if (m.index > last) out.push(...contentTokens(run.slice(last, m.index)));
    const r = m[0];
    if (r.length === 1) out.push(r);
    for (let i = 0; i + 1 < r.length; i++) out.push(r.slice(i, i + 2));
    last = m.index + r.length;
  }
  if (last < run.length) out.push(...contentTokens(run.slice(last)));
}

function isAsciiDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

export type Vector = Map<string, number>;

interface StoryVectors {
  vectors: Vector[];
  idf: Map<string, number>;
  centroid?: Vector;
}

const storyVectorCache = new WeakMap<readonly (readonly string[])[], StoryVectors>();

/** TF-IDF vectors of a story's sentences (`splitParagraphs` output, flattened), memoised per
 *  split: the summary and the quote finder weigh the same story, and tokenising it was their
 *  largest cost after segmentation. Do not mutate the result. */
export function storyVectors(sentences: readonly (readonly string[])[]): StoryVectors {
  let hit = storyVectorCache.get(sentences);
  if (!hit) {
    hit = tfidfVectors(sentences.flat().map(contentTokens));
    storyVectorCache.set(sentences, hit);
  }
  return hit;
}

/** sumVectors of storyVectors(sentences).vectors, memoised with them. */
export function storyCentroid(sentences: readonly (readonly string[])[]): Vector {
  const hit = storyVectors(sentences);
  return (hit.centroid ??= sumVectors(hit.vectors));
}

/** TF-IDF vectors for a list of token lists; IDF counted over the same lists. */
export function tfidfVectors(docs: string[][]): { vectors: Vector[]; idf: Map<string, number> } {
  // Term counts per document first: their keys (in first-occurrence order, as a Set of the
  // tokens would give) count the document frequency, and each then becomes weigh()'s vector in
  // place; every token has an IDF here, so weigh's fallback to the top IDF never applies.
  const counts = docs.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [w, c] of df) idf.set(w, Math.log((n + 1) / (c + 0.5)));
  for (const v of counts) v.forEach((tf, w) => v.set(w, (1 + Math.log(tf)) * idf.get(w)!));
  return { vectors: counts, idf };
}

function termCounts(tokens: string[]): Vector {
  const v: Vector = new Map();
  for (const w of tokens) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}

/** TF-IDF vector of one token list against a known IDF (unknown words get the top IDF). */
export function weigh(tokens: string[], idf: Map<string, number>): Vector {
  const v = termCounts(tokens);
  const maxIdf = topIdf(idf);
  v.forEach((tf, w) => v.set(w, (1 + Math.log(tf)) * (idf.get(w) ?? maxIdf)));
  return v;
}

// Per-map memos. Scanning the whole IDF for its maximum on every weigh() and summing a vector's
// squares on every cosine() made both quadratic in the story's vocabulary (a sentence vector is
// compared with the story centroid, a candidate with each chosen sentence). Vectors and IDF maps
// are never changed once built, so the memoised values stay exact.
const topIdfs = new WeakMap<Map<string, number>, number>();
const norms = new WeakMap<Vector, number>();

function topIdf(idf: Map<string, number>): number {
  let maxIdf = topIdfs.get(idf);
  if (maxIdf === undefined) {
    maxIdf = 1;
    for (const x of idf.values()) if (x > maxIdf) maxIdf = x;
    topIdfs.set(idf, maxIdf);
  }
  return maxIdf;
}

export function cosine(a: Vector, b: Vector): number {
  if (!a.size || !b.size) return 0;
  // forEach, not for-of over entries: no [key, value] array per entry (same order, same sums).
  const small = a.size < b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  small.forEach((x, w) => {
    const y = large.get(w);
    if (y) dot += x * y;
  });
  if (!dot) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: Vector): number {
  // Only large vectors (centroids) are memoised: a sentence's few entries are summed faster than
  // looked up, and a WeakMap entry per sentence vector costs the garbage collector more.
  let n = v.size > 64 ? norms.get(v) : undefined;
  if (n === undefined) {
    let s = 0;
    for (const x of v.values()) s += x * x;
    n = Math.sqrt(s);
    if (v.size > 64) norms.set(v, n);
  }
  return n;
}

/** Sum of vectors (the document's centroid, unnormalised). */
export function sumVectors(vs: Vector[]): Vector {
  const out: Vector = new Map();
  for (const v of vs) v.forEach((x, w) => out.set(w, (out.get(w) ?? 0) + x));
  return out;
}
