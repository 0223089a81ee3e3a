// Photo captions and credits. The reader view keeps them under their pictures, but they are not
// the story's text: Article.text (what the CLI prints and the benchmarks score), the summary and
// the quotes leave them out. Reference texts agree: scrapinghub's article bodies never include
// "Photograph: Jeenah Moon/Getty Images" or the caption above it.
import { rawTextLengthUpTo, tagOf } from '../dom';

/** Class or id words sites give caption and credit elements (wp-caption-text, media-caption,
 *  photo-credit, image__credit, …). */
const CAPTION_HINT = /(^|[\s_-])(caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text|figcaption|img-?desc|photo-?desc)($|[\s_-])/i;
/** A caption is short; a container whose class happens to say "caption" and holds the story is not. */
const MAX_CAPTION_RAW = 600;

export function isCaption(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'figcaption') return true;
  const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!CAPTION_HINT.test(hint)) return false;
  return rawTextLengthUpTo(el, MAX_CAPTION_RAW) <= MAX_CAPTION_RAW;
}
