// Direct quotes and who said them.
//
// 1. Spans: every quotation-mark pair in a paragraph (“ ” ‘ ’ « » „ “ 「 」 and straight "),
//    where an opening mark left unclosed at the end of a paragraph continues into the next
//    paragraph when that one opens with a mark (the newspaper convention for long quotes).
// 2. Groups: spans in one sentence are one quote. Split around the attribution (“We will,” he
//    said, “and soon.”) they are joined with a space; split around other words (“We share a
//    common purpose” and “have been useful to work with” each other) they are joined with " … ".
// 3. Speaker: "X said", "said X", "X told Y", "according to X", "X warned/added/noted/…", before
//    or after the quote; the name keeps honorifics (Gen, Dr, Sen.) and loses job titles, which go
//    to `role` ("US Under Secretary of Defence Colin Kahl" → Colin Kahl, role "US Under Secretary
//    of Defence"). "he/she/they said" → the last named person speaker; "the report warned" → the
//    last named report or publication ("The Wall Street Journal (WSJ) reported" → The Wall
//    Street Journal report). An unattributed quote right after an attributed one in the same
//    paragraph continues it. Otherwise null: the text does not say, and we do not guess.
// 4. Filter and rank: scare quotes and fragments (under 4 words; lower-case fragments under 5,
//    "a fraction of them") and quoted titles ("Title Case", "called …") are dropped; the rest
//    are ranked by relevance to the story (TF-IDF to the story and headline) and by speaker.
import type { Quote } from './types';
import { splitSentences } from './sentences';
import { contentTokens, cosine, sumVectors, tfidfVectors, weigh } from './summary';

export interface QuoteOptions {
  title?: string;
  lang?: string;
}

// ---- 1. spans ---------------------------------------------------------------------------------

const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '「': '」', '『': '』', '‘': '’', '"': '"', '»': '«' };

interface Span {
  para: number;
  start: number; // offset of the opening mark
  end: number; // offset just past the closing mark (or paragraph end when unclosed)
  text: string;
  closed: boolean;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Quote spans of one paragraph. `»…«` (Danish/German style) only when the page starts with it. */
function spansIn(text: string, para: number): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const closers = CLOSERS[ch];
    const prev = text[i - 1];
    // ‘ and " open only at a word start; ’ inside a word ("we’ve") is an apostrophe, not a close.
    // A straight " opens only after a space or opening punctuation and before a non-space
    // ("this." CNN's… is a stray close left over from the previous paragraph).
    const straightOpen = ch !== '"' || ((prev === undefined || /[\s(\[—–-]/.test(prev)) && /\S/.test(text[i + 1] ?? ''));
    if (!closers || !straightOpen || (ch === '‘' && isWordChar(prev)) || (ch === '»' && !/^»/.test(text))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < text.length; j++) {
      if (!closers.includes(text[j])) continue;
      if ((text[j] === '’' || ch === '"') && isWordChar(text[j + 1])) {
        // ` "Word` after a space is a new opening: the previous quote was never closed.
        if (ch === '"' && /\s/.test(text[j - 1] ?? '')) { j = -j; break; }
        continue;
      }
      break;
    }
    if (j < 0) {
      // Unbalanced straight quotes: keep nothing of the unclosed one, restart at the new opening.
      i = -j;
      continue;
    }
    const closed = j < text.length;
    const inner = text.slice(i + 1, closed ? j : text.length).trim();
    if (inner) out.push({ para, start: i, end: closed ? j + 1 : text.length, text: inner, closed });
    i = closed ? j + 1 : text.length;
  }
  return out;
}

// ---- 3. speakers ------------------------------------------------------------------------------

const VERBS =
  'said|says|say|saying|told|tells|added|adds|warned|warns|noted|notes|wrote|writes|claimed|claims|' +
  'stated|states|explained|explains|insisted|insists|argued|argues|reported|reports|asked|asks|' +
  'replied|declared|announced|admitted|acknowledged|conceded|continued|concluded|recalled|stressed|' +
  'emphasised|emphasized|observed|remarked|commented|suggested|confirmed|tweeted|posted|urged|' +
  'predicted|cautioned|alleged|maintained|contended|described|recounted|quipped|responded|testified';
const VERB_RE = new RegExp(`(?:\\b(?:also|later|then|previously|earlier|once|further|has|had|have|was quoted as)\\s+)*\\b(?:${VERBS})\\b`, 'giu');
const ACCORDING = /\baccording to\s+/iu;

/** Honorifics that are part of how a person is named ("Gen Frank McKenzie", "Dr. Jane Roe"). */
const HONORIFICS = new Set(
  'gen general lt lieut col colonel maj major capt captain adm admiral brig sgt cpl cmdr commander ' +
    'dr prof mr mrs ms mx sir dame lord lady rev sen rep gov judge justice sheikh imam rabbi father sister'
      .split(' '),
);

/** Words that make a capitalised run a job title, not a name. */
const TITLE_WORDS = new Set(
  ('president vice prime minister secretary under deputy assistant chief executive director ' +
    'spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman chair ambassador ' +
    'commissioner officer head leader manager minister foreign defence defense state interior home ' +
    'finance health justice treasury commerce trade energy education affairs attorney envoy special ' +
    'representative adviser advisor analyst professor coach founder ceo cfo coo former acting senior ' +
    'national security general-secretary speaker king queen prince princess pope chancellor premier ' +
    'us uk un eu')
    .split(' '),
);

/** Words that make a capitalised run an organisation or publication (never a pronoun antecedent). */
const ORG_WORDS =
  /\b(?:Journal|Times|Post|News|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Agency|Reuters|AFP|Ministry|Department|Office|Police|Army|Navy|Force|Group|Council|Party|Bank|Inc|Corp|Ltd|Company|University|Committee|Commission|Government|Court|Organi[sz]ation|Institute|Union|Federation|Service|Authority|Board|Network|Foundation|Association|Taliban|Pentagon|Kremlin|White House|Parliament|Congress|Senate|Embassy|Council)\b/u;

/** Documents that "say" things. */
const DOC_NOUNS = 'report|study|statement|survey|document|memo|letter|paper|newspaper|analysis|assessment|review|filing|lawsuit|complaint|indictment|ruling|order|release';
const DOC_AT_END = new RegExp(`(?:^|\\s)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\\s+((?:[\\p{Lu}][\\p{L}\\p{N}&.'’-]*\\s+)*)(?:new\\s+)?(${DOC_NOUNS}))\\s*$`, 'u');
const PRONOUN_AT_END = /(?:^|[\s,])(he|she|they)\s*$/iu;
const PRONOUN_AT_START = /^\s*(he|she|they)\b/iu;

interface Speaker {
  name: string;
  role?: string;
  kind: 'person' | 'org' | 'doc';
}

interface State {
  abbreviations: Map<string, string>;
  persons: Speaker[];
  lastPerson?: Speaker;
  lastReport?: string;
}

const isCap = (t: string) => /^[\p{Lu}]/u.test(t);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le']);
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le']);
const bare = (t: string) => t.replace(/[.,;:]+$/, '').toLowerCase();

/** The capitalised run (with connectors inside) at the end of `s`, e.g. "US Under Secretary of
 *  Defence Colin Kahl"; [] when `s` does not end in one. */
function capitalRunAtEnd(s: string): string[] {
  const tokens = s.trim().split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (k < tokens.length - 1 && /[,;:]$/.test(t)) break; // a clause boundary: "In Washington, Smith"
    if (isCap(t) || /^\([\p{Lu}]{2,8}\)$/u.test(t)) run.unshift(t);
    else if (CONNECTORS.has(t) && run.length && k > 0 && isCap(tokens[k - 1])) run.unshift(t);
    else break;
    if (run.length > 12) break;
  }
  while (run.length && !isCap(run[0])) run.shift();
  return run;
}

/** Turn a capitalised run into a speaker: organisation, or person name plus title-as-role. */
function speakerFromRun(run: string[], state: State, appositive?: string): Speaker | null {
  // "The Wall Street Journal (WSJ)" defines an abbreviation as it names the speaker.
  const abbrIdx = run.findIndex((t) => /^\([\p{Lu}]{2,8}\)$/u.test(t));
  if (abbrIdx > 0) {
    state.abbreviations.set(run[abbrIdx].slice(1, -1), run.slice(0, abbrIdx).join(' '));
    run = run.slice(0, abbrIdx);
  }
  if (!run.length) return null;
  const joined = run.join(' ');
  if (ORG_WORDS.test(joined) || (run.length === 1 && /^[\p{Lu}]{2,}$/u.test(run[0]))) {
    return { name: state.abbreviations.get(joined) ?? joined, kind: 'org' };
  }
  if (run.length === 1 && /^(?:The|This|That|It|In|On|At|But|And|If|When|As)$/.test(run[0])) return null;
  // From the end: name tokens until a title word; then honorifics that belong to the name.
  let k = run.length - 1;
  while (k >= 0 && !TITLE_WORDS.has(bare(run[k])) && !HONORIFICS.has(bare(run[k])) && (isCap(run[k]) || NAME_PARTICLES.has(run[k]))) k--;
  if (k === run.length - 1 && !HONORIFICS.has(bare(run[k]))) return null; // ends with a title: "the Prime Minister"
  // "Director of Public Prosecutions Alison Saunders": after "of", only the last two words
  // (three with a particle or honorific) can be the name.
  if (k >= 0 && /^(?:of|for|and|the)$/.test(run[k]) && run.length - 1 - k > 2) k = run.length - 3;
  let nameStart = k + 1;
  while (nameStart > 0 && HONORIFICS.has(bare(run[nameStart - 1])) && run[nameStart - 1] !== run[nameStart - 1].toLowerCase()) nameStart--;
  // "General" or "Justice" right before a run of titles is a job ("Attorney General X"): keep
  // the honorific only when no other title word stands before it.
  if (nameStart > 0 && nameStart <= k && TITLE_WORDS.has(bare(run[nameStart - 1]))) nameStart = k + 1;
  const nameTokens = run.slice(nameStart).filter((t, i, a) => i > 0 || !CONNECTORS.has(t));
  if (!nameTokens.some((t) => isCap(t) && !HONORIFICS.has(bare(t)))) return null;
  let name = nameTokens.join(' ').replace(/[,;:]+$/, '');
  // "McKenzie said" after "Gen Frank McKenzie" was named: the same person.
  if (nameTokens.length === 1) {
    const known = [...state.persons].reverse().find((p) => p.name.split(' ').at(-1) === name);
    if (known) return known;
  }
  const titleRole = run
    .slice(0, nameStart)
    .join(' ')
    .replace(/^(?:(?:The|the|A|An|But|And|So|Then|Now|Also)\s+)+/, '')
    .trim();
  const role = [titleRole, appositive].filter(Boolean).join(', ') || undefined;
  name = name.replace(/^(?:The)\s+/, '');
  return { name, role, kind: 'person' };
}

/** A role-like appositive: "head of the US Central Command", "a former head of …". */
function cleanAppositive(s: string): string | undefined {
  const t = s.trim();
  if (!t || t.split(/\s+/).length > 14) return undefined;
  if (/^(?:who|which|that|where|when|adding|saying|in|at|on|after|before|during|while)\b/i.test(t)) return undefined;
  if (!/^(?:\p{Ll}|(?:A|An|The)\s|[\p{Lu}][\p{L}]*['’]s\s)/u.test(t) && !TITLE_WORDS.has(bare(t.split(/\s+/)[0]))) return undefined;
  return t.replace(/^(?:a|an)\s+/i, '');
}

/** Speaker named at the end of `left` (the text just before an attribution verb). */
function speakerBefore(left: string, state: State): Speaker | null {
  const pron = PRONOUN_AT_END.exec(left);
  if (pron) return resolvePronoun(state);
  const doc = DOC_AT_END.exec(left);
  if (doc) return resolveDoc(doc[2], doc[3], state);
  // "Name, appositive, said"
  const parts = left.split(',');
  if (parts.length >= 3 && !parts[parts.length - 1].trim()) {
    const appositive = cleanAppositive(parts[parts.length - 2]);
    const run = capitalRunAtEnd(parts[parts.length - 3]);
    if (appositive && run.length) return speakerFromRun(run, state, appositive);
  }
  // "…, someone we could not parse, said": better no speaker than the wrong capitalised word.
  if (/,\s*$/.test(left)) return null;
  const run = capitalRunAtEnd(left);
  return run.length ? speakerFromRun(run, state) : null;
}

/** Speaker named at the start of `right` (the text just after "said" or "according to"). */
function speakerAfter(right: string, state: State): Speaker | null {
  if (PRONOUN_AT_START.test(right)) return resolvePronoun(state);
  const doc = new RegExp(`^\\s*(?:[Tt]he|[Aa]n?)\\s+((?:[\\p{Lu}][\\p{L}\\p{N}&.'’-]*\\s+)*)(${DOC_NOUNS})\\b`, 'u').exec(right);
  if (doc) return resolveDoc(doc[1], doc[2], state);
  const m = /^\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}]{2,8}\)|(?:of|for|the|and|de|van|von|bin|al)(?=\s+[\p{Lu}]))(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}]{2,8}\)|(?:of|for|the|and|de|van|von|bin|al)(?=\s+[\p{Lu}])))*)(?:\s*,\s*([^,.;]+))?/u.exec(right);
  if (!m) return null;
  const run = m[1].split(/\s+/).map((t) => t.replace(/[.]$/, (d) => (/^\p{Lu}[\p{Ll}]{0,3}\.$/u.test(t) ? d : '')));
  return speakerFromRun(run, state, m[2] ? cleanAppositive(m[2]) : undefined);
}

function resolvePronoun(state: State): Speaker | null {
  return state.lastPerson ?? null;
}

/** "the report" → the last named report; "The WSJ report" → "The Wall Street Journal report". */
function resolveDoc(qualifier: string, noun: string, state: State): Speaker | null {
  const q = qualifier.trim();
  if (!q) {
    if (/^(?:report|paper|newspaper)$/i.test(noun) && state.lastReport) return { name: state.lastReport, kind: 'doc' };
    return null;
  }
  const expanded = q
    .split(/\s+/)
    .map((t) => state.abbreviations.get(t) ?? t)
    .join(' ');
  const name = `The ${expanded.replace(/^The\s+/, '')} ${noun.toLowerCase()}`;
  state.lastReport = name;
  return { name, kind: 'doc' };
}

/** Find the attribution in the non-quoted text around a quote. `pre` is the sentence before the
 *  quote, `mid` the text between its parts, `post` the sentence after it. */
function attribution(pre: string, mid: string[], post: string, state: State): Speaker | null {
  const tryVerbIn = (s: string, which: 'first' | 'last'): Speaker | null | undefined => {
    const hits = [...s.matchAll(VERB_RE)];
    if (!hits.length) return undefined;
    const h = which === 'first' ? hits[0] : hits[hits.length - 1];
    const left = s.slice(0, h.index);
    const right = s.slice(h.index! + h[0].length);
    // "…,” said Gen X" — verb first; otherwise "…,” Gen X said" / "X told Y" / "X warned that".
    if (!/\p{L}/u.test(left)) return speakerAfter(right, state);
    return speakerBefore(left, state);
  };
  const according = (s: string) => {
    const m = ACCORDING.exec(s);
    return m ? speakerAfter(s.slice(m.index + m[0].length), state) : undefined;
  };
  for (const m of mid) {
    const r = tryVerbIn(m, 'first');
    if (r !== undefined) return r;
  }
  const postHit = tryVerbIn(post, 'first');
  if (postHit) return postHit;
  const preHit = tryVerbIn(pre, 'last');
  if (preHit) return preHit;
  return according(post) ?? according(pre) ?? postHit ?? preHit ?? null;
}

function remember(sp: Speaker | null, state: State): void {
  if (!sp) return;
  if (sp.kind === 'person') {
    state.lastPerson = sp;
    if (!state.persons.includes(sp)) state.persons.push(sp);
  } else if (sp.kind === 'org' && /\b(?:Journal|Times|Post|News|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Reuters|AFP|Agency)\b|^[\p{Lu}]{2,}$/u.test(sp.name)) {
    state.lastReport = `${sp.name} report`;
  } else if (sp.kind === 'doc') {
    state.lastReport = sp.name;
  }
}

// ---- 2 & 4. groups, filters, ranking ------------------------------------------------------------

interface Group {
  para: number;
  parts: Span[];
  text: string;
  pre: string;
  mid: string[];
  post: string;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const TITLE_CUE = /\b(?:titled|entitled|called|dubbed|named|headlined|nicknamed|so-called|hashtag|slogan|book|film|movie|song|album|show|series|documentary|operation|campaign|magazine|newspaper)\s*$/iu;
const SENTENCE_BREAK = /[.!?…]["”’»)]*\s+["“‘«„]?\p{Lu}|[.!?…]\s*$/u;

/** Scare quotes, fragments and titles: not quotes worth showing. */
function isScareOrTitle(text: string, pre: string, joined: boolean): boolean {
  const n = wordCount(text);
  if (n < 4) return true;
  if (n < 5 && /^[\p{Ll}]/u.test(text)) return true; // "a fraction of them"
  if (joined) return false;
  if (TITLE_CUE.test(pre)) return true;
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  const caps = long.filter((w) => /^[\p{Lu}]/u.test(w.replace(/^[^\p{L}]+/u, ''))).length;
  return n <= 12 && long.length >= 2 && caps / long.length >= 0.75 && !/[.!?,;:]/.test(text.slice(0, -1));
}

/** Sentence [start, end) offsets of a (whitespace-normalised) paragraph. */
function sentenceBounds(text: string, lang?: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of splitSentences(text, lang)) {
    const at = text.indexOf(s, cursor);
    if (at < 0) continue;
    out.push([at, at + s.length]);
    cursor = at + s.length;
  }
  return out;
}

const sentenceAt = (bounds: Array<[number, number]>, offset: number): [number, number] =>
  bounds.find(([a, b]) => offset >= a && offset < b) ?? [0, Number.MAX_SAFE_INTEGER];

/** Every direct quote in the story paragraphs, with its speaker when the text names one, ranked
 *  best first (the popup shows the first few as key quotes). */
export function findQuotes(paragraphs: string[], opts: QuoteOptions = {}): Quote[] {
  const paras = paragraphs.map((p) => String(p ?? '').replace(/\s+/g, ' ').trim());
  const bounds = paras.map((p) => sentenceBounds(p, opts.lang));
  const spans = paras.map((p, i) => spansIn(p, i));

  // Spans → groups, in story order; an unclosed span runs into the next paragraph(s).
  const groups: Group[] = [];
  const consumed = paras.map(() => 0); // spans of a paragraph already used by a continuation
  for (let i = 0; i < paras.length; i++) {
    const list = spans[i];
    let current: Group | null = null;
    for (let k = consumed[i]; k < list.length; k++) {
      const sp = { ...list[k] };
      let endPara = i;
      // Continuation: unclosed at paragraph end, next paragraph opens with a quote mark.
      while (!sp.closed && endPara + 1 < paras.length && spans[endPara + 1][0]?.start === 0) {
        const next = spans[endPara + 1][0];
        sp.text += ' ' + next.text;
        sp.closed = next.closed;
        sp.end = next.end;
        endPara++;
        consumed[endPara] = 1;
      }
      const sentence = sentenceAt(bounds[i], sp.start);
      const endBounds = sentenceAt(bounds[endPara], Math.max(0, sp.end - 1));
      const post = paras[endPara].slice(sp.end, endBounds[1]);
      const prev = current && current.parts[current.parts.length - 1];
      const between = prev && prev.para === i && endPara === i ? paras[i].slice(prev.end, sp.start) : null;
      const joinable =
        current && between !== null && !SENTENCE_BREAK.test(between) && !/[.!?]$/.test(prev!.text) && wordCount(sp.text) >= 3 && wordCount(prev!.text) >= 3;
      if (current && joinable) {
        const speech = new RegExp(VERB_RE.source, 'iu').test(between!) || ACCORDING.test(between!);
        current.text += (speech ? ' ' : ' … ') + sp.text;
        current.parts.push(sp);
        current.mid.push(between!);
        current.post = post;
      } else {
        current = { para: i, parts: [sp], text: sp.text, pre: paras[i].slice(sentence[0], sp.start), mid: [], post };
        groups.push(current);
      }
      if (endPara !== i) break; // the rest of the story continues in later paragraphs
    }
  }

  // Speakers, in story order, with the state that pronouns and "the report" resolve against.
  const state: State = { abbreviations: new Map(), persons: [] };
  const found: Array<{ g: Group; speaker: Speaker | null }> = [];
  let gi = 0;
  for (let i = 0; i < paras.length; i++) {
    let lastInPara: Speaker | null = null;
    for (const [a, b] of bounds[i]) {
      const sentence = paras[i].slice(a, b);
      for (const m of sentence.matchAll(/((?:[\p{Lu}][\p{L}'’-]*\s+)(?:(?:of|for|the|and|in|on)\s+|[\p{Lu}][\p{L}'’-]*\s+)*)\(([\p{Lu}]{2,8})\)/gu)) {
        state.abbreviations.set(m[2], m[1].trim());
      }
      const inSentence: Group[] = [];
      while (gi < groups.length && groups[gi].para === i && groups[gi].parts[0].start < b) inSentence.push(groups[gi++]);
      if (!inSentence.length) {
        // A sentence without quotes can still name a speaker or a report for later pronouns.
        if (!/["“”«»„「]/.test(sentence)) remember(attribution(sentence, [], '', state), state);
        continue;
      }
      for (const g of inSentence) {
        let sp = attribution(g.pre, g.mid, g.post, state);
        // An unattributed quote right after an attributed one in the same paragraph continues it.
        if (!sp && lastInPara && !/\p{L}/u.test(g.pre)) sp = lastInPara;
        remember(sp, state);
        if (sp) lastInPara = sp;
        found.push({ g, speaker: sp });
      }
    }
  }

  // Relevance: TF-IDF over the story's own sentences, to the whole story and to the headline.
  const sentenceTokens = paras.flatMap((p) => splitSentences(p, opts.lang)).map(contentTokens);
  const { vectors, idf } = tfidfVectors(sentenceTokens);
  const story = sumVectors(vectors);
  const title = opts.title ? weigh(contentTokens(opts.title), idf) : new Map<string, number>();

  const quotes: Quote[] = [];
  for (const { g, speaker } of found) {
    if (isScareOrTitle(g.text, g.pre, g.parts.length > 1)) continue;
    const v = weigh(contentTokens(g.text), idf);
    const n = wordCount(g.text);
    let score = cosine(v, story) + 0.5 * cosine(v, title) + (speaker ? 0.25 : 0);
    if (/^[\p{Ll}]/u.test(g.text)) score *= 0.8; // a fragment woven into the reporter's sentence
    if (n < 8) score *= 0.8;
    if (n > 80) score *= 0.85;
    const q: Quote = { text: g.text.replace(/\s*[,;:]$/, ''), speaker: speaker?.name ?? null, paragraph: g.para, score: Math.round(score * 1000) / 1000 };
    if (speaker?.role) q.role = speaker.role;
    quotes.push(q);
  }
  return quotes.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.paragraph - b.paragraph);
}
