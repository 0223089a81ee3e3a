// quotes.js: the core's quote finder, injected by the background after the content script's
// first answer (see quote-finder.ts). Nothing else: the finder is pure and reads only the
// paragraphs it is given.
import { findQuotes } from '../core/quotes';
import { provideQuoteFinder } from './quote-finder';

provideQuoteFinder(findQuotes);
