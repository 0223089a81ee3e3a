// The story's headline. Readability starts from <title>, which sites decorate with their name
// ("Former Afghan officers joining IS: report - Newspaper - DAWN.COM"). The page's own <h1> is
// the headline as printed; prefer it when the <title> contains it, else strip a short suffix.
import { normSpace } from '../dom';

const SEPARATORS = /\s+[-|–—:·»/]\s+/;
const MAX_SUFFIX_WORDS = 5;

/** The text of the page's one <h1> (its h1s: surveyPage), when it has exactly one of headline length. */
export function headlineOf(h1s: Element[]): string | undefined {
  const texts = h1s.map((h) => normSpace(h.textContent)).filter((t) => t.length >= 10 && t.length <= 300);
  return texts.length === 1 ? texts[0] : undefined;
}

export function cleanTitle(title: string, headline: string | undefined, site: string | undefined): string {
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
    const isSite = site && last.toLowerCase().replace(/^www\./, '') === site.toLowerCase().replace(/^www\./, '');
    if (!isSite && last.split(/\s+/).length > MAX_SUFFIX_WORDS) break;
    if (restText.split(/\s+/).length < 3) break;
    out = restText;
    parts = rest;
  }
  // Readability cuts "Kicker: Headline – Site" down to what follows the colon: the end of the
  // headline as printed.
  if (headline && out.length >= 10 && headline.toLowerCase().endsWith(out.toLowerCase())) return headline;
  return out;
}
