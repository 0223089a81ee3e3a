// The parts of ../shared/bench the project bench reuses, loaded at run time from the folder
// beside the repo (never bundled, never read by the project's tests). Using the harness's own
// metric, corpus reader, statistics and text walk keeps `npm run bench` numbers identical to
// `node ../shared/bench/run.mjs` for the same texts.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const BENCH_DIR = join(SHARED_DIR, 'bench');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

export interface TokenMatch {
  tp: number;
  fp: number;
  fn: number;
}

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  n: number;
  matches: TokenMatch[];
}

export interface Snippets {
  with: string[];
  without: string[];
}

export interface SnippetMatch {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  missing: string[];
  leaked: string[];
}

export interface SnippetScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  clean: number;
  pages: number;
}

export interface SetPage {
  id: string;
  file: string;
  url: string;
  body?: string;
  snippets?: Snippets;
}

export interface SummaryTruth {
  summary: string[];
  rail?: string[];
  body?: string;
}

export interface RougeAggregate {
  mean: number;
  lo: number;
  hi: number;
}

export interface SummaryRun {
  pages: number;
  missing: number;
  sentencesPerPage: number;
  wordsPerPage: number;
  rouge1: RougeAggregate;
  rouge2: RougeAggregate;
  rougeL: RougeAggregate;
  rougeLsum: RougeAggregate;
  railPages: number;
  leakPages: number;
  leakShare: number;
}

export interface SummaryOutput {
  summary: string[];
  quotes: Array<{ text: string; speaker?: string | null }>;
  error?: string;
}

export interface Harness {
  scoreTokens(pairs: Array<{ truth: string; pred: string }>, opts?: { bootstrap?: number }): TokenScore;
  pagePrecision(m: TokenMatch): number;
  pageRecall(m: TokenMatch): number;
  pageF1(m: TokenMatch): number;
  snippetMatch(pred: string, snippets: Snippets): SnippetMatch;
  aggregateSnippets(per: SnippetMatch[]): SnippetScore;
  loadSet(dir: string): Promise<{ name: string; dir: string; pages: SetPage[] }>;
  median(xs: number[]): number;
  percentile(xs: number[], q: number): number;
  /** The harness's block-aware text of an HTML fragment on linkedom (readability-linkedom's step). */
  fragmentTextLight(html: string | null | undefined): string;
  scoreSummaries(truth: Record<string, SummaryTruth>, outputs: Map<string, SummaryOutput>, opts?: { bootstrap?: number }): SummaryRun;
  leadK(text: string, k?: number): string[];
  /** TextRank over the harness's sentences (baselines/textrank.mjs), top k in text order. */
  textRankText(text: string, opts?: { k?: number }): string[];
}

/** Thrown when ../shared/bench is not there; bench.ts turns it into a message and exit 2. */
export class MissingHarnessError extends Error {}

const at = (rel: string) => pathToFileURL(join(BENCH_DIR, rel)).href;

export async function loadHarness(): Promise<Harness> {
  const files = ['metrics.mjs', 'lib/corpus.mjs', 'lib/stats.mjs', 'lib/linkedom.mjs', 'summary.mjs', 'baselines/lead.mjs', 'baselines/textrank.mjs'];
  for (const rel of files) {
    if (!existsSync(join(BENCH_DIR, rel))) {
      throw new MissingHarnessError(`${join(BENCH_DIR, rel)} not found: npm run bench needs the shared benchmark harness and corpus in ${SHARED_DIR} (beside the repository).`);
    }
  }
  register('./shared-deps-hook.mjs', import.meta.url, {
    data: { projectUrl: pathToFileURL(`${REPO_ROOT}/`).href, sharedUrl: pathToFileURL(`${SHARED_DIR}/`).href },
  });
  // Computed specifiers: these files live outside the repository, so the type checker must not
  // try to resolve them (a clean clone without ../shared still typechecks).
  const load = (rel: string): Promise<Record<string, any>> => import(at(rel));
  const [metrics, corpus, stats, light, summary, lead, textrank] = await Promise.all(files.map(load));
  return {
    scoreTokens: metrics.scoreTokens,
    pagePrecision: metrics.pagePrecision,
    pageRecall: metrics.pageRecall,
    pageF1: metrics.pageF1,
    snippetMatch: metrics.snippetMatch,
    aggregateSnippets: metrics.aggregateSnippets,
    loadSet: corpus.loadSet,
    median: stats.median,
    percentile: stats.percentile,
    fragmentTextLight: light.fragmentTextLight,
    scoreSummaries: summary.scoreRun,
    leadK: lead.leadK,
    textRankText: textrank.textRankText,
  };
}
