// analyze() end to end on small pages: what reaches the paragraphs, the summary and the quotes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { isLayoutTable } from '../../src/core/dom';

const page = (name: string) => readFileSync(new URL(`../pages/${name}/source.html`, import.meta.url), 'utf8');

describe('a story in a layout table', () => {
  it('counts the story cell as prose: the summary is read from it', () => {
    const a = analyze(parseHtml(page('story-in-layout-table')), {});
    expect(a.status).toBe('ok');
    if (a.status !== 'ok') return;
    expect(a.paragraphs.some((p) => p.startsWith('Am Dienstagmorgen stand ich'))).toBe(true);
    expect(a.summary.join(' ')).toContain('wartete auf die Fähre zum Festland');
  });
});

describe('isLayoutTable', () => {
  const table = (rows: string) => parseHtml(`<!doctype html><html><body><table>${rows}</table></body></html>`).querySelector('table')!;
  const long = 'The council closed the bridge on Friday after inspectors found a crack in one of its steel girders, and traffic is diverted over the harbour road until the end of the month, the city said on Saturday.';

  it('is a layout table when a row of one or two cells holds a paragraph', () => {
    expect(isLayoutTable(table(`<tr><td>Posted 3:59 PM</td></tr><tr><td>${long}</td></tr>`))).toBe(true);
    expect(isLayoutTable(table(`<tr><td>Author</td><td>${long}</td></tr>`))).toBe(true);
  });

  it('is a layout table when the column stands between spacer cells', () => {
    expect(isLayoutTable(table(`<tr><td>&nbsp;</td><td>${long}</td><td> </td></tr>`))).toBe(true);
    expect(isLayoutTable(table(`<tr><td>&nbsp;</td><td>Tue</td><td>${long}</td><td>x</td></tr>`))).toBe(false);
  });

  it('is a data table when cells hold figures and labels, however many rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>Team ${i}</td><td>${i}</td><td>${40 - i}</td></tr>`).join('');
    expect(isLayoutTable(table(rows))).toBe(false);
    expect(isLayoutTable(table(`<tr><td>Mon</td><td>9:00</td><td>Opening</td></tr><tr><td>Tue</td><td>${long}</td><td>x</td></tr>`))).toBe(false);
  });
});
