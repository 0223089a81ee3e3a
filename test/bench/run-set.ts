// One evaluation set, both extractors, one process: parse each page once with the CLI's parser,
// run plain Readability and Lede on it in alternating order, time each in-process, then score
// both with the harness's metric.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { decodeHtml, parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { isArticle } from '../../src/core/types';
import type { Harness, SetPage, SnippetMatch, SnippetScore, SummaryOutput, SummaryRun, SummaryTruth, TokenScore } from './harness';

export const EXTRACTORS = ['readability', 'lede'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

interface Extracted {
  text: string;
  summary: string[];
  quotes: SummaryOutput['quotes'];
  /** Lede's failure status ('no-article', …) when it gave no story, and its message. */
  status?: string;
  failure?: string;
  /** Lede's own stage times (analyze's timings): how much of its time went to the summary and
   *  to the quotes, so the story alone and the first answer can be timed from the same run. */
  summaryMs?: number;
  quotesMs?: number;
}

export interface PageRun {
  id: string;
  url: string;
  ms: number;
  /** Lede: the time to the story (text, header facts, removals: the job plain Readability does),
   *  and to the first answer (the story and its summary; the quotes come after it). */
  storyMs?: number;
  answerMs?: number;
  text: string;
  summary: string[];
  quotes: SummaryOutput['quotes'];
  status?: string;
  failure?: string;
  error?: string;
}

export interface ExtractorResult {
  name: ExtractorName;
  pages: PageRun[];
  tokens: TokenScore | null;
  /** Must-keep / must-drop snippets (trafilatura-dev), or the rail as must-drop (summaries-dev). */
  snippets: (SnippetScore & { leakPages: number }) | null;
  /** Each page's snippet outcome, aligned with `pages` (null where the page has no snippets):
   *  the worst-pages report lists what leaked and what went missing. */
  pageSnippets: Array<SnippetMatch | null>;
  summaries: SummaryRun | null;
  medianMs: number;
  p95Ms: number;
  /** Lede only: the same statistics for the story alone and for the first answer. */
  story?: { medianMs: number; p95Ms: number };
  answer?: { medianMs: number; p95Ms: number };
}

export interface SetResult {
  set: string;
  pages: number;
  warmup: number;
  /** The truth of each scored page (reference body, snippets), aligned with each result's `pages`. */
  truth: SetPage[];
  results: Record<ExtractorName, ExtractorResult>;
  /** Summary baselines scored like Lede, where the set has reference summaries: Lead-3 and
   *  TextRank over the reference body (the usual published baselines) and over plain
   *  Readability's text (what a summariser without its own story isolation sees). */
  summaryBaselines: Array<{ label: string; run: SummaryRun }>;
}

type Run = (doc: Document, url: string) => Extracted;

function makeExtractors(h: Harness): Record<ExtractorName, Run> {
  return {
    // Both consume the document they are given (Readability rewrites what it parses, and so does
    // Lede's analyze), so each clones the one parsed page inside its timing: equal cost for both.
    // Readability: what the harness's readability-linkedom adapter does.
    readability: (doc) => {
      const article = new Readability(doc.cloneNode(true) as Document).parse();
      return { text: h.fragmentTextLight(article?.content), summary: [], quotes: [] };
    },
    lede: (doc, url) => {
      const a = analyze(doc.cloneNode(true) as Document, { url });
      if (!isArticle(a)) return { text: '', summary: [], quotes: [], status: a.status, failure: `${a.message}${a.detail ? ` (${a.detail})` : ''}` };
      return { text: a.text, summary: a.summary, quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker })), summaryMs: a.timings.summary ?? 0, quotesMs: a.timings.quotes ?? 0 };
    },
  };
}

/** The page as the CLI reads it (bytes, charset sniffing, linkedom), so Lede's text here is the
 *  text `lede extract` gives the harness. */
async function load(page: SetPage): Promise<Document> {
  return parseHtml(decodeHtml(await readFile(page.file)));
}

function timed(run: Run, doc: Document, url: string): { out: Extracted; ms: number; error?: string } {
  const t0 = performance.now();
  try {
    const out = run(doc, url);
    return { out, ms: performance.now() - t0 };
  } catch (err) {
    // Readability can throw on odd pages; Lede must not (failures are values), but if it does
    // the page counts as empty output with the error kept for the report.
    return { out: { text: '', summary: [], quotes: [] }, ms: performance.now() - t0, error: String((err as Error)?.message ?? err) };
  }
}

/** Summary truth (summaries sets carry reference summaries and the rail next to each story). */
async function readSummaryTruth(dir: string): Promise<Record<string, SummaryTruth> | null> {
  const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Record<string, Partial<SummaryTruth>>;
  const entries = Object.values(truth);
  if (!entries.length || !entries.every((t) => Array.isArray(t.summary))) return null;
  return truth as Record<string, SummaryTruth>;
}

export async function runSet(h: Harness, dir: string, opts: { limit?: number; warmup: number; reps: number; onProgress?: (done: number, total: number) => void }): Promise<SetResult> {
  const set = await h.loadSet(dir);
  const pages: SetPage[] = opts.limit ? set.pages.slice(0, opts.limit) : set.pages;
  const summaryTruth = await readSummaryTruth(set.dir);
  const extractors = makeExtractors(h);

  // Warm-up: JIT and lazy module state, untimed and unscored.
  const warm = pages.slice(0, Math.min(opts.warmup, pages.length));
  for (const page of warm) {
    const doc = await load(page);
    for (const name of EXTRACTORS) timed(extractors[name], doc, page.url);
  }

  const runs: Record<ExtractorName, PageRun[]> = { readability: [], lede: [] };
  for (const [i, page] of pages.entries()) {
    // Parsing is excluded from both timings: one parse, handed to both extractors.
    const doc = await load(page);
    // Each page is timed `reps` times per extractor and the median kept: one run per page is at
    // the mercy of whichever garbage collection or neighbour's burst lands in it (single-run
    // medians moved by 20% between identical runs). Alternate which goes first, so that
    // neither always benefits from a warm cache. Outputs are deterministic: the first run's.
    const times: Record<ExtractorName, number[]> = { readability: [], lede: [] };
    const storyTimes: number[] = [];
    const answerTimes: number[] = [];
    const first: Partial<Record<ExtractorName, ReturnType<typeof timed>>> = {};
    for (let rep = 0; rep < opts.reps; rep++) {
      const order = (i + rep) % 2 === 0 ? EXTRACTORS : [...EXTRACTORS].reverse();
      for (const name of order) {
        const run = timed(extractors[name], doc, page.url);
        first[name] ??= run;
        times[name].push(run.ms);
        if (name === 'lede') {
          // A refusal has no summary or quotes: its whole time went to the story.
          const quotes = run.out.quotesMs ?? 0;
          answerTimes.push(run.ms - quotes);
          storyTimes.push(run.ms - quotes - (run.out.summaryMs ?? 0));
        }
      }
    }
    for (const name of EXTRACTORS) {
      const { out, error } = first[name]!;
      const { summaryMs: _s, quotesMs: _q, ...kept } = out;
      const stages = name === 'lede' ? { storyMs: h.median(storyTimes), answerMs: h.median(answerTimes) } : {};
      runs[name].push({ id: page.id, url: page.url, ms: h.median(times[name]), ...stages, ...kept, error });
    }
    opts.onProgress?.(i + 1, pages.length);
  }
  // Readability has no summary of its own: Lead-3 over its text is the usual baseline (its
  // row in the summary table; the other baselines are in summaryBaselines).
  for (const r of runs.readability) r.summary = h.leadK(r.text, 3);

  const results = {} as Record<ExtractorName, ExtractorResult>;
  for (const name of EXTRACTORS) results[name] = score(h, name, pages, runs[name], summaryTruth);
  const summaryBaselines = summaryTruth ? baselines(h, pages, runs.readability, summaryTruth) : [];
  return { set: set.name, pages: pages.length, warmup: warm.length, truth: pages, results, summaryBaselines };
}

function baselines(h: Harness, pages: SetPage[], readability: PageRun[], truth: Record<string, SummaryTruth>): SetResult['summaryBaselines'] {
  const scored = pages.filter((p) => truth[p.id]);
  const scope = Object.fromEntries(scored.map((p) => [p.id, truth[p.id]]));
  const readabilityText = new Map(readability.map((r) => [r.id, r.text]));
  const run = (label: string, summarise: (p: SetPage) => string[]) => ({
    label,
    run: h.scoreSummaries(scope, new Map(scored.map((p) => [p.id, { summary: summarise(p), quotes: [] }])), { bootstrap: 1000 }),
  });
  const body = (p: SetPage) => truth[p.id].body ?? '';
  const plain = (p: SetPage) => readabilityText.get(p.id) ?? '';
  return [
    run('Lead-3 (reference body)', (p) => h.leadK(body(p), 3)),
    run('TextRank (reference body)', (p) => h.textRankText(body(p), { k: 3 })),
    run('Readability + Lead-3', (p) => h.leadK(plain(p), 3)),
    run('Readability + TextRank', (p) => h.textRankText(plain(p), { k: 3 })),
  ];
}

export function score(h: Harness, name: ExtractorName, pages: SetPage[], runs: PageRun[], summaryTruth: Record<string, SummaryTruth> | null): ExtractorResult {
  const withBody = pages.map((p, i) => ({ p, r: runs[i] })).filter(({ p }) => p.body !== undefined);
  const tokens = withBody.length ? h.scoreTokens(withBody.map(({ p, r }) => ({ truth: p.body!, pred: r.text })), { bootstrap: 0 }) : null;

  let pageSnippets: Array<SnippetMatch | null> = pages.map(() => null);
  if (pages.some((p) => p.snippets)) {
    pageSnippets = pages.map((p, i) => (p.snippets ? h.snippetMatch(runs[i].text, p.snippets) : null));
  } else if (summaryTruth) {
    pageSnippets = pages.map((p, i) => {
      const rail = summaryTruth[p.id]?.rail ?? [];
      return rail.length ? h.snippetMatch(runs[i].text, { with: [], without: rail }) : null;
    });
  }
  const perSnippet = pageSnippets.filter((m): m is SnippetMatch => m !== null);
  const snippets = perSnippet.length ? { ...h.aggregateSnippets(perSnippet), leakPages: perSnippet.filter((m) => m.fp > 0).length } : null;

  let summaries: SummaryRun | null = null;
  if (summaryTruth) {
    const ids = new Set(pages.map((p) => p.id));
    const truth = Object.fromEntries(Object.entries(summaryTruth).filter(([id]) => ids.has(id)));
    const outputs = new Map(runs.map((r) => [r.id, { summary: r.summary, quotes: r.quotes, error: r.error }]));
    summaries = h.scoreSummaries(truth, outputs, { bootstrap: 1000 });
  }
  const stats = (times: number[]) => ({ medianMs: h.median(times), p95Ms: h.percentile(times, 95) });
  const staged = name === 'lede' && runs.every((r) => r.storyMs !== undefined && r.answerMs !== undefined);
  const timesOf = staged ? { story: stats(runs.map((r) => r.storyMs!)), answer: stats(runs.map((r) => r.answerMs!)) } : {};
  return { name, pages: runs, tokens, snippets, pageSnippets, summaries, ...stats(runs.map((r) => r.ms)), ...timesOf };
}
