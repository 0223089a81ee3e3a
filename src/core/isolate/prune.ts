// What no rule and no reader ever wants, taken out before any rule or Readability looks at the
// page: code (scripts, styles, templates) and site navigation (<nav>). Silent: these are not
// blocks of the story, and listing a site's whole menu under "removed" would bury the entries a
// person might want back.
// Why here and not left to Readability: every later step pays for them. Script text is a third
// of a typical news page's HTML and every textContent of a container reads it; <nav> subtrees
// hold a fifth of the elements. Readability removes scripts itself (after reading JSON-LD, which
// we keep for it) and never picks a <nav> as the story.
import { remove } from '../dom';

const CODE = ['style', 'template'];

export function pruneNonContent(body: Element): void {
  for (const script of Array.from(body.getElementsByTagName('script'))) {
    // JSON-LD carries the title, byline and date that Readability reads from the page.
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') remove(script);
  }
  for (const tag of CODE) for (const el of Array.from(body.getElementsByTagName(tag))) remove(el);
  for (const nav of Array.from(body.getElementsByTagName('nav'))) remove(nav);
}
