// The `lede` CLI end to end in-process: argument handling, the jsonl contract the bench relies
// on, the human formats, and per-file failures that do not stop the others.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedParagraphs } from '../core/fixtures/seed';
import { runInProcess as run } from './run';

const PAGES = join(import.meta.dirname, '..', 'pages');
const SEED_PAGES = ['seed-rails-after-story', 'seed-rails-inside-container', 'seed-rails-in-sidebar', 'seed-rails-no-article-markup'];
const RAIL_WORDS = ['Published in Dawn', 'Opinion', 'Editorial', 'IMF scrutiny', 'Updated 04 Mar', 'Is all well?', 'Cold world', 'Failing women', 'Aid dependency', 'Polio politics', 'Diplomatic protocol'];

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('lede extract --format jsonl', () => {
  it('gives every story paragraph of the seed pages and not one word of the rails', async () => {
    const files = SEED_PAGES.map((slug) => join(PAGES, slug, 'source.html'));
    const { code, out } = await run(['extract', '--format', 'jsonl', ...files]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    const story = seedParagraphs();
    for (const line of lines) {
      expect(line.file).toMatch(/source\.html$/);
      expect(typeof line.ms).toBe('number');
      const text = collapse(line.text);
      for (const p of story) expect(text, `${line.file}: paragraph missing`).toContain(collapse(p));
      const everything = [text, ...line.summary, ...line.quotes.map((q: { text: string }) => q.text)].join('\n');
      for (const w of RAIL_WORDS) expect(everything, `${line.file}: rail text "${w}"`).not.toContain(w);
      expect(line.summary.length).toBeGreaterThanOrEqual(3);
      expect(line.quotes.some((q: { speaker: string }) => q.speaker === 'Gen Frank McKenzie')).toBe(true);
      expect(line.quotes.some((q: { speaker: string }) => q.speaker === 'Rahmatullah Nabil')).toBe(true);
      expect(line.removed.some((r: { reason: string; text: string }) => r.text.includes('IMF scrutiny'))).toBe(true);
    }
  });

  it('reports a file it cannot handle and still does the others, exiting 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const good = join(PAGES, 'short-story', 'source.html');
    const { code, out } = await run(['extract', join(dir, 'missing.html'), empty, good]);
    expect(code).toBe(1);
    const [missing, noArticle, ok] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(missing.error).toMatch(/^cannot-read: no such file/);
    expect(noArticle.error).toMatch(/^no-article/);
    expect(ok.error).toBeUndefined();
    expect(ok.text.length).toBeGreaterThan(100);
  });

  it('takes the address from --url', async () => {
    const { out } = await run(['extract', '--url', 'https://news.example/a', join(PAGES, 'short-story', 'source.html')]);
    expect(JSON.parse(out).url).toBe('https://news.example/a');
  });
});

describe('lede extract, human formats', () => {
  const seed = join(PAGES, 'seed-rails-inside-container', 'source.html');
  it('text shows title, summary and quotes with speakers', async () => {
    const { code, out } = await run(['extract', '--format', 'text', seed]);
    expect(code).toBe(0);
    expect(out).toContain('Summary:');
    expect(out).toContain('— Gen Frank McKenzie');
    expect(out).not.toContain('IMF scrutiny');
  });
  it('md writes the story as Markdown', async () => {
    const { out } = await run(['extract', '--format=md', seed]);
    expect(out).toMatch(/^# /);
    expect(out).toContain('## Story');
    expect(out).toContain('> — Rahmatullah Nabil');
    expect(out).not.toContain('<p>');
  });
});

describe('lede usage', () => {
  it('--help prints usage and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('lede extract');
  });
  it('bad arguments exit 2 with a reason', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['extract'])).err).toContain('no files given');
    expect((await run(['extract', '--format', 'xml', 'a.html'])).err).toContain('unknown format');
    expect((await run(['extract', '--url', 'not a url', 'a.html'])).code).toBe(2);
    expect((await run(['frobnicate'])).err).toContain('unknown command');
  });
});
