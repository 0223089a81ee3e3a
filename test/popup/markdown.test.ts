import { describe, expect, it } from 'vitest';
import { articleMarkdown, escapeMarkdown } from '../../src/popup/markdown';
import { makeArticle } from '../reader/fixtures';

describe('Copy as Markdown', () => {
  it('gives title, source, address, summary and quotes with speakers', () => {
    const a = makeArticle({ summary: ['One.', 'Two.'] });
    expect(articleMarkdown(a, a.quotes, 'en-GB')).toBe(
      '# Afghan intelligence officers joining IS: report\n\n' +
        'Dawn · Anwar Iqbal · 3 November 2021  \n<https://www.dawn.com/news/1655396>\n\n' +
        '## Summary\n\n- One.\n- Two.\n\n' +
        '## Key quotes\n\n> “We share a common purpose”  \n> — Gen Frank McKenzie\n',
    );
  });

  it('leaves out what the story lacks: a speaker, a summary, a web address', () => {
    const a = makeArticle({ summary: [], byline: undefined, published: undefined, url: 'javascript:alert(1)', site: 'Dawn' });
    expect(articleMarkdown(a, [{ text: 'Unattributed words here', speaker: null, paragraph: 0 }])).toBe(
      '# Afghan intelligence officers joining IS: report\n\nDawn\n\n## Key quotes\n\n> “Unattributed words here”\n',
    );
  });

  it('says so after a speaker Lede is less sure of', () => {
    const a = makeArticle({ summary: [], byline: undefined, published: undefined, url: 'javascript:alert(1)', site: 'Dawn' });
    expect(articleMarkdown(a, [{ text: 'Nobody should doubt our numbers', speaker: 'Ann Lee', paragraph: 0, confidence: 'medium' }])).toBe(
      '# Afghan intelligence officers joining IS: report\n\nDawn\n\n## Key quotes\n\n> “Nobody should doubt our numbers”  \n> — Ann Lee (probably)\n',
    );
    // A guess for a quote nothing attributes ('low') as well.
    expect(articleMarkdown(a, [{ text: 'Nobody should doubt our numbers', speaker: 'Ann Lee', paragraph: 0, confidence: 'low' }])).toContain('> — Ann Lee (probably)\n');
  });

  it('escapes Markdown in page text, so a headline cannot become a link, an image or markup', () => {
    expect(escapeMarkdown('[click](https://evil.example) <img src=x> *bold* `code` a_b')).toBe(
      '\\[click\\](https://evil.example) \\<img src=x\\> \\*bold\\* \\`code\\` a\\_b',
    );
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('- not a list\n\n## nor this')).toBe('\\- not a list ## nor this');
    expect(escapeMarkdown('10. Not a list item')).toBe('10\\. Not a list item');
  });
});
