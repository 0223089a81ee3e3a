// What the page is: a story, a story cut off for subscribers ('teaser-only'), or not a story,
// and then which kind (issue 21). Isolation always finds *something* on a home page, a search
// page or a forum thread; this verdict reads what the page declares (og:type, JSON-LD), its
// address and the shape of what isolation kept, and says plainly when it is not a story.
//
// Rules are conservative on stories: every not-a-story rule but the consent wall asks that the
// page declare no article (og:type article, a JSON-LD article type), and the address and shape
// rules ask for a second sign besides. Refusing a real story is the worst thing Lede can do.
import { linkDensity, normSpace, tagOf, textOf } from './dom';
import {
  CART_PHRASES,
  CONSENT_PHRASES,
  ERROR_PHRASES,
  FORUM_PATH,
  ITEM_PARAMS,
  LISTING_LAST_SEGMENTS,
  LISTING_PARENT_SEGMENTS,
  LOGIN_PHRASES,
  SEARCH_PARAMS,
  SEARCH_SEGMENTS,
  TRUNCATION_PHRASES,
} from './kind-lexicon';
import { metaContent } from './isolate';
import { parseJsonLd } from './isolate/jsonld';
import type { PageSurvey } from './isolate/survey';
import type { PageKind, RemovedBlock } from './types';

export interface KindVerdict {
  kind: PageKind;
  /** How sure the verdict is, 0–1: one strong sign (a declared type, an error title) is surer
   *  than a shape. */
  confidence: number;
  /** What decided it, for the curious and for tests ("address: site root", "og:type product"). */
  signals: string[];
}

/** What the verdict reads: gathered by the pipeline before and after isolation. */
export interface KindClues {
  url?: string;
  /** What the gate's walk listed: the page's <meta>s, JSON-LD scripts, password fields,
   *  buttons, and dialogs and consent/paywall boxes (kept whether or not isolation kept them). */
  survey: Pick<PageSurvey, 'metas' | 'jsonLd' | 'passwords' | 'buttons' | 'prompts'>;
  /** Whether isolation found a story (false: the gate is refusing the page, and the verdict
   *  only names what it is). */
  storyFound: boolean;
  /** The page's <title> and the headline isolation chose. */
  docTitle: string;
  headline: string;
  /** What isolation kept: its blocks and its element (none when it found nothing). */
  paragraphs: readonly string[];
  content?: Element;
  wordCount: number;
  removed: readonly RemovedBlock[];
  /** The page's text outside the story (read only for short stories: it costs a walk). */
  rest: () => string;
}

/** Past this many words a page's text is a story's length: error and login pages are short
 *  (the open sets' error pages: 48–103 words). */
const SHORT_PAGE_WORDS = 200;
/** A paywall stub shows a teaser: past this the whole story is there under an overlay. */
const TEASER_WORDS = 600;
/** Less than this on a site's root page is a welcome blurb, not a story. */
const TINY_WORDS = 100;
/** A video page has at most a caption. */
const CAPTION_WORDS = 150;

/** No sign of another kind: a story, as sure as the isolation that found it. */
const STORY: KindVerdict = { kind: 'story', confidence: 0.5, signals: [] };

export function pageKind(clues: KindClues): KindVerdict {
  const declared = declaredTypes(clues.survey.metas, clues.survey.jsonLd);
  // A page of several whole stories where isolation kept the one the address or title names
  // (or the first, with the rest scrolled in after it): a story, whatever its address says.
  const singledOut = clues.removed.some((b) => b.reason === 'next-story');
  const address = singledOut ? null : parseAddress(clues.url);
  const verdict = (kind: PageKind, confidence: number, ...signals: string[]): KindVerdict => ({ kind, confidence, signals });

  // The dialog's text taken for the story: a consent wall, whatever the page declares. With no
  // story at all (Readability drops dialogs), the dialogs' own text decides.
  // (A dialog is short: a long story is not read for its wording.)
  if (clues.wordCount < TEASER_WORDS && consentShare(clues.paragraphs) >= 0.5) return verdict('consent-wall', 0.8, 'text: consent dialog wording');
  if (!clues.storyFound && consentShare(clues.survey.prompts.map((p) => textOf(p))) >= 0.5) return verdict('consent-wall', 0.75, 'page: a consent dialog and no story');

  if (!declared.article) {
    const short = clues.wordCount < SHORT_PAGE_WORDS;
    const heads = [clues.docTitle, clues.headline, clues.paragraphs[0] ?? ''].map((t) => normSpace(t).toLowerCase().slice(0, 300));
    if (short) {
      const error = heads.map((t) => phraseIn(t, ERROR_PHRASES)).find(Boolean);
      if (error) return verdict('error', 0.85, `title: “${error}”`);
      const login = clues.survey.passwords ? heads.slice(0, 2).map((t) => phraseIn(t, LOGIN_PHRASES)).find(Boolean) : undefined;
      if (login) return verdict('login', 0.85, `title: “${login}”`, 'page: password field');
    }
    if (declared.main === 'product') return verdict('product', 0.9, `declared: ${declared.mainSignal}`);
    if (declared.main === 'forum') return verdict('forum', 0.85, `declared: ${declared.mainSignal}`);
    if (declared.main === 'video' && clues.wordCount < CAPTION_WORDS) return verdict('video', 0.8, `declared: ${declared.mainSignal}`, `text: ${clues.wordCount} words`);
    if (declared.main === 'other') return verdict('other', 0.7, `declared: ${declared.mainSignal}`);

    const shape = contentShape(clues.content);
    if (address?.search) {
      // A query on the site's root or its search path is a search whatever is left of the
      // results; elsewhere ("/passage/?search=John+3") the page must also look like a list.
      if (address.searchSegment || address.rootPath || shape.linkedHeadings >= 2 || shape.linkDensity >= 0.15) return verdict('search', 0.8, `address: ${address.search}`);
    }
    // After the search: a shop's results page has cart buttons too.
    const cart = cartButton(clues.survey.buttons);
    if (cart) return verdict('product', 0.75, `page: a “${cart}” button`);
    if (address?.forum) return verdict('forum', 0.75, 'address: a discussion thread');
    if (address?.root) {
      if (clues.wordCount < TINY_WORDS) return verdict('home', 0.75, 'address: site root', `text: ${clues.wordCount} words`);
      if (shape.linkedHeadings >= 3 || shape.links >= 20 || shape.linkDensity >= 0.3) return verdict('home', 0.8, 'address: site root', `text: ${shape.links} links, ${shape.linkedHeadings} linked headings`);
    }
    if (address?.listing) return verdict('listing', 0.7, `address: ${address.listing}`);
    // Text that is mostly links: a list of other pages.
    if (shape.linkDensity >= 0.5) return verdict('listing', 0.7, `text: ${Math.round(shape.linkDensity * 100)} % links`);
  } else if (!declared.ldArticle) {
    // og:type article alone: many sites' templates set it on every page, forum threads and
    // section pages included. What the JSON-LD says the page is comes first, then the address
    // (with a list's shape for a section).
    if (declared.ldMain === 'forum' || declared.ldMain === 'other') return verdict(declared.ldMain, 0.75, `declared: ${declared.mainSignal}`, 'declared: og:type article only');
    if (!address) return truncated(clues, verdict);
    if (address.forum) return verdict('forum', 0.7, 'address: a discussion thread', 'declared: og:type article only');
    const shape = contentShape(clues.content);
    if (address.listing && (shape.linkedHeadings >= 3 || shape.linkDensity >= 0.3)) {
      return verdict('listing', 0.65, `address: ${address.listing}`, `text: ${shape.linkedHeadings} linked headings`, 'declared: og:type article only');
    }
  }

  return truncated(clues, verdict);
}

/** A story, or its opening only when the page says where it stops. */
function truncated(clues: KindClues, verdict: (kind: PageKind, confidence: number, ...signals: string[]) => KindVerdict): KindVerdict {
  const teaser = truncation(clues);
  return teaser ? verdict('teaser-only', 0.75, `text: “${teaser}”`, `text: ${clues.wordCount} words`) : STORY;
}

/** The shop's buy button, when the page has one ("Add to cart"): its words. */
function cartButton(buttons: readonly Element[]): string | undefined {
  for (const b of buttons) {
    const label = normSpace(tagOf(b) === 'input' ? b.getAttribute('value') : b.textContent).toLowerCase();
    if (label.length > 40) continue;
    const phrase = phraseIn(label, CART_PHRASES);
    if (phrase) return phrase;
  }
  return undefined;
}

/** A story cut off for subscribers: short, and the page says where it stops. */
function truncation(clues: KindClues): string | undefined {
  if (clues.wordCount >= TEASER_WORDS) return undefined;
  const tail = clues.paragraphs.slice(-3).join(' ').toLowerCase();
  const removed = clues.removed.map((b) => b.text).join(' ').toLowerCase();
  const prompts = () => normSpace(clues.survey.prompts.map((p) => textOf(p)).join(' ')).toLowerCase();
  return phraseIn(tail, TRUNCATION_PHRASES) ?? phraseIn(removed, TRUNCATION_PHRASES) ?? phraseIn(prompts(), TRUNCATION_PHRASES) ?? phraseIn(normSpace(clues.rest()).toLowerCase(), TRUNCATION_PHRASES);
}

function consentShare(paragraphs: readonly string[]): number {
  let consent = 0;
  let all = 0;
  for (const p of paragraphs) {
    all += p.length;
    if (phraseIn(p.toLowerCase(), CONSENT_PHRASES)) consent += p.length;
  }
  return all ? consent / all : 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter that joins a Latin word ("login" in "blogging"); a CJK character after a phrase does not. */
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

/** The first of `phrases` that `text` holds as whole words (lower case, both). */
function phraseIn(text: string, phrases: readonly string[]): string | undefined {
  if (!text) return undefined;
  return phrases.find((p) => {
    const wordStart = WORD_CHAR.test(p[0] ?? '');
    const wordEnd = WORD_CHAR.test(p[p.length - 1] ?? '');
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      const before = text[at - 1];
      const after = text[at + p.length];
      if (wordStart && before && WORD_CHAR.test(before)) continue;
      if (wordEnd && after && LATIN_WORD_CHAR.test(after)) continue;
      return true;
    }
    return false;
  });
}

interface Shape {
  links: number;
  linkedHeadings: number;
  linkDensity: number;
}

function contentShape(content: Element | undefined): Shape {
  if (!content) return { links: 0, linkedHeadings: 0, linkDensity: 0 };
  let linkedHeadings = 0;
  for (const h of Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'))) if (h.getElementsByTagName('a').length) linkedHeadings++;
  return { links: content.getElementsByTagName('a').length, linkedHeadings, linkDensity: textOf(content) ? linkDensity(content) : 0 };
}

interface Address {
  /** The site's root page, not an item named in its query. */
  root: boolean;
  /** The path is the root (or an index file or a language root), whatever the query. */
  rootPath: boolean;
  search?: string;
  searchSegment: boolean;
  forum: boolean;
  listing?: string;
}

function parseAddress(url: string | undefined): Address | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const segments = u.pathname.split('/').filter(Boolean).map((s) => safeDecode(s).toLowerCase());
  // Read from the query string itself, not by iterating searchParams: in a Firefox content
  // script the URL is the page's (through an Xray), and its iterators cannot be iterated there.
  const params = u.search
    .slice(1)
    .split('&')
    .map((kv) => safeDecode(kv.split('=')[0]!.replace(/\+/g, ' ')).toLowerCase())
    .filter(Boolean);
  const itemQuery = params.some((k) => ITEM_PARAMS.includes(k)) || /^\?\/?[\w-]+\//.test(u.search);
  const indexFile = segments.length === 1 && /^(?:index|default|home|start)(?:\.\w+)?$/.test(segments[0]!);
  const languageRoot = segments.length === 1 && /^[a-z]{2}(?:[-_][a-z]{2})?$/.test(segments[0]!);
  const rootPath = segments.length === 0 || indexFile || languageRoot;
  const root = rootPath && !itemQuery;
  const searchParam = params.find((k) => SEARCH_PARAMS.includes(k) && normSpace(u.searchParams.get(k)));
  const searchSegment = segments.some((s) => SEARCH_SEGMENTS.includes(s));
  const search = searchSegment ? `a search page (/${segments.find((s) => SEARCH_SEGMENTS.includes(s))})` : searchParam ? `a search for “${normSpace(u.searchParams.get(searchParam)).slice(0, 40)}”` : undefined;
  const forum = FORUM_PATH.test(u.pathname) || /^\?\/?threads?\//i.test(u.search);
  return { root, rootPath, search, searchSegment, forum, listing: listingOf(segments) };
}

/** "/news", "/tag/torrentspy/", "/category/recipes/air-fryer/": an index of stories. A segment
 *  that looks like an item (digits, a long slug) after the section makes it a story's address. */
function listingOf(segments: string[]): string | undefined {
  const last = segments.at(-1);
  if (!last || segments.some(looksLikeItem)) return undefined;
  if (LISTING_LAST_SEGMENTS.includes(last)) return `a section page (/${last})`;
  const parent = segments.findIndex((s) => LISTING_PARENT_SEGMENTS.includes(s));
  if (parent < 0) return undefined;
  const after = segments.slice(parent + 1);
  if (after.length > 2) return undefined;
  return `an index page (/${segments[parent]}/${after.join('/')})`;
}

/** A path segment that names one item: an id ("1193682", "a-123456") or a headline's slug of
 *  more than three words ("woher-kommt-die-dicke-luft"). */
function looksLikeItem(segment: string): boolean {
  return /\d{4,}/.test(segment.replace(/^(?:19|20)\d\d$/, '')) || segment.split(/[-_]+/).filter(Boolean).length > 3;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** JSON-LD @types that make a page an article. DiscussionForumPosting and SocialMediaPosting are
 *  posts, not articles: they name their own kinds. */
const ARTICLE_TYPES = /^(?:article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|askpublicnewsarticle|blogposting|liveblogposting|report|scholarlyarticle|techarticle|medicalscholarlyarticle|review|satiricalarticle|advertisertcontentarticle)$/i;
const MAIN_TYPES: Record<string, 'product' | 'forum' | 'video' | 'other'> = {
  product: 'product',
  productgroup: 'product',
  individualproduct: 'product',
  discussionforumposting: 'forum',
  qapage: 'forum',
  socialmediaposting: 'other',
  videoobject: 'video',
  musicrecording: 'other',
  musicalbum: 'other',
  profilepage: 'other',
};
const OG_MAIN: Array<[RegExp, 'product' | 'video' | 'other']> = [
  [/^product(?:\.|$)/i, 'product'],
  [/^video\./i, 'video'],
  [/^(?:music\.|profile$|books?\.|place$)/i, 'other'],
];

interface Declared {
  article: boolean;
  /** An article type in JSON-LD (a surer sign than og:type, which templates set everywhere). */
  ldArticle: boolean;
  /** The kind JSON-LD's top objects declare, when not an article. */
  ldMain?: 'product' | 'forum' | 'video' | 'other';
  main?: 'product' | 'forum' | 'video' | 'other';
  mainSignal?: string;
}

/** What the page says it is: og:type, and the @types of its JSON-LD's top objects (an array's,
 *  a @graph's, a WebPage's mainEntity), never of objects nested inside them (a product in an
 *  article's advert, the video inside a story). */
function declaredTypes(metas: readonly Element[], scripts: readonly Element[]): Declared {
  const og = metaContent(metas, ['og:type'])?.toLowerCase() ?? '';
  const types: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 3) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const t = obj['@type'];
    const own = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
    types.push(...own);
    // A product with its review is a review page (the story is the review): an article.
    if (obj.review && own.some((x) => MAIN_TYPES[x] === 'product')) types.push('review');
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    if (obj.mainEntity && typeof obj['@type'] === 'string' && /page$/i.test(obj['@type'])) visit(obj.mainEntity, depth + 1);
  };
  // Broken JSON declares nothing.
  for (const script of scripts) visit(parseJsonLd(script), 0);
  const ldArticle = types.some((t) => ARTICLE_TYPES.test(t));
  const article = ldArticle || og === 'article';
  const ldMain = types.find((t) => MAIN_TYPES[t]);
  if (ldMain) return { article, ldArticle, main: MAIN_TYPES[ldMain], ldMain: MAIN_TYPES[ldMain], mainSignal: `JSON-LD ${ldMain}` };
  const ogMain = OG_MAIN.find(([re]) => re.test(og));
  if (ogMain) return { article, ldArticle, main: ogMain[1], mainSignal: `og:type ${og}` };
  return { article, ldArticle };
}
