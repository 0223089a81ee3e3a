// `npm run bench`: Lede against plain Readability, same linkedom DOM, one process, on the shared
// evaluation sets in ../shared/corpus. Quality with the harness's own metric (so the figures
// match `node ../shared/bench/run.mjs`), time per page in-process (median, p95, ratio), summary
// ROUGE where the set has reference summaries, the worst pages for Lede with what leaked or went
// missing on each (worst.ts), each set's figure on two halves by publisher (split.ts: tune on one,
// judge on the other), the page kinds of page-kinds-dev beside isProbablyReaderable (kinds.ts),
// and the built bundles' sizes.
//
//   npm run bench [-- --set scrapinghub[,trafilatura-dev,fundus-dev,dragnet-dev,summaries-dev]] [--limit N] [--warmup N] [--reps N] [--worst N]
//   npm run bench -- --only quotes [--worst N]      the quote sets alone (quotes.ts), in seconds
//   npm run bench -- --only kinds                    the page-kind verdicts alone (kinds.ts), in seconds
//   npm run bench -- --only browser                  the popup in Chromium and Firefox alone (browser.ts), a few minutes
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CORPUS_DIR, MissingHarnessError, REPO_ROOT, loadHarness, type Harness } from './harness';
import type { ExtractorResult, SetResult } from './run-set';
import { publisherKey } from './split';
import { printWorst } from './worst';

const DEFAULT_SETS = ['scrapinghub', 'trafilatura-dev', 'fundus-dev', 'dragnet-dev', 'summaries-dev'];

class UsageError extends Error {}

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: 'string', multiple: true },
      only: { type: 'string' },
      limit: { type: 'string' },
      warmup: { type: 'string', default: '3' },
      reps: { type: 'string', default: '3' },
      worst: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const int = (name: string, v: string | undefined, min: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${v}"`);
    return n;
  };
  const sets = (values.set ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  return {
    sets: sets.length ? sets : null,
    limit: int('limit', values.limit, 1),
    warmup: int('warmup', values.warmup, 0) ?? 3,
    reps: int('reps', values.reps, 1) ?? 3,
    worst: int('worst', values.worst, 0) ?? 10,
    help: values.help,
    only: values.only,
  };
}

const f3 = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x.toFixed(3) : '—');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

function qualityCells(r: ExtractorResult): string[] {
  // Sets with a full body get token metrics; snippet-only sets (trafilatura-dev) get snippet P/R/F1.
  const m = r.tokens ?? r.snippets;
  const empty = r.pages.filter((p) => !p.text.trim()).length;
  const leaks = r.snippets ? [String(r.snippets.fp), `${r.snippets.leakPages}/${r.snippets.pages}`] : ['—', '—'];
  return [f3(m?.precision), f3(m?.recall), f3(m?.f1), ...leaks, String(empty)];
}

function printMainTable(sets: SetResult[]): void {
  console.log('\n| set | extractor | P | R | F1 | must-drop kept | pages leaking | empty | median ms | p95 ms | Lede/Readability median | p95 |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of sets) {
    const kind = s.results.lede.tokens ? 'tokens' : 'snippets';
    const rd = s.results.readability;
    for (const r of [rd, s.results.lede]) {
      const ratios = r.name === 'lede' ? [ratio(r.medianMs, rd.medianMs), ratio(r.p95Ms, rd.p95Ms)] : ['', ''];
      const label = r.name === 'lede' ? 'Lede' : 'Readability (linkedom)';
      console.log(`| ${s.set} (${s.pages}, ${kind}) | ${label} | ${[...qualityCells(r), f1(r.medianMs), f1(r.p95Ms), ...ratios].join(' | ')} |`);
    }
  }
}

/** Lede's time by what the reader waits for, against plain Readability's whole time: the story
 *  (what Readability gives: the text, here with the header facts and the removals), the first
 *  answer (the story and its summary: what the popup shows first), and the full analysis (with
 *  the quotes, which follow the first answer). Each from the same runs as the main table. */
function printSpeedTable(sets: SetResult[]): void {
  console.log('\nLede\'s time by what the reader waits for, each against plain Readability (median | p95):\n');
  console.log('| set | Readability ms | Lede story ms | ratio | first answer (+ summary) ms | ratio | full (+ quotes) ms | ratio |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const s of sets) {
    const rd = s.results.readability;
    const l = s.results.lede;
    const cells = (t: { medianMs: number; p95Ms: number } | undefined) =>
      t ? [`${f1(t.medianMs)} \\| ${f1(t.p95Ms)}`, `${ratio(t.medianMs, rd.medianMs)} \\| ${ratio(t.p95Ms, rd.p95Ms)}`] : ['—', '—'];
    console.log(`| ${s.set} | ${f1(rd.medianMs)} \\| ${f1(rd.p95Ms)} | ${[...cells(l.story), ...cells(l.answer), ...cells(l)].join(' | ')} |`);
  }
}

/** Each set's pages in two parts by publisher (split.ts): rules are tuned on the first and
 *  judged on the second, whose figure is the one that says whether a rule generalises. */
async function printSplitTable(sets: SetResult[], h: Harness): Promise<void> {
  const { score } = await import('./run-set');
  const { benchSplit } = await import('./split');
  const side = benchSplit(join(CORPUS_DIR, 'quotes-dev'));
  console.log('\nBy publisher (test/bench/split.ts): tune on the first part, judge on the second ("check"). Refused: Lede gave no story.\n');
  console.log('| set | part | pages | publishers | Readability F1 | Lede F1 | Lede must-drop kept | Lede refused |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const s of sets) {
    for (const part of ['tune', 'check'] as const) {
      const idx = s.truth.map((p, i) => (side(p.url, p.id) === part ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      const pages = idx.map((i) => s.truth[i]);
      const cellsFor = (name: 'readability' | 'lede') => score(h, name, pages, idx.map((i) => s.results[name].pages[i]), null);
      const rd = cellsFor('readability');
      const lede = cellsFor('lede');
      const f = (r: typeof rd) => f3((r.tokens ?? r.snippets)?.f1);
      const kept = lede.snippets ? `${lede.snippets.fp} (${((100 * lede.snippets.fp) / Math.max(1, lede.snippets.fp + lede.snippets.tn)).toFixed(1)} %)` : '—';
      const refused = lede.pages.filter((p) => p.status).length;
      const publishers = new Set(pages.map((p) => publisherKey(p.url, p.id))).size;
      console.log(`| ${s.set} | ${part} | ${pages.length} | ${publishers} | ${f(rd)} | ${f(lede)} | ${kept} | ${refused} |`);
    }
  }
}

function printSummaryTable(sets: SetResult[]): void {
  const withSummaries = sets.filter((s) => s.results.lede.summaries);
  if (!withSummaries.length) return;
  const pct = (x: number) => (100 * x).toFixed(1);
  const ci = (a: { lo: number; hi: number }) => `${pct(a.lo)}–${pct(a.hi)}`;
  console.log('\nSummaries (ROUGE F1 ×100, mean over pages, 95 % bootstrap interval of ROUGE-2; baselines from ../shared/bench/baselines):\n');
  console.log('| set | summary | ROUGE-1 | ROUGE-2 | ROUGE-2 95 % | ROUGE-L | ROUGE-Lsum | sentences/page | rail leaks (summary or quotes) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const s of withSummaries) {
    const rows = [...s.summaryBaselines, { label: '**Lede**', run: s.results.lede.summaries! }];
    for (const { label, run: m } of rows) {
      console.log(`| ${s.set} | ${label} | ${pct(m.rouge1.mean)} | ${pct(m.rouge2.mean)} | ${ci(m.rouge2)} | ${pct(m.rougeL.mean)} | ${pct(m.rougeLsum.mean)} | ${m.sentencesPerPage.toFixed(2)} | ${m.leakPages}/${m.railPages} |`);
    }
  }
}

/** Lede's quotes on our own annotated set and on both publisher halves of quotes-dev (quotes.ts). */
async function printQuoteSet(worst: number): Promise<void> {
  const { printQuoteReport } = await import('./quotes');
  printQuoteReport(worst);
}

/** What Lede says each page of page-kinds-dev is, beside isProbablyReaderable (kinds.ts). */
async function printKindSet(): Promise<void> {
  const { PAGE_KINDS_DIR, printKindReport, runKinds } = await import('./kinds');
  if (!existsSync(join(PAGE_KINDS_DIR, 'truth.json'))) {
    console.log(`\nPage kinds: ${PAGE_KINDS_DIR} not found.`);
    return;
  }
  printKindReport(runKinds());
}

/** The popup in Chromium and Firefox (browser.ts): first open, second open and a bare Readability popup on
 *  every sixth scrapinghub page, in one run. Skipped, with why, without a browser or a build. */
async function printBrowserSection(h: Harness): Promise<void> {
  const { BROWSERS } = await import('../e2e/lib/driver');
  const { BrowserSkipped, runBrowserBench } = await import('./browser');
  const pagesDir = join(CORPUS_DIR, 'scrapinghub', 'pages');
  console.log('\nThe popup in a real browser (test/bench/browser.ts): from asking for the popup to the frame that shows');
  console.log('the answer (title and summary; the quotes follow), every sixth scrapinghub page, against a bare');
  console.log('Readability popup (Readability.js injected into the page, the title shown) in the same run.\n');
  console.log('| browser | pages | Lede first open ms (median \\| p95) | Lede second open | bare Readability popup | first open / bare (median \\| p95) |');
  console.log('|---|---|---|---|---|---|');
  const problems: string[] = [];
  for (const name of BROWSERS) {
    let run;
    try {
      run = await runBrowserBench(name, { pagesDir, step: 6, repoRoot: REPO_ROOT });
    } catch (err) {
      if (!(err instanceof BrowserSkipped)) throw err;
      console.log(`| ${name} | — | skipped: ${err.message} | | | |`);
      continue;
    }
    const stats = (xs: number[]) => (xs.length ? { med: h.median(xs), p95: h.percentile(xs, 95) } : null);
    const cell = (s: { med: number; p95: number } | null) => (s ? `${s.med.toFixed(0)} \\| ${s.p95.toFixed(0)}` : '—');
    const first = stats(run.first);
    const bare = stats(run.bare);
    const ratios = first && bare ? `${ratio(first.med, bare.med)} \\| ${ratio(first.p95, bare.p95)}` : '—';
    console.log(`| ${run.browser} | ${run.pages} | ${cell(first)} | ${cell(stats(run.second))} | ${cell(bare)} | ${ratios} |`);
    problems.push(...run.problems.map((p) => `${run.browser}: ${p}`));
  }
  for (const p of problems) console.log(`- ${p}`);
}

function printFailures(s: SetResult): void {
  for (const r of Object.values(s.results)) {
    const errs = r.pages.filter((p) => p.error);
    if (errs.length) console.log(`\n${s.set}: ${r.name} threw on ${errs.length} page(s), e.g. ${errs[0].id}: ${errs[0].error}`);
  }
  const statuses = new Map<string, number>();
  for (const p of s.results.lede.pages) if (p.status) statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
  if (statuses.size) console.log(`${s.set}: Lede gave no story on ${[...statuses].map(([k, v]) => `${v} (${k})`).join(', ')}`);
  const internal = s.results.lede.pages.find((p) => p.status === 'internal');
  if (internal) console.log(`  e.g. internal failure on ${internal.id}: ${internal.failure?.slice(0, 300)}`);
}

function printBundleSizes(): void {
  const dist = join(REPO_ROOT, 'dist');
  if (!existsSync(dist)) {
    console.log('\nBundle sizes: dist/ not built (npm run build).');
    return;
  }
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) files.push(p);
    }
  };
  walk(dist);
  console.log('\nBundle sizes (dist/):\n\n| file | bytes | gzip |\n|---|---|---|');
  for (const f of files.sort()) {
    const buf = readFileSync(f);
    console.log(`| ${f.slice(dist.length + 1)} | ${buf.length} | ${gzipSync(buf).length} |`);
  }
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${(err as Error).message}\nusage: npm run bench -- [--set NAME[,NAME]] [--limit N] [--warmup N] [--reps N] [--worst N] [--only quotes|kinds|browser]`);
    return 2;
  }
  if (opts.only !== undefined && opts.only !== 'quotes' && opts.only !== 'browser' && opts.only !== 'kinds') {
    console.error(`bench: --only takes "quotes", "kinds" or "browser", got "${opts.only}"`);
    return 2;
  }
  if (opts.only === 'kinds') {
    await printKindSet();
    return 0;
  }
  if (opts.only === 'quotes') {
    // The quote sets alone, in a few seconds: no harness, no timing, no bundles.
    await printQuoteSet(opts.worst);
    return 0;
  }
  if (opts.help) {
    console.log('usage: npm run bench -- [--set NAME[,NAME]] [--limit N] [--warmup N] [--reps N] [--worst N] [--only quotes|kinds|browser]');
    return 0;
  }
  let h: Harness;
  try {
    h = await loadHarness();
  } catch (err) {
    if (err instanceof MissingHarnessError) {
      console.error(`bench: ${err.message}`);
      return 2;
    }
    throw err;
  }
  if (opts.only === 'browser') {
    await printBrowserSection(h);
    return 0;
  }
  const names = opts.sets ?? DEFAULT_SETS.filter((s) => existsSync(join(CORPUS_DIR, s, 'truth.json')));
  const missing = names.filter((s) => !existsSync(join(CORPUS_DIR, s, 'truth.json')));
  if (missing.length || !names.length) {
    console.error(`bench: no evaluation set ${missing.join(', ') || DEFAULT_SETS.join(', ')} in ${CORPUS_DIR}`);
    return 2;
  }
  // Imported after the harness so that a missing ../shared is reported before the core loads.
  const { runSet } = await import('./run-set');
  const results: SetResult[] = [];
  for (const name of names) {
    const started = Date.now();
    const s = await runSet(h, join(CORPUS_DIR, name), {
      limit: opts.limit,
      warmup: opts.warmup,
      reps: opts.reps,
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${name}: ${done}/${total}`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(`${name}: ${s.pages} pages, ${s.warmup} warm-up page(s), ${((Date.now() - started) / 1000).toFixed(1)} s`);
    results.push(s);
  }
  console.log(`\nLede vs plain Readability on the same linkedom DOM (src/cli/parse.ts), Node ${process.version}.`);
  console.log('Time: in-process per page, parse excluded for both (one parse per page, handed to both); each');
  console.log('clones it inside its timing (both consume what they parse). Readability time includes the harness\'s');
  console.log('block-aware text walk; Lede time is analyze() (text, summary and quotes). Each page is run');
  console.log(`${opts.reps} times per extractor, alternating which goes first, and its median time kept.`);
  console.log('P/R/F1: token shingles (../shared/bench/metrics.mjs) where the set has a body; snippet metrics otherwise.');
  console.log('must-drop kept: forbidden snippets found in the text (rail snippets for summaries-dev); pages leaking: pages with any.');
  printMainTable(results);
  printSpeedTable(results);
  await printSplitTable(results, h);
  printSummaryTable(results);
  for (const s of results) {
    printWorst(s, h, opts.worst);
    printFailures(s);
  }
  await printQuoteSet(opts.worst);
  await printKindSet();
  printBundleSizes();
  await printBrowserSection(h);
  return 0;
}

process.exitCode = await main();
