// Small text formatters shared by the reader view and the popup, so both say the same thing the
// same way, in the user's language (src/shared/i18n.ts). Dates take a locale for tests.
import type { Article, RemovalReason } from '../core/types';
import { plural, t, uiLocale, type PlainKey } from '../shared/i18n';

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
  const count = Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1));
  return plural('reading_time', { count });
}

/** One part of the meta line, and whose words it is: the page's (the byline, in the story's
 *  language) or Lede's (the date and reading time, in the user's). */
export interface MetaPart {
  text: string;
  from: 'page' | 'lede';
}

/** Byline, date and reading time, in that order, the ones we know. The date is written in
 *  `locale`, by default the language of the messages shown. */
export function metaItems(article: Pick<Article, 'byline' | 'published' | 'readingMinutes'>, locale: string = uiLocale()): MetaPart[] {
  const parts: MetaPart[] = [];
  const byline = article.byline?.trim();
  if (byline) parts.push({ text: byline, from: 'page' });
  const date = formatDate(article.published, locale);
  if (date) parts.push({ text: date, from: 'lede' });
  parts.push({ text: formatReadingTime(article.readingMinutes), from: 'lede' });
  return parts;
}

export function metaParts(article: Pick<Article, 'byline' | 'published' | 'readingMinutes'>, locale?: string): string[] {
  return metaItems(article, locale).map((part) => part.text);
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

const REASON_LABELS: Record<RemovalReason, PlainKey> = {
  'rail-heading': 'reason_rail_heading',
  'teaser-cards': 'reason_teaser_cards',
  'link-list': 'reason_link_list',
  'end-matter': 'reason_end_matter',
  newsletter: 'reason_newsletter',
  'share-bar': 'reason_share_bar',
  'author-bio': 'reason_author_bio',
  'caption-duplicate': 'reason_caption_duplicate',
  'gallery-chrome': 'reason_gallery_chrome',
  promo: 'reason_promo',
  'empty-heading': 'reason_empty_heading',
  sidebar: 'reason_sidebar',
  byline: 'reason_byline',
  'summary-box': 'reason_summary_box',
  'next-story': 'reason_next_story',
  readability: 'reason_readability',
};

export function reasonLabel(reason: RemovalReason): string {
  return t(Object.hasOwn(REASON_LABELS, reason) ? REASON_LABELS[reason] : 'reason_unknown');
}

/** "3 blocks removed", in the form the language needs for the number. */
export function removedLabel(count: number): string {
  return plural('removed_count', { count });
}
