// The worst pages of a set for Lede: the table (id, host, P, R, status) and, under it, what
// leaked and what went missing on each page, with Readability's score on the same page so a
// reader sees whether Lede made the page worse or merely did not fix it.
import { clip, lineDiff, snippetPageScores, verdict, type LineSide } from './diff';
import type { Harness, SnippetMatch, TokenMatch } from './harness';
import type { PageRun, SetResult } from './run-set';

/** Examples shown per side and page, and their length. */
const EXAMPLES = 3;
const CLIP = 100;

const f3 = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x.toFixed(3) : '—');
const n0 = (x: number) => x.toLocaleString('en-US');
const quote = (s: string) => `“${clip(s, CLIP)}”`;

interface PageScore {
  precision: number;
  recall: number;
  f1: number;
}

interface Row {
  i: number;
  lede: PageScore;
  readability: PageScore;
  /** Snippets wrong on the page for Lede (kept must-drop plus missing must-keep); 0 for token sets. */
  wrong: number;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Page scores as the table shows them: token shingles where the set has a body (precision '—'
 *  when the text is empty, as before), the page's snippet outcome otherwise. */
function scorer(s: SetResult, h: Harness): ((name: 'lede' | 'readability', i: number) => PageScore | null) | null {
  if (s.results.lede.tokens) {
    // Token matches cover only the pages with a reference body, in page order.
    let k = 0;
    const at = s.truth.map((t) => (t.body !== undefined ? k++ : undefined));
    return (name, i) => {
      const m: TokenMatch | undefined = at[i] === undefined ? undefined : s.results[name].tokens!.matches[at[i]];
      if (!m) return null;
      return { precision: m.tp + m.fp > 0 ? h.pagePrecision(m) : NaN, recall: h.pageRecall(m), f1: h.pageF1(m) };
    };
  }
  if (s.results.lede.pageSnippets.some((m) => m)) {
    return (name, i) => {
      const m = s.results[name].pageSnippets[i];
      return m ? snippetPageScores(m) : null;
    };
  }
  return null;
}

function status(p: PageRun): string {
  return p.status ?? (p.error ? `error: ${p.error.slice(0, 60)}` : 'ok');
}

function linesBlock(label: string, side: LineSide, unit: string): string[] {
  if (!side.lines.length) return [`  - ${label}: nothing`];
  const count = side.lines.reduce((n, l) => n + l.count, 0);
  const plural = count === 1 ? unit : `${unit}s`;
  return [
    `  - ${label} ${n0(side.chars)} chars in ${count} ${plural}${side.lines.length > EXAMPLES ? ` (biggest ${EXAMPLES})` : ''}:`,
    ...side.lines.slice(0, EXAMPLES).map((l) => `    - ${quote(l.text)} (${n0(l.text.length)}${l.count > 1 ? ` ×${l.count}` : ''})`),
  ];
}

function snippetBlock(label: string, found: string[], of: number): string[] {
  if (!of) return [];
  if (!found.length) return [`  - ${label}: none of ${of}`];
  return [`  - ${label} ${found.length} of ${of}:`, ...found.slice(0, EXAMPLES).map((x) => `    - ${quote(x)}`), ...(found.length > EXAMPLES ? [`    - … and ${found.length - EXAMPLES} more`] : [])];
}

/** What leaked and what went missing on one page, as markdown list lines. */
function details(s: SetResult, row: Row): string[] {
  const p = s.results.lede.pages[row.i];
  const truth = s.truth[row.i];
  const score = (x: PageScore) => `P ${f3(x.precision)} R ${f3(x.recall)}`;
  const out = [`- **${p.id.slice(0, 16)}** ${hostOf(p.url)}: Lede ${score(row.lede)}, Readability ${score(row.readability)}: ${verdict(row.lede.f1, row.readability.f1)}`];
  if (p.error) out.push(`  - Lede threw: ${clip(p.error, CLIP)}`);
  else if (p.status === 'internal') out.push(`  - Lede gave no story (internal failure): ${clip(p.failure ?? '', CLIP)}`);
  else if (p.status) out.push(`  - Lede gave no story (${p.status})`);
  if (truth.body !== undefined) {
    const d = lineDiff(truth.body, p.text);
    if (!d.leaked.lines.length && !d.missing.lines.length) {
      // Same lines both sides once spacing and case are ignored; the case-sensitive metric on
      // word tokens still sees the difference.
      out.push('  - no line differs beyond spacing and case: words run together or split apart (e.g. around links), or letter case changed');
    } else {
      out.push(...linesBlock('leaked', d.leaked, 'line'), ...linesBlock('missing', d.missing, 'line'));
    }
  }
  const m: SnippetMatch | null = s.results.lede.pageSnippets[row.i];
  if (m) {
    // Snippet sets: the truth's must-drop / must-keep lists; summaries sets: the rail as must-drop.
    out.push(...snippetBlock('must-drop kept', m.leaked, m.fp + m.tn), ...snippetBlock('must-keep missing', m.missing, m.tp + m.fn));
  }
  return out;
}

export function printWorst(s: SetResult, h: Harness, n: number): void {
  const lede = s.results.lede;
  const score = scorer(s, h);
  if (!n || !score) return;
  const rows: Row[] = lede.pages
    .map((_, i) => {
      const m = lede.tokens ? null : lede.pageSnippets[i];
      return { i, lede: score('lede', i), readability: score('readability', i), wrong: m ? m.fp + m.fn : 0 };
    })
    .filter((r): r is Row => r.lede !== null && r.readability !== null && r.lede.f1 < 1)
    // Lowest F1 first. Ties (common on snippet sets, where many pages score 0) go to the page
    // with more snippets wrong, then to the one Readability did better on: Lede's own damage first.
    .sort((a, b) => a.lede.f1 - b.lede.f1 || b.wrong - a.wrong || b.readability.f1 - a.readability.f1)
    .slice(0, n);
  const by = lede.tokens ? 'page F1' : 'page snippet F1';
  if (!rows.length) {
    console.log(`\n${s.set}: Lede's text is perfect (${by} 1.000) on every page.`);
    return;
  }
  console.log(`\n${s.set}: ${rows.length} worst pages for Lede (by ${by})\n`);
  console.log('| id | host | P | R | Lede status |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const p = lede.pages[r.i];
    console.log(`| ${p.id.slice(0, 16)} | ${hostOf(p.url)} | ${f3(r.lede.precision)} | ${f3(r.lede.recall)} | ${status(p)} |`);
  }
  const how = lede.tokens
    ? 'lines of Lede\'s text not in the reference (leaked) and reference lines not in Lede\'s text (missing), case and spacing ignored, repeated lines counted per copy'
    : 'must-drop snippets found in Lede\'s text and must-keep snippets not found';
  console.log(`\nWhat went wrong on each (${how}):\n`);
  for (const r of rows) console.log(details(s, r).join('\n'));
}
