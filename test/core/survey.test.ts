// The page survey rides on the size gate's walk: it must find what the separate reads it stands
// in for find (querySelectorAll('h1'), getElementsByTagName('meta'), planPrune's own walk).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { planPrune } from '../../src/core/isolate/prune';
import { surveyPage } from '../../src/core/isolate/survey';

const pagesDir = join(import.meta.dirname ?? join(process.cwd(), 'test', 'core'), '..', 'pages');
const slugs = readdirSync(pagesDir).filter((s) => existsSync(join(pagesDir, s, 'source.html')));

describe('surveyPage', () => {
  it('finds the same h1s, metas and prune plan as separate reads, on every golden page', () => {
    for (const slug of slugs) {
      const doc = parseHtml(readFileSync(join(pagesDir, slug, 'source.html'), 'utf8'));
      const survey = surveyPage(doc);
      expect(survey.h1s, slug).toEqual(Array.from(doc.querySelectorAll('h1')));
      expect(survey.metas, slug).toEqual(Array.from(doc.getElementsByTagName('meta')));
      expect(survey.figures, slug).toEqual(Array.from(doc.querySelectorAll('figure')));
      expect(survey.prune, slug).toEqual(planPrune(doc.body));
    }
  });

  it('plans the prune below <body> only, and not inside what it already takes', () => {
    const doc = parseHtml(
      '<!doctype html><html><head><style>x</style><script>1</script></head><body>' +
        '<nav><ul><li><script>2</script></li></ul></nav><div hidden><style>y</style></div>' +
        '<div><blockquote class="twitter-tweet"><p>Post</p></blockquote><template><p>T</p></template></div></body></html>',
    );
    const { prune } = surveyPage(doc);
    expect(prune.doomed.map((e) => e.localName)).toEqual(['nav', 'div', 'template']);
    expect(prune.posts.map((e) => e.localName)).toEqual(['blockquote']);
    expect(prune).toEqual(planPrune(doc.body));
  });
});
