// The last analysis of each tab, keyed by the URL it was made for, so reopening the popup on the
// same page is instant. A navigation (status 'loading' or a new URL) or closing the tab drops it.
// Only articles are kept: a failure (timeout, a page still loading) is worth retrying next time.
import { isArticle, type Analysis, type Article } from '../core/types';

export interface TabChange {
  status?: string;
  url?: string;
}

export class AnalysisCache {
  private readonly entries = new Map<number, { url: string; article: Article }>();
  /** Full answers still coming after a first answer (the quotes being found), with that answer. */
  private readonly coming = new Map<number, { url: string; first: Article; full: Promise<Analysis> }>();

  get(tabId: number, url: string): Article | undefined {
    const entry = this.entries.get(tabId);
    return entry && entry.url === url ? entry.article : undefined;
  }

  set(tabId: number, url: string, article: Article): void {
    this.coming.delete(tabId);
    this.entries.set(tabId, { url, article });
  }

  /** The full answer still coming for this page, and the first answer it completes, if one is. */
  pending(tabId: number, url: string): { first: Article; full: Promise<Analysis> } | undefined {
    const entry = this.coming.get(tabId);
    return entry && entry.url === url ? entry : undefined;
  }

  /** Remember that `full` is coming for this page after `first`; a full article is kept once it
   *  comes, unless the tab moved on (or another answer replaced this one) meanwhile. */
  setPending(tabId: number, url: string, first: Article, full: Promise<Analysis>): void {
    this.coming.set(tabId, { url, first, full });
    void full.then((answer) => {
      if (this.coming.get(tabId)?.full !== full) return;
      if (isArticle(answer) && !answer.quotesPending) this.set(tabId, url, answer);
      else this.coming.delete(tabId);
    });
  }

  drop(tabId: number): void {
    this.entries.delete(tabId);
    this.coming.delete(tabId);
  }

  /** tabs.onUpdated: a tab that starts loading or changes URL no longer shows what we analysed. */
  onTabUpdated(tabId: number, change: TabChange): void {
    if (change.status === 'loading' || change.url !== undefined) this.drop(tabId);
  }

  get size(): number {
    return this.entries.size;
  }
}
