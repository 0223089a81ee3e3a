// Golden pages: each folder in test/pages holds a small, realistic news page (source.html) and what
// a reader must get from it (expected.json). The format is described in test/pages/README.md.
// Checks use expect.soft so one run reports everything a page gets wrong, not just the first thing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { blockText } from '../../src/core/dom';
import type { Analysis, Article } from '../../src/core/types';

interface ExpectedQuote {
  text: string;
  speaker: string | null;
}

interface Expected {
  url: string;
  status: Analysis['status'];
  title?: string;
  byline?: string;
  /** The whole byline, exactly; null: none at all. */
  bylineIs?: string | null;
  /** The site's name, exactly. */
  site?: string;
  /** The publication date as ISO 8601, exactly; null: none. */
  published?: string | null;
  mustHave?: string[];
  mustNotHave?: string[];
  once?: string[];
  /** Snippets the page prints several times on purpose (entries of a recurring list): each must
   *  appear exactly this many times in the text. */
  times?: Record<string, number>;
  images?: number;
  quotes?: ExpectedQuote[];
  notQuotes?: string[];
  summary?: { min?: number; max?: number };
  captions?: string[];
  /** What the page is (kind.ts): 'story' or 'teaser-only' for an article, the kind of page for
   *  a no-article failure ('home', 'listing', …). */
  kind?: string;
}

const KNOWN_KEYS = new Set(['url', 'status', 'title', 'byline', 'bylineIs', 'site', 'published', 'mustHave', 'mustNotHave', 'once', 'times', 'images', 'quotes', 'notQuotes', 'summary', 'captions', 'kind']);

// Plain paths (not new URL(...)): fixture reads must work under any test environment.
const pagesDir = join(import.meta.dirname ?? join(process.cwd(), 'test', 'core'), '..', 'pages');

const slugs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(pagesDir, entry.name, 'expected.json')))
  .map((entry) => entry.name)
  .sort();

/** Case-insensitive, whitespace-collapsed form used for every text comparison. */
function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A quote's text without its surrounding quotation marks and punctuation, for "is it only this?". */
function bare(text: string): string {
  return norm(text).replace(/^[\s"'“”‘’«»„‚‹›.,;:!?…—–-]+|[\s"'“”‘’«»„‚‹›.,;:!?…—–-]+$/g, '');
}

/** Where `needle` occurs in `haystack`, with some context either side; undefined when absent. */
function around(haystack: string, needle: string, context = 60): string | undefined {
  const at = haystack.indexOf(needle);
  if (at === -1) return undefined;
  const from = Math.max(0, at - context);
  const to = Math.min(haystack.length, at + needle.length + context);
  return `${from > 0 ? '…' : ''}${haystack.slice(from, to)}${to < haystack.length ? '…' : ''}`;
}

/** Fails softly when `needle` is in `haystack`, quoting the spot in the message (Vitest cuts
 *  long received values short, messages it prints whole). */
function noLeak(label: string, haystack: string, snippet: string): void {
  const where = around(haystack, norm(snippet));
  expect.soft(where === undefined, `${label}: "${snippet}" in "${where}"`).toBe(true);
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

function loadExpected(slug: string): Expected {
  const expected = JSON.parse(readFileSync(join(pagesDir, slug, 'expected.json'), 'utf8')) as Expected;
  const unknown = Object.keys(expected).filter((key) => !KNOWN_KEYS.has(key));
  // A misspelt key would silently check nothing; refuse it instead.
  expect(unknown, `${slug}: unknown keys in expected.json`).toEqual([]);
  expect(typeof expected.url, `${slug}: expected.json needs a url`).toBe('string');
  expect(typeof expected.status, `${slug}: expected.json needs a status`).toBe('string');
  return expected;
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data'];

/** The sanitized HTML must carry nothing executable, whatever the page contained. */
function checkSafeHtml(slug: string, html: string): void {
  expect.soft(html, `${slug}: sanitized html contains <script`).not.toMatch(/<script/i);
  const doc = parseHtml(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    expect.soft(el.localName, `${slug}: sanitized html contains a <script> element`).not.toBe('script');
    for (const attr of Array.from(el.attributes)) {
      expect.soft(attr.name, `${slug}: <${el.localName}> keeps event handler ${attr.name}`).not.toMatch(/^on/i);
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase())) {
        // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
        const squeezed = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        expect.soft(squeezed, `${slug}: <${el.localName} ${attr.name}> is a javascript: URL`).not.toContain('javascript:');
      }
    }
  }
  // Belt and braces on the raw string, in case the re-parse normalised something away.
  expect.soft(html, `${slug}: sanitized html has an on*= attribute`).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect.soft(html, `${slug}: sanitized html has a javascript: URL`).not.toMatch(/=\s*["']?\s*javascript:/i);
}

function checkArticle(slug: string, expected: Expected, article: Article): void {
  const text = norm(article.text);
  const summary = article.summary.map(norm);
  const quotes = article.quotes.map((quote) => ({ ...quote, norm: norm(quote.text) }));

  if (expected.title !== undefined) expect.soft(article.title, `${slug}: title`).toBe(expected.title);
  if (expected.byline !== undefined) {
    expect.soft(article.byline, `${slug}: byline missing`).toBeTypeOf('string');
    expect.soft(article.byline ?? '', `${slug}: byline`).toContain(expected.byline);
  }

  if (expected.bylineIs !== undefined) expect.soft(article.byline ?? null, `${slug}: byline`).toBe(expected.bylineIs);
  if (expected.site !== undefined) expect.soft(article.site, `${slug}: site`).toBe(expected.site);
  if (expected.published !== undefined) expect.soft(article.published ?? null, `${slug}: published`).toBe(expected.published);

  for (const snippet of expected.mustHave ?? []) {
    const kept = text.includes(norm(snippet));
    expect.soft(kept, `${slug}: story text lost "${snippet}" (text begins "${text.slice(0, 120)}…")`).toBe(true);
  }
  for (const snippet of expected.once ?? []) {
    expect.soft(count(text, norm(snippet)), `${slug}: "${snippet}" should appear exactly once in the text`).toBe(1);
  }
  for (const [snippet, n] of Object.entries(expected.times ?? {})) {
    expect.soft(count(text, norm(snippet)), `${slug}: "${snippet}" should appear ${n} times in the text`).toBe(n);
  }
  for (const snippet of expected.mustNotHave ?? []) {
    noLeak(`${slug}: clutter leaked into text`, text, snippet);
    summary.forEach((sentence, i) => noLeak(`${slug}: clutter leaked into summary[${i}]`, sentence, snippet));
    quotes.forEach((quote, i) => noLeak(`${slug}: clutter leaked into quotes[${i}]`, quote.norm, snippet));
  }

  // Captions belong under their pictures in the reader view, once, and not in the story text.
  if (expected.captions?.length) {
    const shown = norm(blockText(parseHtml(`<!DOCTYPE html><html><body>${article.html}</body></html>`).body));
    for (const caption of expected.captions) {
      expect.soft(count(shown, norm(caption)), `${slug}: caption "${caption}" should appear exactly once in the reader html`).toBe(1);
      noLeak(`${slug}: caption in the story text`, text, caption);
    }
  }

  if (expected.images !== undefined) {
    const images = article.html.match(/<img\b/gi)?.length ?? 0;
    expect.soft(images, `${slug}: number of <img> in html`).toBe(expected.images);
  }

  const found = quotes.map((quote) => `${JSON.stringify(quote.text)} — ${quote.speaker ?? '(no speaker)'}`).join('\n  ');
  for (const want of expected.quotes ?? []) {
    const hit = quotes.find((quote) => quote.norm.includes(norm(want.text)) && quote.speaker === want.speaker);
    expect.soft(hit, `${slug}: no quote containing "${want.text}" by ${want.speaker}; quotes found:\n  ${found || '(none)'}`).toBeDefined();
  }
  for (const scare of expected.notQuotes ?? []) {
    const hit = quotes.find((quote) => bare(quote.text) === bare(scare));
    expect.soft(hit, `${slug}: "${scare}" is a scare quote, not a key quote`).toBeUndefined();
  }

  if (expected.summary?.min !== undefined) {
    expect.soft(article.summary.length, `${slug}: summary too short: ${JSON.stringify(article.summary)}`).toBeGreaterThanOrEqual(expected.summary.min);
  }
  if (expected.summary?.max !== undefined) {
    expect.soft(article.summary.length, `${slug}: summary too long: ${JSON.stringify(article.summary)}`).toBeLessThanOrEqual(expected.summary.max);
  }
  for (const [i, sentence] of summary.entries()) {
    expect.soft(text.includes(sentence), `${slug}: summary[${i}] is not from the story text: "${sentence}"`).toBe(true);
  }

  checkSafeHtml(slug, article.html);
}

describe('golden pages', () => {
  it('finds the pages', () => {
    expect(slugs.length, `no golden pages under ${pagesDir}`).toBeGreaterThan(0);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const expected = loadExpected(slug);
      const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
      // A fixed day to read the pages on: no golden page's date may depend on when the suite runs.
      const analysis = analyze(parseHtml(html), { url: expected.url, today: Date.parse('2026-06-01T00:00:00Z') });
      const detail =
        analysis.status === 'ok'
          ? ` (found "${analysis.title}": "${norm(analysis.text).slice(0, 160)}…")`
          : ` (${analysis.message}${analysis.detail ? `: ${analysis.detail}` : ''})`;
      expect(analysis.status, `${slug}: status${detail}`).toBe(expected.status);
      if (expected.kind !== undefined) {
        const kind = analysis.status === 'ok' ? (analysis.kind ?? 'story') : analysis.kind;
        expect(kind, `${slug}: kind${detail}`).toBe(expected.kind);
      }
      if (analysis.status === 'ok') checkArticle(slug, expected, analysis);
    });
  }
});
