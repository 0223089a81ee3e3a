// Broken pages: best effort, or a clear "no article"; never a throw, never a hang. Parsed the way
// the CLI parses (src/cli/parse.ts, linkedom); the browser's own cases are in test/e2e.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { isArticle, type Analysis } from '../../src/core/types';

const S = 'The council voted on Tuesday to close the Elm Street bridge after inspectors found a crack in a girder, and traffic is diverted over the harbour road until the end of the month, the city said.';
const PARAS = Array.from({ length: 6 }, (_, i) => `<p>${i}. ${S}</p>`).join('');

function read(html: string): Analysis {
  return analyze(parseHtml(html), { limits: { timeoutMs: 2_000 } });
}

describe('broken pages', () => {
  it('unclosed paragraphs, divs and article are read as the browser would close them', () => {
    const result = read(`<html><head><title>Bridge closed</title><body><article><h1>Bridge closed</h1><div><p>${S}<p>${S}<p>${S}<div><p>${S}<p>${S}`);
    expect(isArticle(result) && result.paragraphs.filter((p) => p === S).length).toBe(5);
  });

  it('a page without <html>, <head> or <body> is read', () => {
    const result = read(`<title>Bridge closed</title><h1>Bridge closed</h1>${PARAS}`);
    expect(isArticle(result) && result.paragraphs.length).toBe(6);
  });

  it('an XHTML page with an XML declaration and doctype is read', () => {
    const result = read(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n` +
        `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>${PARAS}</article></body></html>`,
    );
    expect(result).toMatchObject({ status: 'ok', title: 'Bridge closed' });
  });

  it('a frameset says the story is in frames', () => {
    const result = read('<!doctype html><html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(result).toMatchObject({ status: 'no-article', message: expect.stringMatching(/frames/), advice: expect.stringMatching(/Open the frame on its own/), detail: 'The page is a frameset.' });
  });

  it('a page that is one iframe says the story is in a frame', () => {
    const result = read('<!doctype html><html><head><title>Frame</title></head><body><iframe src="/story.html" width="100%" height="900"></iframe></body></html>');
    expect(result).toMatchObject({ status: 'no-article', advice: expect.stringMatching(/Open the frame on its own/), detail: expect.stringMatching(/inside an iframe/) });
  });

  it('a story with an embedded iframe (a video) is still read as a story', () => {
    const result = read(`<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>${PARAS}<iframe src="https://video.example/1"></iframe></article></body></html>`);
    expect(result.status).toBe('ok');
  });

  it('an empty document, or only whitespace, gives "no article"', () => {
    expect(read('').status).toBe('no-article');
    expect(read('  \n\t ').status).toBe('no-article');
    expect(read('<!doctype html><html><head></head><body></body></html>').status).toBe('no-article');
  });

  it('a document with no documentElement says the page is empty', () => {
    const doc = parseHtml('<p>x</p>');
    doc.documentElement.remove();
    expect(analyze(doc)).toMatchObject({ status: 'no-article', message: 'This page is empty.' });
  });

  it('an SVG document gives "no article"', () => {
    expect(read(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>${S}</text></svg>`).status).toBe('no-article');
  });

  it('a document without a body (an SVG or XML document in the browser) says it is not a web page', () => {
    const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg"><text>${S}</text></svg>`, 'image/svg+xml') as unknown as Document;
    expect(analyze(doc)).toMatchObject({ status: 'no-article', message: expect.stringMatching(/not a web page/), advice: expect.stringMatching(/web page/) });
  });

  it('text/plain (the CLI reads it as text in a body) is read as best effort', () => {
    const result = read(`Bridge closed\n\n${S}\n\n${S}\n\n${S}`);
    expect(isArticle(result) && result.text).toContain(S);
  });

  it('declarative shadow DOM: a story inside <template shadowrootmode> is read', () => {
    const result = read(`<!doctype html><html><head><title>Bridge closed</title></head><body><news-story><template shadowrootmode="open"><article><h1>Bridge closed</h1>${PARAS}<slot></slot></article></template><p>Light child.</p></news-story></body></html>`);
    expect(isArticle(result) && result.paragraphs.filter((p) => p.endsWith(S)).length).toBe(6);
  });

  it('a charset declared as UTF-8 over windows-1252 bytes keeps its accented letters', () => {
    const bytes = Buffer.from(`<html><head><meta charset="utf-8"><title>Caf\xe9 closes</title></head><body><article><h1>Caf\xe9 closes</h1>${PARAS}</article></body></html>`, 'latin1');
    const result = analyze(parseHtml(decodeHtml(bytes)));
    expect(result).toMatchObject({ status: 'ok', title: 'Café closes' });
  });

  it('a charset declared as windows-1252 over UTF-8 bytes is read as UTF-8', () => {
    const bytes = Buffer.from(`<html><head><meta charset="windows-1252"><title>Café closes</title></head><body><article><h1>Café closes</h1>${PARAS}</article></body></html>`, 'utf8');
    expect(decodeHtml(bytes)).toContain('<title>Café closes</title>');
  });

  it('a declared legacy charset with ASCII-only bytes still decodes with the declared one', () => {
    expect(decodeHtml(Buffer.from('<meta charset="iso-8859-1"><p>plain</p>'))).toContain('plain');
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9]))).toBe('<p>é');
  });
});
