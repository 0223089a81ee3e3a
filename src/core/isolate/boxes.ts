// Two blocks inside the story's container that are whole in themselves but not this story:
// - the site's own bullet summary over the story ("Kort fortalt", "Das Wichtigste in Kürze",
//   "Key points"), often written by a language model and said so ("Sammendraget er laget av
//   ChatGPT"): Lede gives its own summary in the popup, and reference texts leave the box out;
// - another whole story appended after this one (endless scrolling puts the next article in the
//   same container, and Readability takes both).
import { labelKey, normSpace, rawTextLengthUpTo, tagOf, textOf } from '../dom';
import type { Removals } from './removals';
import { isStoryParagraph } from './shape';

/** Labels of a summary box, lower-cased as labelKey gives them. */
const SUMMARY_LABELS = new Set([
  'in brief', 'in short', 'key points', 'key takeaways', 'the key points', 'at a glance', 'the big picture', 'tl;dr', 'tldr',
  'summary', 'story summary', 'article summary', 'ai summary', 'quick read', 'the short version', 'what you need to know',
  'kurz gesagt', 'kurz gefasst', 'kurz & knapp', 'kurz und knapp', 'das wichtigste in kürze', 'das wichtigste im überblick',
  'auf einen blick', 'zusammenfassung', 'en bref', 'l’essentiel', "l'essentiel", 'ce qu’il faut retenir', "ce qu'il faut retenir",
  'en resumen', 'resumen', 'lo más importante', 'claves', 'las claves', 'em resumo', 'resumo', 'in breve', 'in sintesi',
  'kort fortalt', 'kort sagt', 'kortversjon', 'i korthet', 'lyhyesti', 'in het kort', 'samengevat', 'w skrócie',
  'кратко', 'коротко', 'главное',
]);

/** A summary box has a few bullets; a story's own list under such a heading is longer. */
const MAX_BULLETS = 8;
const MAX_BOX_TEXT = 1500;
/** Characters per bullet, on average: a summary box's bullets are a line each. Longer ones (a
 *  live ticker's "Das Wichtigste in Kürze" of whole paragraphs) are the story's own text. */
const MAX_BULLET = 180;

/** Drop the summary box: a label from SUMMARY_LABELS, then a list of at most MAX_BULLETS items,
 *  with no story paragraph among them; the box is the highest ancestor of the label that holds
 *  the list and nothing more than a short line or two besides (an AI disclaimer, a toggle). */
export function removeSummaryBoxes(content: Element, removals: Removals): void {
  for (const label of Array.from(content.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, div, span'))) {
    if (!content.contains(label) || label.children.length > 1 || rawTextLengthUpTo(label, 60) >= 60) continue;
    const text = normSpace(label.textContent);
    if (!text || text.length > 40 || !SUMMARY_LABELS.has(labelKey(text))) continue;
    const list = listAfter(label);
    if (!list) continue;
    const items = list.getElementsByTagName('li').length;
    if (!items || items > MAX_BULLETS || textOf(list).length / items > MAX_BULLET) continue;
    let box: Element = label;
    for (let cur = label.parentElement; cur && cur !== content; cur = cur.parentElement) {
      if (!cur.contains(list)) continue;
      const t = textOf(cur).length;
      if (t > MAX_BOX_TEXT || t > textOf(list).length + text.length + 200) break;
      if (Array.from(cur.getElementsByTagName('p')).some(isStoryParagraph)) break;
      box = cur;
    }
    if (box === label) removals.dropAll([label, list], 'summary-box');
    else removals.drop(box, 'summary-box');
  }
}

/** The list that follows a label: its next element sibling (or that sibling's only list), or,
 *  for a label alone in its wrapper, the wrapper's next sibling. */
function listAfter(label: Element): Element | null {
  for (let el: Element | null = label; el; el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) {
      const tag = tagOf(next);
      if (tag === 'ul' || tag === 'ol') return next;
      // A wrapper of the list, with at most a short line besides (an "AI-generated" note).
      const lists = next.querySelectorAll('ul, ol');
      return lists.length === 1 && textOf(next).length - textOf(lists[0]!).length <= 200 ? lists[0]! : null;
    }
    if (normSpace(el.parentElement?.textContent) !== normSpace(label.textContent)) return null;
  }
  return null;
}

/** Story paragraphs an appended story has at least; a live blog's entries are shorter. */
const MIN_APPENDED_PARAGRAPHS = 3;
/** Enough story paragraphs of its own to be a whole story, not a live blog's entry or a card. */
const holdsAStory = (article: Element) => Array.from(article.getElementsByTagName('p')).filter(isStoryParagraph).length >= MIN_APPENDED_PARAGRAPHS;

/** More such stories than this in one container is a live blog or an archive page, not one
 *  story and what scrolled in after it. */
const MAX_STORIES = 3;

/**
 * Drop stories appended after the first: the container holds two or three <article>s, none
 * inside another, that share a class (one template), each with at least MIN_APPENDED_PARAGRAPHS
 * story paragraphs and, after the first, its own h1 or h2. The first is the page's story (the one the page
 * loaded with; the next came in as the reader scrolled).
 */
export function removeAppendedStories(content: Element, removals: Removals): void {
  // None inside another of the container's articles (the container itself may sit in one).
  const articles = Array.from(content.getElementsByTagName('article')).filter((a) => {
    const outer = a.parentElement?.closest('article');
    return !outer || !content.contains(outer);
  });
  if (articles.length < 2 || articles.length > MAX_STORIES) return;
  // The first may have lost its headline to Readability (which drops a heading that repeats the
  // title); each appended one brings its own.
  const whole = articles.filter((a, i) => (i === 0 || a.querySelector('h1, h2')) && holdsAStory(a));
  if (whole.length !== articles.length) return;
  const classes = (a: Element) => new Set((a.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  const first = classes(whole[0]!);
  if (!whole.slice(1).every((a) => [...classes(a)].some((c) => first.has(c)))) return;
  for (const a of whole.slice(1)) removals.drop(a, 'next-story');
}

/** More whole stories than this on one page is an archive or a live blog: leave it to the rules
 *  that read those. */
const MAX_ADDRESSED = 12;

/** A URL path's last segment or a heading, as a slug: lower case, no accents, words joined by
 *  hyphens ("Wir haben bereits die Zusage" → wir-haben-bereits-die-zusage). */
const slugOf = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** The page's own address as the names a story on it may carry: its fragment, its path's last
 *  segment without a file ending, and the path itself. */
function addressNames(url: string | undefined): { hash: string; slug: string; path: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).at(-1) ?? '';
    return { hash: slugOf(decodeURIComponent(u.hash.slice(1))), slug: slugOf(decodeURIComponent(last.replace(/\.(?:s?html?|php|aspx?)$/i, ''))), path: u.pathname.replace(/\/+$/, '') };
  } catch {
    return null;
  }
}

/**
 * Several whole stories on one page (a topic page that prints its stories in full one after
 * another, or an endless scroll the page was saved in): the one the page's address or its own
 * title names is the story, and the others are dropped before Readability chooses (it takes the
 * longest, or all of them). A story is named by its id or its heading's slug being the address's
 * fragment or last path segment, by its heading linking to this very address, or by its heading
 * being the page's declared title. Nothing is done unless exactly one story is named.
 */
export function keepAddressedStory(body: Element, url: string | undefined, declaredTitles: readonly string[], removals: Removals): void {
  if (keepFragmentStory(body, url, removals)) return;
  const articles = Array.from(body.getElementsByTagName('article')).filter((a) => !a.parentElement?.closest('article'));
  if (articles.length < 2 || articles.length > MAX_ADDRESSED) return;
  const whole = articles.filter((a) => a.querySelector('h1, h2, h3') && holdsAStory(a) && !inComments(a));
  if (whole.length < 2) return;
  const address = addressNames(url);
  const titles = new Set(declaredTitles.map((t) => slugOf(t)).filter((t) => t.length >= 12));
  const named = whole.filter((a) => {
    const heading = a.querySelector('h1, h2, h3')!;
    const headingSlug = slugOf(normSpace(heading.textContent));
    if (headingSlug.length >= 12 && [...titles].some((t) => t === headingSlug || t.startsWith(`${headingSlug}-`))) return true;
    if (!address) return false;
    const ids = [a.id, heading.id].map((id) => slugOf(id ?? '')).filter((id) => id.length >= 8);
    if (ids.some((id) => id === address.hash || id === address.slug)) return true;
    if (headingSlug.length >= 12 && (headingSlug === address.slug || headingSlug === address.hash)) return true;
    const link = heading.querySelector('a[href]')?.getAttribute('href');
    if (!link || !url) return false;
    try {
      return new URL(link, url).pathname.replace(/\/+$/, '') === address.path && address.path.length > 1;
    } catch {
      return false;
    }
  });
  if (named.length !== 1) return;
  for (const a of whole) if (a !== named[0]) removals.drop(a, 'next-story');
}

/**
 * The story the address's fragment points at, as the browser scrolls to it: "…/themen/#wir-haben-
 * bereits-die-zusage" on a page of several stories is the <article> with (or holding, or right
 * after) that id. Unlike a title or a slug, an id names one element only, so this holds on a
 * page of any number of stories, nested in an outer <article> or not, headed or not: every other
 * article that is neither inside it nor around it goes. True when it kept one.
 */
function keepFragmentStory(body: Element, url: string | undefined, removals: Removals): boolean {
  const id = fragmentOf(url);
  if (!id) return false;
  const target = Array.from(body.querySelectorAll('[id]')).find((el) => el.getAttribute('id') === id);
  if (!target) return false;
  const next = target.nextElementSibling;
  const addressed = target.closest('article') ?? (next && tagOf(next) === 'article' && !normSpace(target.textContent) ? next : null);
  // A story has a headline; a reader's comment ("#comment-123", also an <article>) has none, or
  // sits in the comments.
  if (!addressed || !addressed.querySelector('h1, h2, h3') || !holdsAStory(addressed) || inComments(addressed)) return false;
  const others = Array.from(body.getElementsByTagName('article')).filter((a) => !a.contains(addressed) && !addressed.contains(a));
  // The outermost of them only (an article inside a dropped one goes with it).
  const outermost = others.filter((a) => !others.some((o) => o !== a && o.contains(a)));
  if (!outermost.some(holdsAStory)) return false;
  for (const a of outermost) removals.drop(a, 'next-story');
  return true;
}

function inComments(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (/comment/i.test(`${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`)) return true;
  return false;
}

/** The fragment of `url`, decoded ("#wir-haben-bereits-die-zusage"), or '' when it has none. */
function fragmentOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return decodeURIComponent(new URL(url).hash.slice(1));
  } catch {
    return '';
  }
}
