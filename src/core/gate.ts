// Is this page a story at all, and is it one we can afford to read? Cheap checks first, so a
// home page or a hostile giant is turned away before any expensive work.
import { linkDensity, measureTree, normSpace, rawTextLengthUpTo, textOf } from './dom';
import { CJK_CHARS_PER_WORD, cjkCount } from './sentences';
import type { PageSurvey } from './isolate/survey';
import { builtin } from './safe-dom';
import type { Failure, FailureCode, Limits, NotStoryKind } from './types';

/** A document with nothing to read, or not a web page at all: an SVG or XML document has no
 *  <body> (and the rules all start from one). */
export function notAPage(doc: Document): Failure | null {
  // The first reads of the page, before the gate's walk disarms it: through the prototypes,
  // which an <img name="body"> cannot shadow (safe-dom.ts).
  const root = builtin<Element | null>(doc, 'documentElement');
  if (!root) return { status: 'no-article', code: 'empty-page', message: 'This page is empty.' };
  if (builtin(doc, 'body')) return null;
  return {
    status: 'no-article',
    code: 'not-html',
    message: 'This is not a web page with a story: it is a drawing, an image or a data file.',
    advice: 'Open the article’s own web page and try Lede there.',
    detail: `The document is <${root.localName}>, not HTML.`,
  };
}

/** Refuse documents past the limits, before any parsing work. `onElement`: see measureTree. */
export function checkSize(doc: Document, limits: Limits, onElement?: (el: Element, depth: number) => void): Failure | null {
  const root = builtin<Element | null>(doc, 'documentElement');
  if (!root) return { status: 'no-article', code: 'empty-page', message: 'This page is empty.' };
  const { elements, text, exceeded } = measureTree(root, limits.maxElements, limits.maxDepth, limits.maxTextLength, onElement);
  if (!exceeded) return null;
  return tooLarge(text > limits.maxTextLength ? 'text' : elements > limits.maxElements ? 'elements' : 'depth', limits);
}

/** The failure for a page past one of the limits. Shared with the CLI, which counts the same
 *  three things in the raw HTML before it builds a DOM (src/cli/prescan.ts), so that a page is
 *  refused in the same words whichever check stops it. */
export function tooLarge(over: 'elements' | 'depth' | 'text', limits: Limits): Failure {
  if (over === 'text') {
    return {
      status: 'too-large',
      code: 'too-much-text',
      params: { limit: limits.maxTextLength },
      message: 'This page has too much text for Lede to read safely.',
      detail: `more than ${limits.maxTextLength.toLocaleString('en')} characters of text`,
    };
  }
  const message = 'This page is too large or too deeply nested for Lede to read safely.';
  if (over === 'elements') {
    const detail = `more than ${limits.maxElements.toLocaleString('en')} elements`;
    return { status: 'too-large', code: 'too-many-elements', params: { limit: limits.maxElements }, message, detail };
  }
  return { status: 'too-large', code: 'too-deep', params: { limit: limits.maxDepth }, message, detail: `nesting deeper than ${limits.maxDepth} levels` };
}

const MIN_STORY_CHARS = 280;
const MIN_STORY_WORDS = 50;
const MIN_LINE_STORY_CHARS = 700;
const MIN_TABLE_STORY_CHARS = 1000;
const MIN_SHORT_STORY_CHARS = 150;
const MIN_SHORT_STORY_WORDS = 25;

/** After isolation: is what is left a story? Teaser grids and menus are gone by now, so a home
 *  page leaves too little prose behind. */
export function isStory(paragraphs: string[], content?: Element): boolean {
  // A sentence ends in a stop, or in a colon where it introduces what follows (a picture, a
  // list, a quote): a short post's "This is how it looked:" is prose like any other.
  const prose = paragraphs.filter((p) => {
    const length = proseLength(p);
    return (length >= 80 && /[.!?…"”»。！？」:]$/.test(p)) || length >= 200;
  });
  const chars = prose.reduce((n, p) => n + proseLength(p), 0);
  const words = normSpace(prose.join(' ')).split(' ').filter(Boolean).length;
  // Chinese and Japanese have no spaces between words; count characters there.
  const cjk = cjkCount(prose.join(''));
  if (chars >= MIN_STORY_CHARS && (words >= MIN_STORY_WORDS || cjk >= 150)) return true;
  // Stories told in short lines (lists, live updates, release notes) have little sentence prose
  // but plenty of text once the rails are gone; a cleaned-up home page has neither.
  if (paragraphs.reduce((n, p) => n + p.length, 0) >= MIN_LINE_STORY_CHARS && paragraphs.length >= 5) return true;
  // Short stories (a brief, a notice, a poem): a little sentence prose and almost no links. A
  // home page's leftovers are headlines, which are links, or one-line blurbs.
  if (content && chars >= MIN_SHORT_STORY_CHARS && words >= MIN_SHORT_STORY_WORDS && prose.length >= 1 && linkDensity(content) < 0.2) return true;
  // Data stories (standings, results, timetables) are mostly a table of text, not of links.
  return !!content && content.getElementsByTagName('table').length > 0 && textOf(content).length >= MIN_TABLE_STORY_CHARS && linkDensity(content) < 0.3;
}

/** Latin letters per word, with the space after it: what a CJK character is worth below. */
const CHARS_PER_LATIN_WORD = 6;

/** A paragraph's length in Latin-text characters. A Chinese or Japanese character carries about
 *  two thirds of a word (CJK_CHARS_PER_WORD), where a word of English takes six characters: a
 *  typical Chinese news paragraph of 30–80 characters says what 120–320 characters of English
 *  say, and must pass the same prose filter. Text without CJK keeps its plain length. */
function proseLength(p: string): number {
  const cjk = cjkCount(p);
  return cjk ? p.length + cjk * (CHARS_PER_LATIN_WORD / CJK_CHARS_PER_WORD - 1) : p.length;
}

export const NO_ARTICLE: Failure = {
  status: 'no-article',
  code: 'no-story',
  message: 'Lede could not find a story on this page.',
  detail: 'Open a single article (not a home or section page) and try again.',
};

/** Each kind of page that is not a story: its code (said in the reader's language by
 *  failure-text.ts) and the same in English for the CLI, with what to do. */
const NOT_A_STORY: Record<NotStoryKind, { code: FailureCode; message: string; advice: string }> = {
  home: { code: 'home-page', message: 'This is a home page: it lists many stories, not one.', advice: 'Open one of its stories and try Lede there.' },
  listing: { code: 'listing-page', message: 'This is a list of stories (a section, topic or archive page), not one story.', advice: 'Open one of the stories it lists and try Lede there.' },
  search: { code: 'search-page', message: 'This is a page of search results, not a story.', advice: 'Open one of the results and try Lede there.' },
  'consent-wall': { code: 'consent-wall', message: 'The site is asking for cookie consent before it shows the story.', advice: 'Accept or dismiss the site’s consent dialog, then click Lede again.' },
  error: { code: 'error-page', message: 'This is an error page: the site did not send the story (not found, blocked or unavailable).', advice: 'Reload the page or check its address, then try again.' },
  login: { code: 'login-page', message: 'This is a sign-in page, not a story.', advice: 'Sign in on the site, open the story, then try Lede there.' },
  video: { code: 'video-page', message: 'This page is a video with little text: there is no story to read.', advice: 'Watch it on the page; Lede reads written stories.' },
  forum: { code: 'forum-page', message: 'This is a discussion thread, not a story.', advice: 'Read it on the page; Lede reads written stories.' },
  product: { code: 'product-page', message: 'This is a shop’s product page, not a story.', advice: 'Lede reads news stories and articles.' },
  other: { code: 'not-a-story', message: 'This page is not a story (a social post, a track or a profile page).', advice: 'Open an article and try Lede there.' },
};

/** The failure for a page that is not a story, with its kind and what decided it. */
export function notAStory(kind: NotStoryKind, verdict: { signals: string[]; confidence: number }): Failure {
  const { code, message, advice } = NOT_A_STORY[kind];
  return { status: 'no-article', code, message, advice, detail: verdict.signals.join('; '), kind, signals: verdict.signals, confidence: verdict.confidence };
}

/** The page's text is in frames, which a copy of the page does not carry (each frame is a
 *  document of its own): a frameset, or a body with little text of its own beside an iframe.
 *  Counted by the gate's walk (the survey), before isolation removes frames. The failure says
 *  where the story went. */
export function framedPage(doc: Document, survey: Pick<PageSurvey, 'framesets' | 'iframes'>): Failure | null {
  if (!survey.framesets && (!survey.iframes || rawTextLengthUpTo(doc.body ?? doc.documentElement, MIN_STORY_CHARS) >= MIN_STORY_CHARS)) return null;
  return {
    status: 'no-article',
    code: 'frames',
    message: 'This page shows its content in frames, which Lede cannot read.',
    advice: 'Open the frame on its own (through its link, or “Open frame in new tab”) and try Lede there.',
    detail: survey.framesets ? 'The page is a frameset.' : 'The page’s text is inside an iframe.',
  };
}
