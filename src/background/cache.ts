// The last analysis of each tab, keyed by the URL it was made for, so reopening the popup on the
// same page is instant. A navigation (status 'loading' or a new URL) or closing the tab drops it.
// Only articles are kept: a failure (timeout, a page still loading) is worth retrying next time.
import type { Article } from '../core/types';

export interface TabChange {
  status?: string;
  url?: string;
}

export class AnalysisCache {
  private readonly entries = new Map<number, { url: string; article: Article }>();

  get(tabId: number, url: string): Article | undefined {
    const entry = this.entries.get(tabId);
    return entry && entry.url === url ? entry.article : undefined;
  }

  set(tabId: number, url: string, article: Article): void {
    this.entries.set(tabId, { url, article });
  }

  drop(tabId: number): void {
    this.entries.delete(tabId);
  }

  /** tabs.onUpdated: a tab that starts loading or changes URL no longer shows what we analysed. */
  onTabUpdated(tabId: number, change: TabChange): void {
    if (change.status === 'loading' || change.url !== undefined) this.drop(tabId);
  }

  get size(): number {
    return this.entries.size;
  }
}
