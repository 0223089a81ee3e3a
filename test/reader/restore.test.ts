// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContentController, type RestoreMemory } from '../../src/content/controller';
import type { Article } from '../../src/core/types';
import { openReader, type ReaderHandle } from '../../src/reader/reader';
import { placeFor } from '../../src/reader/restore';
import { makeArticle } from './fixtures';

let reader: ReaderHandle | undefined;
afterEach(() => {
  reader?.close();
  reader = undefined;
  document.body.innerHTML = '';
});

const P = ['First paragraph of the story.', 'Second paragraph, where the rail followed.', 'Third paragraph.', 'A list item that is kept.'];

function story(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    paragraphs: P,
    html: `<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><ul><li>${P[3]}</li></ul>`,
    removed: [
      { reason: 'end-matter', text: 'Published in Dawn' }, // page stage: text only
      { reason: 'rail-heading', text: 'Read more\nTram fares rise', html: '<h2>Read more</h2><div> <figure> </figure> </div><ul><li><a href="https://news.example/fares">Tram fares rise</a></li></ul>', after: 1 },
      { reason: 'promo', text: 'Sponsored', html: '<div>Sponsored</div>', after: -1 },
      { reason: 'link-list', text: 'Tags: city', html: '<p>Tags: city</p>' }, // place lost: goes at the end
      { reason: 'share-bar', text: 'After the list', html: '<div>After the list</div>', after: 3 },
    ],
    ...overrides,
  });
}

const trusted = () => true;
const items = (r: ReaderHandle) => Array.from(r.root.querySelectorAll<HTMLLIElement>('footer.removed li'));
const storyEl = (r: ReaderHandle) => r.root.querySelector<HTMLElement>('.story')!;
const toggleOf = (li: HTMLLIElement) => li.querySelector<HTMLButtonElement>('button.bring-back');
/** The story's top-level blocks as short labels: restored blocks show as [R:text]. */
const outline = (r: ReaderHandle) =>
  Array.from(storyEl(r).children).map((c) => (c.classList.contains('restored') ? `[R:${c.querySelector('.restored-body')!.textContent}]` : c.textContent));

describe('bring back', () => {
  it('offers a labelled button only for blocks with HTML', () => {
    reader = openReader(document, story(), { isTrusted: trusted });
    const li = items(reader);
    expect(li.map((i) => !!toggleOf(i))).toEqual([false, true, true, true, true]);
    const button = toggleOf(li[1])!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Bring back Headed rail “Read more”');
    expect(button.textContent).toBe('Bring back');
  });

  it('puts a block back after its paragraph, marked as restored, and takes it out again', () => {
    const onRestoredChange = vi.fn();
    reader = openReader(document, story(), { isTrusted: trusted, onRestoredChange });
    const li = items(reader)[1];
    toggleOf(li)!.click();
    expect(outline(reader)).toEqual([P[0], P[1], '[R:Read moreTram fares rise]', P[2], P[3]]);
    const restored = storyEl(reader).querySelector('.restored')!;
    expect(restored.querySelector('.restored-label')?.textContent).toBe('Restored · Headed rail');
    expect(restored.getAttribute('aria-label')).toBe('Restored: Headed rail');
    expect(restored.querySelector('figure')).toBeNull(); // empty leftovers of the rail's images
    const link = restored.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://news.example/fares');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(reader.root.activeElement).toBe(restored);
    expect(onRestoredChange).toHaveBeenLastCalledWith([1]);
    // The list item says so.
    expect(li.classList.contains('is-restored')).toBe(true);
    expect(toggleOf(li)!.textContent).toBe('Remove again');
    expect(li.querySelector<HTMLButtonElement>('button.show-restored')!.hidden).toBe(false);

    restored.querySelector<HTMLButtonElement>('button.remove-again')!.click();
    expect(outline(reader)).toEqual([P[0], P[1], P[2], P[3]]);
    expect(li.classList.contains('is-restored')).toBe(false);
    expect(toggleOf(li)!.textContent).toBe('Bring back');
    expect(onRestoredChange).toHaveBeenLastCalledWith([]);
  });

  it('places -1 first, a lost place last, after a list item after its list, and keeps list order', () => {
    reader = openReader(document, story(), { isTrusted: trusted });
    const li = items(reader);
    for (const i of [4, 3, 2, 1]) toggleOf(li[i])!.click();
    expect(outline(reader)).toEqual(['[R:Sponsored]', P[0], P[1], '[R:Read moreTram fares rise]', P[2], P[3], '[R:After the list]', '[R:Tags: city]']);
  });

  it('ignores untrusted clicks (the page cannot restore blocks)', () => {
    reader = openReader(document, story());
    toggleOf(items(reader)[1])!.click();
    expect(storyEl(reader).querySelector('.restored')).toBeNull();
  });

  it('shows blocks restored earlier when the reader opens again', () => {
    reader = openReader(document, story(), { isTrusted: trusted, restored: [1, 2, 0, 99] });
    expect(outline(reader)).toEqual(['[R:Sponsored]', P[0], P[1], '[R:Read moreTram fares rise]', P[2], P[3]]);
    expect(toggleOf(items(reader)[1])!.textContent).toBe('Remove again');
  });
});

describe('placeFor', () => {
  it('finds a repeated paragraph by its occurrence, inside wrappers and quotes', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>Same.</p><div><p>Other.</p></div><blockquote><p>Same.</p></blockquote><p>Last.</p>';
    const place = placeFor(div, ['Same.', 'Other.', 'Same.', 'Last.'], 2);
    expect(place.parent).toBe(div);
    expect((place.before as Element).textContent).toBe('Last.');
    const inner = placeFor(div, ['Same.', 'Other.', 'Same.', 'Last.'], 1);
    expect((inner.parent as Element).tagName).toBe('DIV');
    expect(inner.before).toBeNull();
    expect(placeFor(div, ['Gone.'], 0)).toEqual({ parent: div, before: null });
  });
});

describe('restored blocks survive closing and reopening on the same page', () => {
  it('the content controller remembers them per address, in memory', async () => {
    let url = 'https://news.example/a';
    const article = story();
    const memories: Array<RestoreMemory | undefined> = [];
    const controller = createContentController({
      analyze: async () => article,
      currentUrl: () => url,
      openReader: (a, onClosed, scrollToQuote, restore) => {
        memories.push(restore);
        const handle = openReader(document, a, { onClose: onClosed, scrollToQuote, isTrusted: trusted, ...restore });
        reader = handle;
        return handle;
      },
    });
    await controller.handle({ type: 'lede/toggle-reader' });
    toggleOf(items(reader!)[1])!.click();
    await controller.handle({ type: 'lede/toggle-reader' }); // close
    expect(reader!.isOpen).toBe(false);

    await controller.handle({ type: 'lede/toggle-reader' }); // reopen
    expect(memories[1]?.restored).toEqual([1]);
    expect(outline(reader!)).toContain('[R:Read moreTram fares rise]');
    await controller.handle({ type: 'lede/toggle-reader' });

    url = 'https://news.example/b'; // another page: nothing restored there
    await controller.handle({ type: 'lede/toggle-reader' });
    expect(memories[2]?.restored).toEqual([]);
    expect(storyEl(reader!).querySelector('.restored')).toBeNull();
    await controller.handle({ type: 'lede/toggle-reader' });

    url = 'https://news.example/a'; // back: still there
    await controller.handle({ type: 'lede/toggle-reader' });
    expect(memories[3]?.restored).toEqual([1]);
  });
});
