// Lede over the quote set: each page as the CLI reads it, analyze(), then scored against its
// annotation (score.ts). Used by `npm run bench` and by the quote-set test.
import { readFileSync } from 'node:fs';
import { decodeHtml, parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { isArticle } from '../../src/core/types';
import { aggregate, loadQuoteSet, scorePage, type PageScore, type SetScore } from './score';

export interface QuoteSetRun {
  pages: PageScore[];
  total: SetScore;
  /** The same, counting only the quotes the popup shows (the first five). */
  popup: SetScore;
}

export function runQuoteSet(dir?: string, popupQuotes = 5): QuoteSetRun {
  const pages: PageScore[] = [];
  const popup: PageScore[] = [];
  for (const page of loadQuoteSet(dir)) {
    const a = analyze(parseHtml(decodeHtml(readFileSync(page.file))), { url: page.truth.url });
    const found = isArticle(a) ? a.quotes.map((q) => ({ text: q.text, speaker: q.speaker })) : [];
    pages.push(scorePage(page.slug, found, page.truth));
    // Popup precision: are the five shown real quotes? (Recall there is capped by five.)
    popup.push(scorePage(page.slug, found.slice(0, popupQuotes), page.truth));
  }
  return { pages, total: aggregate(pages), popup: aggregate(popup) };
}
