// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/components/Popup';
import type { PopupState } from '../../src/popup/state';
import type { Failure } from '../../src/core/types';
import { makeArticle } from '../reader/fixtures';

afterEach(cleanup);

function show(state: PopupState, copyText?: (text: string) => Promise<void>) {
  const onToggleReader = vi.fn();
  const onShowQuote = vi.fn();
  const onRetry = vi.fn();
  const view = render(<Popup state={state} onToggleReader={onToggleReader} onShowQuote={onShowQuote} copyText={copyText} onRetry={onRetry} locale="en-GB" />);
  return { ...view, onToggleReader, onShowQuote, onRetry };
}

const quotes = [
  { text: 'We share a common purpose', speaker: 'Gen Frank McKenzie', paragraph: 6 },
  { text: 'If there were a resistance, they would join the resistance.', speaker: 'Rahmatullah Nabil', paragraph: 11 },
  { text: 'offering significant amounts of cash to its new members', speaker: null, paragraph: 14 },
  { text: 'Quote four', speaker: 'D', paragraph: 15 },
  { text: 'Quote five', speaker: 'E', paragraph: 16 },
  { text: 'Quote six', speaker: 'F', paragraph: 17 },
];

describe('loading', () => {
  it('says it is reading, is busy, and has no buttons', () => {
    const { container } = show({ kind: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Reading the page…');
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('article', () => {
  const article = makeArticle({
    summary: ['First sentence.', 'Second sentence.', 'Third sentence.', 'Fourth.', 'Fifth.', 'Sixth.'],
    quotes,
  });

  it('shows site, title, byline, date and reading time', () => {
    show({ kind: 'article', article, reader: 'idle' });
    expect(screen.getByText('Dawn')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(screen.getByText('Anwar Iqbal')).toBeTruthy();
    expect(screen.getByText('3 November 2021')).toBeTruthy();
    expect(screen.getByText('4 min read')).toBeTruthy();
  });

  it('lists at most five summary sentences, in order', () => {
    show({ kind: 'article', article, reader: 'idle' });
    const list = screen.getByRole('heading', { name: 'Summary' }).parentElement!.querySelector('ul')!;
    expect(Array.from(list.querySelectorAll('li')).map((li) => li.textContent)).toEqual(article.summary.slice(0, 5));
  });

  it('shows the first five quotes, with a speaker line only when the speaker is known', () => {
    show({ kind: 'article', article, reader: 'idle' });
    const section = screen.getByRole('heading', { name: 'Key quotes' }).parentElement!;
    const items = Array.from(section.querySelectorAll('li'));
    expect(items).toHaveLength(5);
    expect(items[0].querySelector('.quote-text')?.textContent).toBe('We share a common purpose');
    expect(items[0].querySelector('.speaker')?.textContent).toBe('— Gen Frank McKenzie');
    expect(items[2].querySelector('.speaker')).toBeNull();
    expect(section.textContent).not.toContain('Quote six');
  });

  it('opens the reader at a quote when the quote is clicked', () => {
    const { onShowQuote } = show({ kind: 'article', article, reader: 'idle' });
    fireEvent.click(screen.getByRole('button', { name: /If there were a resistance/ }));
    expect(onShowQuote).toHaveBeenCalledWith(1);
  });

  it('copies the story as Markdown and says so, or says it could not', async () => {
    const copied: string[] = [];
    show({ kind: 'article', article, reader: 'idle' }, async (text) => void copied.push(text));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied as Markdown.');
    expect(copied[0]).toMatch(/^# Afghan intelligence officers joining IS: report\n/);
    expect(copied[0]).toContain('> “We share a common purpose”  \n> — Gen Frank McKenzie');
    expect(copied[0]).not.toContain('Quote six');
    cleanup();
    show({ kind: 'article', article, reader: 'idle' }, () => Promise.reject(new Error('denied')));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect((await screen.findByText('Lede could not write to the clipboard.')).className).toBe('note error');
  });

  it('has no Copy button without a clipboard', () => {
    show({ kind: 'article', article, reader: 'idle' });
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
  });

  it('renders page data as text, never as markup', () => {
    const hostile = makeArticle({
      title: '<img src=x onerror=alert(1)>Title',
      site: '<b>Site</b>',
      summary: ['<script>alert(1)</script> sentence.'],
      quotes: [{ text: '<a href="javascript:alert(1)">x</a>', speaker: '<i>Eve</i>', paragraph: 0 }],
    });
    const { container } = show({ kind: 'article', article: hostile, reader: 'idle' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>Title');
    expect(container.querySelector('img, script, b, i, a')).toBeNull();
  });

  it('marks a speaker Lede is less sure of, in the reader\'s language, and only that one', () => {
    // A doubtful speaker is shown only when no sure one is (src/core/key-quotes.ts).
    const doubtful = { text: 'Nobody should doubt our numbers here', speaker: 'Ann Lee', paragraph: 1, confidence: 'medium' as const };
    const { container, unmount } = show({ kind: 'article', article: makeArticle({ quotes: [doubtful] }), reader: 'idle' });
    expect([...container.querySelectorAll('.speaker')].map((s) => s.textContent)).toEqual(['— Ann Lee (probably)']);
    expect(container.querySelector('.speaker .likely')?.getAttribute('lang')).toBe('en');
    unmount();
    const sure = { text: 'We are ready for the vote next week', speaker: 'Tom Reid', paragraph: 0, confidence: 'high' as const };
    const second = show({ kind: 'article', article: makeArticle({ quotes: [sure, doubtful] }), reader: 'idle' });
    expect([...second.container.querySelectorAll('.speaker')].map((s) => s.textContent)).toEqual(['— Tom Reid']);
    second.unmount();
    // The nearest person taken for a quote nothing attributes ('low') is marked the same way.
    const guessed = { text: 'Business has been slower than any winter', speaker: 'Tom Reyes', paragraph: 2, confidence: 'low' as const };
    const third = show({ kind: 'article', article: makeArticle({ quotes: [guessed] }), reader: 'idle' });
    expect([...third.container.querySelectorAll('.speaker')].map((s) => s.textContent)).toEqual(['— Tom Reyes (probably)']);
  });

  it('hides empty summary and quote sections', () => {
    show({ kind: 'article', article: makeArticle({ summary: [], quotes: [] }), reader: 'idle' });
    expect(screen.queryByRole('heading', { name: 'Summary' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Key quotes' })).toBeNull();
  });

  it('focuses the Reader view button, which calls onToggleReader', () => {
    const { onToggleReader } = show({ kind: 'article', article, reader: 'idle' });
    const button = screen.getByRole('button', { name: 'Reader view' });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onToggleReader).toHaveBeenCalledTimes(1);
  });

  it('shows the toggle’s progress and result', () => {
    const { rerender, onToggleReader, onRetry } = show({ kind: 'article', article, reader: 'working' });
    expect((screen.getByRole('button', { name: 'Reader view' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Opening the reader view…');
    rerender(<Popup state={{ kind: 'article', article, reader: 'open' }} onToggleReader={onToggleReader} onShowQuote={vi.fn()} onRetry={onRetry} />);
    expect(screen.getByRole('button', { name: 'Close reader view' })).toBeTruthy();
    const error: Failure = { status: 'no-article', message: 'There is no story to show.' };
    rerender(<Popup state={{ kind: 'article', article, reader: 'idle', readerError: error }} onToggleReader={onToggleReader} onShowQuote={vi.fn()} onRetry={onRetry} />);
    expect(screen.getByRole('status').textContent).toBe('There is no story to show.');
  });
});

describe('failures', () => {
  it('no-article: says so and what to do, offers no reader button', () => {
    show({ kind: 'failure', failure: { status: 'no-article', message: 'Gate said no.' } });
    expect(screen.getByRole('heading').textContent).toBe('Lede couldn’t find a story on this page');
    expect(screen.getByRole('alert').textContent).toMatch(/Open one story/);
    expect(screen.queryByRole('button', { name: /reader view/i })).toBeNull();
  });

  it('no-article with the analysis’s own advice (a page in frames): says what went wrong and that advice', () => {
    const framed: Failure = { status: 'no-article', message: 'This page shows its content in frames.', advice: 'Open the frame on its own.', detail: 'A frameset.' };
    show({ kind: 'failure', failure: framed });
    expect(screen.getByRole('heading').textContent).toBe('Lede couldn’t find a story on this page');
    const paragraphs = Array.from(screen.getByRole('alert').querySelectorAll(':scope > p'), (p) => p.textContent);
    expect(paragraphs).toEqual(['This page shows its content in frames.', 'Open the frame on its own.']);
    expect(screen.getByRole('alert').textContent).not.toMatch(/Open one story/);
  });

  it('restricted-page: explains the browser rule, using the background’s specific sentence', () => {
    show({ kind: 'failure', failure: { status: 'restricted-page', message: 'Browsers do not let extensions read their add-on stores.' } });
    expect(screen.getByRole('heading').textContent).toBe('Lede can’t read this page');
    expect(screen.getByText('Browsers do not let extensions read their add-on stores.')).toBeTruthy();
  });

  it('restricted-page without a message falls back to the general explanation', () => {
    show({ kind: 'failure', failure: { status: 'restricted-page', message: '' } });
    expect(screen.getByText(/does not let extensions read this kind of page/)).toBeTruthy();
  });

  it('too-large and timeout have their own words; timeout can be retried', () => {
    show({ kind: 'failure', failure: { status: 'too-large', message: 'x', detail: '80000 elements' } });
    expect(screen.getByRole('heading').textContent).toBe('This page is too large to read');
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    const { onRetry } = show({ kind: 'failure', failure: { status: 'timeout', message: 'x' } });
    expect(screen.getByRole('heading').textContent).toBe('Reading this page took too long');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('internal: a short explanation, the detail as text in <details>', () => {
    const { container } = show({ kind: 'failure', failure: { status: 'internal', message: 'Lede could not start.', detail: '<b>Frame removed</b>' } });
    expect(screen.getByRole('heading').textContent).toBe('Something went wrong');
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Technical details');
    expect(details.querySelector('pre')?.textContent).toBe('Lede could not start.\n<b>Frame removed</b>');
    expect(details.querySelector('b')).toBeNull();
  });
});
