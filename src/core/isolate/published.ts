// When the story was published, as ISO 8601. Two kinds of evidence: what the page declares for
// machines (article:published_time, JSON-LD datePublished, itemprop, other date metas) and what
// it prints by the headline (a <time datetime>, a "Published November 3, 2021" line, in several
// languages). Each is checked: no date in the future, none before the web carried news (a
// "© 2012" or a stale template meta is no publication date), and a declared date that
// contradicts the date printed by the headline gives way to the printed one, which is what the
// reader sees. Dates elsewhere on the page (teasers in rails, the footer's copyright) are never
// read. Made necessary by a 2026 story shown as 2012, the demo page's "Published November 3,
// 2021" not read, and 18 of 128 fundus pages without a date though each declares one.
import { isLeafBlock, normSpace, rawTextLengthUpTo, tagOf, textOf, walkElements } from '../dom';
import type { JsonLdStory } from './jsonld';

/** Month names and their usual abbreviations, by month number (1–12). Genitive forms for Polish
 *  and Russian, which print "3 listopada 2021", "3 ноября 2021". */
const MONTH_NAMES: Record<number, string[]> = {
  1: ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'stycznia', 'styczeń', 'января', 'январь'],
  2: ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'lutego', 'luty', 'февраля', 'февраль'],
  3: ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'março', 'maart', 'mrt', 'marca', 'marzec', 'марта', 'март'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель'],
  5: ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'maja', 'maj', 'мая', 'май'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'czerwca', 'czerwiec', 'июня', 'июнь'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'lipca', 'lipiec', 'июля', 'июль'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpień', 'августа', 'август'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set', 'settembre', 'września', 'wrzesień', 'сентября', 'сентябрь'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'października', 'październik', 'октября', 'октябрь'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь'],
  12: ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dezembro', 'dicembre', 'grudnia', 'grudzień', 'декабря', 'декабрь'],
};
const MONTHS = new Map<string, number>();
for (const [n, names] of Object.entries(MONTH_NAMES)) for (const name of names) MONTHS.set(name, Number(n));
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

/** Words that say a date is the publication date or a later update, in the languages above. */
const PUBLISHED_LABEL = /(published|posted|first published|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано)\s*(on|am|le|el|em|il|op|:)?\s*$/iu;
const UPDATED_LABEL = /(updated|last updated|modified|aktualisiert|zuletzt aktualisiert|geändert|stand|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|обновлено)\s*(on|am|le|el|em|il|op|:)?\s*$/iu;

export type DateKind = 'published' | 'updated' | 'plain';

export interface FoundDate {
  iso: string;
  kind: DateKind;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" when the day exists (no 31 April), else undefined. */
function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

const MACHINE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;

/** A machine-readable date (datetime attributes, metas, JSON-LD) as ISO 8601, keeping its time
 *  and zone when it has them ("2024-04-27T07:39:18.751+0200" → "2024-04-27T07:39:18+02:00",
 *  "2024-04-26 20:44" → "2024-04-26T20:44:00"). Other forms are read as printed dates. */
export function isoDate(raw: string | null | undefined, lang?: string): string | undefined {
  const s = normSpace(raw);
  if (!s) return undefined;
  const m = MACHINE.exec(s);
  if (!m) return textDates(s, lang)[0]?.iso;
  const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day || m[4] === undefined) return day;
  const h = Number(m[4]);
  const min = Number(m[5]);
  const sec = Number(m[6] ?? 0);
  if (h > 23 || min > 59 || sec > 59) return day;
  let zone = (m[7] ?? '').toUpperCase();
  if (zone === 'UTC' || zone === 'GMT') zone = 'Z';
  else if (zone && zone !== 'Z') {
    const z = /^([+-]\d{2}):?(\d{2})?$/.exec(zone)!;
    zone = `${z[1]}:${z[2] ?? '00'}`;
  }
  return `${day}T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
}

interface TextDate {
  iso: string;
  /** Where the date starts and ends in the text. */
  index: number;
  end: number;
}

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';
const PRINTED: { re: RegExp; read: (m: RegExpExecArray, lang?: string) => string | undefined }[] = [
  // 2021-11-03, 2016.12.01, 2016/12/01
  { re: new RegExp(`${L}(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})${R}`, 'gu'), read: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  // 2021年11月3日 (Japanese, Chinese), 2024년 4월 30일 (Korean)
  { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, read: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  // 03.11.2021, 3. 11. 2021: day first wherever dots are used
  { re: new RegExp(`${L}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${R}`, 'gu'), read: (m) => ymd(+m[3]!, +m[2]!, +m[1]!) },
  // 11/03/2021: month first in English, day first elsewhere; read only when the order is
  // certain (a part over 12) or the page's language settles it.
  {
    re: new RegExp(`${L}(\\d{1,2})/(\\d{1,2})/(\\d{4})${R}`, 'gu'),
    read: (m, lang) => {
      const a = +m[1]!, b = +m[2]!, y = +m[3]!;
      if (a > 12) return ymd(y, b, a);
      if (b > 12) return ymd(y, a, b);
      return lang === 'en' ? ymd(y, a, b) : lang ? ymd(y, b, a) : undefined;
    },
  },
  // November 3, 2021; Nov. 3rd 2021
  { re: new RegExp(`${L}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, 'giu'), read: (m) => ymd(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!) },
  // 3 November 2021, 27. Januar 2026, 3 de noviembre de 2021, 1er mars 2021, 3 ноября 2021 г.
  { re: new RegExp(`${L}(\\d{1,2})(?:\\.|º|er|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?(\\d{4})${R}`, 'giu'), read: (m) => ymd(+m[3]!, MONTHS.get(m[2]!.toLowerCase())!, +m[1]!) },
];

/** Every full date (day, month and year) printed in `text`, in the order they appear. A year
 *  alone ("© 2012") or a month and year is no date. */
export function textDates(text: string, lang?: string): TextDate[] {
  const out: TextDate[] = [];
  for (const { re, read } of PRINTED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = read(m, lang);
      const at = m.index;
      if (iso && !out.some((d) => d.index <= at && at < d.end)) out.push({ iso, index: at, end: at + m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A printed date's kind, from the label just before it ("Updated: …", "Veröffentlicht am …"). */
function kindBefore(before: string): DateKind {
  const near = before.slice(-40);
  const pub = PUBLISHED_LABEL.exec(near);
  const upd = UPDATED_LABEL.exec(near);
  if (upd && (!pub || upd.index > pub.index)) return 'updated';
  return pub ? 'published' : 'plain';
}

/** Class names and itemprops that say what a <time> is. */
function kindOfMarkup(el: Element): DateKind | undefined {
  for (let cur: Element | null = el, i = 0; cur && i < 2; cur = cur.parentElement, i++) {
    const marks = `${cur.getAttribute('class') ?? ''} ${cur.getAttribute('itemprop') ?? ''}`.toLowerCase();
    if (/modified|updated|update/.test(marks)) return 'updated';
    if (/published|publish|pubdate|created|posted/.test(marks)) return 'published';
  }
  return undefined;
}

/** Plausible for a news page read `now`: not in the future (a day's grace for time zones),
 *  not before 1995, when news came to the web. */
export function plausible(iso: string, now: number): boolean {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return false;
  return Number(iso.slice(0, 4)) >= 1995 && t <= now + 36 * 3600_000;
}

/** Metas that declare the publication date, most trusted first (name, property or itemprop). */
const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'og:published_time',
  'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'dc.date.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'article.published',
];

/** The dates the page declares for machines, most trusted first. */
export function declaredDates(metas: readonly Element[], stories: readonly JsonLdStory[], lang?: string): string[] {
  const byRank: (string | undefined)[] = [];
  for (const meta of metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const rank = DATE_METAS.indexOf(key);
    if (rank >= 0 && byRank[rank] === undefined) byRank[rank] = isoDate(meta.getAttribute('content'), lang);
  }
  const story = stories.find((s) => s.datePublished);
  const fromJsonLd = isoDate(story?.datePublished, lang);
  // article:published_time first, then JSON-LD, then the other metas.
  const out = [byRank[0], byRank[1], fromJsonLd, ...byRank.slice(2)];
  return out.filter((d): d is string => !!d);
}

const LEADING_BLOCKS = 8;
const MIN_PROSE = 150;
const MAX_HEADER_TEXT = 600;
const MAX_DATE_LINE = 160;

/** What is printed with the headline: the headline's own header box (the h1's ancestors while
 *  they hold little more than it: a date above the h1 sits there) and the first blocks after
 *  it, up to the story's prose. */
function headerZone(h1: Element, root: Element): { box: Element | undefined; blocks: Element[] } {
  let box: Element | undefined;
  const limit = textOf(h1).length + MAX_HEADER_TEXT;
  for (let cur = h1.parentElement, i = 0; cur && cur !== root && i < 3; cur = cur.parentElement, i++) {
    // The raw length first, counted only as far as needed (the h1's parent may be the whole
    // page); layout whitespace makes it longer than the text, so a generous bound.
    if (rawTextLengthUpTo(cur, 4 * limit) > 4 * limit || textOf(cur).length > limit) break;
    box = cur;
  }
  const blocks: Element[] = [];
  if (box) for (const el of walkElements(box)) if (isLeafBlock(el) && !h1.contains(el) && !el.contains(h1)) blocks.push(el);
  let seen = 0;
  for (const el of walkElements(root, box ?? h1)) {
    if (!isLeafBlock(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (++seen > LEADING_BLOCKS || text.length >= MIN_PROSE) break;
    blocks.push(el);
  }
  return { box, blocks };
}

/** A line that carries a date and little else: a dateline, a byline with its date, a
 *  "Published …" line; not a sentence of the story that mentions a day. */
function isDateLine(text: string, date: TextDate): boolean {
  if (text.length > MAX_DATE_LINE) return false;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.end)}`.trim();
  return rest.split(/\s+/).length <= 10 && !/\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(text);
}

/** The text of the siblings just before `el` ("Updated: " before a <time>), its last 60
 *  characters: a label stands next to its date. */
function textJustBefore(el: Element): string {
  let out = '';
  for (let n = el.previousSibling; n && out.length < 60; n = n.previousSibling) out = `${n.textContent ?? ''}${out}`;
  return normSpace(out.slice(-60));
}

function timeDate(time: Element, lang?: string): FoundDate | undefined {
  const iso = isoDate(time.getAttribute('datetime'), lang) ?? textDates(textOf(time), lang)[0]?.iso;
  if (!iso) return undefined;
  return { iso, kind: kindOfMarkup(time) ?? kindBefore(textJustBefore(time)) };
}

/** The <time>s below `el`: a walk, not querySelectorAll, which linkedom compiles each call. */
function timesIn(el: Element): Element[] {
  const out: Element[] = [];
  for (const x of walkElements(el)) if (tagOf(x) === 'time') out.push(x);
  return out;
}

/** The dates printed by the headline, in the order the page prints them. */
export function printedDates(h1: Element | undefined, root: Element | null | undefined, lang?: string): FoundDate[] {
  if (!h1 || !root || !root.contains(h1)) return [];
  const { box, blocks } = headerZone(h1, root);
  const out: FoundDate[] = [];
  const seenTimes = new Set<Element>();
  const addTime = (time: Element) => {
    if (seenTimes.has(time)) return;
    seenTimes.add(time);
    const found = timeDate(time, lang);
    if (found) out.push(found);
  };
  if (box) timesIn(box).forEach(addTime);
  for (const block of blocks) {
    const times = timesIn(block);
    times.forEach(addTime);
    if (times.length) continue;
    const text = textOf(block);
    for (const date of textDates(text, lang)) {
      if (isDateLine(text, date)) out.push({ iso: date.iso, kind: kindBefore(text.slice(0, date.index)) });
    }
  }
  return out;
}

const day = (iso: string) => Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
const DAY = 86400_000;

/**
 * The publication date: declared and printed dates, each plausible, cross-checked. The printed
 * date wins when the two disagree by more than a day, unless it is an update after the
 * declared publication.
 */
export function choosePublished(declared: readonly string[], printed: readonly FoundDate[], now: number): string | undefined {
  const decl = declared.find((d) => plausible(d, now));
  const order: DateKind[] = ['published', 'plain', 'updated'];
  const seen = printed.filter((d) => plausible(d.iso, now)).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const shown = seen[0];
  if (!shown) return decl;
  if (!decl) return shown.iso;
  // Printed and declared agree (time zones may move the day): the declared one has the time.
  if (Math.abs(day(decl) - day(shown.iso)) <= DAY) return decl;
  if (shown.kind === 'updated' && day(decl) < day(shown.iso)) return decl;
  // Any printed date agreeing with the declared one confirms it.
  if (seen.some((d) => Math.abs(day(decl) - day(d.iso)) <= DAY)) return decl;
  return shown.iso;
}
