// The bench's publisher split: every page of every set goes to the 'tune' part or the 'check'
// part by its publisher (registrable host), the same side in every set, so that a rule tuned on
// one part is judged on sites it never saw. Rules fitted to pages one has looked at do not carry
// over (issue 19: trafilatura F1 .948 on the open pages, .907 on held-out pages of the same
// collection); the check part's figure is the one that says whether a change generalises.
//
// The side is a bit of the publisher's FNV-1a hash, except that quotes-dev's held publishers
// (test/quotes/score.ts splitByPublisher) are always 'check': some of their pages sit in the
// other sets too (a trafilatura page is a quotes-dev page), and quote work is judged there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a, publisherOf, splitByPublisher } from '../quotes/score';

export type BenchPart = 'tune' | 'check';

/** The publisher of a page's URL. A page without a usable URL (none, or a placeholder under
 *  the reserved .invalid domain, as Dragnet's pages without an address have) is its own. */
export function publisherKey(url: string | undefined, id: string): string {
  try {
    const publisher = publisherOf(url ?? '');
    return publisher.endsWith('.invalid') ? `page:${id}` : publisher;
  } catch {
    return `page:${id}`;
  }
}

/** Which part a publisher's pages belong to. */
export function sideOf(publisher: string, alwaysCheck: ReadonlySet<string>): BenchPart {
  if (alwaysCheck.has(publisher)) return 'check';
  return (fnv1a(publisher) & 1) === 0 ? 'tune' : 'check';
}

/** The side of any page (by its URL, else its id), with quotes-dev's held publishers read from `quotesDevDir`
 *  (each page folder's quotes.json carries its url) when that set is there. */
export function benchSplit(quotesDevDir: string): (url: string | undefined, id: string) => BenchPart {
  const held = new Set<string>();
  if (existsSync(quotesDevDir)) {
    const urls: string[] = [];
    for (const name of readdirSync(quotesDevDir)) {
      const file = join(quotesDevDir, name, 'quotes.json');
      if (!existsSync(file)) continue;
      const url = (JSON.parse(readFileSync(file, 'utf8')) as { url?: string }).url;
      if (url) urls.push(url);
    }
    for (const url of splitByPublisher(urls, (u) => u).held) held.add(publisherKey(url, url));
  }
  return (url, id) => sideOf(publisherKey(url, id), held);
}
