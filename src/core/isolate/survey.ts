// What isolate reads of the page before pruning it: the <h1>s (headline, header byline, lead
// figure all start there), the <meta> tags and JSON-LD scripts (declared byline) and the
// <figure>s (lead figure). Gathered in one walk of the document: asked for one tag at a time,
// linkedom walked every node of the page per tag (and matched every element against the
// selector for querySelectorAll), which together cost half a millisecond per page.
import { inTemplate, tagOf } from '../dom';

export interface PageSurvey {
  /** <h1>s in document order, as querySelectorAll('h1') lists them (not inside a <template>,
   *  which is not page content). */
  h1s: Element[];
  /** <meta> elements in document order, as getElementsByTagName('meta') lists them. */
  metas: Element[];
  /** <script type="application/ld+json"> elements in document order. */
  jsonLd: Element[];
  /** <figure>s in document order, not inside a <template> (lead figure candidates). */
  figures: Element[];
  /** Where the h1s and figures stand in document order (linkedom's compareDocumentPosition is
   *  unreliable): a figure after the headline has a greater number. */
  order: Map<Element, number>;
}

export function surveyPage(doc: Document): PageSurvey {
  const survey: PageSurvey = { h1s: [], metas: [], jsonLd: [], figures: [], order: new Map() };
  const root = doc.documentElement;
  if (!root) return survey;
  // Iterative pre-order walk: first child, else the next sibling of the nearest ancestor.
  let el: Element | null = root;
  for (let i = 0; el; i++) {
    const tag = tagOf(el);
    if (tag === 'h1' || tag === 'figure') {
      (tag === 'h1' ? survey.h1s : survey.figures).push(el);
      survey.order.set(el, i);
    } else if (tag === 'meta') survey.metas.push(el);
    else if (tag === 'script' && isJsonLd(el)) survey.jsonLd.push(el);
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  survey.h1s = survey.h1s.filter((h) => !inTemplate(h));
  survey.figures = survey.figures.filter((f) => !inTemplate(f));
  return survey;
}

export function isJsonLd(script: Element): boolean {
  return (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}
