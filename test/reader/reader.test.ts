// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, openReader, type ReaderHandle } from '../../src/reader/reader';
import { makeArticle } from './fixtures';

let reader: ReaderHandle | undefined;
afterEach(() => {
  reader?.close();
  reader = undefined;
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
});

function keydown(target: EventTarget, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

describe('openReader', () => {
  it('mounts a full-viewport host on <html> with a closed shadow root', () => {
    reader = openReader(document, makeArticle());
    const host = document.documentElement.querySelector(HOST_TAG) as HTMLElement;
    expect(host).toBe(reader.host);
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
  });

  it('shows site, title, meta and the story, with titles as text', () => {
    reader = openReader(document, makeArticle({ title: '<img src=x onerror=alert(1)> Title' }), { locale: 'en-GB' });
    const root = reader.root;
    expect(root.querySelector('.site')?.textContent).toBe('Dawn');
    const h1 = root.querySelector('h1.title')!;
    expect(h1.textContent).toBe('<img src=x onerror=alert(1)> Title');
    expect(h1.querySelector('img')).toBeNull();
    expect(Array.from(root.querySelectorAll('.meta span')).map((s) => s.textContent)).toEqual(['Anwar Iqbal', '3 November 2021', '4 min read']);
    expect(root.querySelector('.story p')?.textContent).toMatch(/^WASHINGTON: Former members/);
    expect(root.querySelector('.story figcaption')?.textContent).toBe('Taliban fighters in Kabul.');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe(h1.id);
  });

  it('drops the headline repeated at the top of the story, not later headings', () => {
    reader = openReader(document, makeArticle());
    expect(reader.root.querySelector('.story h1')).toBeNull();
    reader.close();
    const html = '<p>Intro.</p><h2>Afghan intelligence officers joining IS: report</h2>';
    reader = openReader(document, makeArticle({ html }));
    expect(reader.root.querySelector('.story h2')).not.toBeNull();
  });

  it('opens links in a new tab without opener or referrer', () => {
    reader = openReader(document, makeArticle());
    const link = reader.root.querySelector('.story a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists removed blocks as text under a count', () => {
    reader = openReader(document, makeArticle());
    const details = reader.root.querySelector('footer details')!;
    expect(details.querySelector('summary')?.textContent).toBe('2 blocks removed');
    const items = Array.from(details.querySelectorAll('li'));
    expect(items.map((li) => li.querySelector('.reason')?.textContent)).toEqual(['End matter', 'Headed rail']);
    expect(items[1].querySelector('.removed-text')?.textContent).toBe('Opinion <img src=x onerror=alert(1)> The price of defiance');
    expect(details.querySelector('img')).toBeNull();
  });

  it('has no removed footer when nothing was removed', () => {
    reader = openReader(document, makeArticle({ removed: [] }));
    expect(reader.root.querySelector('footer')).toBeNull();
  });

  it('sets the article language and direction', () => {
    reader = openReader(document, makeArticle({ lang: 'ur', dir: 'rtl' }));
    const article = reader.root.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ur');
    expect(article.getAttribute('dir')).toBe('rtl');
  });

  it('styles the shadow root with system fonts only', () => {
    reader = openReader(document, makeArticle());
    const css =
      (reader.root.adoptedStyleSheets ?? []).map((s) => Array.from(s.cssRules).map((r) => r.cssText).join('\n')).join('\n') +
      Array.from(reader.root.querySelectorAll('style')).map((s) => s.textContent).join('\n');
    expect(css).toMatch(/serif/);
    expect(css).not.toMatch(/@import|@font-face|url\(/);
  });
});

describe('closing', () => {
  it('locks the page scroll and restores the overflow styles exactly', () => {
    document.documentElement.style.setProperty('overflow-y', 'scroll', 'important');
    document.body.setAttribute('style', 'color: red');
    reader = openReader(document, makeArticle());
    expect(document.documentElement.style.getPropertyValue('overflow-x')).toBe('hidden');
    expect(document.body.style.getPropertyValue('overflow-y')).toBe('hidden');
    reader.close();
    expect(document.documentElement.style.getPropertyValue('overflow-y')).toBe('scroll');
    expect(document.documentElement.style.getPropertyPriority('overflow-y')).toBe('important');
    expect(document.documentElement.style.getPropertyValue('overflow-x')).toBe('');
    // The attribute comes back to the letter, not merely equivalent.
    expect(document.body.getAttribute('style')).toBe('color: red');
  });

  it('keeps inline styles the page set while the reader was open, and undoes only ours', () => {
    document.body.setAttribute('style', 'color: red');
    reader = openReader(document, makeArticle());
    document.body.style.setProperty('background-color', 'blue');
    reader.close();
    expect(document.body.style.getPropertyValue('background-color')).toBe('blue');
    expect(document.body.style.getPropertyValue('color')).toBe('red');
    expect(document.body.style.getPropertyValue('overflow-y')).toBe('');
  });

  it('leaves no style attribute where there was none', () => {
    reader = openReader(document, makeArticle());
    reader.close();
    expect(document.body.hasAttribute('style')).toBe(false);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('restores the scroll position instantly', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    Object.defineProperty(window, 'scrollY', { value: 1234, configurable: true });
    reader = openReader(document, makeArticle());
    reader.close();
    expect(scrollTo).toHaveBeenCalledWith({ left: 0, top: 1234, behavior: 'instant' });
    scrollTo.mockRestore();
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });

  it('moves focus in on open and back on close', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    reader = openReader(document, makeArticle());
    expect(document.activeElement).toBe(reader.host);
    reader.close();
    expect(document.activeElement).toBe(button);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('ignores an untrusted Escape (a page cannot close it)', () => {
    const onClose = vi.fn();
    reader = openReader(document, makeArticle(), { onClose });
    const event = keydown(reader.root.querySelector('.scroller')!, 'Escape');
    expect(event.isTrusted).not.toBe(true);
    (reader.root.querySelector('button.close') as HTMLButtonElement).click();
    expect(reader.isOpen).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('holds the story in a modal dialog (the top layer, above the page’s own dialogs); the browser’s cancel closes the reader, an untrusted one does not', () => {
    const onClose = vi.fn();
    reader = openReader(document, makeArticle(), { onClose });
    const layer = reader.root.querySelector('dialog.layer') as HTMLDialogElement;
    expect(layer.open).toBe(true);
    expect(layer.querySelector('.scroller h1.title')).toBeTruthy();
    const untrusted = new Event('cancel', { cancelable: true });
    layer.dispatchEvent(untrusted);
    expect(untrusted.defaultPrevented).toBe(true); // the dialog itself is never closed alone
    expect(reader.isOpen).toBe(true);
    reader.close();

    reader = openReader(document, makeArticle(), { onClose, isTrusted: () => true });
    reader.root.querySelector('dialog.layer')!.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(reader.isOpen).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on the user’s Escape or close button, and says so once', () => {
    const onClose = vi.fn();
    reader = openReader(document, makeArticle(), { onClose, isTrusted: () => true });
    keydown(reader.root.querySelector('.scroller')!, 'a');
    expect(reader.isOpen).toBe(true);
    keydown(reader.root.querySelector('.scroller')!, 'Escape');
    expect(reader.isOpen).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);

    reader = openReader(document, makeArticle(), { onClose, isTrusted: () => true });
    (reader.root.querySelector('button.close') as HTMLButtonElement).click();
    expect(reader.isOpen).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('a programmatic close (the toggle) does not call onClose', () => {
    const onClose = vi.fn();
    reader = openReader(document, makeArticle(), { onClose });
    reader.close();
    reader.close();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('the close button is labelled', () => {
    reader = openReader(document, makeArticle());
    const button = reader.root.querySelector('button.close')!;
    expect(button.getAttribute('aria-label')).toBe('Close reader view');
    expect(button.textContent).toBe('×');
  });
});

describe('scrollToQuote', () => {
  it('marks the paragraph holding the quote', () => {
    reader = openReader(document, makeArticle(), { scrollToQuote: 0 });
    const marked = reader.root.querySelectorAll('.quote-target');
    expect(marked).toHaveLength(1);
    expect(marked[0].textContent).toMatch(/We share a common purpose/);
  });

  it('ignores an index with no quote', () => {
    reader = openReader(document, makeArticle(), { scrollToQuote: 9 });
    expect(reader.root.querySelector('.quote-target')).toBeNull();
    expect(reader.revealQuote(9)).toBe(false);
  });

  const story = makeArticle({
    html:
      '<p>“The port will not reopen before spring,” the harbour master, Ines Duarte, said on Monday, “and the ferries will sail from Vigo instead.”</p>' +
      '<p>Fishermen were told to moor elsewhere.</p>' +
      '<p>“We have waited three winters for this dredging.</p>' +
      '<p>“Another year of mud is another year without the big boats,” said Tomás Alves.</p>',
    quotes: [
      { text: 'The port will not reopen before spring, and the ferries will sail from Vigo instead.', speaker: 'Ines Duarte', paragraph: 0 },
      { text: 'We have waited three winters for this dredging. Another year of mud is another year without the big boats,', speaker: 'Tomás Alves', paragraph: 2 },
    ],
  });
  const marked = () => Array.from(reader!.root.querySelectorAll('.quote-target')).map((b) => b.textContent!.slice(0, 20));

  it('finds a quote joined around its attribution by its opening words', () => {
    reader = openReader(document, story, { scrollToQuote: 0 });
    expect(marked()).toEqual(['“The port will not r']);
  });

  it('marks every paragraph a long quote runs over, and moves the mark to another quote', () => {
    reader = openReader(document, story, { scrollToQuote: 0 });
    expect(reader.revealQuote(1)).toBe(true);
    expect(marked()).toEqual(['“We have waited thre', '“Another year of mud']);
  });
});

describe('a page that fights the reader', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('puts the host back when the page removes it, and stays open', async () => {
    reader = openReader(document, makeArticle());
    reader.host.remove();
    await settle();
    expect(reader.host.parentElement).toBe(document.documentElement);
    expect(reader.isOpen).toBe(true);
  });

  it('moves back on top of a cover the page adds after it', async () => {
    reader = openReader(document, makeArticle());
    const cover = document.createElement('div');
    document.documentElement.append(cover);
    await settle();
    expect(document.documentElement.lastElementChild).toBe(reader.host);
    cover.remove();
  });

  it('gives up on a page that keeps removing it: closed, scroll unlocked, the owner told', async () => {
    const onClose = vi.fn();
    reader = openReader(document, makeArticle(), { onClose });
    const hostile = new MutationObserver(() => document.querySelector(HOST_TAG)?.remove());
    hostile.observe(document.documentElement, { childList: true });
    document.querySelector(HOST_TAG)?.remove();
    for (let i = 0; i < 10 && reader.isOpen; i++) await settle();
    hostile.disconnect();
    expect(reader.isOpen).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.documentElement.style.getPropertyValue('overflow-y')).toBe('');
  });

  it('is not open once its host left the document some other way', () => {
    reader = openReader(document, makeArticle());
    // Detached without a childList change on <html> the guard sees: a direct check.
    Object.defineProperty(reader.host, 'isConnected', { value: false, configurable: true });
    expect(reader.isOpen).toBe(false);
    expect(document.documentElement.style.getPropertyValue('overflow-y')).toBe('');
  });
});
