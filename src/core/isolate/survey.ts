// What isolate reads of the page before changing it, gathered in one walk of the document: the
// <h1>s (headline, header byline, lead figure all start there), the <meta> tags and JSON-LD
// scripts (declared byline), the <figure>s (lead figure), and what the prune will take out.
// Asked for one tag at a time, linkedom walked every node of the page per tag (and matched
// every element against the selector for querySelectorAll), and the prune walked the body again:
// together more than half a millisecond per page. analyze lets the size gate's walk, which
// visits every element anyway, do this one (PageSurveyor.see).
import { inTemplate, measureTree, tagOf } from '../dom';
import { builtin } from '../safe-dom';
import { isEmbeddedPost, isJsonLd, isPrunable, type PrunePlan } from './prune';

export interface PageSurvey {
  /** <h1>s in document order, as querySelectorAll('h1') lists them (not inside a <template>,
   *  which is not page content). */
  h1s: Element[];
  /** <h2>s and <h3>s in document order (storyHeading drops those in a <template>): where a blog that prints its
   *  own name as the <h1> prints a post's headline (title.ts storyHeading). */
  subheads: Element[];
  /** <meta> elements in document order, as getElementsByTagName('meta') lists them. */
  metas: Element[];
  /** <script type="application/ld+json"> elements in document order. */
  jsonLd: Element[];
  /** <figure>s in document order, not inside a <template> (lead figure candidates). */
  figures: Element[];
  /** Where the h1s and figures stand in document order (linkedom's compareDocumentPosition is
   *  unreliable): a figure after the headline has a greater number. */
  order: Map<Element, number>;
  /** What pruneNonContent(doc.body) takes out, as planPrune(doc.body) would find it. */
  prune: PrunePlan;
  /** <frameset> and <iframe> elements anywhere in the document (framedPage in gate.ts). */
  framesets: number;
  iframes: number;
  /** <input type=password> fields anywhere in the document (a sign-in page: kind.ts). */
  passwords: number;
  /** <button>s and submit inputs, in document order (a shop's "Add to cart": kind.ts). */
  buttons: Element[];
  /** Dialogs (role dialog or alertdialog, aria-modal) and blocks whose class or id names a
   *  consent prompt or a paywall: what kind.ts reads for a consent wall or a paywall stub's
   *  prompt, after Readability has dropped them from the page (they keep their text). */
  prompts: Element[];
}

/** Class or id words of consent prompts and paywalls ("cmp-wall", "paywall", "tp-modal",
 *  "muro-pago", "regwall", "premium-teaser", "abo-hinweis", "subscriber-only"). */
const PROMPT_HINT = /consent|cookie|gdpr|\bcmp\b|cmp[-_]|pay-?wall|paid|premium|subscri|suscri|assin|abonn|\babo\b|abo[-_]|regwall|reg-wall|meter|piano|tp-modal|tp-container|locked|muro|plus-teaser|gate\b/i;

/** The boxes a dialog or a paywall is built of (asking every span and link cost the walk a
 *  tenth more). */
const PROMPT_TAGS = new Set(['div', 'section', 'aside', 'dialog']);

/** Is `el` a dialog, or named as a consent prompt or a paywall? Attributes only. */
function isPrompt(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return name.length > 1 && PROMPT_HINT.test(name);
}

/** Hears of every element of the document in document order, with its depth (measureTree's
 *  onElement), and builds the survey. */
export class PageSurveyor {
  private readonly survey: PageSurvey = { h1s: [], subheads: [], metas: [], jsonLd: [], figures: [], order: new Map(), prune: { doomed: [], posts: [], asides: [], unhide: [] }, framesets: 0, iframes: 0, passwords: 0, buttons: [], prompts: [] };
  private count = 0;
  /** Depth of <body> while the walk is inside it (0: not in it). */
  private bodyDepth = 0;
  /** Depth of the element being pruned while the walk is inside it (0: none). */
  private doomedDepth = 0;
  /** Depth of the last prompt while the walk is inside it (0: none). */
  private promptDepth = 0;

  constructor(private readonly body: Element | null) {}

  readonly see = (el: Element, depth: number): void => {
    const survey = this.survey;
    const i = this.count++;
    const tag = tagOf(el);
    if (tag === 'h1' || tag === 'figure') {
      (tag === 'h1' ? survey.h1s : survey.figures).push(el);
      survey.order.set(el, i);
    } else if (tag === 'h2' || tag === 'h3') survey.subheads.push(el);
    else if (tag === 'meta') survey.metas.push(el);
    else if (tag === 'script' && isJsonLd(el)) survey.jsonLd.push(el);
    else if (tag === 'iframe') survey.iframes++;
    else if (tag === 'frameset') survey.framesets++;
    else if (tag === 'button') survey.buttons.push(el);
    else if (tag === 'input') {
      const type = el.getAttribute('type')?.toLowerCase();
      if (type === 'password') survey.passwords++;
      else if (type === 'submit' || type === 'button') survey.buttons.push(el);
    }

    // Outermost ones only: a dialog's inner parts are read with it.
    if (this.promptDepth && depth <= this.promptDepth) this.promptDepth = 0;
    if (!this.promptDepth && PROMPT_TAGS.has(tag) && el.hasAttributes() && isPrompt(el)) {
      survey.prompts.push(el);
      this.promptDepth = depth;
    }

    // The prune plan, as planPrune's top-down walk of <body> finds it: a depth no greater than
    // a remembered one means the walk has left that element's subtree.
    if (this.doomedDepth) {
      if (depth > this.doomedDepth) return;
      this.doomedDepth = 0;
    }
    if (this.bodyDepth && depth <= this.bodyDepth) this.bodyDepth = 0;
    if (el === this.body) {
      this.bodyDepth = depth;
      return;
    }
    if (!this.bodyDepth) return;
    if (isEmbeddedPost(el)) survey.prune.posts.push(el);
    if (isPrunable(el, tag)) {
      survey.prune.doomed.push(el);
      this.doomedDepth = depth;
    } else {
      if (tag === 'aside') survey.prune.asides.push(el);
      // Not pruned and aria-hidden: a hidden block of story prose (ariaHiddenStory).
      if (el.hasAttribute('aria-hidden')) survey.prune.unhide.push(el);
    }
  };

  done(): PageSurvey {
    const survey = this.survey;
    survey.h1s = survey.h1s.filter((h) => !inTemplate(h));
    survey.figures = survey.figures.filter((f) => !inTemplate(f));
    return survey;
  }
}

/** The survey in a walk of its own (when no size gate walked the page first). */
export function surveyPage(doc: Document): PageSurvey {
  // Read through the prototypes: the walk disarms the page's named elements (safe-dom.ts).
  const surveyor = new PageSurveyor(builtin(doc, 'body'));
  const root = builtin<Element | null>(doc, 'documentElement');
  if (root) measureTree(root, Infinity, Infinity, Infinity, surveyor.see);
  return surveyor.done();
}
