// The "Copy" action's text: the story at a glance as Markdown (title, source and address, summary,
// key quotes with their speakers), for notes, chats and documents. Its headings and the date are
// in the user's language; everything else is page text, so Markdown's own characters are
// escaped: a headline cannot turn into a link or markup.
import type { Article, Quote } from '../core/types';
import { speakerIsGuess } from '../core/key-quotes';
import { formatDate, siteName } from '../reader/format';
import { t, uiLocale } from '../shared/i18n';

/** Backslash-escape the characters that make Markdown (CommonMark's escapable punctuation that
 *  changes inline meaning), and collapse whitespace so a line cannot start a new block. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^[#+-](?=\s|$)/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** An address as a Markdown autolink, or nothing when it is not a plain http(s) URL. */
function link(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // The serialised URL has no spaces; < and > are percent-encoded by the URL parser.
    return `<${u.href}>`;
  } catch {
    return null;
  }
}

export function articleMarkdown(article: Article, quotes: Article['quotes'], locale: string = uiLocale()): string {
  const out: string[] = [`# ${escapeMarkdown(article.title)}`];
  const source = [siteName(article), article.byline?.trim(), formatDate(article.published, locale)].filter((s): s is string => !!s).map(escapeMarkdown);
  const address = link(article.url);
  const head = [source.join(' · '), address].filter(Boolean);
  if (head.length) out.push(head.join('  \n'));
  if (article.summary.length) out.push(`## ${t('summary_heading')}`, article.summary.map((s) => `- ${escapeMarkdown(s)}`).join('\n'));
  if (quotes.length) {
    out.push(`## ${t('quotes_heading')}`);
    // A speaker Lede is less sure of says so here too: Copy is what gets passed on.
    const who = (q: Quote) => `${escapeMarkdown(q.speaker!)}${speakerIsGuess(q) ? ` ${t('speaker_likely')}` : ''}`;
    for (const q of quotes) out.push(`> “${escapeMarkdown(q.text)}”${q.speaker ? `  \n> — ${who(q)}` : ''}`);
  }
  return `${out.join('\n\n')}\n`;
}
