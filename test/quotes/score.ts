// Scoring quotes against the hand-annotated quote set (test/quotes/<slug>/quotes.json, see
// README.md there): which found quotes are real quotes of the story (precision), which real quotes
// were found (recall), and whether a found quote names the right speaker (speaker accuracy).
// Pure functions over plain data, shared by `npm run bench` and the quote-set test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AnnotatedQuote {
  text: string;
  speaker: string | null;
  role?: string;
  /** One to three words taken into indirect speech (quotes-dev's flag): not a key quote. */
  fragment?: boolean;
}

export interface QuoteTruth {
  url: string;
  lang: string;
  quotes: AnnotatedQuote[];
  notQuotes?: string[];
}

export interface QuoteSetPage {
  slug: string;
  file: string;
  truth: QuoteTruth;
}

export interface FoundQuote {
  text: string;
  speaker: string | null;
}

/** Word tokens, case and punctuation ignored; each Han, kana or Hangul character is a token of
 *  its own (those scripts do not put spaces between words). */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
/** One CJK character, or a run of other letters (Latin inside CJK text) kept whole. */
const CJK_TOKEN = new RegExp(`[${CJK}]|[^${CJK}]+`, 'gu');

export function quoteTokens(text: string): string[] {
  const out: string[] = [];
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const w of words) {
    if (HAS_CJK.test(w)) out.push(...(w.match(CJK_TOKEN) ?? []));
    else out.push(w);
  }
  return out;
}

/** Dice overlap of two token multisets: 1 for the same words, 0 for none in common. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** How alike a found quote must be to an annotated one to count as the same quote: a few words
 *  of difference pass (an attribution left inside, a dropped last clause of a long quote); a
 *  quote cut in half (a split quote not joined) does not. */
export const SAME_QUOTE = 0.8;

// Words a speaker's name may carry or lose without naming someone else: ranks, honorifics and
// articles. The annotation gives names without titles; Lede keeps honorifics in the name
// ("Gen Frank McKenzie"), which names the same person.
const NAME_NOISE = new Set(
  (
    'the a an mr mrs ms miss mx dr prof professor sir dame lord lady gen general lt col colonel maj major capt captain cmdr adm admiral sgt ' +
    'sen senator rep representative gov governor rev reverend fr father judge justice president pm mayor chancellor minister secretary ' +
    'herr frau der die das le la les l el los las il lo gli o os as de het m mme mlle sr sra señor señora sig signor signora dott ' +
    'господин госпожа'
  ).split(' '),
);

/** A speaker's name reduced to the words that identify them. */
export function speakerKey(name: string | null): string | null {
  if (name === null) return null;
  const words = name.normalize('NFC').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = words.filter((w) => !NAME_NOISE.has(w));
  return (kept.length ? kept : words).join(' ');
}

export function sameSpeaker(found: string | null, truth: string | null): boolean {
  return speakerKey(found) === speakerKey(truth);
}

export interface PageScore {
  slug: string;
  found: number;
  annotated: number;
  matched: number;
  speakerRight: number;
  /** Annotated quotes not found. */
  missed: AnnotatedQuote[];
  /** Found quotes that match no annotated quote. */
  spurious: FoundQuote[];
  /** Matched quotes with the wrong speaker: what Lede said, what the annotation says. */
  wrongSpeaker: Array<{ text: string; found: string | null; truth: string | null }>;
  /** Annotated non-quotes (scare quotes, titles) that came out as quotes. */
  notQuotesFound: string[];
}

/** The annotation as the project's own set files it: quotes flagged `fragment` (one to three
 *  words woven into indirect speech) are not key quotes but non-quotes, so finding one costs
 *  precision and missing one costs nothing (test/quotes/README.md, quotes-dev/README.md). */
export function keyQuotesOnly(truth: QuoteTruth): QuoteTruth {
  if (!truth.quotes.some((q) => q.fragment)) return truth;
  return {
    ...truth,
    quotes: truth.quotes.filter((q) => !q.fragment),
    notQuotes: [...(truth.notQuotes ?? []), ...truth.quotes.filter((q) => q.fragment).map((q) => q.text)],
  };
}

/** One page: pair each found quote with the most alike annotated quote, best pairs first, each
 *  used once. */
export function scorePage(slug: string, found: readonly FoundQuote[], annotation: QuoteTruth): PageScore {
  const truth = keyQuotesOnly(annotation);
  const ft = found.map((q) => quoteTokens(q.text));
  const tt = truth.quotes.map((q) => quoteTokens(q.text));
  const pairs: Array<{ f: number; t: number; sim: number }> = [];
  for (let f = 0; f < found.length; f++) {
    for (let t = 0; t < truth.quotes.length; t++) {
      const sim = overlap(ft[f], tt[t]);
      if (sim >= SAME_QUOTE) pairs.push({ f, t, sim });
    }
  }
  pairs.sort((a, b) => b.sim - a.sim || a.f - b.f || a.t - b.t);
  const fUsed = new Set<number>();
  const tUsed = new Set<number>();
  const score: PageScore = { slug, found: found.length, annotated: truth.quotes.length, matched: 0, speakerRight: 0, missed: [], spurious: [], wrongSpeaker: [], notQuotesFound: [] };
  for (const { f, t } of pairs) {
    if (fUsed.has(f) || tUsed.has(t)) continue;
    fUsed.add(f);
    tUsed.add(t);
    score.matched++;
    if (sameSpeaker(found[f].speaker, truth.quotes[t].speaker)) score.speakerRight++;
    else score.wrongSpeaker.push({ text: truth.quotes[t].text, found: found[f].speaker, truth: truth.quotes[t].speaker });
  }
  truth.quotes.forEach((q, t) => tUsed.has(t) || score.missed.push(q));
  found.forEach((q, f) => fUsed.has(f) || score.spurious.push(q));
  const foundKeys = ft.map((t) => t.join(' '));
  for (const n of truth.notQuotes ?? []) {
    const key = quoteTokens(n).join(' ');
    if (key && foundKeys.includes(key)) score.notQuotesFound.push(n);
  }
  return score;
}

export interface SetScore {
  pages: number;
  found: number;
  annotated: number;
  matched: number;
  speakerRight: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched quotes whose speaker is right (a name, or null where the text names nobody). */
  speakerAccuracy: number;
  /** Share of annotated quotes found with the right speaker: recall and attribution at once. */
  attributedRecall: number;
  /** Share of found quotes that are a real quote with the right speaker. Over the five the popup
   *  shows this is issue 18's "popup five": a null speaker is right only where the annotation's
   *  is null, and four right quotes score better than five with one wrong. */
  trusted: number;
  notQuotesFound: number;
}

/** Micro-averaged over quotes: pages with many quotes count for more, as they do for a reader. */
export function aggregate(pages: readonly PageScore[]): SetScore {
  const sum = (k: 'found' | 'annotated' | 'matched' | 'speakerRight') => pages.reduce((s, p) => s + p[k], 0);
  const found = sum('found');
  const annotated = sum('annotated');
  const matched = sum('matched');
  const speakerRight = sum('speakerRight');
  const precision = found ? matched / found : 1;
  const recall = annotated ? matched / annotated : 1;
  return {
    pages: pages.length,
    found,
    annotated,
    matched,
    speakerRight,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: matched ? speakerRight / matched : 1,
    attributedRecall: annotated ? speakerRight / annotated : 1,
    trusted: found ? speakerRight / found : 1,
    notQuotesFound: pages.reduce((s, p) => s + p.notQuotesFound.length, 0),
  };
}

export const QUOTE_SET_DIR = join(import.meta.dirname, '.');

/** Every annotated page of the set: folders holding quotes.json and source.html. */
export function loadQuoteSet(dir = QUOTE_SET_DIR): QuoteSetPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'quotes.json')))
    .map((e) => ({
      slug: e.name,
      file: join(dir, e.name, 'source.html'),
      truth: JSON.parse(readFileSync(join(dir, e.name, 'quotes.json'), 'utf8')) as QuoteTruth,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The registrable part of a page's host, the publisher: "hosted.ap.org" → "ap.org",
 *  "www.laestrella.com.pa" → "laestrella.com.pa"; a Wayback Machine address is its original's. */
export function publisherOf(url: string): string {
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/.exec(url);
  if (archived) return publisherOf(archived[1]);
  const labels = new URL(url).hostname.toLowerCase().replace(/\.$/, '').split('.');
  // A country code under a generic second level (com.pa, co.uk, org.ar) takes three labels.
  const secondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && /^(?:com|co|org|net|gov|gob|edu|ac|ne|or)$/.test(labels.at(-2)!);
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

/** FNV-1a, 32 bits: a fixed, platform-independent hash for the publisher split. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface PublisherSplit<T> {
  /** Pages to tune rules on. */
  tune: T[];
  /** Pages to judge a change on, after tuning: never looked at page by page. */
  held: T[];
}

/** Two halves by publisher, never by page (two pages of one site share its markup and house
 *  style, so a rule tuned on one would be judged on its twin): publishers ordered by the hash of
 *  their registrable host, the first half of them tune, the rest held. Deterministic, and
 *  balanced in publishers whatever the hash gives. */
export function splitByPublisher<T>(pages: readonly T[], urlOf: (page: T) => string): PublisherSplit<T> {
  const publishers = [...new Set(pages.map((p) => publisherOf(urlOf(p))))].sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b));
  const tuneSet = new Set(publishers.slice(0, Math.ceil(publishers.length / 2)));
  return {
    tune: pages.filter((p) => tuneSet.has(publisherOf(urlOf(p)))),
    held: pages.filter((p) => !tuneSet.has(publisherOf(urlOf(p)))),
  };
}
