// The story at a glance: where it is from, what it is, its summary and its key quotes, and the
// button that opens the reader. Page data goes in as text children only.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, Failure, Quote } from '../../core/types';
import { metaParts, siteName } from '../../reader/format';
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

const READER_NOTE: Record<ReaderStatus, string> = {
  idle: '',
  working: 'Opening the reader view…',
  open: 'The reader view is open on the page.',
  closed: 'The reader view is closed.',
};

export function ArticleView({ article, reader, readerError, onToggleReader, onShowQuote, copyText, locale }: ArticleViewProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  // The outcome of the last Copy, until the reader's state changes and says something newer.
  const [copied, setCopied] = useState<{ ok: boolean; for: ReaderStatus } | null>(null);
  const site = siteName(article);
  const summary = article.summary.slice(0, MAX_SUMMARY);
  const quotes = article.quotes.slice(0, MAX_QUOTES);
  const copyNote = copied && copied.for === reader ? copied : null;
  const note = readerError?.message ?? (copyNote ? (copyNote.ok ? 'Copied as Markdown.' : 'Lede could not write to the clipboard.') : READER_NOTE[reader]);
  const noteIsError = !!readerError || copyNote?.ok === false;
  const copy = copyText
    ? () =>
        copyText(articleMarkdown(article, quotes, locale)).then(
          () => setCopied({ ok: true, for: reader }),
          () => setCopied({ ok: false, for: reader }),
        )
    : undefined;

  return (
    <main class="state article" lang={article.lang} dir={article.dir}>
      <header>
        {site && <p class="site">{site}</p>}
        <h1 class="title">{article.title}</h1>
        <p class="meta">
          {metaParts(article, locale).map((part, i) => (
            <span key={i}>{part}</span>
          ))}
        </p>
        <div class="actions">
          <div class="buttons">
            <button ref={button} type="button" class="primary" onClick={onToggleReader} disabled={reader === 'working'}>
              {reader === 'open' ? 'Close reader view' : 'Reader view'}
            </button>
            {copy && (
              <button type="button" class="secondary" onClick={copy} title="Copy the title, address, summary and key quotes as Markdown">
                Copy
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
          <h2 id="summary-heading">Summary</h2>
          <ul class="summary">
            {summary.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}

      {quotes.length > 0 && (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">Key quotes</h2>
          <ul class="quotes">
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
      <button type="button" class="quote" onClick={onShow} disabled={disabled} title="Show this quote in the reader view">
        <span class="quote-text">{quote.text}</span>
        {quote.speaker && <span class="speaker">— {quote.speaker}</span>}
      </button>
    </li>
  );
}
