// The analysis with the core's own quote finder: what the CLI, the bench and the tests run.
// The pipeline itself is pipeline.ts; the content script runs it with a quote finder that
// arrives after the first answer (src/content/main.ts).
import { analyzeInSlicesWith, analyzeWith } from './pipeline';
import { findQuotes } from './quotes';
import type { Analysis, AnalyzeOptions, Article } from './types';

/**
 * Analyse a document. The document is consumed (Readability rewrites what it parses): callers
 * pass a clone of the live page (`document.cloneNode(true)`) or a freshly parsed one.
 */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(findQuotes, doc, options);
}

/** The same analysis in slices, with the page's work let through between stages, and the first
 *  answer told before the quotes are found (see pipeline.ts analyzeInSlicesWith). */
export function analyzeInSlices(doc: Document, options: AnalyzeOptions, pause: () => Promise<void>, onFirstAnswer?: (first: Article) => void): Promise<Analysis> {
  return analyzeInSlicesWith(() => findQuotes, doc, options, pause, onFirstAnswer);
}
