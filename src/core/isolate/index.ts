// Finding the story: Readability picks the container, our rules take out what it keeps but a
// reader does not want. The rules run twice: on the whole page first (so Readability's scoring
// is not swayed by rails and card grids), then on the container it picked (for rails that live
// inside the story's own container, which is where Readability fails).
import { Readability } from '@mozilla/readability';
import { interruptible } from '../budget';
import { removeChromeLines, removeContactSection, removeDuplicateBlocks, removeEndMatter, removeIssuerBoilerplate, removeNewsletterBoxes, removeTrailingLabels } from './endmatter';
import { cleanByline, headerByline, metaByline, takeBylineLine } from './byline';
import { removeHeaderRepeats } from './header';
import { findLeadFigure, restoreLeadFigure } from './leadimage';
import { pruneNonContent, removeAsides } from './prune';
import { removeHeadedRails } from './rails';
import { removeOrphanHeadings } from './headings';
import { findSplitBoxes, mergeSplitBoxes } from './splitstory';
import { surveyPage, type PageSurvey } from './survey';
import { cleanTitle, headlineElement, headlineOf } from './title';
import { LeafReader } from './leaves';
import { Removals } from './removals';
import { parseOrSalvage } from './salvage';
import { removeInlineTeasers, removeLinkedCards, removeLinkLists, removeTeaserCards } from './teasers';

export interface Isolated {
  content: Element;
  title: string;
  byline?: string;
  site?: string;
  excerpt?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  published?: string;
}

/** Rules that are safe on the whole page: they only take blocks that look like teasers.
 *  Measured on the three bench sets, running the card and newsletter rules here too changed no
 *  score and cost a tenth of Lede's time, so they run on the story container only. Headed rails
 *  stay: Readability silently drops many of the rails that sit inside the story, and a rail we
 *  drop ourselves is listed and can be brought back in the reader. */
function cleanPage(body: Element, removals: Removals, read: LeafReader): void {
  removeHeadedRails(body, removals, { page: true });
  // Before Readability, which would take an "About the author" box for the byline.
  removeChromeLines(body, removals, read);
}

/** Rules for the picked container, where everything left should be story. They share one
 *  reading of its leaf blocks and texts (`read`), renewed after each drop, and the verdicts the
 *  page stage reached on the same lines. */
function cleanStory(content: Element, removals: Removals, read: LeafReader): void {
  removeEndMatter(content, removals, read);
  removeIssuerBoilerplate(content, removals, read);
  removeHeadedRails(content, removals);
  removeTeaserCards(content, removals);
  removeInlineTeasers(content, removals, read);
  removeLinkedCards(content, removals);
  removeNewsletterBoxes(content, removals, read);
  removeChromeLines(content, removals, read);
  removeLinkLists(content, removals);
  removeDuplicateBlocks(content, removals, read);
  removeContactSection(content, removals, read);
  removeOrphanHeadings(content, removals, read);
  removeTrailingLabels(content, removals, read);
}

/** Runs on `doc` and consumes it (Readability rewrites what it parses): pass a clone. */
/** `survey`: surveyPage(doc), when the caller has it (analyze gets it from the size gate's walk). */
export function isolate(doc: Document, removals: Removals, url?: string, survey: PageSurvey = surveyPage(doc)): Isolated | null {
  // Read before the page is pruned and rewritten.
  const h1 = headlineElement(survey.h1s, doc.title);
  const declaredByline = headerByline(doc, h1) ?? metaByline(survey);
  const lead = findLeadFigure(doc, survey);
  const headline = headlineOf(survey.h1s);
  const read = new LeafReader(removals);
  if (doc.body) {
    pruneNonContent(doc.body, survey.prune);
    removeAsides(survey.prune.asides, h1, removals);
    cleanPage(doc.body, removals, read);
  }
  const split = doc.body ? findSplitBoxes(doc.body) : [];
  // interruptible: Readability's own pass stops at the analysis deadline too (budget.ts).
  const reader = interruptible(new Readability(doc, {
    // Keep the content as a live element: no serialise-and-reparse round trip.
    serializer: (el: Node) => el as unknown as string,
    // Class names tell captions and credits from story text (captions.ts); our sanitizer drops
    // them from the HTML anyway, and not stripping them saves Readability a walk.
    keepClasses: true,
  }));
  const parsed = parseOrSalvage(reader, doc);
  if (!parsed || !parsed.content) return null;
  const content = parsed.content as unknown as Element;
  mergeSplitBoxes(content, split);
  // Drops from here on stand in the story's flow: kept so the reader can bring them back.
  removals.beginStory();
  const bylineInBody = takeBylineLine(content, removals);
  cleanStory(content, removals, read);
  const title = cleanTitle(parsed.title || '', headline, parsed.siteName || undefined, url);
  const byline = cleanByline(parsed.byline) ?? bylineInBody ?? declaredByline;
  removeHeaderRepeats(content, { title, byline, url }, removals, read);
  restoreLeadFigure(content, lead);
  return {
    content,
    title,
    byline,
    site: parsed.siteName || undefined,
    excerpt: parsed.excerpt || undefined,
    lang: parsed.lang || undefined,
    dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : undefined,
    published: parsed.publishedTime || undefined,
  };
}

export { Removals };
