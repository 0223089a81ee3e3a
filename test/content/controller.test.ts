import { describe, expect, it, vi } from 'vitest';
import { createContentController, installOnce, READER_REMOVED, settle } from '../../src/content/controller';
import type { Analysis, Article } from '../../src/core/types';

const article = (title = 'Story'): Article => ({
  status: 'ok', title, text: 'x', paragraphs: ['x'], html: '<p>x</p>', wordCount: 1, readingMinutes: 1, summary: [], quotes: [], removed: [], timings: {},
});

function setup(result: () => Analysis = () => article()) {
  let url = 'https://a.example/story';
  const readers: Array<{ isOpen: boolean; close(): void; onClosed: () => void; scrollToQuote?: number; revealed: number[]; revealQuote(i: number): boolean }> = [];
  const analyze = vi.fn(async () => result());
  const controller = createContentController({
    analyze,
    currentUrl: () => url,
    openReader: (_a, onClosed, scrollToQuote) => {
      const r = {
        isOpen: true,
        onClosed,
        scrollToQuote,
        revealed: [] as number[],
        close() {
          r.isOpen = false;
        },
        revealQuote(i: number) {
          r.revealed.push(i);
          return true;
        },
      };
      readers.push(r);
      return r;
    },
  });
  return { controller, analyze, readers, navigate: (u: string) => (url = u) };
}

describe('content controller', () => {
  it('analyses once per URL', async () => {
    const { controller, analyze, navigate } = setup();
    expect(await controller.handle({ type: 'lede/analyze' })).toMatchObject({ status: 'ok' });
    await controller.handle({ type: 'lede/analyze' });
    expect(analyze).toHaveBeenCalledTimes(1);
    navigate('https://a.example/other');
    await controller.handle({ type: 'lede/analyze' });
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('does not memoise failures', async () => {
    const { controller, analyze } = setup(() => ({ status: 'timeout', message: 'Too slow.' }));
    await controller.handle({ type: 'lede/analyze' });
    await controller.handle({ type: 'lede/analyze' });
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('turns a throwing analysis into an internal failure', async () => {
    const { controller } = setup(() => {
      throw new Error('boom');
    });
    expect(await controller.handle({ type: 'lede/analyze' })).toEqual({ status: 'internal', code: 'analysis-error', message: expect.any(String), detail: 'boom' });
  });

  it('toggles the reader open and closed, reusing the analysis', async () => {
    const { controller, analyze, readers } = setup();
    await controller.handle({ type: 'lede/analyze' });
    expect(await controller.handle({ type: 'lede/toggle-reader' })).toEqual({ open: true });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(await controller.handle({ type: 'lede/reader-state' })).toEqual({ open: true });
    expect(await controller.handle({ type: 'lede/toggle-reader' })).toEqual({ open: false });
    expect(readers[0].isOpen).toBe(false);
    expect(controller.readerOpen).toBe(false);
  });

  it('opens the reader at a quote, analysing first when nothing was analysed yet', async () => {
    const { controller, analyze, readers } = setup();
    expect(await controller.handle({ type: 'lede/show-quote', quote: 2 })).toEqual({ open: true });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(readers[0].scrollToQuote).toBe(2);
  });

  it('moves an open reader to another quote instead of closing it', async () => {
    const { controller, readers } = setup();
    await controller.handle({ type: 'lede/toggle-reader' });
    expect(await controller.handle({ type: 'lede/show-quote', quote: 1 })).toEqual({ open: true });
    expect(readers).toHaveLength(1);
    expect(readers[0].isOpen).toBe(true);
    expect(readers[0].revealed).toEqual([1]);
  });

  it('does not open an empty reader when there is no story', async () => {
    const noArticle: Analysis = { status: 'no-article', message: 'No story here.' };
    const { controller, readers } = setup(() => noArticle);
    expect(await controller.handle({ type: 'lede/toggle-reader' })).toEqual(noArticle);
    expect(readers).toHaveLength(0);
  });

  it('knows when the user closed the reader from inside it', async () => {
    const { controller, readers } = setup();
    await controller.handle({ type: 'lede/toggle-reader' });
    readers[0].isOpen = false;
    readers[0].onClosed();
    expect(controller.readerOpen).toBe(false);
    expect(await controller.handle({ type: 'lede/toggle-reader' })).toEqual({ open: true });
    expect(readers).toHaveLength(2);
  });
});

describe('content controller: the first answer, then the full one', () => {
  it('answers a first-answer request at the first answer and the full request from the same analysis', async () => {
    const full = { ...article(), quotes: [{ text: 'We will build it, and soon.', speaker: 'Ann Lee', paragraph: 0 }] } as Article;
    let finish!: () => void;
    const quotesFound = new Promise<void>((resolve) => (finish = resolve));
    const analyze = vi.fn(async (onFirstAnswer: (a: Article) => void) => {
      onFirstAnswer({ ...full, quotes: [], quotesPending: true });
      await quotesFound;
      return full;
    });
    const controller = createContentController({ analyze, currentUrl: () => 'https://a.example/story', openReader: () => ({ isOpen: true, close() {}, revealQuote: () => true }) });
    const first = await controller.handle({ type: 'lede/analyze', first: true });
    expect(first).toMatchObject({ status: 'ok', quotes: [], quotesPending: true });
    let fullAnswer: unknown;
    const fullRequest = controller.handle({ type: 'lede/analyze' }).then((a) => (fullAnswer = a));
    await Promise.resolve();
    expect(fullAnswer).toBeUndefined(); // still finding quotes
    finish();
    await fullRequest;
    expect(fullAnswer).toEqual(full);
    // One analysis for both, and its outcome remembered for the next popup.
    expect(await controller.handle({ type: 'lede/analyze', first: true })).toEqual(full);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('answers a first-answer request with the failure when there is no story', async () => {
    const { controller } = setup(() => ({ status: 'no-article', message: 'No story.' }));
    expect(await controller.handle({ type: 'lede/analyze', first: true })).toEqual({ status: 'no-article', message: 'No story.' });
  });
});

describe('content controller: requests that arrive while an analysis is under way', () => {
  it('wait for it in order: one analysis, one reader, and the second toggle closes the first one’s reader', async () => {
    let finish!: (a: Analysis) => void;
    const { controller, analyze, readers } = setup();
    analyze.mockImplementationOnce(() => new Promise<Analysis>((resolve) => (finish = resolve)));
    const first = controller.handle({ type: 'lede/analyze' });
    const toggled = controller.handle({ type: 'lede/toggle-reader' });
    const again = controller.handle({ type: 'lede/toggle-reader' });
    const state = controller.handle({ type: 'lede/reader-state' });
    // Nothing answered and no reader yet: the analysis has not finished.
    await Promise.resolve();
    expect(readers).toHaveLength(0);
    finish(article());
    expect(await first).toMatchObject({ status: 'ok' });
    expect(await toggled).toEqual({ open: true });
    expect(await again).toEqual({ open: false });
    expect(await state).toEqual({ open: false });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(readers).toHaveLength(1);
  });

  it('a failed request does not stop the ones after it', async () => {
    const { controller, analyze } = setup();
    analyze.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    expect(await controller.handle({ type: 'lede/analyze' })).toMatchObject({ status: 'internal', detail: 'boom' });
    expect(await controller.handle({ type: 'lede/analyze' })).toMatchObject({ status: 'ok' });
  });
});

describe('installOnce', () => {
  it('installs once per world, and the flag cannot be reset', async () => {
    const world = {};
    const install = vi.fn();
    expect(installOnce(world, 'k', install)).toBe(true);
    expect(installOnce(world, 'k', install)).toBe(false);
    expect(() => ((world as Record<string, unknown>).k = false)).toThrow();
    expect(install).toHaveBeenCalledTimes(1);
  });
});

describe('settle: the answer after the page had its turn', () => {
  it('reports a reader the page removed at once, and passes everything else through', async () => {
    const now = () => Promise.resolve();
    await expect(settle({ open: true }, { readerOpen: true }, now)).resolves.toEqual({ open: true });
    await expect(settle({ open: true }, { readerOpen: false }, now)).resolves.toBe(READER_REMOVED);
    await expect(settle({ open: false }, { readerOpen: false }, now)).resolves.toEqual({ open: false });
    const failure = { status: 'no-article', message: 'none' } as const;
    await expect(settle(failure, { readerOpen: false }, now)).resolves.toBe(failure);
  });
});
