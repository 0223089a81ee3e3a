// Builds the reader's content: header (site, title, byline · date · reading time), the story,
// and the list of removed blocks. Page text goes in as text (textContent) everywhere except the
// story body, which is the article's HTML already sanitized by the core (src/core/sanitize.ts).
// The page's text keeps the story's language and direction; Lede's own words (the date, reading
// time, the removed list and its buttons) are marked with the user's (src/shared/i18n.ts).
import type { Article, RemovedBlock } from '../core/types';
import { t, uiDir, uiLocale } from '../shared/i18n';
import { metaItems, reasonLabel, removedLabel, siteName } from './format';

export const TITLE_ID = 'lede-reader-title';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Mark `node` as Lede's words, in the user's language and direction. */
export function asUi<T extends HTMLElement>(node: T): T {
  node.lang = uiLocale();
  node.dir = uiDir();
  return node;
}

/** Mark `node` as the page's words, in the story's language and direction: not the user's, so
 *  an unknown language is "" (unknown) and an unknown direction "auto", not inherited. */
function asStory<T extends HTMLElement>(node: T, article: Pick<Article, 'lang' | 'dir'>): T {
  node.lang = article.lang ?? '';
  node.dir = article.dir ?? 'auto';
  return node;
}

export function renderHeader(doc: Document, article: Article, locale?: string): HTMLElement {
  const header = el(doc, 'header');
  const site = siteName(article);
  if (site) {
    const name = el(doc, 'p', 'site', site);
    name.dir = 'auto';
    header.append(name);
  }
  const title = el(doc, 'h1', 'title', article.title);
  title.id = TITLE_ID;
  header.append(title);
  const meta = el(doc, 'p', 'meta');
  // The separators are the line's own text, not generated content of a part: a part in the
  // other direction (Arabic reading time after an English byline) would carry its dot to the
  // wrong side.
  metaItems(article, locale).forEach((part, i) => {
    const span = el(doc, 'span', undefined, part.text);
    if (i > 0) meta.append(doc.createTextNode(' · '));
    meta.append(part.from === 'lede' ? asUi(span) : span);
  });
  header.append(meta);
  // A paywall stub: what follows is the opening only, and the reader should know before reading.
  if (article.kind === 'teaser-only') header.append(asUi(el(doc, 'p', 'teaser', t('teaser_only_note'))));
  return header;
}

/**
 * THE ONE AUDITED PLACE WHERE HTML IS INSERTED. `html` is the article's HTML or a removed block's
 * HTML, both written by the core's allowlist serializer (src/core/sanitize.ts: no scripts,
 * handlers, forms, frames, styles or javascript: URLs). It is parsed inertly with DOMParser
 * (scripts never run, nothing is fetched while parsing) and the resulting nodes are imported into
 * the reader; links then get target/rel set and images load lazily.
 */
export function sanitizedNodes(doc: Document, html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const box = doc.createElement('div');
  for (const node of Array.from(parsed.body.childNodes)) box.append(doc.importNode(node, true));
  for (const a of Array.from(box.querySelectorAll('a[href]'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(box.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  return Array.from(box.childNodes);
}

export function renderStory(doc: Document, article: Article): HTMLElement {
  const story = el(doc, 'div', 'story');
  story.append(...sanitizedNodes(doc, article.html));
  dropRepeatedTitle(story, article.title);
  return story;
}

/** Readability sometimes keeps the headline as the story's first heading; the header shows it. */
function dropRepeatedTitle(story: HTMLElement, title: string): void {
  const first = story.querySelector('h1, h2');
  if (!first) return;
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (norm(first.textContent) !== norm(title)) return;
  // Only when no text comes before it: a heading further down is part of the story.
  const walker = story.ownerDocument.createTreeWalker(story, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && !first.contains(node); node = walker.nextNode()) {
    if (norm(node.textContent) !== '') return;
  }
  first.remove();
}

export function renderRemoved(doc: Document, removed: RemovedBlock[], story: Pick<Article, 'lang' | 'dir'> = {}): HTMLElement | null {
  if (removed.length === 0) return null;
  const footer = asUi(el(doc, 'footer', 'removed'));
  const details = el(doc, 'details');
  details.append(el(doc, 'summary', undefined, removedLabel(removed.length)));
  const list = el(doc, 'ol');
  for (const block of removed) {
    const item = el(doc, 'li');
    item.append(el(doc, 'span', 'reason', reasonLabel(block.reason)));
    if (block.text) item.append(asStory(el(doc, 'span', 'removed-text', block.text), story));
    list.append(item);
  }
  details.append(list);
  footer.append(details);
  return footer;
}

export function renderArticle(doc: Document, article: Article, locale?: string): HTMLElement {
  const root = el(doc, 'article');
  asStory(root, article);
  root.append(renderHeader(doc, article, locale), renderStory(doc, article));
  const removed = renderRemoved(doc, article.removed, article);
  if (removed) root.append(removed);
  return root;
}
