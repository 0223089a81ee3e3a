// The story at a glance: where it is from, what it is, its summary and its key quotes, and the
// button that opens the reader. Page data goes in as text children only.
import { useEffect, useRef } from 'preact/hooks';
import type { Article, Failure, Quote } from '../../core/types';
import { metaParts, siteName } from '../../reader/format';
import type { ReaderStatus } from '../state';

export const MAX_QUOTES = 5;
export const MAX_SUMMARY = 5;

export interface ArticleViewProps {
  article: Article;
  reader: ReaderStatus;
  readerError?: Failure;
  onToggleReader: () => void;
  locale?: string;
}

const READER_NOTE: Record<ReaderStatus, string> = {
  idle: '',
  working: 'Opening the reader view…',
  open: 'The reader view is open on the page.',
  closed: 'The reader view is closed.',
};

export function ArticleView({ article, reader, readerError, onToggleReader, locale }: ArticleViewProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const site = siteName(article);
  const summary = article.summary.slice(0, MAX_SUMMARY);
  const quotes = article.quotes.slice(0, MAX_QUOTES);
  const note = readerError ? readerError.message : READER_NOTE[reader];

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
          <button ref={button} type="button" class="primary" onClick={onToggleReader} disabled={reader === 'working'}>
            {reader === 'open' ? 'Close reader view' : 'Reader view'}
          </button>
          <p class={readerError ? 'note error' : 'note'} role="status" aria-live="polite">
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
              <QuoteItem key={i} quote={quote} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function QuoteItem({ quote }: { quote: Quote }) {
  return (
    <li>
      <figure>
        <blockquote>
          <p>{quote.text}</p>
        </blockquote>
        {quote.speaker && <figcaption class="speaker">— {quote.speaker}</figcaption>}
      </figure>
    </li>
  );
}
