import { runQuoteSet } from './quotes/run';
for (const p of runQuoteSet().pages) for (const w of p.wrongSpeaker) console.log(`${p.slug} | ${w.found} | ${w.truth} | ${w.text.slice(0, 50)}`);
