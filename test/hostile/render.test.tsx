// @vitest-environment happy-dom
// Hostile analyses where Lede shows them: the popup (Preact, page text as text) and the reader
// (src/reader/render.ts, the one place HTML is inserted). Every payload that calls alert, in the
// places whose text reaches the popup's header (title, byline, JSON-LD) and in the story and
// caption for the reader: nothing the page wrote becomes an element or a handler.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import type { Article } from '../../src/core/types';
import { Popup } from '../../src/popup/components/Popup';
import { renderArticle, sanitizedNodes } from '../../src/reader/render';
import { makeArticle } from '../reader/fixtures';
import { violations } from './allowlist';
import { hostilePages, PAGE_URL, type HostilePage, type Position } from './pages';

afterEach(cleanup);

const callsAlert = (payload: string) => payload.includes('alert');

function articlesIn(positions: Position[]): Array<{ page: HostilePage; article: Article }> {
  const out: Array<{ page: HostilePage; article: Article }> = [];
  for (const page of hostilePages({ positions, payloads: callsAlert })) {
    const a = analyze(parseHtml(page.html), { url: PAGE_URL });
    if (a.status === 'ok') out.push({ page, article: a });
  }
  return out;
}

const noop = () => {};
function showPopup(article: Article): Element {
  return render(<Popup state={{ kind: 'article', article, reader: 'idle' }} onToggleReader={noop} onShowQuote={noop} onRetry={noop} locale="en-GB" />).container;
}

/** Element names and any handler or script URL in a rendered subtree. */
function survey(root: Element): { tags: Set<string>; bad: string[] } {
  const tags = new Set<string>();
  const bad: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    tags.add(el.localName);
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name)) bad.push(`<${el.localName} ${name}>`);
      if (/^\s*(javascript|vbscript|data):/i.test(el.getAttribute(name) ?? '') && name !== 'title' && name !== 'alt') bad.push(`<${el.localName} ${name}=${el.getAttribute(name)}>`);
    }
  }
  return { tags, bad };
}

describe('the popup, given hostile titles and bylines', () => {
  let hostile: Array<{ page: HostilePage; article: Article }> = [];
  let ownTags: Set<string>;
  beforeAll(() => {
    hostile = articlesIn(['title', 'headline', 'byline', 'jsonld', 'jsonld-breakout']);
    // What the popup itself draws for an ordinary article: the only elements it may contain.
    ownTags = survey(showPopup(makeArticle())).tags;
    cleanup();
  }, 60_000);

  it('had hostile text to show: headlines and bylines with markup in them', () => {
    expect(hostile.length).toBeGreaterThan(400);
    expect(hostile.filter((h) => h.article.title.includes('<')).length).toBeGreaterThan(100);
    expect(hostile.filter((h) => h.article.byline?.includes('<')).length).toBeGreaterThan(50);
  });

  it('shows them as characters: no element, handler or script URL comes from the page', () => {
    const bad: string[] = [];
    for (const { page, article } of hostile) {
      const container = showPopup(article);
      const { tags, bad: handlers } = survey(container);
      for (const tag of tags) if (!ownTags.has(tag)) bad.push(`${page.name}: <${tag}> in the popup`);
      for (const h of handlers) bad.push(`${page.name}: ${h}`);
      // The headline is on screen as the characters the page wrote.
      if (!container.textContent?.includes(article.title)) bad.push(`${page.name}: title not shown as text`);
      cleanup();
    }
    expect(bad.slice(0, 20), `${bad.length} problems`).toEqual([]);
  });
});

describe('the reader, given hostile stories', () => {
  let hostile: Array<{ page: HostilePage; article: Article }> = [];
  beforeAll(() => {
    hostile = articlesIn(['paragraph', 'caption', 'title', 'headline', 'byline']);
  }, 60_000);

  it('inserts only allowlisted HTML, and page text in its header only as text', () => {
    expect(hostile.length).toBeGreaterThan(500);
    const bad: string[] = [];
    for (const { page, article } of hostile) {
      const root = renderArticle(document, article, 'en-GB');
      const story = root.querySelector('.story')!;
      for (const v of violations(story)) bad.push(`${page.name} story: ${v}`);
      // Header and removed list are built with textContent: only the renderer's own elements.
      for (const part of ['header', 'footer.removed']) {
        const el = root.querySelector(part);
        if (!el) continue;
        for (const tag of survey(el).tags) {
          if (!['p', 'h1', 'span', 'details', 'summary', 'ol', 'li'].includes(tag)) bad.push(`${page.name} ${part}: <${tag}>`);
        }
      }
      for (const h of survey(root).bad) bad.push(`${page.name}: ${h}`);
      if (root.querySelector('h1.title')?.textContent !== article.title) bad.push(`${page.name}: title not shown as text`);
      // Bringing back a removed block goes through the same insertion.
      for (const block of article.removed) {
        if (!block.html) continue;
        const box = document.createElement('div');
        box.append(...sanitizedNodes(document, block.html));
        for (const v of violations(box)) bad.push(`${page.name} removed block: ${v}`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} problems`).toEqual([]);
  });
});
