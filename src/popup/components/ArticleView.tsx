// The story at a glance: where it is from, what it is, its summary and its key quotes, and the
// button that opens the reader. Page data goes in as text children only, marked with the story's
// language and direction; Lede's own words (buttons, headings, notes) are in the user's, from
// the <html> element (main.tsx), and the layout mirrors with it.
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { keyQuotes, speakerIsGuess } from '../../core/key-quotes';
import type { Article, Failure, Quote } from '../../core/types';
import { metaItems, siteName } from '../../reader/format';
import { failureSentence } from '../../shared/failure-text';
import { t, uiDir, uiLocale } from '../../shared/i18n';
import { articleMarkdown } from '../markdown';
import type { ReaderStatus } from '../state';

export const MAX_QUOTES = 5;
export const MAX_SUMMARY = 5;

export interface ArticleViewProps {
  article: Article;
  reader: ReaderStatus;
  readerError?: Failure;
  onToggleReader: () => void;
  /** Open the reader at quote `index` (into article.quotes). */
  onShowQuote: (index: number) => void;
  /** Put text on the clipboard; absent where there is no clipboard (the button is not shown). */
  copyText?: (text: string) => Promise<void>;
  locale?: string;
}

function readerNote(reader: ReaderStatus): string {
  switch (reader) {
    case 'idle':
      return '';
    case 'working':
      return t('reader_working');
    case 'open':
      return t('reader_is_open');
    case 'closed':
      return t('reader_is_closed');
  }
}

export function ArticleView({ article, reader, readerError, onToggleReader, onShowQuote, copyText, locale }: ArticleViewProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  // The outcome of the last Copy, until the reader's state changes and says something newer.
  const [copied, setCopied] = useState<{ ok: boolean; for: ReaderStatus } | null>(null);
  const site = siteName(article);
  const summary = article.summary.slice(0, MAX_SUMMARY);
  // Fewer than five when the rest have a doubtful speaker (core/key-quotes.ts); a prefix, so
  // `i` below is still an index into article.quotes.
  const quotes = keyQuotes(article.quotes, MAX_QUOTES);
  const copyNote = copied && copied.for === reader ? copied : null;
  const note = readerError ? failureSentence(readerError) : copyNote ? t(copyNote.ok ? 'copy_done' : 'copy_failed') : readerNote(reader);
  // The story's own language and direction, for everything that is the page's text.
  // Not the user's: an unknown language is "" (unknown), an unknown direction "auto".
  const story: { lang: string; dir: 'ltr' | 'rtl' | 'auto' } = { lang: article.lang ?? '', dir: article.dir ?? 'auto' };
  const noteIsError = !!readerError || copyNote?.ok === false;
  const copy = copyText
    ? () =>
        copyText(articleMarkdown(article, quotes, locale)).then(
          () => setCopied({ ok: true, for: reader }),
          () => setCopied({ ok: false, for: reader }),
        )
    : undefined;

  return (
    <main class="state article">
      <header>
        {site && (
          <p class="site" dir="auto">
            {site}
          </p>
        )}
        <h1 class="title" {...story}>
          {article.title}
        </h1>
        <p class="meta">
          {/* Separators are the line's text, in its direction, not generated content of a part
              (a part in the other direction would carry its dot to the wrong side). */}
          {metaItems(article, locale).map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              <span {...(part.from === 'page' ? story : {})}>{part.text}</span>
            </Fragment>
          ))}
        </p>
        {article.kind === 'teaser-only' && <p class="teaser">{t('teaser_only_note')}</p>}
        <div class="actions">
          <div class="buttons">
            <button ref={button} type="button" class="primary" onClick={onToggleReader} disabled={reader === 'working'}>
              {t(reader === 'open' ? 'reader_close_button' : 'reader_open_button')}
            </button>
            {copy && (
              // Not before the quotes are in: the copy holds them.
              <button type="button" class="secondary" onClick={copy} title={t('copy_button_title')} disabled={article.quotesPending}>
                {t('copy_button')}
              </button>
            )}
          </div>
          <p class={noteIsError ? 'note error' : 'note'} role="status" aria-live="polite">
            {note}
          </p>
        </div>
      </header>

      {summary.length > 0 && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('summary_heading')}</h2>
          <ul class="summary" {...story}>
            {summary.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}

      {article.quotesPending && (
        <section aria-labelledby="quotes-heading" aria-busy="true">
          <h2 id="quotes-heading">{t('quotes_heading')}</h2>
          <p class="pending">{t('quotes_pending')}</p>
        </section>
      )}

      {quotes.length > 0 && (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">{t('quotes_heading')}</h2>
          <ul class="quotes" {...story}>
            {quotes.map((quote, i) => (
              <QuoteItem key={i} quote={quote} onShow={() => onShowQuote(i)} disabled={reader === 'working'} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

/** A quote is a button: it opens the reader at the quote, marked. A button holds phrasing
 *  content only, so the quote and its speaker are spans laid out as blocks. */
function QuoteItem({ quote, onShow, disabled }: { quote: Quote; onShow: () => void; disabled: boolean }) {
  return (
    <li>
      <button type="button" class="quote" onClick={onShow} disabled={disabled} title={t('quote_button_title')}>
        <span class="quote-text">{quote.text}</span>
        {quote.speaker && (
          <span class="speaker">
            — {quote.speaker}
            {/* A speaker found through a pronoun, an earlier quote or a one-word name, or the
                nearest person taken for a quote nothing attributes, is marked, in the reader's
                language: better said than passed off as sure. */}
            {speakerIsGuess(quote) && (
              <span class="likely" lang={uiLocale()} dir={uiDir()}>
                {' '}
                {t('speaker_likely')}
              </span>
            )}
          </span>
        )}
      </button>
    </li>
  );
}
