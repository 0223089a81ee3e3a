// `lede`: the analysis core over saved HTML files, in Node. The same core as the extension's
// content script, with linkedom as the DOM.
//   lede extract [--format jsonl|text|md] [--url URL] FILE... (or - for stdin)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../core/analyze';
import { isArticle, type Analysis } from '../core/types';
import { htmlToMarkdown } from './markdown';
import { decodeHtml, parseHtml } from './parse';

const VERSION = '0.1.0';

const HELP = `lede ${VERSION}: find the story on saved news pages, offline.

Usage:
  lede extract [options] FILE...     analyse saved HTML files ("-" reads standard input)
  lede --help | --version

Options:
  --format jsonl|text|md   jsonl: one JSON object per file and line (default)
                           text: title, source, summary, quotes and the story, for people
                           md:   the story as Markdown, with summary and quotes
  --url URL                the page's address, for pages saved without it (one file only,
                           or the same address for all)

Each jsonl line: {"file","url"?,"title","byline"?,"site"?,"text","summary":[...],
"quotes":[{"text","speaker"}],"removed":[{"reason","text"}],"ms"}, or {"file","error"}
for a file that could not be handled. Exit status: 0 all files done, 1 some failed, 2 usage.
`;

type Format = 'jsonl' | 'text' | 'md';

interface Args {
  format: Format;
  url?: string;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'extract') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const args: Args = { format: 'jsonl', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'jsonl' && f !== 'text' && f !== 'md') throw new UsageError(`unknown format "${f}" (jsonl, text or md)`);
      args.format = f;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const u = value('--url');
      try {
        new URL(u);
      } catch {
        throw new UsageError(`--url "${u}" is not an absolute URL`);
      }
      args.url = u;
    } else if (a.startsWith('--') ) {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      args.files.push(a);
    }
  }
  if (!args.files.length) throw new UsageError('no files given');
  return args;
}

/** A saved page's own address, if the saving tool wrote one: <link rel=canonical>, og:url, or
 *  the "saved from url" comment browsers leave. Only used when --url is not given (the CLI has
 *  no live location to trust instead). */
function savedUrl(doc: Document, html: string): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html.slice(0, 1000))?.[1],
  ];
  for (const c of candidates) {
    try {
      if (c && /^https?:/i.test(c)) return new URL(c).href;
    } catch {
      /* not a URL */
    }
  }
  return undefined;
}

function readInput(file: string): Uint8Array {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

interface Result {
  file: string;
  analysis?: Analysis;
  url?: string;
  ms?: number;
  error?: string;
}

function run(file: string, url: string | undefined): Result {
  let bytes: Uint8Array;
  try {
    bytes = readInput(file);
  } catch (err) {
    return { file, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  const t0 = performance.now();
  try {
    const html = decodeHtml(bytes);
    const doc = parseHtml(html);
    const pageUrl = url ?? savedUrl(doc, html);
    const analysis = analyze(doc, { url: pageUrl });
    const ms = Math.round((performance.now() - t0) * 100) / 100;
    if (!isArticle(analysis)) return { file, url: pageUrl, ms, analysis, error: `${analysis.status}: ${analysis.message}${analysis.detail ? ` (${analysis.detail})` : ''}` };
    return { file, url: pageUrl, ms, analysis };
  } catch (err) {
    return { file, error: `internal: ${(err as Error).message}` };
  }
}

function formatJsonl(r: Result): string {
  if (r.error || !r.analysis || !isArticle(r.analysis)) return JSON.stringify({ file: r.file, error: r.error, ms: r.ms });
  const a = r.analysis;
  return JSON.stringify({
    file: r.file,
    url: r.url,
    title: a.title,
    byline: a.byline,
    site: a.site,
    published: a.published,
    lang: a.lang,
    text: a.text,
    summary: a.summary,
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, ...(q.role ? { role: q.role } : {}) })),
    removed: a.removed.map((b) => ({ reason: b.reason, text: b.text })),
    ms: r.ms,
  });
}

function formatText(r: Result): string {
  if (r.error || !r.analysis || !isArticle(r.analysis)) return `${r.file}: ${r.error}\n`;
  const a = r.analysis;
  const lines = [`== ${r.file}`, a.title, [a.site, a.byline, a.published].filter(Boolean).join(' · '), `${a.readingMinutes} min read · ${a.wordCount} words`, ''];
  lines.push('Summary:', ...a.summary.map((s) => `  • ${s}`), '');
  if (a.quotes.length) lines.push('Key quotes:', ...a.quotes.slice(0, 5).flatMap((q) => [`  “${q.text}”`, q.speaker ? `      — ${q.speaker}` : '']).filter((l) => l !== ''), '');
  lines.push(a.text, '');
  if (a.removed.length) lines.push(`(${a.removed.length} blocks removed: ${[...new Set(a.removed.map((b) => b.reason))].join(', ')})`, '');
  return lines.join('\n');
}

function formatMd(r: Result): string {
  if (r.error || !r.analysis || !isArticle(r.analysis)) return `<!-- ${r.file}: ${String(r.error).replace(/--/g, '- -')} -->\n`;
  const a = r.analysis;
  const meta = [a.site, a.byline, a.published].filter(Boolean).join(' · ');
  const parts = [`# ${a.title}`];
  if (meta) parts.push(`*${meta}*`);
  if (r.url) parts.push(`<${r.url}>`);
  if (a.summary.length) parts.push('## Summary', a.summary.map((s) => `- ${s}`).join('\n'));
  if (a.quotes.length) parts.push('## Key quotes', a.quotes.slice(0, 5).map((q) => `> ${q.text}${q.speaker ? `\n>\n> — ${q.speaker}` : ''}`).join('\n\n'));
  parts.push('## Story', htmlToMarkdown(a.html));
  return `${parts.join('\n\n')}\n`;
}

const FORMATTERS: Record<Format, (r: Result) => string> = { jsonl: formatJsonl, text: formatText, md: formatMd };

export function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`lede: ${err.message}\n\n${HELP}`);
      return 2;
    }
    throw err;
  }
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  let failed = 0;
  const format = FORMATTERS[args.format];
  for (const file of args.files) {
    const r = run(file, args.url);
    if (r.error) failed++;
    process.stdout.write(args.format === 'jsonl' ? `${format(r)}\n` : format(r));
  }
  return failed ? 1 : 0;
}
