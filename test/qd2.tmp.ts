import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeHtml, parseHtml } from '../src/cli/parse';
import { analyze } from '../src/core/analyze';
import { isArticle } from '../src/core/types';
import { aggregate, loadQuoteSet, scorePage } from './quotes/score';
const half = (url: string) => createHash('sha1').update(new URL(url).hostname.replace(/^www\./, '')).digest()[0] % 2 === 0 ? 'tune' : 'held';
const which = process.argv[2] ?? 'tune';
const pages = [];
for (const p of loadQuoteSet('/work/shared/corpus/quotes-dev')) {
  if (which !== 'all' && half(p.truth.url) !== which) continue;
  const a = analyze(parseHtml(decodeHtml(readFileSync(p.file))), { url: p.truth.url });
  const found = isArticle(a) ? a.quotes.map((q) => ({ text: q.text, speaker: q.speaker })) : [];
  const s = scorePage(p.slug, found, p.truth);
  pages.push(s);
  if (process.argv[3] === 'v') for (const w of s.wrongSpeaker) console.log(`${p.truth.lang} ${p.slug.slice(0, 14)} | found: ${w.found} | truth: ${w.truth} | ${w.text.slice(0, 60)}`);
}
const t = aggregate(pages);
console.log(which, `pages ${t.pages} P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} speaker ${t.speakerAccuracy.toFixed(3)} (${t.speakerRight}/${t.matched})`);
