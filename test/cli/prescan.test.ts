// The CLI's limits in the raw HTML (src/cli/prescan.ts): the same counts as the gate's walk of
// the DOM linkedom builds, whatever the parser's implied end tags do; refusal at the first limit
// passed, so a hostile giant costs milliseconds; and no refusal of a page within the limits.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { prescan, scanHtml } from '../../src/cli/prescan';
import { measureTree } from '../../src/core/dom';
import { DEFAULT_LIMITS } from '../../src/core/types';

const NO_LIMITS = { maxElements: Infinity, maxDepth: Infinity, maxTextLength: Infinity };
const page = (body: string) => `<!doctype html><html lang="en"><head><title>T &amp; t</title></head><body>${body}</body></html>`;

describe('scanHtml counts what the gate would count on the parsed page', () => {
  const cases: Record<string, string> = {
    'unclosed <p>s (each closes the one before)': '<div>' + '<p>para &eacute; one'.repeat(50) + '</div>',
    'unclosed <li>s': '<ul>' + '<li>item'.repeat(40) + '</ul>',
    'unclosed <option>s': '<select>' + '<option>o'.repeat(40) + '</select>',
    'void elements': '<p>' + 'a<br>b<img src=x><hr><input><wbr><meta charset=x><link rel=x>'.repeat(20) + '</p>',
    'self-closing syntax on a non-void element (opens it)': '<div/>'.repeat(30) + 'text',
    'self-closing inside svg (closes it)': '<svg><g/><path d="M0"/><rect/></svg>'.repeat(10),
    'tables with implied rows and cells': '<table><tr><td>a<td>b<tr><td>c</table>'.repeat(10),
    'headings, dl and stray end tags': '<h1>a<h2>b</h1></h2><dl><dt>x<dd>y<dt>z</dl></span></div>'.repeat(10),
    'script, style, textarea, comments and entities': '<script>if (a < b && c > d) {}</script><style>p>a{}</style><!-- <div> --><textarea><b>x</b></textarea>&lt;&#x41;&nbsp;',
    'deep nesting': '<div><section><span>'.repeat(60) + 'deep' + '</span></section></div>'.repeat(60),
  };
  for (const [name, body] of Object.entries(cases)) {
    it(name, () => {
      const html = page(body);
      const tree = measureTree(parseHtml(html).documentElement, Infinity, Infinity, Infinity);
      const scan = scanHtml(html, NO_LIMITS);
      expect({ elements: scan.elements, depth: scan.depth, text: scan.text }).toEqual({ elements: tree.elements, depth: tree.depth, text: tree.text });
    });
  }
});

describe('prescan refuses at the first limit passed', () => {
  it('a page nested 34,000 deep, after about 500 elements', () => {
    const html = page('<div>'.repeat(34_000) + 'x'.repeat(1000));
    const r = scanHtml(html, DEFAULT_LIMITS);
    expect(r.over).toBe('depth');
    expect(r.elements).toBeLessThan(DEFAULT_LIMITS.maxDepth + 5);
    expect(prescan(html, DEFAULT_LIMITS)).toMatchObject({ status: 'too-large', detail: 'nesting deeper than 500 levels' });
  });
  it('a page of 100,000 sibling elements, at 60,001', () => {
    const r = scanHtml(page('<span>a</span>'.repeat(100_000)), DEFAULT_LIMITS);
    expect(r).toMatchObject({ over: 'elements', elements: DEFAULT_LIMITS.maxElements + 1 });
  });
  it('a page with too much text', () => {
    expect(prescan(page(`<p>${'word '.repeat(700_000)}</p>`), DEFAULT_LIMITS)).toMatchObject({ status: 'too-large', detail: /characters of text/ });
  });
  it('but not 100,000 unclosed <p>s or <li>s, or 50,000 <br>s: flat in the parsed page', () => {
    const limits = { ...DEFAULT_LIMITS, maxElements: Infinity };
    expect(scanHtml(page('<p>x'.repeat(100_000)), limits).over).toBeUndefined();
    expect(scanHtml(page('<ul>' + '<li>x'.repeat(100_000)), limits).over).toBeUndefined();
    expect(scanHtml(page('<p>' + 'x<br>'.repeat(50_000)), DEFAULT_LIMITS).over).toBeUndefined();
  });
  it('and not a page just inside the limits', () => {
    expect(prescan(page('<div>'.repeat(DEFAULT_LIMITS.maxDepth - 2)), DEFAULT_LIMITS)).toBeNull();
    expect(prescan(page('<i>a</i>'.repeat(DEFAULT_LIMITS.maxElements - 4)), DEFAULT_LIMITS)).toBeNull();
  });
});

describe("prescan bounds linkedom's own work", () => {
  it('700,000 entities in one paragraph (700,000 text nodes in linkedom, one in a browser)', () => {
    const html = page(`<p>${'&lt;'.repeat(700_000)}</p>`);
    expect(scanHtml(html, DEFAULT_LIMITS)).toMatchObject({ over: 'nodes', nodes: 360_001 });
    expect(prescan(html, DEFAULT_LIMITS)?.detail).toBe('more than 360,000 elements, attributes and runs of text');
  });
  it('two million attributes on one element, stopped at the 1,001st', () => {
    const html = page(`<div ${Array.from({ length: 2_000_000 }, (_, i) => `a${i}=1`).join(' ')}>x</div>`);
    expect(scanHtml(html, DEFAULT_LIMITS).over).toBe('attributes');
  });
  it('but not a page at the element limit with real pages’ share of attributes and text', () => {
    // The corpus's largest page has 4.6 nodes per element; here 6: 4 attributes and a text each.
    const html = page('<i class="a" id="b" title="c" lang="d">x</i>'.repeat(DEFAULT_LIMITS.maxElements - 10));
    expect(prescan(html, DEFAULT_LIMITS)).toBeNull();
  });
});
