// What no rule and no reader ever wants, taken out before any rule or Readability looks at the
// page: code (scripts, styles, templates), embedded objects and form controls, and site
// navigation (<nav>). Silent: these are not blocks of the story, and listing a site's whole menu
// under "removed" would bury the entries a person might want back.
// Why here and not left to Readability: every later step pays for them. Script text is a third
// of a typical news page's HTML and every textContent of a container reads it; <nav> subtrees
// hold a fifth of the elements. Readability removes scripts itself (after reading JSON-LD, which
// we keep for it) and never picks a <nav> as the story. One walk, not one per tag: a walk of a
// whole page costs about as much as the rest of this step.
import { classOf, closestWhere, rawTextLengthUpTo, remove, tagOf, TEXT_NODE } from '../dom';
import type { Removals } from './removals';

const PRUNED = new Set(['script', 'style', 'template', 'nav', 'svg', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas']);

/** Posts a story embeds (a tweet it reports on) are marked up as blockquotes with these classes. */
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|threads-embed)(?:\s|$)/;

export const isEmbeddedPost = (el: Element) => tagOf(el) === 'blockquote' && EMBEDDED_POST.test(classOf(el));

/** Inside an embedded post: its "— Name (@handle) date" line repeats from post to post. */
export function inEmbeddedPost(el: Element): boolean {
  return closestWhere(el.parentElement, isEmbeddedPost) !== null;
}

export function isJsonLd(script: Element): boolean {
  return (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** What pruneNonContent takes out (with their subtrees) and the embedded posts whose boxes it
 *  unwraps, in document order. */
export interface PrunePlan {
  doomed: Element[];
  posts: Element[];
  /** <aside>s outside the doomed ones: taken out unless the headline stands in one. */
  asides: Element[];
  /** Elements the prune keeps although they carry aria-hidden: blocks of story prose marked
   *  hidden (ariaHiddenStory), and what was never hidden (aria-hidden="false", fallback images).
   *  The attribute goes, so that Readability's visibility test keeps them too. */
  unhide: Element[];
}

/** Does the prune take `el` out, subtree and all? Asked of the elements below <body>, from
 *  the top down, and not of those below one it takes. */
export function isPrunable(el: Element, tag: string): boolean {
  // JSON-LD carries the title, byline and date that Readability reads from the page.
  if (PRUNED.has(tag) && !(tag === 'script' && isJsonLd(el))) return true;
  if (tag === 'form') return isSignInForm(el);
  // Both tests read attributes only; many elements have none (one check, not four lookups).
  return el.hasAttributes() && (isHidden(el) || isOffStory(el));
}

/** The plan for `body`, in a walk of its own (analyze gets it from the size gate's walk:
 *  surveyPage). */
export function planPrune(body: Element): PrunePlan {
  const plan: PrunePlan = { doomed: [], posts: [], asides: [], unhide: [] };
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isEmbeddedPost(c)) plan.posts.push(c);
      const tag = tagOf(c);
      if (isPrunable(c, tag)) plan.doomed.push(c);
      else {
        if (c.hasAttribute('aria-hidden')) plan.unhide.push(c);
        if (tag === 'aside') plan.asides.push(c);
        visit(c);
      }
    }
  };
  visit(body);
  return plan;
}

export function pruneNonContent(body: Element, plan: PrunePlan = planPrune(body)): void {
  for (const el of plan.doomed) remove(el);
  // Readability skips aria-hidden blocks as invisible; these are the story (ariaHiddenStory).
  for (const el of plan.unhide) el.removeAttribute('aria-hidden');
  for (const post of plan.posts) unwrapEmbedBox(post, body);
}

/** The page's asides (plan.asides), taken out and listed, before Readability and our rules read
 *  the page. Readability takes every <aside> out of the story it returns, so a sidebar's only
 *  effect on it is to sway its scoring (opinion columns of teasers with blurbs, "most read"
 *  boxes), and every rule of ours paid for reading them. The exception is an aside that holds
 *  the headline (`headline`, the story's <h1>): the page wrote its story in one, and Readability,
 *  which renames the container it picks, would have kept it. */
export function removeAsides(asides: readonly Element[], headline: Element | undefined, removals: Removals): void {
  let last: Element | null = null;
  for (const aside of asides) {
    // In document order: an aside inside the last one taken has gone with it.
    if ((last && last.contains(aside)) || (headline && aside.contains(headline))) continue;
    removals.drop(aside, 'sidebar');
    last = aside;
  }
}

/** A form a reader fills in (a login, a newsletter sign-up, a donation) is no story, however
 *  much text its labels and error messages hold: on a page with a short story Readability took a
 *  login box's "Das Passwort muss mindestens 8 Zeichen lang sein" for it. Some sites wrap the
 *  whole page in one <form> (ASP.NET): a form that holds a heading of the page or much text stays. */
function isSignInForm(form: Element): boolean {
  if (!form.querySelector('input[type="email"], input[type="password"], input[type="tel"], input[name*="mail" i]')) return false;
  if (form.querySelector('h1, article')) return false;
  return textUpTo(form, FORM_TEXT_LIMIT) < FORM_TEXT_LIMIT;
}

/** Length of the text under `el` outside the pruned tags (a country <select> holds thousands of
 *  characters no reader sees), counted up to `limit`. */
function textUpTo(el: Element, limit: number): number {
  let n = 0;
  for (let c = el.firstChild; c && n < limit; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) n += (c as Text).data.trim().length;
    else if (c.nodeType === 1 && !PRUNED.has(tagOf(c as Element))) n += textUpTo(c as Element, limit - n);
  }
  return n;
}

/** More text than this in a form is more than its labels: a page wrapped in a form. */
const FORM_TEXT_LIMIT = 3000;

/** What its class says is not for the page's reader. Text for screen readers only ("Ende des
 *  Videobeitrags", "Weitere Informationen" around an info box) is never seen, unless it is
 *  punctuation joining visible words (a hidden ": " between a kicker and its headline). A box
 *  classed as the site's navigation is a <nav> written as a <div>: a mobile menu's flyouts
 *  ("Wohnen / Garten / Kochen") stood above the story in its container. */
function isOffStory(el: Element): boolean {
  const cls = classOf(el);
  if (!cls) return false;
  return NAVIGATION_CLASS.test(cls) || (SCREEN_READER_ONLY.test(cls) && /\p{L}/u.test(el.textContent ?? ''));
}

const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|hideCompletely|element-invisible|assistive-text)(?:\s|$)/;

const NAVIGATION_CLASS = /(?:^|\s)(?:navigation|navbar|nav)(?:\s|$)/;

/** Readability's own visibility test (_isProbablyVisible), so that what it would skip on its
 *  walk is gone before our rules and its scoring walk pay for it: collapsed menus, off-screen
 *  drawers, screen-reader-hidden icon text. */
function isHidden(el: Element): boolean {
  // Parsed style only where the attribute could say so: linkedom builds a style object per
  // access, which cost a millisecond per page when asked of every element.
  const css = el.getAttribute('style');
  if (css && /display|visibility/i.test(css)) {
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') !== 'true') return false;
  // Readability keeps aria-hidden fallback images (Wikimedia's lazy-image markup).
  return !classOf(el).includes('fallback-image') && !ariaHiddenStory(el);
}

/** Story prose this much and in this many paragraphs is the page's content, not a decoration. */
const HIDDEN_STORY_CHARS = 1000;
const HIDDEN_STORY_PARAGRAPHS = 3;

/**
 * A block of story prose marked aria-hidden="true": a consent or sign-up dialog hides the whole
 * page behind it from screen readers while it is open (mozilla/readability#766), and the page
 * is still there to read. Icons, clones of carousel slides and duplicated labels are hidden
 * that way too, and stay hidden: they are not paragraphs of prose.
 */
export function ariaHiddenStory(el: Element): boolean {
  return el.getElementsByTagName('p').length >= HIDDEN_STORY_PARAGRAPHS && rawTextLengthUpTo(el, HIDDEN_STORY_CHARS) >= HIDDEN_STORY_CHARS;
}

/** Sites wrap an embedded post in a box named for it ("social-media-embed"), and Readability
 *  drops any box whose class says "social" before it scores the page: nj.com lost every tweet its
 *  story was about. A box that holds nothing but the post adds nothing, so it goes and the post
 *  stands among the story's paragraphs. */
function unwrapEmbedBox(post: Element, body: Element): void {
  // A box with no parent is the top of a subtree the prune took out (an aside holding the post):
  // replaceWith would do nothing there, and the loop would never end.
  for (let box = post.parentElement; box && box !== body && box.parentNode && onlyChild(box) === post; box = post.parentElement) {
    box.replaceWith(post);
  }
}

function onlyChild(el: Element): Element | null {
  if (el.firstElementChild !== el.lastElementChild) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && (c as Text).data.trim()) return null;
  }
  return el.firstElementChild;
}
