// DOM clobbering in the core (src/core/safe-dom.ts): pages whose named form controls and named
// images shadow members of their forms and of the document, as a browser builds them. linkedom
// has no named properties, so ./clobber.ts gives the parsed page the browser's; the story read
// must then be the one read from the same page without them: never "no story", "too large", an
// internal error, or a different title or text. (In Chromium the same pages run for real:
// test/e2e/clobber.test.ts.)
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { disarm } from '../../src/core/safe-dom';
import type { Analysis } from '../../src/core/types';
import { clobberPages, manyPayloadPages } from './clobber-pages';
import { simulateNamedProperties } from './clobber';
import { PAGE_URL } from './pages';

const summary = (a: Analysis) => (a.status === 'ok' ? { status: a.status, title: a.title, byline: a.byline, text: a.text } : { status: a.status, detail: a.detail });

describe('pages that clobber the DOM', () => {
  it.each(clobberPages().map((p) => [p.name, p.html]))('%s: the same story as without named properties', (_name, html) => {
    const plain = analyze(parseHtml(html), { url: PAGE_URL });
    expect(plain.status).toBe('ok');
    const doc = parseHtml(html);
    const shadowed = simulateNamedProperties(doc);
    expect(shadowed.form.length + shadowed.document.length).toBeGreaterThan(0);
    expect(summary(analyze(doc, { url: PAGE_URL }))).toEqual(summary(plain));
  });

  it('the simulation bites: a clobbered form walks in circles, the document has no body', () => {
    const doc = parseHtml(clobberPages().find((p) => p.name === 'document-and-forms')!.html);
    const form = doc.getElementsByTagName('form')[0];
    expect(form.className).toBe('comment-form');
    simulateNamedProperties(doc);
    expect((form.parentNode as Element).localName).toBe('input');
    expect(typeof form.getAttribute).not.toBe('function');
    expect((doc.body as Element).localName).toBe('img');
    expect(typeof doc.title).not.toBe('string');
  });

  it('disarm takes away only the names that shadow a member; the others stay', () => {
    const doc = parseHtml('<!doctype html><html><body><form><input name="q"><input id="firstChild"><input name="readability"><img src="/x.gif" id="title" name="pic"><img src="/y.gif" name="body"></form></body></html>');
    simulateNamedProperties(doc);
    const form = doc.getElementsByTagName('form')[0];
    const [pic, body] = Array.from(doc.getElementsByTagName('img'));
    const [q, first, score] = Array.from(doc.getElementsByTagName('input'));
    expect(form.firstChild).toBe(first);
    disarm(form);
    disarm(body);
    expect(form.firstChild).toBe(q);
    expect([q.getAttribute('name'), first.getAttribute('id'), score.getAttribute('name')]).toEqual(['q', null, null]);
    // The picture's id shadowed the form's title; its name shadows nothing.
    expect([pic.getAttribute('id'), pic.getAttribute('name'), body.getAttribute('name')]).toEqual([null, 'pic', null]);
    expect(doc.body.localName).toBe('body');
  });
});

// DOMPurify's payloads, nine to a page: DOM clobbering and mutation-XSS shapes together.
describe.each(['paragraph', 'caption', 'rail', 'headline'] as const)('many payloads at once, in the %s', (position) => {
  it('every page that reads without named properties reads the same with them', () => {
    const differ: string[] = [];
    let read = 0;
    for (const page of manyPayloadPages(position)) {
      const plain = analyze(parseHtml(page.html), { url: PAGE_URL });
      if (plain.status !== 'ok') continue;
      read++;
      const doc = parseHtml(page.html);
      simulateNamedProperties(doc);
      const got = analyze(doc, { url: PAGE_URL });
      if (JSON.stringify(summary(got)) !== JSON.stringify(summary(plain))) differ.push(`${page.name}: ${JSON.stringify(summary(got)).slice(0, 200)}`);
    }
    expect(differ).toEqual([]);
    // Most pages read (those whose payloads leave an <iframe> or <noscript> open lose the rest of
    // the page, as in a browser: src/cli/parse.ts withoutUnshownRest).
    expect(read).toBeGreaterThan(15);
  }, 60_000);
});
