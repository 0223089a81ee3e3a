// @vitest-environment happy-dom
// The page copy the content script analyses carries open shadow roots (web components), which
// document.cloneNode(true) drops.
import { describe, expect, it } from 'vitest';
import { asHtmlDocument, cloneComposed, pageCopy } from '../../src/content/clone';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Bridge closed');
  doc.body.innerHTML = body;
  return doc;
}

describe('cloneComposed', () => {
  it('a story inside an open shadow root is in the copy (a plain clone loses it)', () => {
    const doc = page('<news-story></news-story>');
    const host = doc.querySelector('news-story')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<article><h1>Bridge closed</h1><p>The council closed the bridge.</p></article>';
    expect((doc.cloneNode(true) as Document).body.textContent).not.toContain('council');
    const copy = cloneComposed(doc);
    expect(copy.querySelector('news-story article p')?.textContent).toBe('The council closed the bridge.');
  });

  it('slots show the light children assigned to them, nested hosts are flattened too', () => {
    const doc = page('<news-story><p slot="lede">The lede.</p><span>Loose light text.</span></news-story>');
    const host = doc.querySelector('news-story')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><h1>Headline</h1><slot name="lede"></slot><story-body></story-body><slot><p>fallback</p></slot></article>';
    shadow.querySelector('story-body')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Deep paragraph.</p>';
    const copy = cloneComposed(doc);
    const texts = Array.from(copy.querySelectorAll('article p, article span')).map((e) => e.textContent);
    expect(texts).toContain('Deep paragraph.');
    expect(texts).toContain('The lede.');
    expect(copy.body.textContent).toContain('Loose light text.');
  });

  it('closed shadow roots stay closed, and the live page is untouched', () => {
    const doc = page('<news-story></news-story><p>Open text.</p>');
    doc.querySelector('news-story')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Secret.</p>';
    const before = doc.body.innerHTML;
    const copy = cloneComposed(doc);
    expect(copy.body.textContent).not.toContain('Secret');
    expect(copy.body.textContent).toContain('Open text.');
    expect(doc.body.innerHTML).toBe(before);
    expect(copy).not.toBe(doc);
  });
});

describe('asHtmlDocument', () => {
  // Only a browser gives XHTML its case-keeping tag names (happy-dom and linkedom do not both
  // model it); the conversion itself is checked in Chromium (test/e2e/limits.test.ts, XHTML).
  it('an HTML page, and an SVG document, are left as they are', () => {
    const page = document.implementation.createHTMLDocument('x');
    expect(asHtmlDocument(page)).toBe(page);
    const svg = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', 'image/svg+xml');
    expect(asHtmlDocument(svg)).toBe(svg);
  });
});

describe('pageCopy on a page that clobbers the DOM', () => {
  // happy-dom has no named properties: give the live page the ones a browser would, as own
  // properties of the instances (<img name="cloneNode">, <form> controls named childNodes…).
  it('copies the page whatever its named elements shadow, and leaves it untouched', () => {
    const doc = page('<form><input name="childNodes"><input name="shadowRoot"><p>Inside the form.</p></form><news-story></news-story><img name="cloneNode" src="/x.gif">');
    doc.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = '<p>The council closed the bridge.</p>';
    const form = doc.querySelector('form')!;
    const img = doc.querySelector('img')!;
    const [childNodes, shadowRoot] = Array.from(form.querySelectorAll('input'));
    const body = doc.body;
    const before = body.innerHTML;
    // (Not documentElement: happy-dom's own body getter reads it, which a browser's never does.)
    for (const [target, name, value] of [
      [doc, 'cloneNode', img], [doc, 'contentType', img], [doc, 'importNode', img], [doc, 'implementation', img],
      [form, 'childNodes', childNodes], [form, 'shadowRoot', shadowRoot], [form, 'nodeType', childNodes],
    ] as const) Object.defineProperty(target, name, { value, configurable: true });
    const copy = pageCopy(doc);
    expect(copy).not.toBe(doc);
    expect(copy.body.textContent).toContain('Inside the form.');
    expect(copy.body.textContent).toContain('The council closed the bridge.');
    expect(body.innerHTML).toBe(before);
  });
});
