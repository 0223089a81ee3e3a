// `lede`: the analysis core over saved HTML files, in Node. The same core as the extension's
// content script, with linkedom as the DOM.
//   lede extract [--format jsonl|text|md] [--url URL] FILE... (or - for stdin)
// A Unix tool: data on stdout, every error and warning on stderr, binary files refused, limits
// checked before the parse, and a closed pipe (… | head) ends it quietly.
import { performance } from 'node:perf_hooks';
import { analyze } from '../core/analyze';
import { keyQuotes } from '../core/key-quotes';
import { DEFAULT_LIMITS, isArticle, type Analysis, type PageKind } from '../core/types';
import { readInput, MAX_BYTES } from './input';
import { htmlToMarkdown } from './markdown';
import { decodePage, parseHtml } from './parse';
import { MAX_ATTRIBUTES, maxNodes, prescan } from './prescan';
import { sniffNotHtml } from './sniff';
import { jsonLine, printable, printableName } from './terminal';

const VERSION = '0.1.0';

/** Exit status when the reader of our output went away (`lede … | head -1`): what the shell
 *  reports for cat, grep or seq in the same place (128 + SIGPIPE, as they die of the signal;
 *  Node ignores SIGPIPE, so lede says it with its status). Not 0, as the files were not all
 *  done, and not 1, as none failed; `set -o pipefail` scripts treat lede like the others. */
export const EXIT_PIPE = 141;

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

Each jsonl line ("?": left out when the page does not say):
  {"file", "kind", "url"?, "title", "byline"?, "site"?, "published"?, "lang"?, "dir"?, "text",
   "summary": [sentence...], "quotes": [{"text", "speaker", "role"?, "confidence"}...],
   "removed": [{"reason", "text"}...], "ms"}
  file       the path as given ("-" for standard input)
  kind       story; teaser-only (a paywall stub: the opening of a story, the rest on the
             site); or, on an error line, the kind of page that is not a story: home,
             listing, search, consent-wall, error, login, video, forum, product, other
             (null when the page was not read: too large, timed out, unreadable)
  url        --url, else the address the saved page gives (canonical link, og:url,
             the "saved from url" comment)
  published  ISO 8601 date; lang: the page's language tag; dir: "ltr" or "rtl"
  text       the story, paragraphs separated by blank lines
  summary    3 to 5 sentences of the story (fewer for a short one), in story order
  quotes     key quotes first, surest speakers first; speaker is null when the story
             does not say who; confidence (high, medium, low): how the speaker was found
             (named in the quote's sentence; a pronoun, a description, an earlier quote
             or the sentence's subject; not found, or only the nearest person: a guess);
             role: the speaker's title or job, when the story gives one
  removed    blocks left out of the story, and why (rail-heading, teaser-cards, ...)
  ms         milliseconds spent on the file in this process
A file that cannot be done gives {"file", "kind", "error", "ms"?} instead, and the others still run.
"error" starts with a code: cannot-read, empty, not-html, too-large, no-article, timeout,
internal.

Errors and warnings go to standard error in every format, as "lede: FILE: what happened
(what to do)". In jsonl the {"file", "error"} line goes to standard output as well, so
that the data has one line per file. Nothing is coloured. Text and Markdown output carry
no control characters or escape sequences from the page; jsonl escapes them.

Limits (too-large, checked before parsing): files over ${(MAX_BYTES / 1e6).toFixed(0)} MB; pages with more than
${DEFAULT_LIMITS.maxElements.toLocaleString('en')} elements, nesting deeper than ${DEFAULT_LIMITS.maxDepth}, over ${DEFAULT_LIMITS.maxTextLength.toLocaleString('en')} characters of text,
more than ${maxNodes(DEFAULT_LIMITS).toLocaleString('en')} elements, attributes and runs of text together, or more than
${MAX_ATTRIBUTES.toLocaleString('en')} attributes on one element.

Images, PDFs, archives and other binary files are refused (not-html); plain text is read
as paragraphs.

Exit status: 0 all files done, 1 some failed, 2 usage error, ${EXIT_PIPE} output closed early
(e.g. by head), like other tools killed by SIGPIPE.
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


interface Result {
  file: string;
  analysis?: Analysis;
  url?: string;
  ms?: number;
  /** For the jsonl line: "code: message", as the bench harness and scripts read it. */
  error?: string;
  /** For the person, on stderr: what happened and what to do. */
  complaint?: string;
  warnings: string[];
}

const elapsed = (t0: number) => Math.round((performance.now() - t0) * 100) / 100;

async function run(file: string, url: string | undefined, stdin: NodeJS.ReadableStream): Promise<Result> {
  const input = await readInput(file, stdin);
  if (!(input instanceof Uint8Array)) return { file, error: `${input.code}: ${input.message}`, complaint: input.message, warnings: [] };
  const notHtml = sniffNotHtml(input);
  if (notHtml) {
    const message = `${notHtml.kind}, not an HTML page — ${notHtml.advice}`;
    return { file, error: `not-html: ${message}`, complaint: message, warnings: [] };
  }
  const t0 = performance.now();
  const { text: html, warning } = decodePage(input);
  const warnings = warning ? [warning] : [];
  try {
    // The limits, counted in the raw HTML: a hostile giant is refused before linkedom builds it.
    const tooLarge = prescan(html, DEFAULT_LIMITS);
    if (tooLarge) return failed({ file, ms: elapsed(t0), analysis: tooLarge, warnings }, tooLarge);
    const doc = parseHtml(html);
    const pageUrl = url ?? savedUrl(doc, html);
    const result = analyze(doc, { url: pageUrl });
    const ms = elapsed(t0);
    if (!isArticle(result)) return failed({ file, url: pageUrl, ms, analysis: result, warnings }, result);
    return { file, url: pageUrl, ms, analysis: result, warnings };
  } catch (err) {
    const message = `internal: ${(err as Error).message}`;
    return { file, error: message, complaint: `${message} (a bug in lede: please report it with the page)`, warnings };
  }
}

// What a person at the terminal can do, where the core's failure does not say (the popup has
// its own sentences for these).
const CLI_ADVICE: Partial<Record<Analysis['status'], string>> = {
  'too-large': 'Check that the file is one article page; lede reads no further than its limits (see lede --help).',
  timeout: 'Try again when the machine is less busy.',
};

function failed(r: Result, f: Exclude<Analysis, { status: 'ok' }>): Result {
  const detail = f.detail ? ` (${f.detail})` : '';
  const advice = f.advice ?? CLI_ADVICE[f.status];
  return { ...r, error: `${f.status}: ${f.message}${detail}`, complaint: `${f.message}${detail}${advice ? ` ${advice}` : ''}` };
}

/** The page's kind for the jsonl line: the story's ('story', 'teaser-only'), the kind of page
 *  that is not one, 'other' for a page with no story of a known kind, null when the page was
 *  not read to the end (too large, timed out, unreadable). */
function kindOf(r: Result): PageKind | null {
  const a = r.analysis;
  if (!a) return null;
  if (isArticle(a)) return a.kind ?? 'story';
  return a.kind ?? (a.status === 'no-article' && a.code !== 'empty-page' && a.code !== 'not-html' ? 'other' : null);
}

function formatJsonl(r: Result): string {
  if (r.error || !r.analysis || !isArticle(r.analysis)) return jsonLine({ file: r.file, kind: kindOf(r), error: r.error, ms: r.ms });
  const a = r.analysis;
  return jsonLine({
    file: r.file,
    kind: kindOf(r),
    url: r.url,
    title: a.title,
    byline: a.byline,
    site: a.site,
    published: a.published,
    lang: a.lang,
    dir: a.dir,
    text: a.text,
    summary: a.summary,
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, ...(q.role ? { role: q.role } : {}), ...(q.confidence ? { confidence: q.confidence } : {}) })),
    removed: a.removed.map((b) => ({ reason: b.reason, text: b.text })),
    ms: r.ms,
  });
}

function formatText(r: Result): string {
  if (!r.analysis || !isArticle(r.analysis)) return '';
  const a = r.analysis;
  const lines = [`== ${r.file}`, a.title, [a.site, a.byline, a.published].filter(Boolean).join(' · '), `${a.readingMinutes} min read · ${a.wordCount} words`, ''];
  lines.push('Summary:', ...a.summary.map((s) => `  • ${s}`), '');
  if (a.quotes.length) lines.push('Key quotes:', ...keyQuotes(a.quotes).flatMap((q) => [`  “${q.text}”`, q.speaker ? `      — ${q.speaker}` : '']).filter((l) => l !== ''), '');
  lines.push(a.text, '');
  if (a.removed.length) lines.push(`(${a.removed.length} blocks removed: ${[...new Set(a.removed.map((b) => b.reason))].join(', ')})`, '');
  return lines.join('\n');
}

function formatMd(r: Result): string {
  if (!r.analysis || !isArticle(r.analysis)) return '';
  const a = r.analysis;
  const meta = [a.site, a.byline, a.published].filter(Boolean).join(' · ');
  const parts = [`# ${a.title}`];
  if (meta) parts.push(`*${meta}*`);
  if (r.url) parts.push(`<${r.url}>`);
  if (a.summary.length) parts.push('## Summary', a.summary.map((s) => `- ${s}`).join('\n'));
  if (a.quotes.length) parts.push('## Key quotes', keyQuotes(a.quotes).map((q) => `> ${q.text}${q.speaker ? `\n>\n> — ${q.speaker}` : ''}`).join('\n\n'));
  parts.push('## Story', htmlToMarkdown(a.html));
  return `${parts.join('\n\n')}\n`;
}

// jsonl lines are JSON already (controls escaped); the human formats lose the page's controls.
const FORMATTERS: Record<Format, (r: Result) => string> = {
  jsonl: (r) => `${formatJsonl(r)}\n`,
  text: (r) => printable(formatText(r)),
  md: (r) => printable(formatMd(r)),
};

/** A stream we write to that may go away: the first failed write (EPIPE when the reader of a
 *  pipe has closed it) is remembered instead of crashing the process with an unhandled
 *  'error' event, and later writes are skipped. */
class Output {
  failure: NodeJS.ErrnoException | null = null;
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', this.fail);
  }
  private fail = (err: NodeJS.ErrnoException) => {
    this.failure ??= err;
  };
  /** Resolves once the chunk is handed to the system, false if the stream is gone. */
  write(chunk: string): Promise<boolean> {
    if (this.failure || !chunk) return Promise.resolve(!this.failure);
    return new Promise((resolve) => {
      this.stream.write(chunk, (err?: Error | null) => {
        if (err) this.fail(err as NodeJS.ErrnoException);
        resolve(!this.failure);
      });
    });
  }
  detach(): void {
    this.stream.removeListener('error', this.fail);
  }
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: Io = process): Promise<number> {
  const out = new Output(io.stdout);
  const err = new Output(io.stderr);
  try {
    return await extract(argv, io, out, err);
  } finally {
    out.detach();
    err.detach();
  }
}

async function extract(argv: string[], io: Io, out: Output, err: Output): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      await err.write(`lede: ${printable(e.message)}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
  if (args === 'help' || args === 'version') {
    await out.write(args === 'help' ? HELP : `${VERSION}\n`);
    return out.failure ? outputFailed(out, err) : 0;
  }
  let failures = 0;
  const format = FORMATTERS[args.format];
  for (const file of args.files) {
    const r = await run(file, args.url, io.stdin);
    const name = file === '-' ? 'standard input' : printableName(file);
    for (const w of r.warnings) await err.write(`lede: ${name}: warning: ${printable(w)}\n`);
    if (r.error) {
      failures++;
      await err.write(`lede: ${name}: ${printable(r.complaint ?? r.error)}\n`);
    }
    // The jsonl line of a failed file stays on stdout: the data has one line per file.
    if (args.format === 'jsonl' || !r.error) await out.write(format(r));
    if (out.failure) return outputFailed(out, err);
  }
  return failures ? 1 : 0;
}

/** The output went away. A closed pipe is the reader's choice (`| head`): stop quietly. Any
 *  other write error (a full disk) is worth a message. */
async function outputFailed(out: Output, err: Output): Promise<number> {
  if (out.failure?.code === 'EPIPE') return EXIT_PIPE;
  await err.write(`lede: cannot write the output: ${printable(out.failure?.message ?? 'unknown error')}\n`);
  return 1;
}
