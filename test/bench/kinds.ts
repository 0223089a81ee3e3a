// The page-kind part of `npm run bench` (issue 21): on ../shared/corpus/page-kinds-dev (real
// pages labelled story / no-story by kind), what Lede says each page is, beside Readability's
// isProbablyReaderable and its parse() (a story when it gives 500 characters or more), in the two
// publisher parts of split.ts: rules are tuned on the first and judged on the second ("check").
//
//   npm run bench -- --only kinds      (or: npx tsx test/bench/kinds.ts)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { decodeHtml, parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { CORPUS_DIR } from './harness';
import { benchSplit, type BenchPart } from './split';

export const PAGE_KINDS_DIR = join(CORPUS_DIR, 'page-kinds-dev');

interface Truth {
  url: string;
  kind: string;
  expect: 'story' | 'no-story';
}

export interface KindRow {
  id: string;
  part: BenchPart;
  truth: Truth;
  /** What Lede said: 'story', 'teaser-only', or the kind of page (else the failure's status). */
  lede: string;
  ledeShown: boolean;
  readerable: boolean;
  parsed: boolean;
}

/** Every page of the set, judged by the three. */
export function runKinds(dir = PAGE_KINDS_DIR): KindRow[] {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, Truth>;
  const side = benchSplit(join(CORPUS_DIR, 'quotes-dev'));
  const rows: KindRow[] = [];
  for (const [id, t] of Object.entries(truth)) {
    const html = decodeHtml(readFileSync(join(dir, 'pages', `${id}.html`)));
    const a = analyze(parseHtml(html), { url: t.url });
    const lede = a.status === 'ok' ? (a.kind ?? 'story') : (a.kind ?? a.status);
    let readerable = false;
    let parsed = false;
    try {
      readerable = isProbablyReaderable(parseHtml(html));
      parsed = (new Readability(parseHtml(html)).parse()?.textContent?.trim().length ?? 0) >= 500;
    } catch {
      // Readability throws on some markup: no story from it, then.
    }
    rows.push({ id, part: side(t.url, id), truth: t, lede, ledeShown: a.status === 'ok', readerable, parsed });
  }
  return rows;
}

const STORY_KINDS = ['article', 'consent-overlay', 'paywall-overlay'];

export function printKindReport(rows: readonly KindRow[]): void {
  console.log('\nPage kinds (page-kinds-dev, test/bench/kinds.ts): is a page that is not a story shown as one, and is a');
  console.log('story missed? Lede against Readability\'s isProbablyReaderable and its parse() (≥ 500 characters). A paywall');
  console.log('stub shown as "teaser-only" counts as rightly not shown as a whole story.\n');
  console.log('| part | pages | no-story shown: Lede | isProbablyReaderable | parse() | stories missed: Lede | isProbablyReaderable | parse() |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const part of ['tune', 'check'] as const) {
    const mine = rows.filter((r) => r.part === part);
    const no = mine.filter((r) => r.truth.expect === 'no-story');
    const yes = mine.filter((r) => r.truth.expect === 'story');
    const shownLede = (r: KindRow) => r.ledeShown && r.lede !== 'teaser-only';
    const frac = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(0) : 0} %)`;
    console.log(
      `| ${part} | ${mine.length} | ${frac(no.filter(shownLede).length, no.length)} | ${frac(no.filter((r) => r.readerable).length, no.length)} | ${frac(no.filter((r) => r.parsed).length, no.length)} | ${frac(yes.filter((r) => !r.ledeShown).length, yes.length)} | ${frac(yes.filter((r) => !r.readerable).length, yes.length)} | ${frac(yes.filter((r) => !r.parsed).length, yes.length)} |`,
    );
  }
  // The confusion table: the labelled kind against what Lede said, both parts together.
  const said = [...new Set(rows.map((r) => r.lede))].sort((a, b) => (a === 'story' ? -1 : b === 'story' ? 1 : a.localeCompare(b)));
  const kinds = [...new Set(rows.map((r) => r.truth.kind))].sort((a, b) => Number(STORY_KINDS.includes(b)) - Number(STORY_KINDS.includes(a)) || a.localeCompare(b));
  console.log('\nWhat Lede said each labelled kind is (rows: the label; columns: Lede; both parts), and how many of each');
  console.log('kind isProbablyReaderable calls readerable:\n');
  console.log(`| label | pages | ${said.join(' | ')} | isProbablyReaderable |`);
  console.log(`|---|---|${said.map(() => '---|').join('')}---|`);
  for (const kind of kinds) {
    const mine = rows.filter((r) => r.truth.kind === kind);
    console.log(`| ${kind} | ${mine.length} | ${said.map((s) => mine.filter((r) => r.lede === s).length || '').join(' | ')} | ${mine.filter((r) => r.readerable).length} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(PAGE_KINDS_DIR, 'truth.json'))) {
    console.error(`kinds: ${PAGE_KINDS_DIR} not found (the shared corpus sits beside the repository)`);
    process.exitCode = 2;
  } else printKindReport(runKinds());
}
