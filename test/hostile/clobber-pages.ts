// Pages that clobber the DOM: named form controls that shadow the form's own members
// (HTMLFormElement has [LegacyOverrideBuiltIns]) and named images, embeds and forms that shadow
// the document's (document.body, document.title, document.createElement…), around the ordinary
// story of ./pages.ts. DOMPurify's payloads carry these shapes one at a time; a page that carries
// many at once (a comment section full of them) made Chromium refuse a story the CLI read.
// Shared by the unit test (linkedom, with the browser's named properties simulated: clobber.ts)
// and the browser e2e (test/e2e/clobber.test.ts), where the browser's own DOM does the clobbering.
import { hostilePage, PAYLOADS, type Position } from './pages';

/** Form members that a walk reads: every one a control can shadow. */
export const FORM_MEMBERS = [
  'parentNode', 'firstChild', 'nextSibling', 'lastChild', 'previousSibling', 'childNodes', 'children',
  'firstElementChild', 'nextElementSibling', 'parentElement', 'attributes', 'textContent', 'nodeType',
  'nodeName', 'tagName', 'localName', 'id', 'className', 'classList', 'getAttribute', 'getAttributeNode',
  'hasAttribute', 'getElementsByTagName', 'querySelector', 'querySelectorAll', 'closest', 'contains',
  'removeChild', 'appendChild', 'insertBefore', 'replaceChild', 'cloneNode', 'ownerDocument', 'title',
  'innerHTML', 'remove', 'setAttribute', 'removeAttribute', 'namespaceURI', 'hasChildNodes', 'readability',
];

/** Document members that the core, Readability and the content script read. */
export const DOCUMENT_MEMBERS = [
  'body', 'documentElement', 'title', 'head', 'createElement', 'createTextNode', 'getElementsByTagName',
  'querySelector', 'querySelectorAll', 'getElementById', 'cloneNode', 'importNode', 'implementation',
  'contentType', 'createTreeWalker', 'baseURI', 'documentURI',
];

/** A comment form of the kind a payload leaves: one control per name, inside the story. */
export function clobberingForm(names: readonly string[]): string {
  return `<form class="comment-form" action="/comments">${names.map((n) => `<input type="hidden" name="${n}" value="x">`).join('')}<button id="submit" type="submit">Post</button></form>`;
}

/** Named elements that shadow the document's members. */
export function namedElements(names: readonly string[]): string {
  const tags = ['img', 'form', 'embed', 'object', 'iframe'] as const;
  return names
    .map((n, i) => {
      const tag = tags[i % tags.length];
      if (tag === 'img') return `<img src="/pixel.gif" name="${n}" alt="">`;
      if (tag === 'form') return `<form name="${n}"></form>`;
      if (tag === 'object') return `<object id="${n}" data="/none"></object>`;
      return `<${tag} name="${n}" src="/none"></${tag}>`;
    })
    .join('');
}

export interface ClobberPage {
  name: string;
  html: string;
}

/** The story page with `shape` in a story paragraph, the lead image's caption, or the rail. */
function withShape(position: 'paragraph' | 'caption' | 'rail', shape: string): string {
  return hostilePage(position, shape);
}

/** The story with clobbering forms and named elements, each shape on its own and together. */
export function clobberPages(): ClobberPage[] {
  const pages: ClobberPage[] = [
    { name: 'form-walk-members', html: withShape('paragraph', clobberingForm(['parentNode', 'nextSibling', 'firstChild', 'childNodes', 'children'])) },
    { name: 'form-attributes-text', html: withShape('paragraph', clobberingForm(['attributes', 'textContent', 'getAttribute', 'tagName', 'className', 'id', 'nodeType'])) },
    { name: 'form-all-members', html: withShape('caption', clobberingForm(FORM_MEMBERS)) },
    { name: 'document-members', html: withShape('paragraph', namedElements(DOCUMENT_MEMBERS)) },
    { name: 'document-and-forms', html: withShape('rail', clobberingForm(FORM_MEMBERS) + namedElements(DOCUMENT_MEMBERS)) },
  ];
  // The whole page inside one form (ASP.NET sites wrap every page in one), whose hidden
  // controls shadow its members: the story's paragraphs are the form's descendants.
  const controls = ['parentNode', 'lastChild', 'firstElementChild', 'nextElementSibling', 'nodeName'].map((n) => `<input type="hidden" name="${n}" value="x">`).join('');
  pages.push({
    name: 'page-in-a-form',
    html: hostilePage('paragraph', '').replace('<body>', `<body><form id="aspnetForm" action="/story">${controls}`).replace('</body>', '</form></body>'),
  });
  return pages;
}

/** Pages that carry many of DOMPurify's payloads at once: every payload, `per` to a page, in
 *  `position` (a comment section, a caption, a rail full of them). */
export function manyPayloadPages(position: Position, per = 9): ClobberPage[] {
  const out: ClobberPage[] = [];
  for (let i = 0; i < PAYLOADS.length; i += per) out.push({ name: `many-${position}-${i}`, html: hostilePage(position, PAYLOADS.slice(i, i + per).join('\n')) });
  return out;
}
