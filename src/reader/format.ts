// Small text formatters shared by the reader view and the popup, so both say the same thing the
// same way. Pure functions of their inputs (the locale is a parameter for tests).
import type { Article, RemovalReason } from '../core/types';

/** "3 November 2021" in the user's locale, or null when the date is missing or unreadable. */
export function formatDate(iso: string | undefined, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    // Dates without a time ("2021-11-03") parse as UTC midnight; show them in UTC so the day
    // does not slip back in time zones west of Greenwich.
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
  } catch {
    return null;
  }
}

export function formatReadingTime(minutes: number): string {
  const m = Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1));
  return `${m} min read`;
}

/** Byline, date and reading time, in that order, the ones we know. */
export function metaParts(article: Pick<Article, 'byline' | 'published' | 'readingMinutes'>, locale?: string): string[] {
  const parts: string[] = [];
  const byline = article.byline?.trim();
  if (byline) parts.push(byline);
  const date = formatDate(article.published, locale);
  if (date) parts.push(date);
  parts.push(formatReadingTime(article.readingMinutes));
  return parts;
}

/** The site's name, or the host name of the page when the page does not give one. */
export function siteName(article: Pick<Article, 'site' | 'url'>): string | null {
  const site = article.site?.trim();
  if (site) return site;
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const REASON_LABELS: Record<RemovalReason, string> = {
  'rail-heading': 'Headed rail',
  'teaser-cards': 'Teaser cards',
  'link-list': 'List of links',
  'end-matter': 'End matter',
  newsletter: 'Newsletter prompt',
  'share-bar': 'Share buttons',
  'author-bio': 'Author bio',
  'caption-duplicate': 'Repeated caption',
  'gallery-chrome': 'Gallery controls',
  promo: 'Promotion',
  'empty-heading': 'Heading without a section',
  sidebar: 'Sidebar',
  byline: 'Repeated from the header',
  readability: 'Page clutter',
};

export function reasonLabel(reason: RemovalReason): string {
  return REASON_LABELS[reason] ?? 'Removed';
}

export function countLabel(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
