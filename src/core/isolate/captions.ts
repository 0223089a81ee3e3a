// Photo captions and credits. The reader view keeps them under their pictures, but they are not
// the story's text: Article.text (what the CLI prints and the benchmarks score), the summary and
// the quotes leave them out. Reference texts agree: scrapinghub's article bodies never include
// "Photograph: Jeenah Moon/Getty Images" or the caption above it.
import { BLOCK_TAGS, classOf, isElement, normSpace, rawTextLengthUpTo, tagOf, TEXT_NODE, textOf } from '../dom';
import { isCreditLine } from './metaline';

/** Class or id words sites give caption and credit elements (wp-caption-text, media-caption,
 *  photo-credit, image__credit, …). */
const CAPTION_HINT = /(^|[\s_-])(caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text|figcaption|img-?desc|photo-?desc)($|[\s_-])/i;
/** A caption is short; a container whose class happens to say "caption" and holds the story is not. */
const MAX_CAPTION_RAW = 600;

/** Class or id words of a box that holds a picture: its only text is the picture's caption. */
const PICTURE_BOX = /(^|[\s_-])(image|img|photo|picture|pic|figure|media)($|[\s_-])/i;

/** A figure without <figure>: `<div class="image top"><img><p>In this 2006 file photo…</p></div>`
 *  (ctvnews.ca). The box is named for a picture, holds one, and has no text but this block's. */
function inPictureBox(el: Element): boolean {
  const box = el.parentElement;
  if (!box || !PICTURE_BOX.test(`${classOf(box)} ${box.getAttribute('id') ?? ''}`)) return false;
  if (rawTextLengthUpTo(box, MAX_CAPTION_RAW) > MAX_CAPTION_RAW || !box.getElementsByTagName('img').length) return false;
  return textOf(box).length === textOf(el).length;
}

/** An italic line printed right under a picture, in the same block: `<img><br><em>The KL 26 in
 *  1940.</em><br>` (hand-written CMS pages caption pictures this way, with no caption element).
 *  The line must stand alone: nothing but line breaks between it and the picture, and a line
 *  break or the block's end after it. */
function underPicture(el: Element): boolean {
  let before = el.previousSibling;
  while (before && (isBlank(before) || (isElement(before) && tagOf(before) === 'br'))) before = before.previousSibling;
  if (!before || !isElement(before) || !isPicture(before)) return false;
  let after = el.nextSibling;
  while (after && isBlank(after)) after = after.nextSibling;
  if (after && !(isElement(after) && tagOf(after) === 'br')) return false;
  return rawTextLengthUpTo(el, MAX_CAPTION_RAW) <= MAX_CAPTION_RAW;
}

const isBlank = (n: Node) => n.nodeType === TEXT_NODE && !(n as Text).data.trim();

/** An image, or a link around nothing but an image (a picture that opens full size). */
function isPicture(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'img' || tag === 'picture') return true;
  return tag === 'a' && el.children.length === 1 && ['img', 'picture'].includes(tagOf(el.children[0]!)) && !textOf(el);
}

export function isCaption(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'figcaption') return true;
  const hint = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  if (CAPTION_HINT.test(hint)) return rawTextLengthUpTo(el, MAX_CAPTION_RAW) <= MAX_CAPTION_RAW;
  if ((tag === 'p' || tag === 'div' || tag === 'span') && inPictureBox(el)) return true;
  if ((tag === 'em' || tag === 'i') && underPicture(el)) return true;
  // Credit lines without a caption element or class: judged by their words, on short blocks and
  // spans only (reading the text of every container would cost a walk per level).
  if (!BLOCK_TAGS.has(tag) && tag !== 'span' && tag !== 'small' && tag !== 'em' && tag !== 'i') return false;
  if (rawTextLengthUpTo(el, 300) > 300) return false;
  const text = textOf(el);
  // An agency alone on its line, or after a name ("Getty Images", "AFP via Getty Images", "Jane
  // Doe/AFP"): a picture's credit printed as a paragraph of its own. Blocks only: in a span it
  // is the story's own words ("(Reuters) —", "The Associated Press reports").
  if (BLOCK_TAGS.has(tag) && AGENCY_ONLY.test(text)) return true;
  return isCreditLine(text) || TRAILING_CREDIT.test(text) || namesItsPicture(el, text);
}

const AGENCY_ONLY = /^[([]?(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:via\s+)|(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}[/|]\s*)?(?:getty images|afp|reuters|associated press|ap photo|ap|shutterstock|epa(?:-efe)?|alamy|istock(?:photo)?|bloomberg|dpa|anadolu(?: agency)?|sipa(?: usa)?|xinhua|picture alliance|picture-alliance|imago(?: images)?|keystone|ansa|efe|europa press)(?:\s+(?:via|for)\s+[\p{Lu}][^.!?]{0,40})?[)\]]?$/iu;


const MIN_PICTURE_TEXT = 15;
/** Longer alt texts are the story's own lead sentences, which sites print as the caption too. */
const MAX_PICTURE_TEXT = 120;
const PICTURE_BOX_LEVELS = 3;

/** A line that repeats the alt or title text of the picture beside it and then gives its credit:
 *  the picture's caption, however its box is named (`<div><div><img alt="Schneeräumpflicht
 *  - was man darüber wissen muss"></div><p><small>Schneeräumpflicht - was man darüber wissen
 *  muss © Rike/pixelio.de</small></p></div>`). The box is the nearest of the block's few
 *  ancestors that holds a picture, and it holds little more text than the block. */
function namesItsPicture(el: Element, text: string): boolean {
  if (text.length < MIN_PICTURE_TEXT) return false;
  let box: Element | null = el.parentElement;
  for (let level = 0; box && level < PICTURE_BOX_LEVELS; box = box.parentElement, level++) {
    if (rawTextLengthUpTo(box, MAX_CAPTION_RAW) > MAX_CAPTION_RAW) return false;
    const imgs = box.getElementsByTagName('img');
    if (!imgs.length) continue;
    const lower = text.toLowerCase();
    for (const img of Array.from(imgs)) {
      for (const said of [img.getAttribute('alt'), img.getAttribute('title')]) {
        const name = normSpace(said).toLowerCase();
        if (name.length < MIN_PICTURE_TEXT || name.length > MAX_PICTURE_TEXT || !lower.startsWith(name)) continue;
        const rest = text.slice(name.length).trim();
        if (isCreditLine(rest)) return true;
      }
    }
    return false;
  }
  return false;
}

/** A caption that ends with its credit in brackets: "Die Übertragungszeiten im Überblick.
 *  (Foto: Getty)", "Crowds at the gate on Monday (Photo: Reuters)". */
const TRAILING_CREDIT = /\((photo|photos|foto|fotos|bild|image|picture|credit|crédit|crédito|quelle)\s*:\s*[^()]{1,80}\)$/iu;
