// The story as the page declares it in JSON-LD: headline, authors, publisher, datePublished.
// Pages carry several objects (the site, its breadcrumb, a list of teasers each with its own
// headline and date: one page of the fundus set lists 40); only an article-typed object at the
// top, in an array or in @graph counts, never one inside a list of teasers.
import { normSpace } from '../dom';

export interface JsonLdStory {
  headline?: string;
  authors: string[];
  publisher?: string;
  datePublished?: string;
  dateModified?: string;
  /** A WebPage rather than an article type: used only when no article is declared. */
  page: boolean;
}

const ARTICLE_TYPE = /(article|posting|report|review|newsarticle|blogposting|liveblogposting|opinionnewsarticle)$/i;
const PAGE_TYPE = /^(webpage|itempage)$/i;
const MAX_DEPTH = 4;

function types(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && normSpace(v) ? normSpace(v) : undefined);

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}

function toStory(obj: Record<string, unknown>, page: boolean): JsonLdStory {
  const authors: string[] = [];
  for (const a of Array.isArray(obj.author) ? obj.author : obj.author ? [obj.author] : []) {
    const name = nameOf(a);
    if (name && !authors.includes(name)) authors.push(name);
  }
  return {
    headline: str(obj.headline) ?? (page ? undefined : str(obj.name)),
    authors,
    publisher: nameOf(obj.publisher),
    datePublished: str(obj.datePublished) ?? str(obj.dateCreated),
    dateModified: str(obj.dateModified),
    page,
  };
}

/** Each script's parsed JSON, once per analysis: the story, the byline and the page's kind all
 *  read the same scripts (a WeakMap: a page's elements go with the page). */
const parsed = new WeakMap<Element, unknown>();

/** A JSON-LD script's data; undefined when it is not JSON. Some CMSs wrap the JSON in CDATA, as
 *  Readability also allows for. */
export function parseJsonLd(script: Element): unknown {
  if (parsed.has(script)) return parsed.get(script);
  let data: unknown;
  try {
    data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
  } catch {
    data = undefined;
  }
  parsed.set(script, data);
  return data;
}

/** The article objects the page's JSON-LD scripts declare, articles before web pages, each in
 *  document order. Broken JSON is skipped. */
export function jsonLdStories(scripts: readonly Element[]): JsonLdStory[] {
  const articles: JsonLdStory[] = [];
  const pages: JsonLdStory[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const t = types(obj);
    if (t.some((x) => ARTICLE_TYPE.test(x))) articles.push(toStory(obj, false));
    else if (t.some((x) => PAGE_TYPE.test(x))) {
      pages.push(toStory(obj, true));
      // A WebPage that names its story: mainEntity is the article.
      visit(obj.mainEntity, depth + 1);
    }
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of scripts) {
    const data = parseJsonLd(script);
    if (data !== undefined) visit(data, 0);
  }
  return [...articles, ...pages];
}
