// The story's headline. Readability starts from <title>, which sites decorate with their name
// ("Former Afghan officers joining IS: report - Newspaper - DAWN.COM"). The page's own <h1> is
// the headline as printed; prefer it when the <title> contains it, else strip a short suffix.
import { normSpace } from '../dom';

const SEPARATORS = /\s+[-|–—:·»/]\s+/;
const MAX_SUFFIX_WORDS = 5;
const LEADING_PART = new RegExp(`^(.*?)${SEPARATORS.source}`);

/** The <h1> that heads the story: the first whose text the page's <title> repeats (pages print
 *  their menu's, sidebar's and footer's section names as <h1>s too, often before the story's),
 *  else the first. */
export function headlineElement(h1s: Element[], docTitle: string | undefined): Element | undefined {
  const title = normSpace(docTitle).toLowerCase();
  if (title) {
    for (const h of h1s) {
      const text = normSpace(h.textContent).toLowerCase();
      if (text.length >= 10 && title.includes(text)) return h;
    }
  }
  return h1s[0];
}

/** The text of the page's one <h1> (its h1s: surveyPage), when it has exactly one of headline length. */
export function headlineOf(h1s: Element[]): string | undefined {
  const texts = h1s.map((h) => normSpace(h.textContent)).filter((t) => t.length >= 10 && t.length <= 300);
  return texts.length === 1 ? texts[0] : undefined;
}

/** Is this part of a <title> the site's name: its declared name, its host ("bmjv.de") or the
 *  host's name without www. and the top-level domain ("BMJV")? */
function isSiteName(part: string, site: string | undefined, url: string | undefined): boolean {
  const p = part.toLowerCase().replace(/^www\./, '');
  if (site && p === site.toLowerCase().replace(/^www\./, '')) return true;
  const host = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  return !!host && (p === host || p === host.replace(/\.[a-z]{2,}$/, ''));
}

/** `url`: the page's address, whose host names the site when the page does not. */
export function cleanTitle(title: string, headline: string | undefined, site: string | undefined, url?: string): string {
  const t = normSpace(title);
  if (headline) {
    if (!t || t.toLowerCase().includes(headline.toLowerCase())) return headline;
  }
  if (!t) return '';
  // Drop trailing " - Site" parts while what stays is still a headline.
  let parts = t.split(SEPARATORS);
  const seps = t.match(new RegExp(SEPARATORS.source, 'g')) ?? [];
  let out = t;
  while (parts.length > 1) {
    const last = parts[parts.length - 1];
    const rest = parts.slice(0, -1);
    const restText = rest.reduce((acc, p, i) => (i === 0 ? p : acc + seps[i - 1] + p), '');
    const isSite = isSiteName(last, site, url);
    if (!isSite && last.split(/\s+/).length > MAX_SUFFIX_WORDS) break;
    if (restText.split(/\s+/).length < 3) break;
    out = restText;
    parts = rest;
  }
  // "BMJV | Transparenz bei Preisanpassungen": the site's name in front.
  const lead = LEADING_PART.exec(out);
  if (lead && isSiteName(lead[1]!, site, url) && out.slice(lead[0].length).split(/\s+/).length >= 3) out = out.slice(lead[0].length);
  // Readability cuts "Kicker: Headline – Site" down to what follows the colon: the end of the
  // headline as printed.
  if (headline && out.length >= 10 && headline.toLowerCase().endsWith(out.toLowerCase())) return headline;
  return out;
}
