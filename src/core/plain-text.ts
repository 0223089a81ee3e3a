// A plain-text document (text/plain: a story saved as .txt, a mailing-list post, a wire copy) as
// the HTML page the rules expect. The browser shows such a file as one <pre>, which Lede read as a
// single paragraph whose first 120 characters became the title. Here a blank line ends a
// paragraph, the line breaks of hard-wrapped text become spaces, and a short first line that is
// not a sentence is the title.

/** A first line longer than this is the story's first sentence, not its headline. */
const MAX_TITLE_CHARS = 150;

/** Fill `doc`, an empty HTML document (`document.implementation.createHTMLDocument('')`), with
 *  `text` as a page: a title, and an <article> of a heading and paragraphs. Returns `doc`. */
export function plainTextPage(doc: Document, text: string): Document {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  const article = doc.createElement('article');
  const first = blocks[0];
  if (blocks.length > 1 && first.length === 1 && isHeadline(first[0])) {
    doc.title = first[0];
    const h1 = doc.createElement('h1');
    h1.textContent = first[0];
    article.appendChild(h1);
    blocks.shift();
  }
  for (const lines of blocks) {
    const p = doc.createElement('p');
    p.textContent = lines.join(' ');
    article.appendChild(p);
  }
  doc.body.appendChild(article);
  return doc;
}

function isHeadline(line: string): boolean {
  return line.length <= MAX_TITLE_CHARS && !/[.,;:!?]["'”’)]?$/.test(line);
}
