// When Readability itself fails. Its parse can throw on markup it does not expect (its climb from
// the best paragraph towards <body> dereferences null when the paragraph sits outside the body,
// as linkedom leaves content written after </body>); that used to end the analysis as an internal
// error, and the person saw nothing. Refusing a real article is the worst outcome, so a throw
// gives a best-effort story instead: the element whose own paragraphs hold the most prose, which
// the story rules then clean like any container Readability picks.
import { Timeout } from '../budget';
import { textOf } from '../dom';

/** What isolate reads of Readability's result. */
export interface Parsed {
  title?: string | null;
  byline?: string | null;
  content?: unknown;
  excerpt?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
}

/** reader.parse(), or on a throw (other than the analysis running out of time, which must end
 *  it) the best-effort container of `doc`. */
export function parseOrSalvage(reader: { parse(): Parsed | null }, doc: Document): Parsed | null {
  try {
    return reader.parse();
  } catch (err) {
    if (err instanceof Timeout) throw err;
    const content = proseContainer(doc);
    return content ? { title: doc.title, content, lang: doc.documentElement?.getAttribute('lang') } : null;
  }
}

/** The element whose child paragraphs carry the most text (Readability's own first measure,
 *  without its scoring): the story's container on an ordinary page. Searched under <html>,
 *  not only <body>, because the markup that makes Readability throw sits outside the body. */
export function proseContainer(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  const score = new Map<Element, number>();
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + textOf(p).length);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [el, n] of score) {
    if (n > most) {
      best = el;
      most = n;
    }
  }
  return best;
}
