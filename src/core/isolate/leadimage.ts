// The lead photo. Many sites print it between the headline and the story container, so
// Readability, which keeps one container, drops it (test/pages/byline-and-images). We note the
// first <figure> with an image after the <h1> before Readability runs, and put it back at the
// top of the story when the story kept no copy of it.
import { descendants, normSpace, tagOf } from '../dom';

export interface LeadFigure {
  figure: Element;
  src: string;
}

const MAX_CAPTION = 400;

/** Read-only: the lead figure under the headline, if any. Returns a detached clone. */
export function findLeadFigure(doc: Document): LeadFigure | null {
  const h1 = doc.querySelector('h1');
  if (!h1) return null;
  const scope = h1.closest('article, main, [role="main"]') ?? doc.body;
  if (!scope || !scope.getElementsByTagName('figure').length) return null;
  // Document order by walking (linkedom's compareDocumentPosition is unreliable).
  let afterHeadline = false;
  for (const fig of descendants(scope)) {
    if (fig === h1) afterHeadline = true;
    if (!afterHeadline || tagOf(fig) !== 'figure') continue;
    // Not inside navigation, asides or teaser lists.
    if (fig.closest('nav, aside, footer, li, a')) continue;
    const img = fig.querySelector('img');
    const src = img?.getAttribute('src') || img?.getAttribute('data-src');
    if (!img || !src || src.startsWith('data:')) continue;
    if (normSpace(fig.textContent).length > MAX_CAPTION) continue;
    return { figure: fig.cloneNode(true) as Element, src };
  }
  return null;
}

/** Put the lead figure back at the top of the story if the story has no copy of its image. */
export function restoreLeadFigure(content: Element, lead: LeadFigure | null): void {
  if (!lead) return;
  for (const img of Array.from(content.querySelectorAll('img'))) {
    if (img.getAttribute('src') === lead.src || img.getAttribute('data-src') === lead.src) return;
  }
  const doc = content.ownerDocument;
  const node = doc.importNode ? doc.importNode(lead.figure, true) : lead.figure;
  content.insertBefore(node, content.firstChild);
}
