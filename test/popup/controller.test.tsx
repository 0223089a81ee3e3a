// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/components/App';
import { tabFromSearch, type PopupDeps, type Send } from '../../src/popup/controller';
import type { BackgroundRequest } from '../../src/shared/messages';
import { makeArticle } from '../reader/fixtures';
import { ANSWER_SHOWN_MARK } from '../../src/popup/marks';

afterEach(cleanup);

function deps(answer: (req: BackgroundRequest) => unknown, extra: Partial<PopupDeps> = {}) {
  const requests: BackgroundRequest[] = [];
  const send = vi.fn(async (req: BackgroundRequest) => {
    requests.push(req);
    return answer(req);
  }) as unknown as Send;
  return { requests, deps: { send, resolveTabId: async () => 42, ...extra } as PopupDeps };
}

describe('tabFromSearch', () => {
  it('reads a plain numeric ?tab=', () => {
    expect(tabFromSearch('?tab=17')).toBe(17);
    expect(tabFromSearch('?x=1&tab=0')).toBe(0);
    expect(tabFromSearch('')).toBeUndefined();
    expect(tabFromSearch('?tab=-1')).toBeUndefined();
    expect(tabFromSearch('?tab=1e3')).toBeUndefined();
    expect(tabFromSearch('?tab=abc')).toBeUndefined();
  });
});

describe('popup controller', () => {
  it('asks for the analysis of the resolved tab and shows it', async () => {
    const { requests, deps: d } = deps(() => makeArticle());
    render(<App deps={d} />);
    expect(screen.getByText('Reading the page…')).toBeTruthy();
    await screen.findByRole('heading', { level: 1, name: makeArticle().title });
    // The first answer is asked for; an article that has its quotes needs no second request.
    expect(requests).toEqual([{ type: 'lede/get-analysis', tabId: 42, first: true }]);
  });

  it('shows the first answer at once and the quotes when they come, without a second layout of the story', async () => {
    const full = makeArticle();
    expect(full.quotes.length).toBeGreaterThan(0);
    const first = { ...full, quotes: [], quotesPending: true as const };
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const { requests, deps: d } = deps((req) => (req.type === 'lede/get-analysis' && req.first ? first : later.then(() => full)), { copyText: async () => undefined });
    const { container } = render(<App deps={d} />);
    await screen.findByRole('heading', { level: 1, name: full.title });
    // Title and summary are shown; where the quotes go, a note that they are coming.
    expect(screen.getByText(full.summary[0])).toBeTruthy();
    expect(screen.getByText('Finding key quotes…')).toBeTruthy();
    expect(container.querySelector('ul.quotes')).toBeNull();
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(true);
    const summaryNode = container.querySelector('ul.summary');
    release();
    await screen.findByText(full.quotes[0].text);
    expect(screen.queryByText('Finding key quotes…')).toBeNull();
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(false);
    // The summary is the same node: only the quotes were added below it.
    expect(container.querySelector('ul.summary')).toBe(summaryNode);
    expect(requests).toEqual([
      { type: 'lede/get-analysis', tabId: 42, first: true },
      { type: 'lede/get-analysis', tabId: 42 },
    ]);
  });

  it('keeps the story when the quotes never come', async () => {
    const full = makeArticle();
    const first = { ...full, quotes: [], quotesPending: true as const };
    const { deps: d } = deps((req) => (req.type === 'lede/get-analysis' && req.first ? first : new Promise(() => undefined)), { timeoutMs: 30 });
    render(<App deps={d} />);
    await screen.findByRole('heading', { level: 1, name: full.title });
    await waitFor(() => expect(screen.queryByText('Finding key quotes…')).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: full.title })).toBeTruthy();
    expect(screen.queryByText('Reading this page took too long')).toBeNull();
  });

  it('shows the answer asked for before the UI loaded, and asks again only on retry', async () => {
    const early = makeArticle({ title: 'Asked early' });
    const { requests, deps: d } = deps(() => makeArticle(), { firstAnswer: Promise.resolve(early) });
    render(<App deps={d} />);
    await screen.findByRole('heading', { level: 1, name: 'Asked early' });
    expect(requests).toEqual([]);
  });

  it('marks the first answer once it is painted (User Timing, for the browser bench), and only once', async () => {
    performance.clearMarks(ANSWER_SHOWN_MARK);
    const { deps: d } = deps(() => makeArticle());
    render(<App deps={d} />);
    expect(performance.getEntriesByName(ANSWER_SHOWN_MARK)).toHaveLength(0);
    await screen.findByRole('heading', { level: 1, name: makeArticle().title });
    await waitFor(() => expect(performance.getEntriesByName(ANSWER_SHOWN_MARK)).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Reader view' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.getEntriesByName(ANSWER_SHOWN_MARK)).toHaveLength(1);
  });

  it('shows a failure the background returns', async () => {
    const { deps: d } = deps(() => ({ status: 'no-article', message: 'No story.' }));
    render(<App deps={d} />);
    await screen.findByText('Lede couldn’t find a story on this page');
  });

  it('turns a rejected message into an internal failure with detail', async () => {
    const { deps: d } = deps(() => {
      throw new Error('Could not establish connection.');
    });
    const { container } = render(<App deps={d} />);
    await screen.findByText('Something went wrong');
    expect(container.querySelector('pre')?.textContent).toContain('Could not establish connection.');
  });

  it('gives up with a timeout when the background never answers, and retries with refresh', async () => {
    let calls = 0;
    const { requests, deps: d } = deps(() => (++calls === 1 ? new Promise(() => undefined) : makeArticle()), { timeoutMs: 30 });
    render(<App deps={d} />);
    await screen.findByText('Reading this page took too long');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Reader view' });
    expect(requests[1]).toEqual({ type: 'lede/get-analysis', tabId: 42, refresh: true, first: true });
  });

  it('says so when there is no tab to read', async () => {
    const { requests, deps: d } = deps(() => makeArticle(), { resolveTabId: async () => undefined });
    render(<App deps={d} />);
    await screen.findByText('Something went wrong');
    expect(requests).toEqual([]);
  });

  it('Reader view sends the toggle and closes the popup window', async () => {
    const closeWindow = vi.fn();
    const { requests, deps: d } = deps((req) => (req.type === 'lede/toggle-reader' ? { open: true } : makeArticle()), { closeWindow });
    render(<App deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reader view' }));
    await waitFor(() => expect(closeWindow).toHaveBeenCalledTimes(1));
    expect(requests[1]).toEqual({ type: 'lede/toggle-reader', tabId: 42 });
  });

  it('a quote opens the reader at that quote and closes the popup window', async () => {
    const closeWindow = vi.fn();
    const article = makeArticle({ quotes: [{ text: 'First quote here', speaker: 'A', paragraph: 0 }, { text: 'Second quote here', speaker: 'B', paragraph: 0 }] });
    const { requests, deps: d } = deps((req) => (req.type === 'lede/show-quote' ? { open: true } : article), { closeWindow });
    render(<App deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: /Second quote here/ }));
    await waitFor(() => expect(closeWindow).toHaveBeenCalledTimes(1));
    expect(requests[1]).toEqual({ type: 'lede/show-quote', tabId: 42, quote: 1 });
  });

  it('in a tab (no closeWindow) it stays and shows the reader state', async () => {
    let open = false;
    const { deps: d } = deps((req) => (req.type === 'lede/toggle-reader' ? { open: (open = !open) } : makeArticle()));
    render(<App deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reader view' }));
    await screen.findByText('The reader view is open on the page.');
    fireEvent.click(screen.getByRole('button', { name: 'Close reader view' }));
    await screen.findByText('The reader view is closed.');
  });

  it('a toggle failure is shown beside the button, the popup stays', async () => {
    const closeWindow = vi.fn();
    const { deps: d } = deps((req) => (req.type === 'lede/toggle-reader' ? { status: 'internal', message: 'Lede could not open the reader view.' } : makeArticle()), {
      closeWindow,
    });
    render(<App deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reader view' }));
    await screen.findByText('Lede could not open the reader view.');
    expect(closeWindow).not.toHaveBeenCalled();
  });
});
