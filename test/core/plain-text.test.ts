// A text/plain page read as a story: paragraphs at blank lines, hard wraps joined, a short first
// line as the title. The document is built with linkedom here, as the content script builds it
// with the browser's own DOM.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { plainTextPage } from '../../src/core/plain-text';
import { isArticle } from '../../src/core/types';

const S = 'The council voted on Tuesday to close the Elm Street bridge after inspectors found a crack in a girder, and traffic is diverted over the harbour road until the end of the month, the city said.';
const empty = () => parseHtml('<!doctype html><html><head><title></title></head><body></body></html>');
const page = (text: string) => plainTextPage(empty(), text);
const shape = (doc: Document) => Array.from(doc.querySelectorAll('article > *'), (el) => `${el.localName}:${el.textContent}`);

describe('plainTextPage', () => {
  it('a short first line is the title; blank lines end paragraphs; hard wraps are joined', () => {
    const doc = page(`Bridge closed\n\nThe council voted on Tuesday\nto close the bridge.\n\n  Traffic is diverted.  \r\n\r\nThe city said so.\n`);
    expect(doc.title).toBe('Bridge closed');
    expect(shape(doc)).toEqual(['h1:Bridge closed', 'p:The council voted on Tuesday to close the bridge.', 'p:Traffic is diverted.', 'p:The city said so.']);
  });

  it('a first line that is a sentence, a long line or a wrapped block is not taken for a title', () => {
    expect(page(`The bridge is closed.\n\n${S}`).title).toBe('');
    expect(page(`${S.slice(0, 160)}\n\n${S}`).title).toBe('');
    expect(page(`Bridge closed\nfor a month\n\n${S}`).title).toBe('');
    // One block only: it is the text, not a title over nothing.
    expect(shape(page('Bridge closed'))).toEqual(['p:Bridge closed']);
  });

  it('an empty or blank text gives an empty article, which the analysis calls "no article"', () => {
    expect(shape(page(''))).toEqual([]);
    expect(analyze(page(' \n\n \t\n')).status).toBe('no-article');
  });

  it('through the analysis: the title and every paragraph come out', () => {
    const result = analyze(page(`Bridge closed\n\n${S}\n\n${S.replace('Tuesday', 'Monday')}\n\n${S.replace('Tuesday', 'Friday')}`));
    expect(isArticle(result) && [result.title, result.paragraphs.length]).toEqual(['Bridge closed', 3]);
  });
});
