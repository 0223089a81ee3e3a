// The page survey rides on the size gate's walk: it must find what the separate reads it stands
// in for find (querySelectorAll('h1'), getElementsByTagName('meta'), planPrune's own walk).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { planPrune, pruneNonContent, removeAsides } from '../../src/core/isolate/prune';
import { Removals } from '../../src/core/isolate/removals';
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

  it('takes out a form a reader fills in, but not one that wraps the page', () => {
    const signUp = '<form><p class="error-msg">Das Passwort muss mindestens 8 Zeichen lang sein.</p><label>E-Mail</label><input type="email"><select><option>Afghanistan</option></select></form>';
    const aspNet = '<form id="aspnetForm"><input type="email" name="newsletter"><h1>Headline</h1><p>Story.</p></form>';
    const search = '<form class="search"><input type="text" name="q"></form>';
    const doc = parseHtml(`<!doctype html><html><body>${signUp}${aspNet}${search}</body></html>`);
    expect(planPrune(doc.body).doomed.filter((e) => e.localName === 'form').map((e) => e.id)).toEqual(['']);
    const long = parseHtml(`<!doctype html><html><body><form><input type="email"><p>${'Story text. '.repeat(400)}</p></form></body></html>`);
    expect(planPrune(long.body).doomed.map((e) => e.localName)).not.toContain('form');
  });

  it('plans asides apart, and takes them out (listed) unless the headline stands in one', () => {
    const doc = parseHtml(
      '<!doctype html><html><body><main><aside class="story"><h1>Headline</h1><p>Story.</p><aside class="box">Box</aside></aside></main>' +
        '<aside class="sidebar"><h2>Most read</h2><p>Teaser</p></aside></body></html>',
    );
    const survey = surveyPage(doc);
    expect(survey.prune.asides.map((e) => e.getAttribute('class'))).toEqual(['story', 'box', 'sidebar']);
    expect(survey.prune).toEqual(planPrune(doc.body));
    pruneNonContent(doc.body, survey.prune);
    const removals = new Removals();
    removeAsides(survey.prune.asides, survey.h1s[0], removals);
    expect(Array.from(doc.querySelectorAll('aside')).map((e) => e.getAttribute('class'))).toEqual(['story']); // the box inside the story is a sidebar too
    expect(removals.blocks.map((b) => [b.reason, b.text])).toEqual([['sidebar', 'Box'], ['sidebar', 'Most read\nTeaser']]);
  });

  it('ends when an embedded post is the only thing in an aside it took out', () => {
    const doc = parseHtml('<!doctype html><html><body><h1>H</h1><aside><blockquote class="twitter-tweet"><p>Post</p></blockquote></aside><p>Story.</p></body></html>');
    const survey = surveyPage(doc);
    removeAsides(survey.prune.asides, survey.h1s[0], new Removals());
    pruneNonContent(doc.body, survey.prune);
    expect(doc.body.textContent).toBe('HStory.');
  });
});
