// The lead photo. Many sites print it between the headline and the story container, so
// Readability, which keeps one container, drops it (test/pages/byline-and-images). We note the
// first <figure> with an image after the <h1> before Readability runs, and put it back at the
// top of the story when the story kept no copy of it.
import { closestWhere, normSpace, tagOf } from '../dom';
import { surveyPage, type PageSurvey } from './survey';

export interface LeadFigure {
  figure: Element;
  src: string;
}

const MAX_CAPTION = 400;

/** Read-only: the lead figure under the page's first headline, if any. Returns a detached
 *  clone. */
export function findLeadFigure(doc: Document, survey: PageSurvey = surveyPage(doc)): LeadFigure | null {
  const h1 = survey.h1s[0];
  if (!h1) return null;
  const scope = closestWhere(h1, (p) => MAIN_TAGS.has(tagOf(p)) || p.getAttribute('role') === 'main') ?? doc.body;
  if (!scope || !scope.contains(h1)) return null;
  // The figures after the headline, in document order (inside it too, however odd).
  const at = survey.order.get(h1)!;
  for (const fig of survey.figures) {
    if (survey.order.get(fig)! <= at || !scope.contains(fig)) continue;
    const lead = leadFigure(fig);
    if (lead) return lead;
  }
  return null;
}

// Ancestor tests by tag (closestWhere), not closest() with a selector list: linkedom compiles
// the selector on every call, which made this the costliest step of an analysis on mid-sized
// pages.
const MAIN_TAGS = new Set(['article', 'main']);
const NOT_LEAD_AROUND = new Set(['nav', 'aside', 'footer', 'li', 'a']);

/** `fig` as the lead figure, if it can be one. */
function leadFigure(fig: Element): LeadFigure | null {
  // Not inside navigation, asides or teaser lists.
  if (closestWhere(fig, (p) => NOT_LEAD_AROUND.has(tagOf(p)))) return null;
  const img = fig.getElementsByTagName('img')[0];
  const src = img?.getAttribute('src') || img?.getAttribute('data-src');
  if (!img || !src || src.startsWith('data:')) return null;
  if (normSpace(fig.textContent).length > MAX_CAPTION) return null;
  return { figure: fig.cloneNode(true) as Element, src };
}

/** Put the lead figure back at the top of the story if the story has no copy of its image. */
export function restoreLeadFigure(content: Element, lead: LeadFigure | null): void {
  if (!lead) return;
  for (const img of Array.from(content.getElementsByTagName('img'))) {
    if (img.getAttribute('src') === lead.src || img.getAttribute('data-src') === lead.src) return;
  }
  const doc = content.ownerDocument;
  const node = doc.importNode ? doc.importNode(lead.figure, true) : lead.figure;
  content.insertBefore(node, content.firstChild);
}
