// @vitest-environment happy-dom
// Under an Arabic browser, the popup and the reader's controls speak Arabic and are laid out
// right to left, while an English story in them stays English and left to right. Plural forms
// follow Arabic's six; numbers are Arabic's.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/components/Popup';
import { localizeDocument } from '../../src/popup/document';
import { openReader, type ReaderHandle } from '../../src/reader/reader';
import { formatReadingTime, removedLabel } from '../../src/reader/format';
import { failureSentence } from '../../src/shared/failure-text';
import { formatNumber, uiDir, uiLocale } from '../../src/shared/i18n';
import { makeArticle } from '../reader/fixtures';
import { readMessages, useLocale } from './fake-i18n';

let reader: ReaderHandle | undefined;
afterEach(() => {
  cleanup();
  reader?.close();
  reader = undefined;
  useLocale('en');
  localizeDocument(document);
});

const ar = readMessages('ar');
const noop = () => undefined;

describe('popup under ar', () => {
  it('sets <html dir="rtl" lang="ar"> and speaks Arabic', () => {
    useLocale('ar');
    localizeDocument(document);
    render(<Popup state={{ kind: 'article', article: makeArticle(), reader: 'idle' }} onToggleReader={noop} onShowQuote={noop} onRetry={noop} copyText={async () => undefined} />);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(uiDir()).toBe('rtl');
    expect(screen.getByRole('button', { name: ar.reader_open_button.message })).toBeTruthy();
    expect(screen.getByRole('button', { name: ar.copy_button.message }).getAttribute('title')).toBe(ar.copy_button_title.message);
    expect(screen.getByRole('heading', { name: ar.summary_heading.message })).toBeTruthy();
    expect(screen.getByRole('heading', { name: ar.quotes_heading.message })).toBeTruthy();
    expect(screen.getByText('قراءة في 4 دقائق')).toBeTruthy();
  });

  it('keeps the English story English and left to right inside the Arabic popup', () => {
    useLocale('ar');
    localizeDocument(document);
    const { container } = render(<Popup state={{ kind: 'article', article: makeArticle({ dir: undefined }), reader: 'idle' }} onToggleReader={noop} onShowQuote={noop} onRetry={noop} />);
    const title = container.querySelector('h1.title')!;
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.getAttribute('dir')).toBe('auto');
    expect(container.querySelector('ul.summary')!.getAttribute('lang')).toBe('en');
    expect(container.querySelector('ul.quotes')!.getAttribute('lang')).toBe('en');
    // Lede's own words (the reading time) are marked as the user's language, inheriting rtl.
    expect(container.querySelector('main')!.hasAttribute('dir')).toBe(false);
    expect(screen.getByText('Anwar Iqbal').getAttribute('lang')).toBe('en');
  });

  it('says failures in Arabic, numbers in Arabic', () => {
    useLocale('ar');
    const failure = { status: 'too-large', code: 'too-many-elements', params: { limit: 60_000 }, message: 'This page is too large…' } as const;
    expect(failureSentence(failure)).toBe(ar.failure_too_many_elements.message.replace('$LIMIT$', formatNumber(60_000)));
    render(<Popup state={{ kind: 'failure', failure }} onToggleReader={noop} onShowQuote={noop} onRetry={noop} />);
    expect(screen.getByRole('heading', { name: ar.status_too_large_heading.message })).toBeTruthy();
  });
});

describe('plural forms', () => {
  it('picks each of Arabic’s six forms', () => {
    useLocale('ar');
    expect(uiLocale()).toBe('ar');
    const n = (x: number) => formatNumber(x);
    expect([1, 2, 3, 11, 100].map(removedLabel)).toEqual(['حُذف عنصر واحد', 'حُذف عنصران', `حُذفت ${n(3)} عناصر`, `حُذف ${n(11)} عنصرًا`, `حُذف ${n(100)} عنصر`]);
    expect(formatReadingTime(2)).toBe('قراءة في دقيقتين');
  });

  it('uses French’s singular for 0 and 1, and its “de” for millions', () => {
    useLocale('fr');
    expect([1, 2, 1_000_000].map(removedLabel)).toEqual(['1 bloc retiré', '2 blocs retirés', `${formatNumber(1_000_000)} de blocs retirés`]);
  });

  it('has English and German one/other', () => {
    expect(removedLabel(1)).toBe('1 block removed');
    useLocale('de');
    expect(removedLabel(1234)).toBe('1.234 Blöcke entfernt');
  });
});

describe('reader under ar', () => {
  it('lays its controls out right to left in Arabic, the story in its own language', () => {
    useLocale('ar');
    reader = openReader(document, makeArticle(), { isTrusted: () => true, onClose: vi.fn() });
    const scroller = reader.root.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.dir).toBe('rtl');
    expect(scroller.lang).toBe('ar');
    const close = reader.root.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe(ar.reader_close_button.message);
    expect(close.title).toBe(ar.reader_close_title.message);
    const article = reader.root.querySelector<HTMLElement>('article')!;
    expect([article.lang, article.dir]).toEqual(['en', 'ltr']);
    const footer = reader.root.querySelector<HTMLElement>('footer.removed')!;
    expect([footer.lang, footer.dir]).toEqual(['ar', 'rtl']);
    expect(footer.querySelector('summary')!.textContent).toBe('حُذف عنصران');
    expect(footer.querySelector<HTMLElement>('.removed-text')!.lang).toBe('en');
    expect(footer.querySelector('.reason')!.textContent).toBe(ar.reason_end_matter.message);
  });

  it('gives a story of unknown language no language, not Arabic', () => {
    useLocale('ar');
    reader = openReader(document, makeArticle({ lang: undefined, dir: undefined }), { isTrusted: () => true });
    const article = reader.root.querySelector<HTMLElement>('article')!;
    expect(article.getAttribute('lang')).toBe('');
    expect(article.getAttribute('dir')).toBe('auto');
  });
});
