// The story gate after isolation: short real stories pass, a home page's leftovers do not.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { textBlocks } from '../../src/core/dom';
import { isStory } from '../../src/core/gate';

function judge(body: string): boolean {
  const doc = parseHtml(`<!doctype html><html><body><div id="c">${body}</div></body></html>`);
  const content = doc.getElementById('c')!;
  return isStory(textBlocks(content), content);
}

describe('isStory', () => {
  it('accepts a short brief of a few sentences with no links', () => {
    expect(
      judge(
        '<p>The council closed the Elm Street bridge on Friday after inspectors found a crack in one of its steel girders.</p>' +
          '<p>Traffic is diverted over the harbour road until at least the end of the month, the city said.</p>',
      ),
    ).toBe(true);
  });

  it('refuses a home page of headlines with one blurb', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<h3><a href="/s/${i}">Headline number ${i} about the city council and its budget</a></h3>`).join('');
    expect(judge(`${cards}<p>Our newsroom covers the city, the region and the world, every day of the week.</p>`)).toBe(false);
  });

  it('refuses a lone sentence', () => {
    expect(judge('<p>The page you are looking for has moved to a new address.</p>')).toBe(false);
  });
});
