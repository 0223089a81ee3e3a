// Lede over a quote set: each page as the CLI reads it, analyze(), then scored against its
// annotation (score.ts). Used by `npm run bench` and by the quote-set test.
import { readFileSync } from 'node:fs';
import { decodeHtml, parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { KEY_QUOTES, keyQuotes } from '../../src/core/key-quotes';
import { isArticle } from '../../src/core/types';
import { aggregate, loadQuoteSet, scorePage, type PageScore, type SetScore } from './score';

export interface QuoteSetEntry {
  slug: string;
  url: string;
  lang: string;
  /** Every quote Lede found on the page, scored. */
  all: PageScore;
  /** What the popup shows: keyQuotes(), at most five. */
  popup: PageScore;
}

export interface QuoteSetRun {
  entries: QuoteSetEntry[];
  pages: PageScore[];
  total: SetScore;
  /** The same, counting only the quotes the popup shows (the first five). */
  popup: SetScore;
}

export const POPUP_QUOTES = KEY_QUOTES;

/** The figures of some of a run's entries (a language, a half of the set). */
export function summarise(entries: readonly QuoteSetEntry[]): Omit<QuoteSetRun, 'entries'> & { entries: QuoteSetEntry[] } {
  return { entries: [...entries], pages: entries.map((e) => e.all), total: aggregate(entries.map((e) => e.all)), popup: aggregate(entries.map((e) => e.popup)) };
}

export function runQuoteSet(dir?: string, popupQuotes = POPUP_QUOTES): QuoteSetRun {
  const entries: QuoteSetEntry[] = [];
  for (const page of loadQuoteSet(dir)) {
    const a = analyze(parseHtml(decodeHtml(readFileSync(page.file))), { url: page.truth.url });
    const quotes = isArticle(a) ? a.quotes : [];
    const found = quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
    entries.push({
      slug: page.slug,
      url: page.truth.url,
      lang: page.truth.lang,
      all: scorePage(page.slug, found, page.truth),
      // Are the five shown real quotes with the right speaker? (Recall there is capped by five.)
      popup: scorePage(page.slug, keyQuotes(quotes, popupQuotes).map((q) => ({ text: q.text, speaker: q.speaker })), page.truth),
    });
  }
  return summarise(entries);
}
