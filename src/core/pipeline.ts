// The pipeline: gate → isolate → clean → sanitize → summarize → quotes. Pure: no extension APIs,
// no globals, the same in the page, the CLI and the tests. It never throws: every outcome is an
// Analysis value (an Article or a typed Failure).
// The quote finder is handed in (analyze.ts gives the core's own): the content script leaves it
// out of its bundle and receives it after the first answer (src/content/quote-finder.ts), so
// that the quotes' code is neither compiled nor set up before the story and summary are shown.
import { Timeout, withBudget } from './budget';
import { blockText, isLayoutTable, normSpace, textBlocks, textOf } from './dom';
import { isCaption } from './isolate/captions';
import { checkSize, framedPage, isStory, NO_ARTICLE, notAPage, notAStory } from './gate';
import { pageKind } from './kind';
import { isolate, Removals } from './isolate';
import { PageSurveyor } from './isolate/survey';
import { siteFromUrl } from './isolate/title';
import { builtin } from './safe-dom';
import type { findQuotes } from './quotes';
import { sanitizeChildren } from './sanitize';
import { summarize } from './summary';
import { DEFAULT_LIMITS, type Analysis, type AnalyzeOptions, type Article, type Failure, type Limits, type Timings } from './types';

/** Blocks that are not running story prose: summary and quotes never come from them. Tables are
 *  data, unless the page uses one for layout and the story sits in a cell (see isLayoutTable). */
const NOT_PROSE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'figure']);

/** Caption tests for one story, remembered: the paragraphs, the removals' positions and the
 *  text each walk the same elements, and a caption test reads class names and text. */
function captionTests(captions = true): { isCaption: (el: Element) => boolean; notProse: (el: Element, tag: string) => boolean } {
  const seen = new Map<Element, boolean>();
  const test = (el: Element) => {
    if (!captions) return false;
    let yes = seen.get(el);
    if (yes === undefined) seen.set(el, (yes = isCaption(el)));
    return yes;
  };
  return { isCaption: test, notProse: (el, tag) => NOT_PROSE_TAGS.has(tag) || (tag === 'table' && !isLayoutTable(el)) || test(el) };
}

const WORDS_PER_MINUTE = 230;

/** What finds the quotes in the story's paragraphs (core/quotes.ts findQuotes). */
export type QuoteFinder = typeof findQuotes;

/**
 * Analyse a document with `find` for the quotes. The document is consumed (Readability rewrites
 * what it parses): callers pass a clone of the live page (`document.cloneNode(true)`) or a
 * freshly parsed one.
 */
export function analyzeWith(find: QuoteFinder, doc: Document, options: AnalyzeOptions = {}): Analysis {
  const { stages, now, deadline } = pipeline(doc, options);
  return withBudget(now, deadline, () => {
    for (;;) {
      const step = stages.next(find);
      if (step.done) return step.value;
    }
  });
}

/**
 * The same analysis (quotes by what `quoteFinder` gives once the first answer is out; null: none),
 * with the page's own work let through between stages: in a tab the content
 * script shares the page's thread, and one 600 ms stretch on a 2-million-character page froze
 * it; in slices the longest freeze is the longest stage. `pause` yields to the page (a task).
 * The time limit counts Lede's own work, not the pauses: they freeze nothing.
 * `onFirstAnswer` hears the story and its summary as soon as they are known, before the quotes
 * (a third of the analysis in a fresh content script): the popup shows them while the quotes
 * are still being found. The returned analysis is the full one, the same as analyze() gives.
 */
export async function analyzeInSlicesWith(
  quoteFinder: () => QuoteFinder | null | Promise<QuoteFinder | null>,
  doc: Document,
  options: AnalyzeOptions,
  pause: () => Promise<void>,
  onFirstAnswer?: (first: Article) => void,
): Promise<Analysis> {
  const clock = options.now ?? defaultNow;
  let paused = 0;
  const { stages, now, deadline } = pipeline(doc, { ...options, now: () => clock() - paused });
  let find: QuoteFinder | null = null;
  for (;;) {
    const step = withBudget(now, deadline, () => stages.next(find ?? undefined));
    if (step.done) return step.value;
    if (step.value) {
      onFirstAnswer?.(step.value);
      // Waiting for the quote finder (its script still coming) freezes nothing: not Lede's time.
      const asked = clock();
      find = await quoteFinder();
      paused += clock() - asked;
    }
    const before = clock();
    await pause();
    paused += clock() - before;
  }
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The analysis as stages: the generator yields between two (the first answer, before the
 *  quotes), and returns the outcome. The caller runs each stage inside withBudget(now, deadline)
 *  so that checkTime sees the limit, and hands in the quote finder as it resumes the generator
 *  after the first answer (none: no quotes). */
function pipeline(doc: Document, options: AnalyzeOptions): { stages: Generator<Article | undefined, Analysis, QuoteFinder | undefined>; now: () => number; deadline: number } {
  const now = options.now ?? defaultNow;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const start = now();
  return { stages: stages(doc, options, limits, now, start), now, deadline: start + limits.timeoutMs };
}

function* stages(doc: Document, options: AnalyzeOptions, limits: Limits, now: () => number, start: number): Generator<Article | undefined, Analysis, QuoteFinder | undefined> {
  const timings: Timings = {};
  let last = start;
  // The stage under way, for the timeout's detail: checkTime (budget.ts) throws from inside one.
  let stage = 'gate';
  const lap = (next?: string) => {
    const t = now();
    timings[stage] = round(t - last);
    last = t;
    const done = stage;
    if (next) stage = next;
    if (t - start > limits.timeoutMs) throw new Timeout(done);
  };

  try {
    const notPage = notAPage(doc);
    if (notPage) return notPage;
    // The gate's walk of the whole page also surveys it for isolate, and disarms its named
    // elements (safe-dom.ts): until it has, the document is read through its prototypes.
    const surveyor = new PageSurveyor(builtin(doc, 'body'));
    const tooLarge = checkSize(doc, limits, surveyor.see);
    if (tooLarge) return tooLarge;
    const survey = surveyor.done();
    const framed = framedPage(doc, survey);
    lap('isolate');
    yield;

    // Read before isolation rewrites the document (on some pages linkedom's document loses its
    // root element to Readability's retries).
    const docTitle = normSpace(builtin<string>(doc, 'title'));
    const removals = new Removals();
    const found = isolate(doc, removals, options.url, survey, options.today);
    lap('clean');
    // No story: say what the page is instead, where it says so itself (an error or sign-in
    // title, a declared product, a search address).
    const refuse = (content?: Element, blocks: string[] = []): Failure => {
      if (framed) return framed;
      const verdict = pageKind({ url: options.url, survey, storyFound: false, docTitle, headline: found?.title ?? '', paragraphs: blocks, content, wordCount: countWords(blocks.join(' ')), removed: removals.blocks, rest: () => '' });
      return verdict.kind === 'story' || verdict.kind === 'teaser-only' ? NO_ARTICLE : notAStory(verdict.kind, verdict);
    };
    if (!found) return refuse();
    yield;

    let captions = captionTests();
    // One walk lists the paragraphs and finds where the removed blocks stood among them.
    let markers = removals.readMarkers();
    let paragraphs = textBlocks(found.content, captions.notProse, markers.onComment);
    if (!isStory(paragraphs, found.content)) {
      // A photo post: its one paragraph describes the picture above it, in the picture's box,
      // and the caption tests set it aside; the story was all caption. Read as prose, it may be
      // a story after all (a page of pictures and short captions still is not).
      const asProse = captionTests(false);
      const read = removals.readMarkers();
      const all = textBlocks(found.content, asProse.notProse, read.onComment);
      if (!isStory(all, found.content)) return refuse(found.content, all);
      [captions, markers, paragraphs] = [asProse, read, all];
    }
    removals.settle(found.content, { skip: captions.notProse, paragraphs: paragraphs.length, read: markers, baseUrl: options.url });
    const text = blockText(found.content, captions.isCaption);
    const wordCount = countWords(text);
    // What the page is: isolation finds something on a home page or a forum thread too.
    const verdict = pageKind({
      url: options.url,
      survey,
      storyFound: true,
      docTitle,
      headline: found.title,
      paragraphs,
      content: found.content,
      wordCount,
      removed: removals.blocks,
      rest: () => restOfPage(doc),
    });
    if (verdict.kind !== 'story' && verdict.kind !== 'teaser-only') return notAStory(verdict.kind, verdict);
    const html = sanitizeChildren(found.content, { baseUrl: options.url });
    lap('summary');
    yield;

    const title = normSpace(found.title) || paragraphs[0]?.slice(0, 120) || '';
    const lang = found.lang?.split(/[-_]/)[0]?.toLowerCase();
    const summary = besides(() => summarize(paragraphs, { title, lang }));
    lap('quotes');
    const article: Article = {
      status: 'ok',
      kind: verdict.kind,
      kindSignals: verdict.signals,
      kindConfidence: verdict.confidence,
      title,
      byline: clean(found.byline),
      site: clean(found.site) ?? siteFromUrl(options.url),
      url: options.url,
      lang: found.lang,
      dir: found.dir,
      published: clean(found.published),
      excerpt: clean(found.excerpt),
      text,
      paragraphs,
      html,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
      summary,
      quotes: [],
      removed: removals.blocks,
      timings,
    };
    // The first answer: everything but the quotes (a copy, timed so far).
    const findQuotes = yield { ...article, quotesPending: true, timings: { ...timings, total: round(now() - start) } };
    article.quotes = findQuotes ? besides(() => findQuotes(paragraphs, { title, lang })) : [];
    lap();
    timings.total = round(now() - start);
    return article;
  } catch (err) {
    if (err instanceof Timeout) {
      // A lap finds the budget spent once its stage is over; checkTime, while one is under way.
      const when = err.message ? `after ${err.message}` : `during ${stage}`;
      return { status: 'timeout', code: 'analysis-timeout', params: { ms: limits.timeoutMs }, message: 'This page took too long to read.', detail: `Stopped after ${limits.timeoutMs} ms (${when}).` };
    }
    return internalFailure(err);
  }
}

/** A summary or the quotes, which the story does not need: a fault there (a bug on some
 *  page's wording) costs the reader those, never the story. Running out of time still stops all. */
function besides<T>(part: () => T[]): T[] {
  try {
    return part();
  } catch (err) {
    if (err instanceof Timeout) throw err;
    return [];
  }
}

function internalFailure(err: unknown): Failure {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { status: 'internal', code: 'analysis-error', message: 'Something went wrong while reading this page.', detail: detail.slice(0, 500) };
}

function clean(s: string | undefined): string | undefined {
  const t = normSpace(s);
  return t ? t.slice(0, 300) : undefined;
}


function countWords(text: string): number {
  const spaced = text.split(/\s+/).filter(Boolean).length;
  // CJK scripts: roughly one word per two characters.
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return spaced + Math.round(cjk / 2);
}

/** The page's text outside the story, once isolation has taken the story out of it. Readability
 *  can leave linkedom's document without its root element (its retries rewrite the body): then
 *  there is no rest to read. */
function restOfPage(doc: Document): string {
  try {
    return textOf(builtin<Element | null>(doc, 'body'));
  } catch {
    return '';
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
