// The hostile corpus through the whole pipeline (linkedom, as the CLI runs it): every DOMPurify
// XSS payload in every place a page can put it (./pages.ts). Whatever the page did, analyze()
// returns a value, and the reader HTML it returns holds nothing outside the allowlist written in
// ./allowlist.ts, on linkedom and on happy-dom's browser-like parser, and parsing it again
// cannot turn it into something else (no mutation XSS).
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, withoutUnshownRest } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { sanitizeChildren } from '../../src/core/sanitize';
import type { Analysis, Article } from '../../src/core/types';
import { canonical, violations } from './allowlist';
import { hostilePages, PAGE_URL, PAYLOADS, POSITIONS, type HostilePage } from './pages';

interface Result {
  page: HostilePage;
  analysis: Analysis;
}

/** Every piece of sanitized HTML in an analysis: the story and each removed block. */
function htmlOf(a: Article): Array<{ where: string; html: string }> {
  return [{ where: 'html', html: a.html }, ...a.removed.flatMap((b, i) => (b.html ? [{ where: `removed[${i}]`, html: b.html }] : []))];
}

/** Parsed once per parser and HTML string: several checks read the same tree. */
function memo(parse: (html: string) => HTMLElement): (html: string) => HTMLElement {
  const seen = new Map<string, HTMLElement>();
  return (html) => {
    let body = seen.get(html);
    if (!body) seen.set(html, (body = parse(html)));
    return body;
  };
}

const linkedomBody = memo((html: string): HTMLElement => {
  return (parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document).body;
});

// One happy-dom window for the whole file; parsing goes through DOMParser exactly as the reader
// does (src/reader/render.ts sanitizedNodes).
const happy = new Window();
const happyBody = memo((html: string): HTMLElement => {
  const doc = new happy.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return doc.body as unknown as HTMLElement;
});

const PARSERS = { linkedom: linkedomBody, 'happy-dom': happyBody } as const;

describe('the hostile corpus', () => {
  it('is every DOMPurify payload in every position', () => {
    expect(PAYLOADS.length).toBe(218);
    expect(PAYLOADS.filter((p) => p.includes('alert')).length).toBe(141);
    const pages = hostilePages();
    expect(pages.length).toBe(PAYLOADS.length * POSITIONS.length);
    expect(new Set(pages.map((p) => p.name)).size).toBe(pages.length);
  });
});

// One block per position, so that each analyses its 218 pages in its own hook (about 2 s each on
// a quiet machine) and a failure names the position.
describe.each(POSITIONS)('the payload in the %s', (position) => {
  let results: Result[] = [];
  let articles: Array<Result & { analysis: Article }> = [];
  let thrown: Array<{ name: string; error: string }> = [];

  beforeAll(() => {
    thrown = [];
    results = [];
    for (const page of hostilePages({ positions: [position] })) {
      try {
        results.push({ page, analysis: analyze(parseHtml(page.html), { url: PAGE_URL }) });
      } catch (err) {
        thrown.push({ name: page.name, error: String(err) });
      }
    }
    articles = results.filter((r): r is Result & { analysis: Article } => r.analysis.status === 'ok');
  }, 60_000);

  it('never makes analyze() throw or fail internally, and finds the story on nearly every page', () => {
    expect(thrown).toEqual([]);
    const internal = results.filter((r) => r.analysis.status === 'internal').map((r) => `${r.page.name}: ${'detail' in r.analysis ? r.analysis.detail : ''}`);
    expect(internal).toEqual([]);
    for (const r of results) expect(['ok', 'no-article', 'too-large', 'timeout']).toContain(r.analysis.status);
    // The payload is a few hundred bytes beside an eight-paragraph story: it should not cost the
    // reader the story. (A page may legitimately lose it, e.g. a payload that opens a <frameset>.)
    // A payload that leaves an <iframe>, <noembed> or <noscript> open makes the rest of the page
    // raw text that a browser never shows, and the CLI reads it so too (withoutUnshownRest): those
    // pages have no story to find.
    const shown = results.filter((r) => withoutUnshownRest(r.page.html) === r.page.html);
    expect(shown.length / results.length).toBeGreaterThan(0.85);
    expect(shown.filter((r) => r.analysis.status === 'ok').length / shown.length).toBeGreaterThan(0.95);
  });

  it('keeps the story text: the pipeline ran on a real article', () => {
    for (const r of articles) {
      expect(r.analysis.text, r.page.name).toContain('harbour council has approved a tidal flood barrier');
      expect(r.analysis.summary.length, r.page.name).toBeGreaterThan(0);
    }
  });

  for (const [parserName, parse] of Object.entries(PARSERS)) {
    it(`writes reader HTML with only allowlisted elements, attributes and URLs (re-parsed with ${parserName})`, () => {
      const bad: string[] = [];
      for (const r of articles) {
        for (const { where, html } of htmlOf(r.analysis)) {
          for (const v of violations(parse(html))) bad.push(`${r.page.name} ${where}: ${v}`);
        }
      }
      expect(bad.slice(0, 20), `${bad.length} violations`).toEqual([]);
    });
  }

  it('writes reader HTML that survives parsing: same text, same kinds of element, then a fixed point (linkedom)', () => {
    // linkedom's own serializer does not escape "&" in attribute values, so a linkedom round trip
    // through innerHTML would test linkedom; the sanitizer is the serializer that matters here.
    // One re-parse may re-nest blocks (a <p> around a heading, from Readability's tree, becomes
    // siblings, as in a browser); it must not change the text or bring in another kind of
    // element, and from then on nothing moves.
    const moved: string[] = [];
    const kinds = (body: HTMLElement) => [...new Set(Array.from(body.querySelectorAll('*'), (e) => e.localName))].sort().join(' ');
    for (const r of articles) {
      for (const { where, html } of htmlOf(r.analysis)) {
        const first = linkedomBody(html);
        const again = sanitizeChildren(first, { baseUrl: PAGE_URL });
        const second = linkedomBody(again);
        const problem =
          first.textContent !== second.textContent ? 'text changed'
          : kinds(second).split(' ').some((k) => k && !kinds(first).split(' ').includes(k)) ? `new elements: ${kinds(second)} (was ${kinds(first)})`
          : sanitizeChildren(second, { baseUrl: PAGE_URL }) !== again ? 'no fixed point after two rounds'
          : null;
        if (problem) moved.push(`${r.page.name} ${where}: ${problem}`);
      }
    }
    expect(moved.slice(0, 20), `${moved.length} changed`).toEqual([]);
  });

  it('writes reader HTML that a browser-like parser reads back as the same tree (no mutation, happy-dom)', () => {
    const unstable: string[] = [];
    for (const r of articles) {
      for (const { where, html } of htmlOf(r.analysis)) {
        const once = happyBody(html);
        const twice = happyBody(once.innerHTML);
        if (canonical(once) !== canonical(twice)) unstable.push(`${r.page.name} ${where}`);
      }
    }
    expect(unstable.slice(0, 20), `${unstable.length} unstable`).toEqual([]);
  });

  it('writes no markup that a string search would find either (belt and braces over the tree checks)', () => {
    const bad: string[] = [];
    for (const r of articles) {
      for (const { where, html } of htmlOf(r.analysis)) {
        // Tags can only be written by the sanitizer, so any "<name" is one of its elements.
        for (const m of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)/g)) {
          if (/^(script|style|svg|math|template|iframe|object|embed|form|base|meta|link|textarea|title|noscript|xmp|plaintext|noembed|noframes)$/i.test(m[1])) {
            bad.push(`${r.page.name} ${where}: <${m[1]}`);
          }
        }
        // Inside tags, once quoted values (the sanitizer always writes "...") are blanked out.
        const tags = html.replace(/>[^<]*</g, '><').replace(/"[^"]*"/g, '""');
        if (/\son[a-z]+\s*=/i.test(tags)) bad.push(`${r.page.name} ${where}: on*= in a tag`);
        if (/<!--|<!\[CDATA\[|<\?/.test(html)) bad.push(`${r.page.name} ${where}: comment, CDATA or processing instruction`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} problems`).toEqual([]);
  });

  it('returns the metadata and story text as plain strings', () => {
    for (const r of articles) {
      const a = r.analysis;
      const strings: unknown[] = [a.title, a.text, ...a.paragraphs, ...a.summary, ...a.removed.map((b) => b.text)];
      for (const q of a.quotes) strings.push(q.text, q.speaker ?? '', q.role ?? '');
      for (const s of [a.byline, a.site, a.excerpt, a.published, a.lang]) if (s !== undefined) strings.push(s);
      for (const s of strings) expect(typeof s, r.page.name).toBe('string');
      // The page's real address, never one the page claims.
      expect(a.url).toBe(PAGE_URL);
    }
  });

  it('keeps the headline: a payload in the title or JSON-LD is characters after it, not the title', () => {
    for (const r of articles) expect(r.analysis.title, r.page.name).toMatch(/^Harbour council approves flood barrier/);
  });
});
