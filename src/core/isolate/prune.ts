// What no rule and no reader ever wants, taken out before any rule or Readability looks at the
// page: code (scripts, styles, templates), embedded objects and form controls, and site
// navigation (<nav>). Silent: these are not blocks of the story, and listing a site's whole menu
// under "removed" would bury the entries a person might want back.
// Why here and not left to Readability: every later step pays for them. Script text is a third
// of a typical news page's HTML and every textContent of a container reads it; <nav> subtrees
// hold a fifth of the elements. Readability removes scripts itself (after reading JSON-LD, which
// we keep for it) and never picks a <nav> as the story. One walk, not one per tag: a walk of a
// whole page costs about as much as the rest of this step.
import { remove, tagOf } from '../dom';

const PRUNED = new Set(['script', 'style', 'template', 'nav', 'svg', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas']);

export function pruneNonContent(body: Element): void {
  const doomed: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = tagOf(c);
      // JSON-LD carries the title, byline and date that Readability reads from the page.
      if (PRUNED.has(tag) && !(tag === 'script' && (c.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')) doomed.push(c);
      else visit(c);
    }
  };
  visit(body);
  for (const el of doomed) remove(el);
}
