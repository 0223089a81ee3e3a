// Finding the story: Readability picks the container, our rules take out what it keeps but a
// reader does not want. The rules run twice: on the whole page first (so Readability's scoring
// is not swayed by rails and card grids), then on the container it picked (for rails that live
// inside the story's own container, which is where Readability fails).
import { Readability } from '@mozilla/readability';
import { interruptible } from '../budget';
import { inTemplate, normSpace } from '../dom';
import { removeChromeLines, removeContactSection, removeDuplicateBlocks, removeEndMatter, removeIssuerBoilerplate, removeNewsletterBoxes, removeTrailingLabels } from './endmatter';
import { bylineBesidesSite, cleanByline, headerByline, metaByline, namesAll, takeBylineLine } from './byline';
import { removeHeaderRepeats } from './header';
import { findLeadFigure, restoreLeadFigure } from './leadimage';
import { pruneNonContent, removeAsides } from './prune';
import { removeHeadedRails } from './rails';
import { removeOrphanHeadings } from './headings';
import { findSplitBoxes, mergeSplitBoxes } from './splitstory';
import { surveyPage, type PageSurvey } from './survey';
import { cleanTitle, decodeEntities, headlineElement, headlineOf, siteFromUrl, storyHeading, titleKey, type TitleClues } from './title';
import { jsonLdStories } from './jsonld';
import { choosePublished, declaredDates, isoDate, plausible, printedDates } from './published';
import { LeafReader } from './leaves';
import { Removals } from './removals';
import { parseOrSalvage } from './salvage';
import { keepAddressedStory, removeAppendedStories, removeSummaryBoxes } from './boxes';
import { removeHoverCards, removeInlineTeasers, removeLinkedCards, removeLinkLists, removeTeaserCards } from './teasers';

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
  removeAppendedStories(content, removals);
  removeSummaryBoxes(content, removals);
  removeEndMatter(content, removals, read);
  removeIssuerBoilerplate(content, removals, read);
  removeHeadedRails(content, removals);
  removeTeaserCards(content, removals);
  removeInlineTeasers(content, removals, read);
  removeHoverCards(content, removals);
  removeLinkedCards(content, removals);
  removeNewsletterBoxes(content, removals, read);
  removeChromeLines(content, removals, read);
  removeLinkLists(content, removals);
  removeDuplicateBlocks(content, removals, read);
  removeContactSection(content, removals, read);
  removeOrphanHeadings(content, removals, read);
  removeTrailingLabels(content, removals, read);
}

/** The content of the first <meta> named (name or property) one of `keys`, in the keys' order. */
export function metaContent(metas: readonly Element[], keys: readonly string[]): string | undefined {
  const found: (string | undefined)[] = [];
  for (const meta of metas) {
    const at = keys.indexOf((meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase());
    if (at >= 0) found[at] ??= normSpace(decodeEntities(meta.getAttribute('content') ?? '')) || undefined;
  }
  return found.find(Boolean);
}


/** Runs on `doc` and consumes it (Readability rewrites what it parses): pass a clone. */
/** `survey`: surveyPage(doc), when the caller has it (analyze gets it from the size gate's walk).
 *  `today`: when the page is read (ms since 1970), so that no date after it is believed. */
export function isolate(doc: Document, removals: Removals, url?: string, survey: PageSurvey = surveyPage(doc), today = Date.now()): Isolated | null {
  // Read before the page is pruned and rewritten: what the page declares (metas, JSON-LD) and
  // the headline it prints, with the byline and date printed by it.
  const stories = jsonLdStories(survey.jsonLd);
  const story = stories.find((s) => !s.page);
  const docTitle = normSpace(doc.title);
  // og:site_name, unless it is only the address ("stuttgarter-zeitung.de") and the JSON-LD
  // publisher gives the name.
  const ogSite = metaContent(survey.metas, ['og:site_name']);
  const publisher = (story ?? stories[0])?.publisher;
  const site = ogSite && !(publisher && /^[^\s]+\.[a-z]{2,}$/i.test(ogSite)) ? ogSite : publisher ?? ogSite;
  const clues: TitleClues = {
    declared: [metaContent(survey.metas, ['og:title']), metaContent(survey.metas, ['twitter:title']), docTitle, story?.headline].filter((t): t is string => !!t),
    sites: [site, metaContent(survey.metas, ['application-name'])].filter((t): t is string => !!t),
    url,
  };
  const heading = storyHeading(survey.h1s, () => survey.subheads.filter((h) => !inTemplate(h)), clues);
  const h1 = heading ?? headlineElement(survey.h1s, doc.title);
  const headerLine = headerByline(doc, h1);
  const metaAuthor = metaByline(survey);
  const lang = doc.documentElement?.getAttribute('lang')?.split(/[-_]/)[0]?.toLowerCase() || undefined;
  const published = choosePublished(declaredDates(survey.metas, stories, lang), printedDates(h1, doc.body, lang), today);
  const printedHeadline = heading ? normSpace(heading.textContent) : undefined;
  const lead = findLeadFigure(doc, survey);
  const headline = headlineOf(survey.h1s);
  const read = new LeafReader(removals);
  if (doc.body) {
    pruneNonContent(doc.body, survey.prune);
    removeAsides(survey.prune.asides, h1, removals);
    cleanPage(doc.body, removals, read);
  }
  // A page of several whole stories: the one its address or title names (boxes.ts).
  if (doc.body) keepAddressedStory(doc.body, url, clues.declared, removals);
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
  const siteName = site ?? (normSpace(decodeEntities(parsed.siteName || '')) || undefined);
  // The printed headline; else Readability's title (JSON-LD's or og:title, unless that is only
  // the site's name), cleaned of the site's name.
  const isSite = (t: string) => clues.sites.concat(siteName ?? []).some((s) => titleKey(s) === titleKey(t));
  const declaredTitle = [decodeEntities(parsed.title || ''), docTitle].find((t) => t && !isSite(t)) ?? '';
  const title = printedHeadline ?? cleanTitle(declaredTitle, headline, siteName, url);
  const byline = chooseByline(cleanByline(parsed.byline), bylineInBody, headerLine, metaAuthor, siteName ?? siteFromUrl(url));
  removeHeaderRepeats(content, { title, byline, url }, removals, read);
  restoreLeadFigure(content, lead);
  const readabilityDate = isoDate(parsed.publishedTime, lang);
  return {
    content,
    title,
    byline,
    site: siteName,
    excerpt: parsed.excerpt || undefined,
    lang: parsed.lang || undefined,
    dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : undefined,
    published: published ?? (readabilityDate && plausible(readabilityDate, today) ? readabilityDate : undefined),
  };
}

/**
 * Who wrote it, of what the page says: Readability's byline (class-named, or the meta or
 * JSON-LD author), a "By …" line in the story or under the headline, the meta author. The line
 * the reader sees wins when it names everyone the declared one names ("By Jane Doe and John
 * Roe" over a meta author "Jane Doe": the fragment never stands for the whole). None is the
 * site's own name.
 */
function chooseByline(declared: string | undefined, inBody: string | undefined, header: string | undefined, meta: string | undefined, site: string | undefined): string | undefined {
  const d = bylineBesidesSite(declared, site);
  const shown = bylineBesidesSite(inBody ?? header, site);
  if (d && shown && namesAll(shown, d)) return shown;
  return d ?? bylineBesidesSite(inBody, site) ?? bylineBesidesSite(header, site) ?? bylineBesidesSite(meta, site);
}

export { Removals };
