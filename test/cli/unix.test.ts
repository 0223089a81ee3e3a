// `lede` as a Unix tool (issue 17): binary input refused in words, nothing but text on the
// terminal, a closed pipe ends quietly, errors and warnings on stderr, limits before the
// parse, messages that say what to do, and a help text that lists every jsonl field.
// What is about the process (exit status, stderr, EPIPE, time) runs the CLI as a child.
import { chmodSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedParagraphs } from '../core/fixtures/seed';
import { PAGES, runInProcess as run, runProcess, SEED, spawnProcess, terminalControls } from './run';
import { BINARY_SAMPLES, bytes } from './samples';

const dir = mkdtempSync(join(tmpdir(), 'lede-unix-'));
const file = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const story = seedParagraphs()
  .map((p) => `<p>${p}</p>`)
  .join('\n');
const controls = (s: string) => terminalControls(Buffer.from(s));

describe('non-HTML input is refused, with nothing but text on the terminal', () => {
  it('a PNG: exit 1, one line on stderr naming the file and what it is, nothing on stdout', () => {
    const png = file('page.png', BINARY_SAMPLES['page.png'][0]);
    const r = runProcess(['extract', '--format', 'text', png]);
    expect(r.code).toBe(1);
    expect(r.out.length).toBe(0);
    expect(r.err.toString()).toBe(`lede: ${png}: a PNG image, not an HTML page — save the page as HTML (in the browser: Save Page As…, "Web Page") and give lede the .html file\n`);
    expect(terminalControls(r.err)).toEqual([]);
  });

  it('images, PDF, zip, gzip and binary data: a not-html error line each, the pages beside them still read', async () => {
    const names = Object.keys(BINARY_SAMPLES);
    const files = names.map((n) => file(n, BINARY_SAMPLES[n][0]));
    const { code, out, err } = await run(['extract', ...files, SEED]);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    names.forEach((n, i) => {
      expect(lines[i].error, n).toMatch(/^not-html: .*, not an HTML page — /);
      expect(lines[i].error.slice('not-html: '.length).split(', not an HTML page')[0], n).toMatch(BINARY_SAMPLES[n][1]);
      expect(err).toContain(`lede: ${files[i]}: ${lines[i].error.slice('not-html: '.length)}\n`);
    });
    expect(lines.at(-1).text.length).toBeGreaterThan(1000);
    expect(controls(out + err)).toEqual([]);
  });

  it('still reads plain text, and pages with stray NUL bytes', async () => {
    const text = file('story.txt', `Afghan officers join IS\n\n${seedParagraphs().join('\n\n')}\n`);
    const nuls = file('nuls.html', bytes(`<!doctype html><html><body><article><h1>Afghan officers join IS</h1><img src="ad.gif">`, [0, 0, 0, 0, 0, 0], story, '</article></body></html>'));
    // UTF-16 saved without a byte-order mark: half its bytes are NUL.
    const utf16 = file('utf16.html', Buffer.from(`<!doctype html><html><body><article><h1>Afghan officers join IS</h1>${story}</article></body></html>`, 'utf16le'));
    const { code, out } = await run(['extract', text, nuls, utf16]);
    expect(code).toBe(0);
    for (const line of out.trim().split('\n')) expect(JSON.parse(line).text).toContain('Rahmatullah Nabil');
  });
});

describe('no control characters from the page reach the terminal', () => {
  const evil = file(
    'evil.html',
    `<!doctype html><html><head><title>Afghan\x1b]0;owned\x07 officers\x1b[2J join IS</title></head><body><article>` +
      `<h1>Afghan\x1b[31m officers join IS\x9b0m</h1>${story.replace('Rahmatullah Nabil', 'Rahmatullah\x1b[8m Nabil\x9b2J\r\x08')}</article></body></html>`,
  );
  it('text and md: none (colours, titles, screen clears, C1 controls all gone); no colours of our own', async () => {
    for (const format of ['text', 'md']) {
      const { code, out, err } = await run(['extract', '--format', format, evil]);
      expect(code).toBe(0);
      expect(out).toContain('Afghan officers join IS'); // whole sequences gone, no "[31m" left
      expect(controls(out), format).toEqual([]);
      expect(controls(err)).toEqual([]);
    }
  });
  it('jsonl keeps every character, escaped, so the line is still the same data', async () => {
    const { out } = await run(['extract', evil]);
    expect(controls(out)).toEqual([]);
    expect(out).toMatch(/\\u001b/);
    expect(out).toMatch(/\\u009b/);
    expect(JSON.parse(out).text).toContain('\x1b[8m');
  });
  it('a file name with controls is shown with "?" in messages', async () => {
    const { err } = await run(['extract', join(dir, 'a\x1b[2Jb.html')]);
    expect(err).toContain('a?[2Jb.html: no such file');
    expect(controls(err)).toEqual([]);
  });
});

describe('a closed pipe ends quietly', () => {
  it('`lede extract --format text … | head -1`: no stack trace, stops at once, exit 141 like a tool killed by SIGPIPE', async () => {
    const files = [...Array(20).fill(SEED), join(dir, 'never-reached.html')];
    const child = spawnProcess(['extract', '--format', 'text', ...files]);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(141);
  });
});

describe('errors and warnings go to stderr in every format', () => {
  const missing = join(dir, 'missing.html');
  it('text: the error on stderr only, the good page on stdout (as a process)', () => {
    const r = runProcess(['extract', '--format', 'text', missing, SEED]);
    expect(r.code).toBe(1);
    expect(r.err.toString()).toBe(`lede: ${missing}: no such file (check the path)\n`);
    expect(r.out.toString()).toMatch(/^== /);
    expect(r.out.toString()).not.toContain('missing.html');
  });
  it('md: no error comment in the Markdown', async () => {
    const { out, err } = await run(['extract', '--format', 'md', missing]);
    expect(out).toBe('');
    expect(err).toContain('no such file');
  });
  it('jsonl: the {"file","error"} line stays on stdout (one line per file) and the message goes to stderr too', async () => {
    const { out, err } = await run(['extract', missing]);
    // kind null: the page was never read, so what it is stays unknown.
    expect(JSON.parse(out)).toEqual({ file: missing, kind: null, error: 'cannot-read: no such file (check the path)' });
    expect(err).toBe(`lede: ${missing}: no such file (check the path)\n`);
  });
  it('warnings (a page that is not the UTF-8 it says it is) go to stderr, stdout stays data', async () => {
    const latin = file('latin.html', Buffer.concat([Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>Caf\xe9</title></head><body><article>${story}<p>Caf`, 'latin1'), Buffer.from([0xe9]), Buffer.from('.</p></article></body></html>')]));
    const { code, out, err } = await run(['extract', latin]);
    expect(code).toBe(0);
    expect(JSON.parse(out).text).toContain('Café');
    expect(err).toBe(`lede: ${latin}: warning: the page says it is UTF-8 but its bytes are not; read as windows-1252 (if letters look wrong, save the page again, as UTF-8)\n`);
  });
});

describe('limits are checked before the parse', () => {
  const filler = '<p>Filler paragraph with some words in it to make the page big. It goes on.</p>\n';
  const bigPage = (open: string, close: string) => {
    const head = `<!doctype html><html><head><title>Big</title></head><body>${open}`;
    const tail = `${close}</body></html>`;
    return head + filler.repeat(Math.ceil((20_000_000 - head.length - tail.length) / filler.length)) + tail;
  };
  it('a 20 MB page nested 34,000 deep is refused in about a second, not after a 20 s parse', () => {
    const deep = file('deep.html', bigPage('<div>'.repeat(34_000), '</div>'.repeat(34_000)));
    const r = runProcess(['extract', deep]);
    expect(r.code).toBe(1);
    const line = JSON.parse(r.out.toString());
    expect(line.error).toBe('too-large: This page is too large or too deeply nested for Lede to read safely. (nesting deeper than 500 levels)');
    expect(r.err.toString()).toBe(`lede: ${deep}: This page is too large or too deeply nested for Lede to read safely. (nesting deeper than 500 levels) Check that the file is one article page; lede reads no further than its limits (see lede --help).\n`);
    expect(line.ms).toBeLessThan(1500);
    expect(r.ms, 'wall time, Node and tsx start-up included').toBeLessThan(8000);
  }, 60_000);
  it('a 20 MB page of 260,000 elements likewise', () => {
    const wide = file('wide.html', bigPage('', '').replace(/<p>/g, '<p><b>x</b>'));
    const r = runProcess(['extract', wide]);
    const line = JSON.parse(r.out.toString());
    expect(line.error).toMatch(/^too-large: .*\(more than 60,000 elements\)$/);
    expect(line.ms).toBeLessThan(1500);
    expect(r.ms).toBeLessThan(8000);
  }, 60_000);
  it('a page of 700,000 entities (as many text nodes in linkedom) likewise, not after an 8 s parse', async () => {
    const entities = file('entities.html', `<!doctype html><html><body><article>${story}<p>${'&lt;'.repeat(700_000)}</p></article></body></html>`);
    const { out } = await run(['extract', entities]);
    const line = JSON.parse(out);
    expect(line.error).toMatch(/^too-large: .*\(more than 360,000 elements, attributes and runs of text\)$/);
    expect(line.ms).toBeLessThan(1500);
  }, 60_000);
  it('a file over 50 MB is refused by its size, before it is read', async () => {
    const path = file('huge.html', '');
    truncateSync(path, 60_000_000); // sparse: no disk, no time
    const t0 = performance.now();
    const { code, out, err } = await run(['extract', path]);
    expect(code).toBe(1);
    expect(JSON.parse(out).error).toBe('too-large: 60 MB; lede reads pages up to 50 MB (a saved news page is rarely over 5 MB: check that this is one web page)');
    expect(err).toContain('huge.html: 60 MB; lede reads pages up to 50 MB');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('messages name the file and say what to do', () => {
  it('no such file, a directory, an empty file, empty standard input', async () => {
    const sub = join(dir, 'saved-pages');
    mkdirSync(sub, { recursive: true });
    const empty = file('empty.html', '');
    const { code, err } = await run(['extract', join(dir, 'nope.html'), sub, empty, '-'], '');
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `lede: ${join(dir, 'nope.html')}: no such file (check the path)`,
      `lede: ${sub}: is a directory (give the pages in it, e.g. DIR/*.html)`,
      `lede: ${empty}: the file is empty (0 bytes; save the page again)`,
      'lede: standard input: empty (nothing came; check the command before the pipe)',
      '',
    ]);
  });
  it.skipIf(process.getuid?.() === 0)('permission denied (not testable as root, who may read anything)', async () => {
    const locked = file('locked.html', '<p>x</p>');
    chmodSync(locked, 0o000);
    const { err } = await run(['extract', locked]);
    expect(err).toBe(`lede: ${locked}: permission denied (check the file’s permissions: ls -l)\n`);
  });
  it('a page in an unknown charset that is not UTF-8 either', async () => {
    const odd = file('odd.html', Buffer.concat([Buffer.from(`<!doctype html><html><head><meta charset="x-klingon"></head><body><article>${story}<p>Caf`), Buffer.from([0xe9, 0x2e]), Buffer.from('</p></article></body></html>')]));
    const { err } = await run(['extract', odd]);
    expect(err).toBe(`lede: ${odd}: warning: the page declares the charset "x-klingon", which is not a known encoding, and the bytes are not UTF-8; read as windows-1252 (if letters look wrong, save the page again, as UTF-8)\n`);
  });
});

describe('--help lists every field of the jsonl line', () => {
  it('every key the CLI writes for a story and for a failure is in the help text', async () => {
    const arabic = join(PAGES, 'arabic-rtl-rail-quotes-and-byline', 'source.html');
    const { out } = await run(['extract', SEED, arabic, join(dir, 'nope.html')]);
    const keys = new Set<string>();
    for (const line of out.trim().split('\n').map((l) => JSON.parse(l))) {
      for (const k of Object.keys(line)) keys.add(k);
      for (const q of line.quotes ?? []) for (const k of Object.keys(q)) keys.add(k);
      for (const b of line.removed ?? []) for (const k of Object.keys(b)) keys.add(k);
    }
    // The pages exercise the optional fields too.
    for (const k of ['url', 'byline', 'site', 'published', 'lang', 'dir', 'role', 'reason', 'error']) expect(keys).toContain(k);
    const help = (await run(['--help'])).out;
    for (const k of keys) expect(help, `"${k}" missing from --help`).toContain(`"${k}"`);
  });
});
