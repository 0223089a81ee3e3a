// The shapes every context agrees on: the content script produces them, the popup, the reader
// view and the CLI consume them. Pure data, structured-clone safe (no DOM nodes, no functions),
// so an Analysis can cross a message channel unchanged.

/** Bounds on the work one analysis may do. Every page is someone else's; these keep a huge or
 *  hostile page from freezing the tab. Defaults live in DEFAULT_LIMITS, one place. */
export interface Limits {
  /** Elements in the document before we refuse ('too-large'). */
  maxElements: number;
  /** Nesting depth before we refuse ('too-large'). */
  maxDepth: number;
  /** Characters of body text before we refuse ('too-large'). */
  maxTextLength: number;
  /** Wall-clock budget in milliseconds ('timeout'), checked inside the long loops as well as
   *  between stages, Readability's own pass included (budget.ts). */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxElements: 60_000,
  maxDepth: 500,
  maxTextLength: 3_000_000,
  timeoutMs: 5_000,
});

export interface AnalyzeOptions {
  /** The page's real address (from `location.href`, or `--url` in the CLI). Never taken from
   *  `<base>` or page metadata, which the page controls. */
  url?: string;
  limits?: Partial<Limits>;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** When the page is read, in ms since 1970 (default: now): no publication date after it is
   *  believed. Injectable for tests. */
  today?: number;
}

/** Why a block was dropped from the story. Shown in the reader's "removed" list and in the CLI. */
export type RemovalReason =
  | 'rail-heading' // a block headed "Opinion", "Related", "Most read"…
  | 'teaser-cards' // repeated headline/date/blurb cards
  | 'link-list' // a run of short, link-dense lines (menus, link rails)
  | 'end-matter' // "Published in …", copyright, "Follow us" trailers
  | 'newsletter' // newsletter / subscription prompts
  | 'share-bar' // share / social buttons
  | 'author-bio' // "About the author" boxes
  | 'caption-duplicate' // a caption that repeats one already kept
  | 'gallery-chrome' // "1 of 8", "Close", "Caption" controls
  | 'promo' // "CLICK HERE", "Continue reading below"
  | 'empty-heading' // a heading with nothing under it (its section was a widget, or was removed)
  | 'sidebar' // an <aside> beside the story (opinion columns, most-read boxes)
  | 'byline' // the headline, byline, dateline or page address repeated inside the body (shown in the header)
  | 'summary-box' // the site's own "In brief" / "Key points" box of bullets over the story
  | 'next-story' // another whole story the page appended after this one (endless scrolling)
  | 'readability'; // left out by Readability itself (not listed block by block)

export interface RemovedBlock {
  reason: RemovalReason;
  /** Plain text of the block, trimmed; long blocks are cut with an ellipsis. */
  text: string;
  /** Sanitized HTML of the block, so the reader view can bring it back on request. */
  html?: string;
  /** Index of the kept block after which it stood (-1: before the first), for restoring in place. */
  after?: number;
}

export interface Quote {
  text: string;
  /** The speaker as a reader would name them ("Gen Frank McKenzie"); null when the text does not say. */
  speaker: string | null;
  /** Title or role kept out of the name ("head of the US Central Command"), when given. */
  role?: string;
  /** Index of the paragraph (in Analysis.paragraphs) where the quote starts. */
  paragraph: number;
  /** Relevance score; higher is more central to the story. */
  score?: number;
  /** How sure Lede is of `speaker`, from how it was found: 'high' when the quote's own sentence
   *  names them (“…,” X said; according to X), 'medium' when a pronoun (“he said”) or an earlier
   *  quote of the same paragraph gave them, 'low' when nothing did (speaker null, or the
   *  person nearest to the quote as a guess). Quotes come ranked by it before relevance. */
  confidence?: SpeakerConfidence;
}

export type SpeakerConfidence = 'high' | 'medium' | 'low';

export interface Timings {
  /** Milliseconds per stage, and total. */
  [stage: string]: number;
}

/** What a page is (kind.ts): a story; a story cut off for subscribers, of which the page holds
 *  only the opening ('teaser-only', shown and marked as such); or, when it is not a story, which
 *  kind of page it is. */
export type PageKind = 'story' | 'teaser-only' | NotStoryKind;
export type NotStoryKind = 'home' | 'listing' | 'search' | 'consent-wall' | 'error' | 'login' | 'video' | 'forum' | 'product' | 'other';

export interface Article {
  status: 'ok';
  /** 'story', or 'teaser-only' for a paywall stub (the reader is told the rest is on the site). */
  kind?: 'story' | 'teaser-only';
  /** What decided the kind (kind.ts), and how sure it is (0–1). */
  kindSignals?: string[];
  kindConfidence?: number;
  title: string;
  byline?: string;
  site?: string;
  url?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** ISO 8601 when known. */
  published?: string;
  excerpt?: string;
  /** The story as plain text: paragraphs separated by blank lines. */
  text: string;
  /** The story's text blocks in order (paragraphs, headings, list items, captions). */
  paragraphs: string[];
  /** The story as sanitized HTML (allowlisted elements and attributes only). */
  html: string;
  wordCount: number;
  readingMinutes: number;
  /** 3–5 sentences from the story, in story order (fewer for short stories). */
  summary: string[];
  /** Every direct quote found, ranked (key quotes first). The popup shows the first five. */
  quotes: Quote[];
  /** Set on the first answer only (analyzeInSlices' onFirstAnswer): the story and its summary
   *  are known, the quotes are still being found (`quotes` is empty until the full answer). */
  quotesPending?: true;
  removed: RemovedBlock[];
  timings: Timings;
}

export type FailureStatus = 'no-article' | 'too-large' | 'restricted-page' | 'timeout' | 'internal';

/** What went wrong, precisely: the extension shows each code as a sentence in the reader's own
 *  language (src/shared/failure-text.ts), with `params` filled in; `message` and `advice` carry
 *  the same sentences in English for the CLI, logs and tests. The core gives the codes of the
 *  first group; the extension's contexts (background, content script, popup) the others. */
export type FailureCode =
  // the core (gate.ts, analyze.ts)
  | 'empty-page'
  | 'not-html'
  | 'too-much-text' // params.limit: characters
  | 'too-many-elements' // params.limit: elements
  | 'too-deep' // params.limit: levels
  | 'no-story'
  | 'home-page'
  | 'listing-page'
  | 'search-page'
  | 'consent-wall'
  | 'error-page'
  | 'login-page'
  | 'video-page'
  | 'forum-page'
  | 'product-page'
  | 'not-a-story'
  | 'frames'
  | 'analysis-timeout' // params.ms: the budget
  | 'analysis-error'
  // pages the browser keeps extensions out of (src/shared/restricted.ts)
  | 'source-view'
  | 'web-store'
  | 'pdf'
  | 'browser-page'
  | 'file-access'
  | 'restricted'
  | 'start-failed'
  // the extension's own plumbing (background, content script, popup)
  | 'no-tab'
  | 'inject-timeout'
  | 'no-answer'
  | 'read-failed'
  | 'open-reader-failed'
  | 'answer-timeout'
  | 'no-background'
  | 'unexpected-answer'
  | 'reader-removed';

export interface Failure {
  status: FailureStatus;
  /** What happened, for the extension to say in the user's language. Optional in the type so
   *  that older producers still compile; every producer in this repository sets it. */
  code?: FailureCode;
  /** Numbers the code's sentence needs (`limit`, `ms`). */
  params?: Readonly<Record<string, number>>;
  /** The same in English: a sentence a person understands (the CLI prints it). */
  message: string;
  /** What the person can do about it, when the analysis knows better than the popup's general
   *  advice for the status (open the frame on its own). */
  advice?: string;
  /** Technical detail for the curious (never shown as HTML). */
  detail?: string;
  /** For a page that is not a story: which kind it is (kind.ts), what decided it, how sure. */
  kind?: NotStoryKind;
  signals?: string[];
  confidence?: number;
}

export type Analysis = Article | Failure;

export function isArticle(a: Analysis): a is Article {
  return a.status === 'ok';
}
