// The quote part of `npm run bench`: Lede's quotes on the project's own annotated set
// (test/quotes) and on the real pages of ../shared/corpus/quotes-dev, split into two halves by
// publisher (score.ts splitByPublisher): rules are tuned on the 'tune' half and judged on the
// 'held' half. Per language: precision, recall, speaker accuracy, and the popup five (of the
// quotes the popup shows, the share that are a real quote with the right speaker). Then each
// set's worst pages; the held half's only by name and counts, so that nobody tunes on it.
//
//   npm run bench -- --only quotes [--worst N]      (or: npx tsx test/bench/quotes.ts [--worst N])
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runQuoteSet, summarise, type QuoteSetEntry } from '../quotes/run';
import { publisherOf, splitByPublisher, type SetScore } from '../quotes/score';
import { CORPUS_DIR } from './harness';

export const QUOTES_DEV_DIR = join(CORPUS_DIR, 'quotes-dev');

const pct = (x: number) => (100 * x).toFixed(1);
const cut = (t: string) => (t.length > 70 ? `${t.slice(0, 67)}…` : t);

interface Row {
  set: string;
  lang: string;
  entries: QuoteSetEntry[];
}

function rowsFor(set: string, entries: readonly QuoteSetEntry[]): Row[] {
  const langs = [...new Set(entries.map((e) => e.lang))].sort();
  const rows: Row[] = [{ set, lang: 'all', entries: [...entries] }];
  if (langs.length > 1) for (const lang of langs) rows.push({ set, lang, entries: entries.filter((e) => e.lang === lang) });
  return rows;
}

function cells(t: SetScore, p: SetScore): string[] {
  return [String(t.annotated), String(t.found), pct(t.precision), pct(t.recall), pct(t.speakerAccuracy), String(p.found), pct(p.precision), `**${pct(p.trusted)}**`];
}

/** Wrong in the popup (not a quote, or the wrong speaker), then wrong speakers, then misses. */
const popupWrong = (e: QuoteSetEntry) => e.popup.found - e.popup.speakerRight;
function worstOf(entries: readonly QuoteSetEntry[], n: number): QuoteSetEntry[] {
  const bad = (e: QuoteSetEntry) => popupWrong(e) + e.all.wrongSpeaker.length + e.all.missed.length + e.all.spurious.length;
  return entries
    .filter((e) => bad(e) > 0)
    .sort((a, b) => popupWrong(b) - popupWrong(a) || b.all.wrongSpeaker.length - a.all.wrongSpeaker.length || bad(b) - bad(a) || a.slug.localeCompare(b.slug))
    .slice(0, n);
}

function printWorstPages(label: string, entries: readonly QuoteSetEntry[], n: number, detail: boolean): void {
  const worst = worstOf(entries, n);
  if (!worst.length) return;
  console.log(`\n${label}: the ${worst.length} worst pages (wrong in the popup's five, then wrong speakers)${detail ? '' : ', counts only (held out: judge on it, do not tune on it)'}:`);
  for (const e of worst) {
    const p = e.all;
    console.log(`- ${e.slug} (${publisherOf(e.url)}, ${e.lang}): popup ${e.popup.speakerRight}/${e.popup.found} right; ${p.matched}/${p.annotated} found, ${p.spurious.length} spurious, ${p.wrongSpeaker.length} wrong speaker`);
    if (!detail) continue;
    for (const q of p.missed) console.log(`    missed: “${cut(q.text)}” (${q.speaker ?? 'no speaker'})`);
    for (const q of p.spurious) console.log(`    spurious: “${cut(q.text)}” (${q.speaker ?? 'no speaker'})`);
    for (const w of p.wrongSpeaker) console.log(`    speaker: “${cut(w.text)}” → ${w.found ?? 'null'}, should be ${w.truth ?? 'null'}`);
  }
}

/** Runs both sets and prints their tables and worst pages. */
export function printQuoteReport(worst = 10, devDir = QUOTES_DEV_DIR): void {
  const started = Date.now();
  const own = runQuoteSet();
  const rows = rowsFor('test/quotes (own, invented)', own.entries);
  let split: { tune: QuoteSetEntry[]; held: QuoteSetEntry[] } | null = null;
  if (existsSync(devDir)) {
    const dev = runQuoteSet(devDir);
    split = splitByPublisher(dev.entries, (e) => e.url);
    rows.push(...rowsFor('quotes-dev: tune', split.tune), ...rowsFor('quotes-dev: held', split.held), ...rowsFor('quotes-dev: both', dev.entries).slice(0, 1));
  }
  console.log(`\nQuotes (${((Date.now() - started) / 1000).toFixed(1)} s). Fragments (quotes-dev's one- to three-word \`fragment\` quotes) count as non-quotes.`);
  console.log('P, R over every quote Lede found; speaker accuracy over the matched ones; popup: the key quotes it shows');
  console.log('(src/core/key-quotes.ts: at most five, fewer when the rest have doubtful speakers);');
  console.log('"popup five" = of the quotes the popup shows, the share that are a real quote with the right speaker.\n');
  console.log('| set | lang | pages | key quotes | found | P | R | speaker acc. | popup shown | popup P | popup five |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const s = summarise(r.entries);
    console.log(`| ${r.set} | ${r.lang} | ${r.entries.length} | ${cells(s.total, s.popup).join(' | ')} |`);
  }
  if (split) {
    const pubs = (es: QuoteSetEntry[]) => [...new Set(es.map((e) => publisherOf(e.url)))].sort().join(', ');
    console.log(`\nquotes-dev halves by publisher (ordered by FNV-1a of the registrable host; first half tune):`);
    console.log(`- tune (${split.tune.length} pages): ${pubs(split.tune)}`);
    console.log(`- held (${split.held.length} pages): ${pubs(split.held)}`);
  }
  printWorstPages('test/quotes', own.entries, worst, true);
  if (split) {
    printWorstPages('quotes-dev tune half', split.tune, worst, true);
    printWorstPages('quotes-dev held half', split.held, worst, false);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { worst: { type: 'string', default: '10' } } });
  printQuoteReport(Number(values.worst));
}
