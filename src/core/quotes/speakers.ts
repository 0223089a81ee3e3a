// Who said a quote: the attribution around it, pronouns and "the report" resolved against what the
// story named before. See ../quotes.ts for the whole pipeline.

import {
  ACCORDING, ACCORDING_WORDS, ARTICLE, ARABIC_VERB, DESCRIBED_AFTER_VERB, DESCRIBED_BEFORE_VERB, CHINESE_VERB, CONNECTORS, ES_PLURAL_SAYING, DOC_AT_END, DOC_AT_START, DOC_BY_AUTHOR_AT_END, DOC_BY_AUTHOR_AT_START, DOC_BY_AUTHOR_IN, DOC_INTRODUCED, DOC_TITLED, DOC_VAGUE, DOC_WORD, FOREIGN_ACCORDING, FOREIGN_ACCORDING_NEEDLES, FOREIGN_VERB, FOR_AT_START, SIGNED_NAME, GERMAN_ROLE, GERMAN_SO, GERMAN_VERB, HONORIFICS,
  NAME_PARTICLES, ORG_WORDS, PLURAL_SAYING_FORM, ROMANCE_BODY_AT_END, ROMANCE_BODY_AT_START, ROMANCE_BODY_IN, ROMANCE_BODY_NOUN, POST_NOMINALS, isLower, PRONOUN_AT_END, PRONOUN_AT_START, TITLE_WORDS, URDU_VERB, VERB_ASCII, VERB_RE, bare, isCap,
} from './lexicon';
import { matchesOf } from '../match-all';
import { BEYOND_ASCII, wordCount } from '../sentences';
import { parseAfterForeignVerb, withoutAddressee } from './foreign';
import { givenNameGender } from './given-names';
import { parseAfterArabicVerb, parseBeforeChineseVerb, parseBeforeUrduVerb, type UncasedParse } from './uncased';

export interface Speaker {
  name: string;
  role?: string;
  kind: 'person' | 'org' | 'doc';
  /** Named in the text only by a given name: the full name is a guess a reader should see as one. */
  byGivenName?: true;
}

export interface State {
  abbreviations: Map<string, string>;
  persons: Speaker[];
  /** The story is in German: capitalised role nouns stand before names ("Senatorin Anna Berg"). */
  german: boolean;
  /** The story is in Spanish, Italian, Portuguese or Catalan, which drop a known subject ("Fue
   *  claro: «…»"). */
  proDrop?: boolean;
  /** The story is in a Slavic language (Czech, Slovak, Polish, Russian…): no articles, and a
   *  name is a given name and a surname, so a capitalised role or place before them is not part
   *  of it ("Starostka Litomyšle Daniela Brůnová", "Ekonom Lukáš Kovanda"). */
  slavic?: boolean;
  /** The story may be in French, Spanish, Italian or Portuguese (its language is one of them, or
   *  unknown): bodies named with a common noun ("la préfecture de l'Hérault") are noted. */
  romance?: boolean;
  /** People the story calls by one name only, known to be people ("Yanis, 21 ans, …"). */
  singleNames?: Set<string>;
  /** German: the capitalised words the story sets after an article (with adjectives between), so
   *  common nouns ("einer vielbeachteten Pressekonferenz", "des Teilnehmerfeldes"); built on first
   *  use from the whole story (germanWords). */
  germanWords?: () => GermanWords;
  lastPerson?: Speaker;
  lastReport?: string;
  /** The person the current sentence opens with, for a pronoun later in it ("Carlineo was
   *  arrested for a call in which he said …"). */
  sentenceSubject?: Speaker | null | (() => Speaker | null);
  /** The last organisation or document that spoke, for "it said". */
  lastNonPerson?: Speaker;
  /** People by the head noun of the role the story gave them ("minister" → Owen Pritchard,
   *  "productor" → Juan Rodríguez); null when two people share it. */
  roleHolders?: Map<string, Speaker | null>;
  /** The paragraph being read, and the one where lastPerson was last named or quoted. */
  para?: number;
  lastPersonPara?: number;
  /** The last person a sentence opened on, named in full (noteNames), where, and when (`tick`, a
   *  counter that lastPersonAt shares), for a quote nothing attributes (quotes.ts, nearbySpeaker). */
  lastNamed?: { name: string; role?: string; para?: number; at: number };
  lastPersonAt?: number;
  tick?: number;
  /** Sentences noteNames has read, and the sentence where lastPerson was last set: for a person
   *  the story introduced in a later sentence (lastIntroduced). */
  sentences?: number;
  lastPersonSentence?: number;
  /** The person last named in full for the first time, the sentence and paragraph where. */
  lastIntroduced?: { name: string; role?: string; sentence: number; para?: number; ambiguous?: boolean };
  /** The sentence that last named anyone in full. */
  lastNamedSentence?: number;
  /** Full names the story has given so far, by surname ("Rowntree" → Steve Rowntree, with the
   *  title that came with it as role); null when two people share the surname. */
  fullNames?: Map<string, { name: string; role?: string } | null>;
  /** Who the story last called by a surname alone ("Calloway says" → Junie Calloway), which a
   *  later namesake ("Loretta Calloway") does not take over. */
  calledBySurname?: Map<string, Speaker>;
  /** The same full names by given name ("Dale" → Dale Ford); null when two people share it. */
  givenNames?: Map<string, { name: string; role?: string } | null>;
  /** What the story has told us of each person's gender, by name: from Mr/Ms and from a he or
   *  she in a sentence that names only them; null when the clues disagree. */
  genders?: Map<string, Gender | null>;
  /** Organisations named, most recent last, for "the bank said" and "a council spokesperson". */
  orgs?: string[];
  /** The paragraph where the last of them was named. */
  orgPara?: number;
  /** People named most recently last (full names), for a pronoun the last speaker cannot fit. */
  mentions?: string[];
  /** Documents the story has described, by noun: "memo" → "internal memo", "report" →
   *  "Shelterline report", for a later "the memo said". */
  docs?: Map<string, string>;
  /** The organisation the last spokesperson spoke for, for "the spokesperson said". */
  lastSpokesOrg?: string;
  /** How many speakers a pronoun ("he said", "sagte er") has given so far: the quote finder
   *  compares it before and after an attribution to know a speaker came from a pronoun. */
  pronounsResolved?: number;
  /** How many of those were a guess: a pronoun with nobody quoted or acting before it, given to
   *  the latest person of its gender the story merely mentioned. */
  pronounsGuessed?: number;
  /** The last sentence whose subject the story left unnamed ("A neighbor said …"), by paragraph
   *  and tick: a pronoun after it, in that paragraph, means that person. */
  unnamedSubject?: { para: number; at: number };
}

export type Gender = 'm' | 'f';

/** The words that join an Arabic name ("Hamdan bin Mohammed bin Rashid Al Maktoum"). */
const ARABIC_NAME_LINK = /^(?:bin|bint|ibn|abu)$/;

/** The capitalised run (with connectors inside) at the end of `s`, e.g. "US Under Secretary of
 *  Defence Colin Kahl"; [] when `s` does not end in one. */
function capitalRunAtEnd(s: string): string[] {
  const tokens = s.trim().split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (k < tokens.length - 1 && /[,;:]$/.test(t)) break; // a clause boundary: "In Washington, Smith"
    if (isCap(t) || /^\([\p{Lu}]{2,8}\)$/u.test(t)) run.unshift(t);
    else if ((CONNECTORS.has(t) || ARABIC_NAME_LINK.test(t)) && run.length && k > 0 && isCap(tokens[k - 1])) run.unshift(t);
    else break;
    if (run.length > 12) break;
  }
  while (run.length && !isCap(run[0])) run.shift();
  return run;
}

/** A Russian patronymic ("Петрович", "Ивановна"): with it a Slavic name is three words. */
const PATRONYMIC = /(?:вич|вна|ична|ич)$/u;

/** Turn a capitalised run into a speaker: organisation, or person name plus title-as-role. */
function speakerFromRun(run: string[], state: State, appositive?: string, afterArticle = false): Speaker | null {
  // "I", "I’d", "I've" is the writer, never part of a name ("What I", "Nikkor I've").
  const firstPerson = run.findIndex((t) => FIRST_PERSON.test(stripTail(t)));
  if (firstPerson >= 0) {
    if (firstPerson === run.length - 1) return null;
    run = run.slice(firstPerson + 1);
  }
  // "King said", "Major said": a surname that is also a title word, of someone the story named in
  // full ("Martin Luther King Jr.", "Lisa Major"), is that person, not a title with no name.
  if (run.length === 1 && (TITLE_WORDS.has(bare(run[0])) || HONORIFICS.has(bare(run[0]))) && state.fullNames?.get(stripTail(run[0]))) {
    const known = personBySurname(stripTail(run[0]), state);
    if (known) return known;
  }
  // "said the President": an office held by one person the story named with it.
  if (run.length <= 2 && (run.length === 1 || /^[Tt]he$/.test(run[0]))) {
    const held = capitalOffice(stripTail(run[run.length - 1]), state);
    if (held) return held;
  }
  // "The Wall Street Journal (WSJ)" defines an abbreviation as it names the speaker.
  const abbrIdx = run.findIndex((t) => /^\([\p{Lu}]{2,8}\)$/u.test(t));
  if (abbrIdx > 0) {
    state.abbreviations.set(run[abbrIdx].slice(1, -1), run.slice(0, abbrIdx).join(' '));
    run = run.slice(0, abbrIdx);
  }
  // "But Vaughan cautioned…", "Wie Sprecher Stefan Gobbin sagte": the word that opens the
  // clause is not part of the name (it became the speaker "But Vaughan", whom a later "he
  // said" then named too).
  // So is a participle that opens it ("Hearing Cooper Kupp describe it, …"), or "The" before a
  // body ("The Government" is the Scottish Government the story named), but not before a
  // newspaper, whose name it is ("The Wall Street Journal").
  while (run.length > 1 && (CLAUSE_OPENER.test(stripTail(run[0])) || (state.german && GERMAN_OPENER.test(stripTail(run[0]))) || (RUN_OPENERS.test(stripTail(run[0])) && !(run[0] === 'The' && NEWS_OUTLET.test(run.slice(1).join(' ')))))) run = run.slice(1);
  if (!run.length) return null;
  // Slavic names are a given name and a surname; capitals before them are a role or a place
  // (a Russian patronymic, -вич/-вна, makes three).
  if (state.slavic && run.length > 2 && run.every(isCap) && !PATRONYMIC.test(run[run.length - 2])) {
    const sp = speakerFromRun(run.slice(-2), state, appositive, afterArticle);
    return sp?.kind === 'person' && !state.persons.includes(sp) ? { ...sp, role: [run.slice(0, -2).join(' '), sp.role].filter(Boolean).join(', ') } : sp;
  }
  // "NASA's Steve Clarke", "Edmunds' Jessica Caldwell": whose they are is their role, the full
  // name after it the speaker.
  const owner = run.findIndex((t, k) => k <= run.length - 3 && /\p{L}['’]s?$/u.test(t) && /['’]/u.test(t.slice(-2)));
  if (owner >= 0 && run.every(isCap)) {
    const sp = speakerFromRun(run.slice(owner + 1), state, appositive, afterArticle);
    // ("Iran's Foreign Ministry" is the ministry's own name.)
    if (sp?.kind === 'person') return state.persons.includes(sp) ? sp : { ...sp, role: [run.slice(0, owner + 1).join(' '), sp.role].filter(Boolean).join(', ') };
  }
  if (run.length === 1 && (SUBJECT_PRONOUN.test(stripTail(run[0])) || CLAUSE_OPENER.test(stripTail(run[0])) || FUNCTION_WORD.test(stripTail(run[0])) || CALENDAR_WORD.test(stripTail(run[0])))) return null;
  // "Anna Ruiz of NASA's Jet Propulsion Laboratory": a full name, then "of" and an organisation:
  // the name stands before "of", and "of …" is the role.
  const of = run.indexOf('of');
  // So is "Rep. Tom Hill of Ohio": a title or a known given name says the words before "of" are
  // a person's name, and "of …" is where they are from ("Democratic Republic of Congo" is not).
  const personBeforeOf = (from: number) => run.slice(from, of).every((w) => isCap(w) && !TITLE_WORDS.has(bare(w)) && !HONORIFICS.has(bare(w)) && !ORG_WORDS.test(w));
  const titled = run.findIndex((w) => !TITLE_WORDS.has(bare(w)) && !HONORIFICS.has(bare(w)));
  if (of >= 2 && of <= 5 && titled >= 0 && of - titled >= 2 && of - titled <= 3 && run.length - of - 1 <= 3 && (titled > 0 || givenNameGender(run[0]) !== undefined) && personBeforeOf(titled) && !ORG_WORDS.test(run.slice(of + 1).join(' '))) {
    const person = speakerFromRun(run.slice(0, of), state, appositive);
    // "Chief … of Nisichawayasihk Cree Nation": "of …" goes on from the title.
    if (person?.kind === 'person') return state.persons.includes(person) ? person : { ...person, role: [person.role, run.slice(of).join(' ')].filter(Boolean).join(' ') };
  }
  if (of >= 2 && of <= 4 && ORG_WORDS.test(run.slice(of + 1).join(' ')) && personBeforeOf(0)) {
    const person = speakerFromRun(run.slice(0, of), state, appositive);
    if (person?.kind === 'person') return state.persons.includes(person) ? person : { ...person, role: [person.role, run.slice(of).join(' ')].filter(Boolean).join(', ') };
  }
  const joined = run.join(' ');
  // "Agua para Todos NL", "Médecins pour la Paix": "for" in another language joins the words of
  // an organisation's name, never a person's.
  if (run.some((t, k) => k > 0 && k < run.length - 1 && /^(?:para|por|pour|per)$/.test(t))) return { name: state.abbreviations.get(joined) ?? joined, kind: 'org' };
  // "Board President Cynthia Haller", "Police Chief Ann Lee": an organisation's word inside a
  // title, and a name after it, is a person.
  let lastTitle = -1;
  for (let t = 0; t < run.length; t++) if (TITLE_WORDS.has(bare(run[t]))) lastTitle = t;
  const titledName = lastTitle >= 0 && run.length - lastTitle > 2 && !ORG_WORDS.test(run.slice(lastTitle + 1).join(' '));
  if (!titledName && (ORG_WORDS.test(joined) || (run.length === 1 && /^[\p{Lu}]{2,}$/u.test(run[0])))) {
    // "the Red Cross said" after "The American Red Cross opened a shelter": the name the story
    // gave it in full.
    return { name: state.abbreviations.get(joined) ?? fullOrgName(joined, state), kind: 'org' };
  }
  if (run.length === 1 && /^(?:The|This|That|It|In|On|At|But|And|If|When|As)$/.test(run[0])) return null;
  // "Catherine Mallory KC": the letters after the name go to the role.
  let post = run.length;
  while (post > 1 && POST_NOMINALS.has(bare(run[post - 1]))) post--;
  if (post < run.length) {
    const sp = speakerFromRun(run.slice(0, post), state, appositive, afterArticle);
    if (!sp || sp.kind !== 'person' || state.persons.includes(sp)) return sp;
    return { ...sp, role: [sp.role, run.slice(post).join(' ')].filter(Boolean).join(', ') };
  }
  // After an article a single capitalised word is a noun ("laut dem Bericht"), unless it is the
  // surname of someone already named, or a role the story's person holds ("betonte der VW-Boss").
  // "sagte der Konzernchef von FACC": the role, and where it is held, still mean the person.
  if (afterArticle && run.length > 2 && /^(?:von|vom|der|des|bei|beim)$/.test(run[1]) && LEADER_NOUN.test(stripTail(run[0]))) return resolvePronoun(state);
  // Spanish, Italian and Portuguese capitalise an institution, and a person's name takes no
  // article: "informó la Policía", "según la Intendencia", "de acuerdo con la Fiscalía".
  if (afterArticle && run.length === 1 && state.proDrop && /^\p{Lu}\p{Ll}{3,}$/u.test(stripTail(run[0])) && !ROMANCE_CAPITAL_TITLE.test(stripTail(run[0]))) {
    return knownBySurname(stripTail(run[0]), state) ?? { name: fullOrgName(stripTail(run[0]), state), kind: 'org' };
  }
  if (afterArticle && run.length === 1) return knownBySurname(run[0], state) ?? (LEADER_NOUN.test(stripTail(run[0])) ? resolvePronoun(state) : null) ?? capitalOffice(stripTail(run[0]), state);
  // "Der Vorstandschef räumte ein:": the person the story is about, by their role.
  if (run.length === 2 && /^(?:Der|Die)$/.test(run[0]) && LEADER_NOUN.test(stripTail(run[1]))) return resolvePronoun(state, run[0] === 'Der' ? 'er' : 'sie');
  // "Die Rezeption", "Die Angaben": a German article and one noun are no one's name; a body
  // ("Der Staatsschutz") is that body, anything else nobody.
  if (state.german && run.length === 2 && /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Einem|Einen)$/.test(run[0])) return ORG_WORDS.test(run[1]) || GERMAN_BODY.test(run[1]) ? { name: run[1], kind: 'org' } : null;
  const g = leadingRoleNouns(run, state.german, afterArticle, state.german ? state.germanWords?.().nouns : undefined);
  if (g > 0) {
    const sp = speakerFromRun(run.slice(g), state, appositive);
    if (!sp || sp.kind !== 'person' || state.persons.includes(sp)) return sp;
    return { ...sp, role: [run.slice(0, g).join(' '), sp.role].filter(Boolean).join(', ') };
  }
  // From the end: name tokens until a title word; then honorifics that belong to the name.
  let k = run.length - 1;
  while (k >= 0 && !TITLE_WORDS.has(bare(run[k])) && !HONORIFICS.has(bare(run[k])) && (isCap(run[k]) || NAME_PARTICLES.has(run[k]))) k--;
  if (k === run.length - 1 && !HONORIFICS.has(bare(run[k]))) {
    // Ends with a title: "the Prime Minister". But a name before a sector word is a company
    // or a body: "Riverbend Health", "Atlas Energy".
    return run.length >= 2 && !TITLE_WORDS.has(bare(run[0])) && !HONORIFICS.has(bare(run[0])) ? { name: joined, kind: 'org' } : null;
  }
  // "Director of Public Prosecutions Alison Saunders": after "of", only the last two words
  // (three with a particle or honorific) can be the name.
  if (k >= 0 && /^(?:of|for|and|the)$/.test(run[k]) && run.length - 1 - k > 2) {
    // "Chief Angela Levasseur of Nisichawayasihk Cree Nation": titles, then a full name, then
    // "of" and what they lead. The name stands before "of"; the title and "of …" are the role.
    let t = 0;
    while (t < k && TITLE_WORDS.has(bare(run[t]))) t++;
    if (run[k] === 'of' && t > 0 && k - t >= 2 && run.slice(t, k).every((w) => isCap(w) && !TITLE_WORDS.has(bare(w)) && !HONORIFICS.has(bare(w)))) {
      return { name: run.slice(t, k).join(' '), role: [...run.slice(0, t), ...run.slice(k)].join(' ').replace(/^(?:The|the)\s+/, ''), kind: 'person' };
    }
    k = run.length - 3;
  }
  let nameStart = k + 1;
  while (nameStart > 0 && HONORIFICS.has(bare(run[nameStart - 1])) && run[nameStart - 1] !== run[nameStart - 1].toLowerCase()) nameStart--;
  // "General" or "Justice" right before a run of titles is a job ("Attorney General X"): keep
  // the honorific only when no other title word stands before it.
  if (nameStart > 0 && nameStart <= k && TITLE_WORDS.has(bare(run[nameStart - 1]))) nameStart = k + 1;
  const nameTokens = run.slice(nameStart).filter((t, i) => i > 0 || !CONNECTORS.has(t));
  if (!nameTokens.some((t) => isCap(t) && !HONORIFICS.has(bare(t)))) return null;
  let name = nameTokens.join(' ').replace(/[,;:]+$/, '');
  // "McKenzie said" after "Gen Frank McKenzie" was named, "Mr Pritchard said" after "Transport
  // Secretary Owen Pritchard": the same person, by the name a reader knows them by.
  const core = nameTokens.filter((t) => !HONORIFICS.has(bare(t)));
  if (core.length === 1) {
    const word = core[0].replace(/[,;:.]+$/, '');
    const known = personBySurname(word, state);
    if (known) return known;
    // "Halcyon said" after "Halcyon Launch Systems": an organisation the story named in full,
    // by its first word, when no person goes by it.
    const org = nameTokens.length === 1 && !state.fullNames?.has(word) ? [...(state.orgs ?? [])].reverse().find((o) => o.startsWith(`${word} `)) : undefined;
    if (org) return { name: org, kind: 'org' };
    // German capitalises every noun: one word the story puts after an article elsewhere ("vor dem
    // Stück", "ein älterer Mann", "des US-Militärs") is a noun, not someone's name. On the open
    // sets' German stories 14 of 18 one-word speakers were such nouns.
    if (state.german && nameStart === 0 && germanNounPhrase(core, state)) return null;
    // Not in German, where any capitalised noun could open a "name" noteNames kept.
    const given = state.german || state.fullNames?.has(word) ? undefined : byGivenName(word, state);
    if (given) return { name: given.name, role: given.role, kind: 'person', byGivenName: true };
  } else if (core.length <= 3) {
    // A surname of several words ("Van Der Beek said", after "James Van Der Beek").
    const short = core.join(' ').replace(/[,;:.]+$/, '');
    const full = personBySurname(short.split(' ').at(-1)!, state);
    if (full && full.name !== short && full.name.endsWith(` ${short}`)) return full;
  }
  // "King Charles", "Prince Andrew", "Pope Francis": a royal or papal title and one name are the
  // name a reader knows (and "Andrew said" later means him).
  if (core.length === 1 && nameStart > 0 && REGNAL.test(bare(run[nameStart - 1]))) {
    const royal = `${run[nameStart - 1]} ${name}`;
    return state.persons.find((p) => p.name === royal) ?? { name: royal, kind: 'person' };
  }
  const titleRole = run
    .slice(0, nameStart)
    .join(' ')
    .replace(/^(?:(?:The|the|A|An|But|And|So|Then|Now|Also)\s+)+/, '')
    .trim();
  const role = [titleRole, appositive].filter(Boolean).join(', ') || undefined;
  name = name.replace(/^(?:The)\s+/, '');
  // "Big Machine, the label that owns most of her music,": what the appositive says it is.
  if (!titleRole && appositive && ORG_APPOSITIVE.test(appositive)) return { name, kind: 'org' };
  if (state.german && nameStart === 0 && core.length > 1 && germanNounPhrase(core, state)) return null;
  return { name, role, kind: 'person' };
}

/** German compound nouns for a public body ("Staatsschutz", "Verfassungsschutz", "Bundesamt",
 *  "Landratsamt", "Staatsanwaltschaft", "Stadtverwaltung"). */
const GERMAN_BODY = /^\p{Lu}\p{Ll}*(?:schutz|amt|anwaltschaft|verwaltung|behörde|ministerium|direktion|kommission|gericht|polizei|verband|rat|präsidium)$/u;

/** German indefinite pronouns that open a sentence in capitals ("Jemand sagte, …"). */
const GERMAN_PRONOUN_NOUN = /^(?:Jemand|Niemand|Man|Einer|Eine|Keiner|Keine|Jeder|Jede|Manche|Viele|Alle|Andere)$/u;

/** A German article or determiner, up to two lower-case words (adjectives), then a capitalised
 *  word: the noun they go with. A capitalised article opens a sentence and may be a pronoun ("Das
 *  erfuhr Liat", "Die haben wir …"): there only the word right after it (or after an age) counts. */
const GERMAN_NOUN_AFTER_ARTICLE = /(?<![\p{L}])(?:(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|kein|keine|keiner|keines|keinem|keinen|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|im|am|vom|zum|zur|beim|ins)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}|(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Einer|Eines|Einem|Einen|Im|Am|Vom|Zum|Zur|Beim)\s+(?:\d[\p{L}\d-]*\s+)?)([\p{Lu}][\p{L}-]*)(?![\p{L}-])/gu;

export interface GermanWords {
  /** Capitalised words the story uses as common nouns somewhere (after an article). */
  nouns: ReadonlySet<string>;
}

export function germanWords(paragraphs: readonly string[]): GermanWords {
  const nouns = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(GERMAN_NOUN_AFTER_ARTICLE)) nouns.add(m[1]);
  return { nouns };
}

/** A German run that is a noun phrase, not a name: one word the story uses as a noun or an
 *  indefinite pronoun ("Jemand"), or a run joined by an article or "von" that opens on a noun of
 *  the story ("Ende der Streiks", "Universität von Mānoa"; "Ursula von der Leyen" opens on a given
 *  name). Callers ask only for people the story has not named. */
function germanNounPhrase(core: readonly string[], state: State): boolean {
  const words = state.germanWords?.();
  if (!words) return false;
  const first = core[0].replace(/[,;:.]+$/, '');
  if (core.length === 1) return GERMAN_PRONOUN_NOUN.test(first) || words.nouns.has(first);
  return core.some((t) => /^(?:der|des|dem|den|von|vom|zur|zum)$/.test(t)) && givenNameGender(first) === undefined && words.nouns.has(first);
}

/** German: two capitalised words neither of which the story uses as a noun, with no adjective or
 *  noun ending among them, are a given name and a surname the list of given names lacks ("Udo
 *  Kriese hat ein Motiv ersteigert", "Napua Nameyan hält ihre Tochter im Schoß"). */
function germanPersonName(run: readonly string[], state: State): boolean {
  if (!state.german || run.length !== 2) return false;
  const words = run.map(stripTail);
  const nouns = state.germanWords?.().nouns;
  if (!nouns || words.some((w) => nouns.has(w) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return false;
  // Adjectives, determiners and possessives decline (-e, -er, -es, -em, -en: "Klaffende Löcher",
  // "Rauer Seegang", "Diese Bauernregeln", "Ihre Geschichte"); the given names this is for seldom
  // end so ("Udo", "Gunthild", "Napua"; "Anne", "Heike" are in the list).
  if (GERMAN_OPENER.test(words[0]) || GERMAN_PRONOUN_NOUN.test(words[0]) || /(?:e|er|es|em|en)$/u.test(words[0]) || /^(?:Sein|Mein|Dein|Unser|Euer|Kein|Ein|Jed\p{Ll}*|All\p{Ll}*)$/u.test(words[0])) return false;
  return !/(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum|ment|enz|anz|ik|ur|ie|ei)$/u.test(words[1]);
}

/** An appositive that says a name is an organisation's: an article, at most two words that
 *  describe it, and its kind ("the label that owns …", "a London-based consultancy", "the
 *  country's biggest lender"); not someone's role at one ("the founder of the company", "the
 *  company's founder"). */
const ORG_APPOSITIVE = /^\s*(?:the|a|an)\s+(?:(?!of\b)[\p{L}'’-]+\s+){0,2}(?:company|firm|label|group|band|agency|union|charity|organi[sz]ation|association|network|studio|publisher|retailer|chain|maker|manufacturer|start-?up|bank|lender|insurer|fund|party|club|airline|carrier|broadcaster|consultancy|nonprofit|non-profit|think tank|operator|developer|provider|supplier|distributor|conglomerate|utility|regulator|watchdog|ministry|department|council|authority|commission|institute|foundation|coalition|alliance|federation|league)(?![\p{L}'’-])(?!\s+(?:of|at|for)\b)/iu;

const REGNAL = /^(?:king|queen|prince|princess|pope|emperor|empress|sheikh|sheikha|sultan|emir)$/;

/** German nouns for someone who leads ("VW-Chef", "der Boss", "die Vorstandsvorsitzende",
 *  "der Bürgermeister"): after "der"/"die" they refer back to a person the story has named, as a
 *  pronoun does. A spokesperson ("der Sprecher") speaks for a body and is left out. Without case:
 *  the ending is capitalised after a hyphen ("VW-Boss"). */
const LEADER_NOUN = /^[\p{Lu}][\p{L}-]*?(?:chef|chefin|boss|leiter|leiterin|präsident|präsidentin|minister|ministerin|meister|meisterin|direktor|direktorin|vorsitzende|vorsitzender|kanzler|kanzlerin)$|^(?:chef|chefin|boss|ceo|geschäftsführer|geschäftsführerin)$/iu;

/** "Jr", "III": part of a name, never its surname ("James P. Kennedy Jr." is Kennedy). */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** The surname of a full name: its last word that is not a generation suffix. */
function surnameOf(tokens: readonly string[]): string {
  for (let i = tokens.length - 1; i > 0; i--) if (!GENERATION.test(tokens[i])) return tokens[i];
  return tokens[0];
}

/** Two forms of one name: equal once middle initials are left out ("James Kennedy", "James P.
 *  Kennedy Jr"), or one the end of the other ("Van Der Beek", "James Van Der Beek"). */
function sameName(a: string, b: string): boolean {
  const plain = (n: string) => n.split(' ').filter((t) => !/^\p{Lu}\.?$/u.test(t) && !GENERATION.test(t)).join(' ');
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || plain(a) === plain(b);
}

const knownBySurname = (surname: string, state: State): Speaker | undefined =>
  [...state.persons].reverse().find((p) => { const t = p.name.split(' '); return t.length > 1 && surnameOf(t) === surname; });

/** The person a surname alone names: a speaker already known by it, or the full name the story
 *  gave with it (noteNames). */
function personBySurname(surname: string, state: State): Speaker | undefined {
  // The person the story last called by this surname alone, when another of that surname came
  // in since ("Calloway says" is still Junie Calloway after "Her mother, Loretta Calloway, …").
  const called = state.calledBySurname?.get(surname);
  if (called) {
    // In its fullest form since ("John M. Ford", then "John Milo Ford"): the same given name
    // and surname, more words.
    const given = called.name.split(' ')[0];
    const forms = [state.fullNames?.get(surname)?.name, state.givenNames?.get(given)?.name, ...state.persons.map((p) => p.name)];
    const fuller = forms.filter((n): n is string => !!n && n.length > called.name.length && n.split(' ')[0] === given && n.endsWith(` ${surname}`)).sort((a, b) => b.length - a.length)[0];
    return fuller ? { name: fuller, role: called.role, kind: 'person' } : called;
  }
  const known = knownBySurname(surname, state);
  if (known) {
    (state.calledBySurname ??= new Map()).set(surname, known);
    return known;
  }
  const full = state.fullNames?.get(surname);
  if (full) return { name: full.name, role: full.role, kind: 'person' };
  // Someone the story calls by one name only ("Yanis, 21 ans, …" … "Yanis, lui, a repris …").
  return [...state.persons].reverse().find((p) => p.name === surname);
}

/** "Dale said" after "Dale Ford and Martha Fry": a word that is no one's surname but the given
 *  name of exactly one person the story named in full (features call people by it). */
function byGivenName(word: string, state: State): { name: string; role?: string } | undefined {
  return state.givenNames?.get(word) ?? undefined;
}

/** Capitalised words that open a sentence or a clause, not a name: articles, prepositions,
 *  conjunctions, possessives. */
const OPENERS =
  'The|A|An|In|On|At|But|And|If|When|As|After|Before|For|From|By|With|Since|During|While|This|That|Its|His|Her|Their|Our|' +
  'Last|Next|Meanwhile|However|So|Then|Now|Also|Although|Though|Even|Unless|Whereas|Once|Despite|Because|Until|Like|Unlike|Among|Afterwards|Afterward|Eventually|Finally|Instead|Soon|' +
  // An imperative that opens a feature's lead ("Ask Damien Chazelle, …, and he will answer").
  'Ask|Meet|' +
  // A question's auxiliary ("Would Adam Schiff …?"), a pointing adverb ("Here is how …:").
  'Would|Could|Should|Did|Does|Do|Can|Here|There';

/** A capitalised word that opens a clause before a name, in the languages Lede reads quotes in:
 *  never part of the name. Articles stay: "The Wall Street Journal" is a name. */
const CLAUSE_OPENER = new RegExp(`^(?:${OPENERS.replace(/^The\|A\|An\|/, '')}|Wie|Mit|Doch|Aber|Und|Auch|Dann|Als|Zudem|Denn|Pero|Como|Mais|Comme|Ma|Come|Según|Selon|Segundo|Secondo|Laut|Para|Pour|Per|Für)$`);
/** A pronoun standing as the subject: resolved elsewhere, never a name ("Er", "Elle"). */
const SUBJECT_PRONOUN = /^(?:He|She|They|We|I|You|It|Er|Sie|Es|Wir|Ich|Il|Elle|Ils|Elles|Nous|Él|Ella|Ellos|Ellas|Lui|Lei)$/;

/** A clause that opens with a verb, or a clitic or "y" before one (Spanish, Italian, Portuguese):
 *  "fue claro", "lo resumió así", "se mostró preocupado", "y remató", "ha aggiunto". */
const DROPPED_SUBJECT_CLAUSE = /^\s*(?:(?:y|e|lo|le|les|se|nos|no|ya|también|luego|después|entonces|ci|ne|poi|anche)\s+)*(?:fue|fui|era|es|está|estaba|estuvo|ha|había|tiene|tuvo|è|foi|\p{Ll}+(?:ó|aba|ió|ou))(?![\p{L}])/iu;

const FIRST_PERSON = /^I(?:['’](?:d|ve|m|ll))?$/u;

/** Days and months ("On Monday, the People's Daily … warned"): alone, never a name. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Tomorrow)$/u;

/** Clitics, conjunctions and adverbs that open a Spanish, French, Italian or Portuguese sentence
 *  with a capital ("Lo resumió así:", "Se mostró preocupado:", "Y remató:"): alone, never a
 *  name. */
const FUNCTION_WORD = /^(?:Lo|Los|Las|Le|Les|Se|Me|Te|Nos|Os|Y|E|O|U|Ni|No|Ya|Así|Aún|Hoy|Ayer|Ahí|Allí|Aquí|Luego|Entonces|Tampoco|También|Incluso|Además|Sin|Con|Por|En|Que|Qué|Cómo|Cuando|Donde|Si|Sí|Mientras|Pues|Ahora|Después|Antes|Eso|Esto|Ce|Cela|Ça|On|Et|Ou|Puis|Alors|Ainsi|Aussi|Ensuite|Enfin|Donc|Non|Oui|Là|Ici|Nous|Vous|Je|Ne|Gli|Ci|Poi|Così|Anche|Già|Qui|Ora|Já|Assim|Depois|Agora|Aqui|Não|Sim)$/u;

/** Words that open a sentence or a clause before a name ("But Steve Rowntree …"). */
const RUN_OPENERS = new RegExp(`^(?:${OPENERS}|Speaking|Hearing|Watching|Seeing|Following|Including|Listening|Talking|Looking|Recalling|Describing|Explaining|Reflecting|Responding|Referring|Addressing|Citing|Asked|According|Yesterday|Today|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);
/** German prepositions, conjunctions and sentence adverbs: capitalised at a sentence's start,
 *  never a noun and never a name ("Von Liat fehlte jedes Lebenszeichen", "Mit Olaf Scholz …").
 *  Articles stay out: "Die Linke", "Der Spiegel" are names. */
const GERMAN_OPENER =
  /^(?:Mit|Von|Vom|Bei|Beim|Nach|Aus|Zu|Zum|Zur|Über|Unter|Vor|Seit|Für|Gegen|Ohne|Um|Durch|Während|Trotz|Wegen|Laut|Dank|Bis|Auf|Im|Am|Ins|Und|Aber|Doch|Denn|Als|Wie|Wenn|Dass|Ob|Weil|Auch|Dann|Zudem|Nun|Noch|Schon|Selbst|Sogar|Nur|Erst|Jetzt|Heute|Gestern|Damals|Inzwischen|Trotzdem|Deshalb|Daher|Dabei|Danach|Dazu|Außerdem|Allerdings|Jedoch|Immerhin|Zwar|Bereits|Vielleicht|Hier|Dort|Sowohl|Weder|Entweder|Obwohl|Obgleich|Nachdem|Bevor|Sobald|Damit|Falls|Sondern|Oder|Sowie|Wer|Was|Wo|Wann|Warum|Weshalb|Zuvor|Zunächst|Später|Anschließend|Schließlich|Letztlich|Natürlich)$/;

/** A word before a name that is no part of it: an opener, and outside German (where it may be a
 *  noun) a clause opener or a Romance preposition ("Para Hurtado", "Según Hurtado"); in German,
 *  a preposition, conjunction or adverb. */
const opensRun = (word: string, state: State): boolean =>
  RUN_OPENERS.test(word) ||
  (state.german ? GERMAN_OPENER.test(stripTail(word)) : CLAUSE_OPENER.test(stripTail(word)) || SUBJECT_OPENERS.test(stripTail(word)));

/** A word without the punctuation after it and a possessive 's ("Rowntree’s," → Rowntree):
 *  by character codes, as it runs on every capitalised word of the story. */
function stripTail(t: string): string {
  let end = t.length;
  while (end > 0 && ',;:.!?)'.includes(t[end - 1])) end--;
  if (end > 2 && (t[end - 1] === 's' || t[end - 1] === 'S') && (t[end - 2] === '’' || t[end - 2] === "'")) end -= 2;
  return end === t.length ? t : t.slice(0, end);
}

/** Remember the full person names a sentence gives ("Harford manager Steve Rowntree", "Transport
 *  Secretary Owen Pritchard"), so that a later "Rowntree said" or "Mr Pritchard said" names them
 *  in full. A name here is two to four capitalised words after any title words, not an
 *  organisation; a surname two people share resolves to nobody. */
export function noteNames(sentence: string, state: State): void {
  const names = (state.fullNames ??= new Map());
  const tokens = sentence.split(' ');
  // A line in title case (a subheading, "Enter Rafe Okonkwo") has no lower-case word to end a
  // name: any capitalised word could be part of it.
  if (!tokens.some(isLower)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    const run: string[] = [];
    const start = i;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (!isCap(t) && !(CONNECTORS.has(t) && run.length && isCap(tokens[j + 1] ?? ''))) break;
      // A pronoun ends a name: "What I", "Nikkor I've", "Emperor He".
      // A bare "I" after one word ("What I", "Everyone I", "Actually I"); after more it may be a
      // numeral ("World War I", "Queen Elizabeth I").
      if ((FIRST_PERSON.test(stripTail(t)) && (stripTail(t) !== 'I' || run.length === 1)) || /^(?:He|She|They|We)$/.test(stripTail(t))) break;
      // The last word of a quote ("… Get. It. OUT,” Noem tweeted") is no part of a name after it.
      if (/[”"»]$|[,.!?]['’]$/u.test(t)) break;
      run.push(t);
      if (/[,;:.!?)]$/.test(t) && !HONORIFICS.has(bare(t)) && !/^\p{Lu}\.$/u.test(t)) break;
      // A possessive ends a name: "David Beckham’s Studio 99" is David Beckham's.
      if (/\p{L}['’]s$/u.test(t)) break;
    }
    i = j;
    // In Spanish, Italian and Portuguese copy an acronym of three to six capitals is an
    // organisation ("Desde OSE …", "la UCO") that a later "el organismo" means. (In English
    // stories acronyms are as often titles or states: CEO, NYAG.)
    const acronym = run.length ? stripTail(run[run.length - 1]) : '';
    if (state.proDrop && /^[\p{Lu}]{3,6}$/u.test(acronym) && (run.length === 1 ? start > 0 : run.length === 2 && SUBJECT_OPENERS.test(stripTail(run[0])))) noteOrg(acronym, state);
    if (run.length < 2) continue; // a sentence's first word, a place: no full name, no organisation
    const bareRun = run.map((t) => stripTail(t));
    // "Bengaluru-based Vyomira Technologies" is Vyomira Technologies.
    while (bareRun.length && (opensRun(bareRun[0], state) || /-(?:based|born|owned|listed|backed|led|run)$/.test(bareRun[0]))) bareRun.shift();
    // "La Intendencia de Canelones" is the Intendencia de Canelones ("El País", "Le Monde" keep
    // theirs: their second word is no institution's).
    if (bareRun.length >= 3 && /^(?:El|La|Los|Las|Le|Les|Il|Lo|Der|Die|Das|The)$/.test(bareRun[0]) && (ORG_WORDS.test(bareRun[1]) || ORG_WORDS.test(bareRun.slice(1, 3).join(' ')))) bareRun.shift();
    if (bareRun.length >= 2 && bareRun.length <= 8 && ORG_WORDS.test(bareRun.join(' '))) noteOrg(bareRun.join(' '), state);
    // "special envoy to Ukraine Kurt Volker": after a role and "to"/"for"/"of", the run starts
    // with what the role is about, one word of it; the name is the last two (with four words
    // or more, which are the name is unclear: "of South Africa Cyril Ramaphosa", "of Mexico
    // Andrés Manuel López Obrador"; cutting to two was worse on quotes-dev held).
    // Romance roles too: "el exministro de Economía Juan Pérez".
    const about = run.length === 3 && /^(?:to|for|of|de|del|di|da|do|du)$/.test(tokens[start - 1] ?? '') && isLower(tokens[start - 2] ?? '');
    // Two people joined by "and" are two names ("Marcel Granollers and Feliciano Lopez"): each
    // part is read on its own, so that a later "said Lopez" names him in full.
    // "La diputada del Frente Amplio Cristina Lustemberg": after "del", a longer run is the body,
    // then a person from the first common given name on.
    const given = !about && run.length >= 3 && /^(?:de|del|of|di|da|do|du)$/.test(tokens[start - 1] ?? '') && isLower(tokens[start - 2] ?? '') ? givenNameStart(run.map(stripTail), 3) : -1;
    const parts = given > 0 ? [run.slice(given)] : about && !run.includes('and') ? [run.slice(-2)] : splitAtAnd(run);
    parts.forEach((part, k) => noteNameRun(part, names, state, start === 0 && k === 0));
    // "a senadora Kátia Abreu", "le procureur Vincent Edel", "the senator Ann Lee": an article and
    // a lower-case role before a full name; a later "indagou a senadora" means her.
    const roleWord = tokens[start - 1] ?? '';
    if (parts.length === 1 && /^\p{Ll}[\p{Ll}-]{3,}$/u.test(roleWord) && /^(?:the|el|la|le|il|lo|o|a|der|die)$/iu.test(tokens[start - 2] ?? '') && !NOT_A_ROLE.test(roleWord)) {
      const full = names.get(surnameOf(parts[0].map(stripTail)));
      if (full && full.name === parts[0].map(stripTail).join(' ')) noteRoleHolder({ name: full.name, role: full.role ?? roleWord, kind: 'person' }, state, roleWord);
    }
  }
  noteMentions(sentence, tokens, state);
  noteDocs(sentence, state);
  noteBodies(sentence, state);
  state.sentences = (state.sentences ?? 0) + 1;
}

/** Bodies named the way a run of capitals does not show: Romance ones with a common noun ("la
 *  préfecture de l'Hérault", ROMANCE_BODY_IN) and German compounds ending in a body's word after
 *  an article ("das Präsidialamt in Seoul", "bei der Berliner Straßenreinigung"), for a later
 *  unnamed spokesperson, "heißt es" or "según la empresa". */
function noteBodies(sentence: string, state: State): void {
  if (state.romance !== false && ROMANCE_BODY_NOUN.test(sentence)) for (const m of matchesOf(ROMANCE_BODY_IN, sentence)) noteOrg(m[1], state);
  if (state.romance !== false && ROMANCE_FIRM_NOUN.test(sentence)) for (const m of matchesOf(ROMANCE_NAMED_FIRM, sentence)) noteOrg(m[1] ?? m[2], state);
  if (!state.german) return;
  for (const m of matchesOf(GERMAN_BODY_IN, sentence)) {
    if (GERMAN_BODY_END.test(m[1].split(' ').at(-1)!)) noteOrg(m[1] + (m[2] ?? ''), state);
  }
}

/** A firm named after its kind: "la compagnie Volantis", "la empresa Gazprom", "el grupo
 *  Inditex", "l'entreprise Michelin" (group 1: the name). */
const ROMANCE_FIRMS = 'compagnie|société|entreprise|groupe|enseigne|empresa|compañía|firma|grupo|operadora|azienda|società|gruppo|companhia';
const ROMANCE_FIRM_NOUN = new RegExp(`(?:${ROMANCE_FIRMS})(?![\\p{L}])`, 'iu');
const ROMANCE_NAMED_FIRM = new RegExp(`(?:^|\\s)(?:[Ll]a|[Ll]e|[Ee]l|[Ii]l|[Oo]|[Aa])\\s+(?:${ROMANCE_FIRMS})(?:\\s+\\p{Ll}{3,})?\\s+([\\p{Lu}][\\p{L}&'’-]+(?:\\s+[\\p{Lu}][\\p{L}&'’-]+){0,2})|[Ll]['’](?:${ROMANCE_FIRMS})\\s+([\\p{Lu}][\\p{L}&'’-]+)`, 'gu');

/** A German body after an article: up to two capitalised words, then the last, which must end in
 *  a body's word (GERMAN_BODY_END); "in Seoul" after it is part of its name. */
const GERMAN_BODY_IN = /(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des|beim|vom|zum|zur|im)\s+((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]+)(\s+in\s+[\p{Lu}][\p{L}-]+(?=[\s,.;:]|$))?/gu;

/** Splits a capitalised run at a coordinating "and"/"&" between two names; other connectors
 *  ("of", particles) stay inside the part, where noteNameRun cuts or keeps them. */
function splitAtAnd(run: string[]): string[][] {
  const parts: string[][] = [[]];
  for (const t of run) {
    if ((t === 'and' || t === '&') && parts.at(-1)!.length) parts.push([]);
    else parts.at(-1)!.push(t);
  }
  return parts.filter((p) => p.length);
}

/** Where a person's name starts in a run that opens with a body's ("Frente Amplio Cristina
 *  Lustemberg", "Tribunal Supremo Ángel Hurtado"): the first common given name after the first
 *  word with two words at least from it on, and at most `most`; -1 when there is none. */
function givenNameStart(words: readonly string[], most = Infinity): number {
  return words.findIndex((w, k) => k > 0 && words.length - k >= 2 && words.length - k <= most && givenNameGender(w) !== undefined);
}

/** Generational suffixes after a surname ("Jr.", "III"). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** One capitalised run: the person's name it gives, if any, remembered by surname. */
function noteNameRun(run: string[], names: NonNullable<State['fullNames']>, state: State, opensSentence = false): void {
  // A person's name has no "of" or "and" inside: "Steve Rowntree of Harford" is Steve Rowntree.
  const cut = run.findIndex((t) => CONNECTORS.has(t) && !NAME_PARTICLES.has(t));
  if (cut > 0 && run[cut] === 'of' && run.slice(0, cut).every((t) => TITLE_WORDS.has(bare(t))) && run.length - cut > 3) {
    // "Deputy Director of Public Prosecution Eva-Marie Persson", "Secretary of State Mike
    // Pompeo": titles, "of" and what they head, then the name, its last two words.
    run = run.slice(-2);
  } else if (cut >= 0) run.length = cut;
  // A title word that ends the name, after a common given name, is a surname: "Stephen King",
  // "Martin Luther King Jr.", "Lisa Major" (a title stands before a name, never last).
  let core = run.length;
  while (core > 1 && NAME_SUFFIX.test(bare(run[core - 1]))) core--;
  const titleWord = (t: string) => TITLE_WORDS.has(bare(t)) || HONORIFICS.has(bare(t));
  const surnameTitle = core >= 2 && titleWord(run[core - 1]) && !titleWord(run[core - 2]) && run.slice(0, core - 1).some((t) => givenNameGender(stripTail(t)) !== undefined) ? core - 1 : -1;
  // The name is what follows the last opener, title or honorific ("Muskegon County Clerk
  // Renee Fairbanks"); post-nominals after it ("KC") are not part of it.
  let from = run.length;
  while (from > 0 && !opensRun(run[from - 1], state) && (from - 1 === surnameTitle || !titleWord(run[from - 1]))) from--;
  let to = run.length;
  while (to > from && POST_NOMINALS.has(bare(run[to - 1]))) to--;
  from += leadingRoleNouns(run.slice(from, to), state.german, false); // "CDU-Fraktionschef Dieter Lansky"
  let nameRun = run.slice(from, to).map((t) => stripTail(t));
  // German "die Backstube von Karsten Berning": a noun, "von", then a full name (nobility keeps
  // its particle: "Ursula von der Leyen").
  const von = state.german ? nameRun.indexOf('von') : -1;
  if (von > 0 && nameRun.length - von - 1 >= 2 && nameRun.slice(von + 1).every(isCap)) nameRun = nameRun.slice(von + 1);
  // "Prince Andrew": the title is part of the name a later "Andrew said" means.
  if (nameRun.length === 1 && from > 0 && REGNAL.test(bare(run[from - 1]))) {
    if (!names.has(nameRun[0])) names.set(nameRun[0], { name: `${stripTail(run[from - 1])} ${nameRun[0]}` });
    return;
  }
  // "el juez del Tribunal Supremo Ángel Hurtado": a body's name, then a person's that opens
  // with a common given name.
  if (nameRun.length > 2 && ORG_WORDS.test(nameRun.join(' '))) {
    const k = givenNameStart(nameRun);
    if (k > 0 && ORG_WORDS.test(nameRun.slice(0, k).join(' ')) && !ORG_WORDS.test(nameRun.slice(k).join(' '))) nameRun = nameRun.slice(k);
  }
  // Slavic: a given name and a surname (after a capitalised role or place: "Starostka Litomyšle
  // Daniela Brůnová").
  if (state.slavic && nameRun.length > 2 && !PATRONYMIC.test(nameRun[nameRun.length - 2])) nameRun = nameRun.slice(-2);
  // The office the title before the name holds ("President", "Gov."), for a later "the
  // president said" (not in German, whose capitalised nouns would pass for titles).
  const office = state.german ? undefined : officeOf(run.slice(0, from).filter((t) => !RUN_OPENERS.test(t)).at(-1));
  // "President Obama": the office and a surname alone; the person in full if the story named them.
  if (office && nameRun.length === 1 && isCap(nameRun[0]) && !ORG_WORDS.test(nameRun[0])) {
    const known = names.get(nameRun[0]);
    if (known !== null) noteRoleHolder(known ? { name: known.name, role: known.role, kind: 'person' } : { name: nameRun[0], kind: 'person' }, state, office);
  }
  if (nameRun.length < 2 || nameRun.length > 4 || ORG_WORDS.test(nameRun.join(' '))) return;
  if (!nameRun.every((t) => isCap(t) || NAME_PARTICLES.has(t)) || nameRun.some((t) => /^[\p{Lu}]{2,}$/u.test(t) || /\d/.test(t))) return;
  const name = nameRun.join(' ');
  const surname = surnameOf(nameRun);
  const titles = run.slice(0, from).filter((t) => !RUN_OPENERS.test(t) && !HONORIFICS.has(bare(t)));
  // "President Barack Obama", "Gov. Kristi Noem": a later "the president said", "the governor
  // said" means them (two people with one office: nobody).
  if (office) noteRoleHolder({ name, role: titles.length ? titles.join(' ') : undefined, kind: 'person' }, state, office);
  // German capitalises nouns: there only a known given name says two capitalised words are a
  // person ("Biosynthetische Kraftstoffe" is not).
  if (opensSentence && (!state.german || givenNameGender(nameRun[0]) !== undefined)) state.lastNamed = { name, role: titles.length ? titles.join(' ') : undefined, para: state.para, at: (state.tick = (state.tick ?? 0) + 1) };
  const given = (state.givenNames ??= new Map());
  const sameGiven = given.get(nameRun[0]);
  if (sameGiven === undefined) given.set(nameRun[0], { name });
  else if (sameGiven && !sameName(sameGiven.name, name)) given.set(nameRun[0], null);
  // Spanish and Portuguese names carry two surnames, and a story goes on with the first ("Luis
  // Gómez Treviño" … "advirtió Gómez").
  if (state.proDrop && nameRun.length === 3 && nameRun.every(isCap) && names.get(nameRun[1]) === undefined) names.set(nameRun[1], titles.length ? { name, role: titles.join(' ') } : { name });
  const before = names.get(surname);
  // (A sentence that names two people, "behind Ed Miliband and Gordon Brown": neither is the one
  // a pronoun means.)
  const sentenceNo = state.sentences ?? 0;
  const intro = state.lastIntroduced;
  if (intro?.sentence === sentenceNo && intro.name !== name) intro.ambiguous = true;
  else if (before === undefined && !state.german && givenNameGender(nameRun[0]) !== undefined) {
    state.lastIntroduced = { name, role: titles.length ? titles.join(' ') : undefined, sentence: sentenceNo, para: state.para, ambiguous: state.lastNamedSentence === sentenceNo };
  }
  state.lastNamedSentence = sentenceNo;
  if (before === undefined) names.set(surname, titles.length ? { name, role: titles.join(' ') } : { name });
  else if (before && !sameName(before.name, name)) names.set(surname, null);
  // The fullest form is the name ("James P. Kennedy Jr" over "James Kennedy").
  else if (before && name.length > before.name.length && !name.endsWith(` ${before.name}`)) names.set(surname, { name, role: titles.length ? titles.join(' ') : before.role });
}

/** "the President said", "the Governor said": an office written with a capital, held by one
 *  person the story named with it; a reference back, as a pronoun is. */
function capitalOffice(word: string, state: State): Speaker | null {
  const office = officeOf(word);
  const holder = office ? state.roleHolders?.get(office) : undefined;
  if (!holder) return null;
  state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  return holder;
}

/** Offices a story refers back to by the office alone ("the governor said"), by the title word
 *  before a name, abbreviations spelt out. */
const OFFICE = /^(?:president|governor|mayor|senator|representative|judge|justice|minister|chancellor|premier|secretary|sheriff|commissioner|ambassador|general|colonel|captain|admiral|lieutenant|sergeant|commander|major|coach|prosecutor|bishop|archbishop|cardinal|pope|king|queen|prince|princess|speaker|superintendent|chairman|chairwoman|councillor|councilor|councilman|councilwoman|congressman|congresswoman|lawmaker|detective|inspector|professor|doctor|rabbi|imam|pastor)$/;
const OFFICE_ABBREVIATION: Record<string, string> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', col: 'colonel', capt: 'captain', adm: 'admiral', lt: 'lieutenant', lieut: 'lieutenant', sgt: 'sergeant', cmdr: 'commander', maj: 'major', det: 'detective', insp: 'inspector', prof: 'professor', dr: 'doctor', supt: 'superintendent' };
function officeOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const word = bare(title);
  const office = OFFICE_ABBREVIATION[word] ?? word;
  return OFFICE.test(office) ? office : undefined;
}

const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'm', sir: 'm', lord: 'm', mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', mme: 'f', mlle: 'f', herr: 'm', frau: 'f', sra: 'f', srta: 'f', doña: 'f', dña: 'f', signor: 'm', signora: 'f' };
/** Quoted words: their pronouns are the speaker's, not the reporter's ("I told her"). */
export const QUOTED = /[“"«„‘][^”"»“’]*[”"»“’]/g;

/** Move `name` to the end of a most-recent-last list, which keeps its last `max` names. */
function bumpRecent(list: string[], name: string, max: number): void {
  const at = list.indexOf(name);
  if (at >= 0) list.splice(at, 1);
  list.push(name);
  if (list.length > max) list.shift();
}

/** Keep an organisation's name for later "the bank" or "the company"; always true (it is used
 *  inside a condition). */
function noteOrg(name: string, state: State): true {
  bumpRecent((state.orgs ??= []), name, 30);
  state.orgPara = state.para;
  return true;
}

const mention = (name: string, state: State): void => bumpRecent((state.mentions ??= []), name, 50);

function noteGender(name: string, g: Gender, state: State): void {
  const genders = (state.genders ??= new Map());
  const known = genders.get(name);
  if (known === undefined) genders.set(name, g);
  else if (known !== g) genders.set(name, null);
}

/** The people a sentence names (in full, or by a surname the story gave in full), in order, and
 *  what it says of their gender: Mr or Ms before the name, or, when it names one person only, a
 *  he/his or a she/her outside quotation marks (English; other languages give no such clue here). */
function noteMentions(sentence: string, tokens: string[], state: State): void {
  const names = state.fullNames;
  if (!names?.size) return;
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    const word = stripTail(tokens[i]);
    const full = names.get(word);
    if (!full) continue;
    // Mr or Ms before the surname, or before the full name ("Mr Tom Reid").
    const n = full.name.split(' ').length;
    const start = n > 1 && tokens.slice(i - n + 1, i).join(' ') === full.name.split(' ').slice(0, -1).join(' ') ? i - n + 1 : i;
    const honorific = start > 0 ? HONORIFIC_GENDER[bare(tokens[start - 1])] : undefined;
    if (honorific) noteGender(full.name, honorific, state);
    if (!found.includes(full.name)) found.push(full.name);
  }
  // People called by one name ("Maria’s son was seen at 3:40 a.m."), mentioned again.
  if (state.singleNames?.size) {
    for (const t of tokens) {
      const word = stripTail(t).replace(/['’]s$/u, '');
      if (state.singleNames.has(word) && !found.includes(word)) found.push(word);
    }
  }
  for (const name of found) mention(name, state);
  if (found.length !== 1) return;
  // "Her husband, Tom, was supportive": a possessive that opens the sentence is someone else's.
  const reporter = sentence.replace(QUOTED, ' ').replace(/^\s*(?:His|Her)\s+\p{Ll}+/u, ' ');
  // A name inside the quote is not whom the narrator's "she" is about: “Pat Carlineo is
  // passionate about his beliefs,” she said.
  if (!reporter.includes(found[0].split(' ').at(-1)!)) return;
  const he = /\b(?:he|him|his|himself)\b/i.test(reporter);
  const she = /\b(?:she|her|hers|herself)\b/i.test(reporter);
  if (he === she) return;
  // "Jane Roe said he had just started college": a pronoun her given name contradicts is about
  // someone else (her son).
  const g: Gender = he ? 'm' : 'f';
  const byName = givenNameGenderOf(found[0]);
  if (byName === undefined || byName === g) noteGender(found[0], g, state);
}

/** The gender a full name's given name points to, if listed: its first word after any honorific
 *  or title, when a surname follows. */
function givenNameGenderOf(name: string): Gender | undefined {
  const words = name.split(' ');
  const given = words.findIndex((w) => !HONORIFICS.has(bare(w)) && !TITLE_WORDS.has(bare(w)));
  return given >= 0 && given < words.length - 1 ? givenNameGender(words[given]) : undefined;
}

/** German kinship nouns before a name ("ihr Mann Aviv", "seine Tochter Lila Moss"): short, and
 *  without a role ending. */
const GERMAN_KIN = /^(?:Mann|Ehemann|Ehefrau|Sohn|Tochter|Bruder|Schwester|Vater|Mutter|Freund|Freundin|Onkel|Tante|Enkel|Enkelin|Neffe|Nichte|Witwe|Witwer|Opa|Oma)$/;

/** How many leading tokens of a capitalised run are role nouns, not the name. After an article
 *  the first always is (names take no article: "der Fraktionsvorsitzende Martin Albers", "el
 *  Alcalde Joan Ribó"). In German, so is a long noun with a role ending ("Verkehrssenatorin
 *  Sabine Kröger"); with only one word after it, the noun must be longer still, so that "Martin
 *  Albers" stays a name; so is a kinship noun ("ihr Mann Aviv"). */
function leadingRoleNouns(run: string[], german: boolean, afterArticle: boolean, nouns?: ReadonlySet<string>): number {
  let g = 0;
  while (run.length - g >= 2) {
    const t = run[g];
    const after = run.length - g - 1;
    // German: a word the story uses as a noun elsewhere is a role, not a name ("Der Betroffenenvertreter
    // Detlev Zander"), and so is a place in the genitive before a role ("Luxemburgs Außenminister
    // Xavier Bettel"). (Taking the word after a capitalised article as a role too named 'Familie
    // Atzili' and 'DDR-Hotel Lunik' on open pages and cost a popup quote on quotes-dev held.)
    const role =
      (g === 0 && afterArticle) ||
      (german && !HONORIFICS.has(bare(t)) && (TITLE_WORDS.has(bare(t)) || (GERMAN_ROLE.test(t.toLowerCase()) && t.length >= (after >= 2 ? 7 : 10) && givenNameGender(t) === undefined) || GERMAN_KIN.test(t) || (after >= 2 && nouns?.has(stripTail(t))) || (after >= 2 && /^\p{Lu}\p{Ll}+s$/u.test(t) && givenNameGender(t) === undefined && leadingRoleNouns(run.slice(g + 1), german, false, nouns) > 0)));
    if (!role) break;
    g++;
  }
  return g;
}

/** A role-like appositive: "head of the US Central Command", "a former head of …". */
function cleanAppositive(s: string): string | undefined {
  const t = s.trim();
  if (!t || t.split(/\s+/).length > 20) return undefined;
  if (/^(?:who|which|that|where|when|adding|saying|in|at|on|after|before|during|while)\b|^\p{Ll}+ing\b/iu.test(t)) return undefined;
  // A clause, not a role: "Auf die Frage, ob er …, sagte", "Sur la question, si …".
  if (/^(?:ob|dass|wenn|weil|als|wie|que|qui|si|quand|cuando|porque|como|donde|che|se|perché)(?![\p{L}])/iu.test(t)) return undefined;
  // A role starts in lower case, with an article or a possessive ("Sa directrice", "Su portavoz"),
  // or with a title word.
  // ("Crown Prince of Dubai": a title word second.)
  const [w0 = '', w1 = ''] = t.split(/\s+/);
  if (!/^(?:\p{Ll}|(?:A|An|The|His|Her|Their|Its|Our|Sa|Son|Su|Sua|Seine|Ihre|La|Le|El|Il|Der|Die)\s|[\p{Lu}][\p{L}]*(?:['’]s|s['’])\s)/u.test(t) && !TITLE_WORDS.has(bare(w0)) && !TITLE_WORDS.has(bare(w1))) return undefined;
  return t.replace(/^(?:a|an)\s+/i, '');
}

/** "A Vyomira spokesperson", "a spokeswoman for Acme Corp": the organisation speaks. */
// "the Ministry of Foreign Affairs spokesperson": little words may join the body's name.
const SPOKESPERSON_OF = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+((?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s+(?:(?:of|for|and|on|the)\s+(?=[\p{Lu}]))*)+)(?:spokes(?:person|man|woman)|representative)\s*$/u;
const SPOKESPERSON_FOR = /(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s*)+|the\s+\p{Ll}+\s*)$/u;
const SPOKESPERSON_AFTER = /^\s*(?:[Aa]n?|[Tt]he)\s+((?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s+(?:(?:of|for|and|on|the)\s+(?=[\p{Lu}]))*)+)(?:spokes(?:person|man|woman)|representative)(?![\p{L}])/u;
/** "a spokesperson for the Utah Department of Transportation", "a spokeswoman from Delta Air
 *  Lines" after the verb or "according to" (group: the organisation). */
const SPOKESPERSON_FOR_AFTER = /^\s*(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:person|man|woman)|representative)\s+(?:for|from|of|at|with)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[\p{Lu}][\p{L}\p{M}'’&.-]*)*)/u;
const BODY_ROLE_THEN_NAME = /^\s*((?:[\p{Lu}][\p{L}\p{M}&.'’-]*\s+(?:(?:of|for|and|on|the)\s+)?){1,6}(?:\p{Ll}[\p{Ll}-]*\s+){1,3})((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s*$/u;
const PRESS_OFFICE_AT_END = /(?:^|[(]|(?<!\b(?:from|at|of|with|for)\s*)\s)((?:[\p{Lu}][\p{L}\p{M}&.'’-]*\s+){1,4})(?:corporate\s+)?(?:communications|press office|media relations|public relations|press team)\s*$/u;
/** "In her view," and its kind at the start of a quote's sentence; the group is the pronoun
 *  that gives a gender, where one does. */
const IN_THEIR_VIEW = /^\s*(?:En su (?:opinión|criterio|visión|entender)|A su (?:juicio|entender|criterio|modo de ver)|Desde su punto de vista|À son avis|Selon (lui|elle)|D['’]après (lui|elle)|In (his|her) (?:view|opinion|words)|Nella sua opinione|Secondo (lui|lei)|Na sua opinião)\s*,/iu;
const TEAM_AT_END = /(?:^|\s)((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors|co-?workers|lab|group|fellow researchers)\s*$/u;
const THE_SPOKESPERSON = /(?:^|\s)[Tt]he\s+spokes(?:person|man|woman)\s*$/;
/** "the bank said", "a council spokesperson said": an organisation the story has named. */
const ORG_NOUN = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(bank|ministry|department|council|district|union|agency|bureau|commission|government|hospital|university|board|party|police|court|authority|company|firm|airline|club|organi[sz]ation|foundation|association|institute|charity|nonprofit|group|NGO)(?:\s+spokes(?:person|man|woman))?\s*$/u;

/** Spanish words for a body the story named ("del organismo", "la empresa"). */
const ROMANCE_BODIES = 'organismo|empresa|compañía|ente|entidad|institución|organización';
/** Words for a body the story named: "the company said", "del organismo", "la empresa". */
const GENERIC_BODY = new RegExp(`^(?:company|firm|airline|agency|organisation|organization|charity|nonprofit|group|ngo|ong|${ROMANCE_BODIES}|société|entreprise|compagnie|organisme|azienda|società|companhia)$`, 'u');

/** The organisation a common noun points back to: the last one named whose name holds it ("the
 *  bank" → Bank of Canada), or for "the company", "the firm", the last organisation speaker. */
function orgByNoun(noun: string, state: State): Speaker | null {
  const orgs = state.orgs ?? [];
  const word = noun.toLowerCase();
  const hit = [...orgs].reverse().find((o) => o.toLowerCase().split(/\s+/).includes(word));
  if (hit) return { name: hit, kind: 'org' };
  // "the company said" is the latest body the story named that is not the news outlet it spoke
  // to ("In a statement to Fox News Digital, the company said").
  if (GENERIC_BODY.test(word)) {
    const body = [...orgs].reverse().find((o) => !NEWS_OUTLET.test(o));
    if (body) return { name: body, kind: 'org' };
  }
  return null;
}

/** The names of news outlets and agencies: who a story's sources talk to, seldom a "company" it
 *  goes on about. */
const NEWS_OUTLET = /\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Digital|TV|Television|Radio|Press|Reuters|AFP|Bloomberg|CNN|BBC|NPR|Telegraph|Guardian|Associated Press)\b/u;

/** "A Commission spokesperson" speaks for the European Commission the story named, "a Vyomira
 *  spokesperson" for Vyomira Technologies: a one-word name stands for the last organisation named
 *  in full that ends with it (its head noun) or, failing that, starts with it; a name of several
 *  words for one that ends with them ("a spokesperson for the Red Cross": the American Red Cross). */
function fullOrgName(name: string, state: State): string {
  if (!state.orgs) return name;
  const orgs = [...state.orgs].reverse();
  // Several words stand for a longer name that ends with them ("the Red Cross" for the American
  // Red Cross), never for one that starts with them.
  return orgs.find((o) => o.endsWith(` ${name}`)) ?? (/\s/.test(name) ? undefined : orgs.find((o) => o.startsWith(`${name} `))) ?? name;
}

/** Romance words for a document that "says" things. */
const ROMANCE_DOCS = 'comunicado|informe|documento|carta|nota|texto|resolución|declaración|estudio|auto|sentencia|fallo|decreto|communiqué|rapport|lettre|texte|étude|arrêt|comunicato|rapporto|lettera|relatório|estudo';
/** Romance words for the institutions a story names and then calls by their noun ("este ministerio"). */
const ROMANCE_INSTITUTIONS = 'ministerio|intendencia|gobierno|ministère|gouvernement|ministero|governo|ministério';
/** A document, and who issued it, in Spanish, French, Italian or Portuguese: "el comunicado de
 *  la comisión vecinal advierte que", "le rapport de l'Inspection indique", "fuentes del
 *  organismo indicaron" (unnamed sources for a body are that body). */
const ROMANCE_DOC_AT_END = new RegExp(String.raw`(?:^|\s)(?:(?:[Ee]l|[Ll]a|[Ll]e|[Ll]['’]|[Ii]l|[Oo]|[Aa]|[Uu]n|[Uu]na|[Uu]ne)\s*(${ROMANCE_DOCS})|([Ff]uentes|[Ss]ources|[Ff]onti|[Vv]oceros|[Pp]ortavoces))(?:\s+\p{Ll}[\p{Ll}-]+)?(?:\s+(?:(?:de|del|du|des|della|dello|dei|da|do|dos|das)\s+|d['’])((?:(?:la|el|los|las|le|les|l['’])\s*)?[^,.;:«»“”"]{2,60}?))?\s*$`, 'u');

/** A document or a body right after a Romance verb, to the end of the clause. */
const BODY_AFTER_VERB = new RegExp(String.raw`^\s*(?:el|la|le|l['’]|il|o|a|(este|esta|ese|esa|dicho|dicha|ce|cet|cette|questo|questa))\s*(${ROMANCE_DOCS}|${ROMANCE_INSTITUTIONS}|${ROMANCE_BODIES})(\s+(?:(?:de|del|du|des|della|da|do)\s+|d['’])[^,.;:«»“”"]{2,60}?)?(?:\s+(?:en|a|al|durante|tras)\s[^,.;:«»“”"]{0,60})?\s*(?:[.,;:]|$)`, 'u');
/** One of ROMANCE_INSTITUTIONS. */
const INSTITUTION_NOUN = new RegExp(`^(?:${ROMANCE_INSTITUTIONS})$`, 'u');

function romanceDocSpeaker(m: RegExpExecArray, state: State): Speaker | null {
  const issuer = m[3]?.trim().replace(/^(?:la|el|los|las|le|les|l['’])\s*/iu, '');
  if (issuer) {
    // "del organismo", "de la empresa": the body the story named before.
    if (/^\p{Ll}+$/u.test(issuer)) return orgByNoun(issuer, state) ?? (state.lastNonPerson?.kind === 'org' ? state.lastNonPerson : null) ?? (m[2] ? null : { name: issuer, kind: 'org' });
    const run = issuer.split(/\s+/);
    return run.every((w) => isCap(w) || NAME_PARTICLES.has(w)) ? speakerFromRun(run, state) : { name: issuer, kind: 'org' };
  }
  // A document nobody issued in the text is the organisation that spoke last, if any.
  return m[1] && state.lastNonPerson?.kind === 'org' ? state.lastNonPerson : null;
}

/** Adverbs and connectives a Romance or German writer sets between a pronoun and its verb. */
const ADVERBS_AFTER_PRONOUN = /(?<=\p{L})(?:\s*,?\s*(?:también|tampoco|además|incluso|ya|siempre|aún|todavía|hoy|ahora|luego|mism[oa]|aussi|également|toujours|encore|déjà|même|anche|ancora|sempre|também|ainda|já|auch|noch|selbst|sin embargo|en cambio|no obstante|cependant|pourtant|toutefois|però|tuttavia|porém|contudo)(?![\p{L}]),?)+\s*$/iu;
const AUX_OR_ADVERB_AT_END = /(?<=\p{L})(?:\s+(?:has|have|had|will|would|could|also|later|then|once|again|still|previously|earlier|further|(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|bully)\b)\p{Ll}{3,}ly))+\s*$/u;

const IT_AT_END = /(?:^|[\s,])[Ii]t\s*$/u;

/** A US party and state tag after a lawmaker's name: "Sen. Ben Sasse, R-Neb., called", "Rep.
 *  Robert Aderholt (R-AL) said", "(D-N.Y.)". It is neither a name nor a role. */
const PARTY_TAG_AT_END = /(?:,\s*[RDI]-[\p{Lu}][\p{L}.]*,?|\s*\(\s*[RDI]-[\p{Lu}][\p{L}.]*\s*\),?)\s*$/u;

/** Role nouns an appositive opens with, after an organisation's possessive too. */
const APPOSITIVE_ROLES = 'president|director|executive|officer|chief|head|secretary|minister|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|founder|professor|analyst|manager|editor|member|leader|adviser|advisor|economist|researcher|lawyer|attorney|administrator|commissioner';
/** An appositive that opens with a role noun in lower case ("senior vice president for …"). */
const ROLE_FIRST = new RegExp(String.raw`^\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:${APPOSITIVE_ROLES}|mayor|governor|senator|representative)\b`, 'u');

/** An organisation's possessive, then a role in lower case: "Edmunds' executive director". */
const ORG_POSSESSIVE_ROLE = new RegExp(String.raw`^\s*[\p{Lu}][\p{L}\p{M}.&-]*(?:\s+[\p{Lu}][\p{L}\p{M}.&-]*){0,3}(?:['’]s|s['’])\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${APPOSITIVE_ROLES})\b`, 'u');

/** A full name opening the last clause, then "from / with" where they work, up to the verb ("X of Y" is
 *  a title and a place: speakerFromRun reads it). */
const NAME_FROM_AT_END = /(?:^|,\s*)((?:[\p{Lu}][\p{L}\p{M}'’.-]+\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]+)\s+(?:from|with)\s+[^,]{2,60}$/u;

/** Speaker named at the end of `left` (the text just before an attribution verb). */
function speakerBefore(left: string, state: State): Speaker | null {
  // "…, Yamandú Orsi, quien agregó que «…»", "…, said Ann Lee, who added: “…”": a relative pronoun
  // as the subject is the name it follows.
  const rel0 = RELATIVE_SUBJECT.exec(left);
  if (rel0) {
    const sp = speakerFromRun(rel0[1].split(/\s+/), state);
    if (sp?.kind === 'person') return sp;
  }
  // "Thomas allegedly told", "Lee has also said", "Ruiz would later write": an adverb or an
  // auxiliary between the subject and the verb ("was told" is passive and stays).
  if (AUX_OR_ADVERB_AT_END.test(left)) left = left.replace(AUX_OR_ADVERB_AT_END, ' ');
  // "El presidente de la cooperativa, en diálogo con la diaria, dijo": the circumstance set off
  // by commas between the subject and the verb is neither.
  if (CIRCUMSTANCE_AT_END.test(left)) left = left.replace(CIRCUMSTANCE_AT_END, ' ');
  if (PARTY_TAG_AT_END.test(left)) left = `${left.replace(PARTY_TAG_AT_END, '')} `;
  // "Ella también afirma", "Elle, pourtant, estime", "Er selbst sagt": an adverb between the
  // pronoun and the verb.
  const pron = PRONOUN_AT_END.exec(left) ?? PRONOUN_AT_END.exec(left.replace(ADVERBS_AFTER_PRONOUN, ' '));
  if (pron) return resolvePronoun(state, pron[0]);
  // "…,” it says: the organisation or document that spoke last (a statement, a report); a
  // person is never an "it".
  if (IT_AT_END.test(left)) return state.lastNonPerson ?? null;
  // "Paganini and his team wrote", "Smith and her colleagues found": the named lead speaks.
  const team = TEAM_AT_END.exec(left);
  if (team) {
    const sp = speakerFromRun(team[1].split(/\s+/), state);
    if (sp?.kind === 'person') return sp;
  }
  const romanceBody = ROMANCE_BODY_AT_END.exec(left);
  if (romanceBody) return { name: romanceBody[1], kind: 'org' };
  const bracketed = left.includes('(') ? BRACKET_NAMED_AT_END.exec(left) : null;
  if (bracketed) return { name: bracketed[1], kind: 'org' };
  const spokes = SPOKESPERSON_OF.exec(left) ?? SPOKESPERSON_FOR.exec(left);
  if (spokes) {
    const named = spokes[1].trim().replace(/^[Tt]he\s+/, '');
    const org = /^\p{Lu}/u.test(named) ? { name: fullOrgName(named, state), kind: 'org' as const } : orgByNoun(named, state);
    if (org) state.lastSpokesOrg = org.name;
    return org;
  }
  // "the spokesperson said", after "A Vyomira spokesperson confirmed…".
  if (THE_SPOKESPERSON.test(left)) return state.lastSpokesOrg ? { name: state.lastSpokesOrg, kind: 'org' } : null;
  const noun = ORG_NOUN.exec(left);
  if (noun) return orgByNoun(noun[1], state);
  const holder = roleHolderAt(left, ROLE_BEFORE, state);
  if (holder) return holder;
  const romanceDoc = ROMANCE_DOC_AT_END.exec(left);
  if (romanceDoc) return romanceDocSpeaker(romanceDoc, state);
  // "La directora nacional de Medio Ambiente señaló que", "El director de la Dinama afirmó": a
  // role and what it is held at; the capitals after "de" are the body, never the speaker ("El
  // regidor de oposición Fernando Arreola calificó" is no role of a body: a name ends it).
  const roleOf = ROLE_OF_BEFORE.exec(left);
  if (roleOf) {
    const held = roleHolderAt(`${roleOf[1]} ${roleOf[2]} `, ROLE_BEFORE, state);
    if (held) return held;
    const body = capitalRunAtEnd(left);
    const org = body.length && left.trimEnd().endsWith(body.join(' ')) ? speakerFromRun(body, state) : null;
    return org && org.kind !== 'person' ? org : null;
  }
  const authored = DOC_BY_AUTHOR_AT_END.exec(left);
  if (authored) return authoredDoc(authored, state);
  const doc = DOC_AT_END.exec(left);
  if (doc) return resolveDoc(doc[1], doc[2], doc[3], state);
  // "The Chinese Embassy in Washington said": a body and where it sits, not the place.
  const seated = BODY_IN_PLACE_AT_END.exec(left);
  if (seated && ORG_WORDS.test(seated[1])) return { name: `${seated[1].trim()} in ${seated[2]}`, kind: 'org' };
  // "“…,” Kurinji Selvaraj, a research analyst at the Delhi think tank told CBS News": after the
  // quote, a full name and an appositive the writer did not close with a comma.
  // The appositive may hold commas of its own ("the Council on Energy, Environment and Water",
  // "senior vice president at Boeing Defense, Space, and Security,").
  const after = left.replace(/^[\s,—–-]+/, '').split(',');
  if (after.length >= 2) {
    const run = capitalRunAtEnd(after[0]);
    const rest = after.slice(1).join(',').replace(/[,\s]+$/, '');
    // The role is the first comma part ("a senior analyst at Halvern", not ", the London-based
    // consultancy" that describes Halvern).
    // "Edmunds' executive director of industry analysis": an organisation's role is one too.
    const appositive = /^\s*(?:an?|the)\s+\p{Ll}/u.test(rest) || ROLE_FIRST.test(rest) || ORG_POSSESSIVE_ROLE.test(rest) ? cleanAppositive(after[1]) : undefined;
    // "study lead author Lucas Paganini, a planetary scientist at …": a role in lower case may
    // stand before the name.
    const head = after[0].trim();
    const lowerRole = head.slice(0, head.length - run.join(' ').length).trim();
    const nameOnly = run.join(' ') === head || (head.endsWith(run.join(' ')) && /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*$/u.test(lowerRole));
    if (appositive && run.length >= 2 && nameOnly && !SUBJECT_OPENERS.test(run[0])) {
      const sp = speakerFromRun(run, state, appositive);
      if (sp?.kind === 'person') return sp;
    }
  }
  // "Name, appositive, said"; the appositive may run to more commas ("Omar Lamrani, a senior
  // analyst at Stratfor, the Texas-based intelligence firm, told…"): the name stands before the
  // first of them, not inside the last.
  const parts = left.split(',');
  if (parts.length >= 3 && !parts[parts.length - 1].trim()) {
    let k = parts.length - 2;
    // ("On Monday, the People’s Daily, the mouthpiece of the party, warned": a fronted phrase
    // is no name.)
    const nameBefore = (p: string) => {
      const run = capitalRunAtEnd(p);
      return run.length >= 2 && !SUBJECT_OPENERS.test(run[0]);
    };
    while (k > 1 && cleanAppositive(parts[k]) && cleanAppositive(parts[k - 1]) && nameBefore(parts[k - 2])) k--;
    const appositive = cleanAppositive(parts[k]);
    const run = capitalRunAtEnd(parts[k - 1]);
    // "A ex-ministra da Agricultura, titular da Comissão …, destacou": the capitals after "da"
    // are what the role is of, not a name; the role points back to whoever holds it.
    const head = parts[k - 1].trimEnd();
    if (appositive && run.length && /(?:^|\s)(?:de|da|do|dos|das|del|della|di|du|des|of)\s*$/u.test(head.slice(0, head.length - run.join(' ').length))) {
      return roleHolderAt(`${head.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase())}.`, ROLE_AFTER_FOREIGN, state);
    }
    if (appositive && run.length) return speakerFromRun(run, state, appositive);
  }
  if (parts.length >= 3 && !parts[parts.length - 1].trim()) {
    // "the authority's chief executive, Paul Hennessy, said": role first, then the bare name.
    const nameRun = capitalRunAtEnd(parts[parts.length - 2]);
    const role = cleanAppositive(parts[parts.length - 3]);
    // (A name has no "of": "Crown Prince of Dubai" is the role of the name before it.)
    if (nameRun.length >= 2 && nameRun.join(' ') === parts[parts.length - 2].trim() && role && !nameRun.some((t) => CONNECTORS.has(t))) {
      // "The group that owns most of her music, Big Machine, says": a body, by what it is.
      if (parts.length === 3 && ORG_APPOSITIVE.test(parts[0])) return { name: fullOrgName(nameRun.join(' '), state), kind: 'org' };
      const sp = speakerFromRun(nameRun, state);
      if (sp?.kind === 'person') return state.persons.includes(sp) ? sp : { ...sp, role: [role, sp.role].filter(Boolean).join(', ') };
    }
    // "The host, National Resources Defense Council board member Nicole Lederer, has said": the
    // appositive is a body, a role in lower case and the name.
    const described = BODY_ROLE_THEN_NAME.exec(parts[parts.length - 2]);
    if (described) {
      const sp = speakerFromRun(described[2].split(/\s+/), state);
      if (sp?.kind === 'person' && sp.name.includes(' ')) return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? described[1].trim() };
    }
  }
  // "UPS corporate communications said": a body's press office speaks for the body.
  const office = PRESS_OFFICE_AT_END.exec(left);
  if (office) return { name: fullOrgName(office[1].trim(), state), kind: 'org' };
  // "Sandra Holt, who runs a café beside the bridge, said": the relative clause is no role.
  // "El productor, que trabaja en la zona desde hace 20 años, explicó": a role holder the story
  // named before, in any of its languages.
  const rel = /,\s*(?:who|which|whose|que|quien|quienes|qui|che|der|die)\s[^]*,\s*$/iu.exec(left);
  if (rel) {
    const head = left.slice(0, rel.index);
    const run = capitalRunAtEnd(head);
    if (run.length) return speakerFromRun(run, state);
    const held = roleHolderAt(`${head} `, ROLE_BEFORE, state);
    if (held) return held;
  }
  // "…, Matthew O’Connor from UPS corporate communications said": a name, then where they work.
  const from = NAME_FROM_AT_END.exec(left);
  if (from) {
    const sp = speakerFromRun(from[1].split(/\s+/), state);
    if (sp?.kind === 'person' && sp.name.includes(' ')) return sp;
  }
  // "…, someone we could not parse, said": better no speaker than the wrong capitalised word.
  if (/,\s*$/.test(left)) return null;
  const run = capitalRunAtEnd(left);
  // "a victim of Epstein’s alleged …": a possessive before the verb owns a noun, it says nothing.
  if (/['’]s$/u.test(run.at(-1) ?? '')) return null;
  if (!run.length) return null;
  const sp = speakerFromRun(run, state);
  // "the Conservative MP said": after an article, one capitalised word left of a title is a
  // party or a place, no person's name ("the OPEC Secretariat", "Leader of the Opposition Omar
  // Farooq Khattak" are more than one).
  // ("the President said" is the one person the story gave that office, by any name.)
  if (sp?.kind === 'person' && !sp.name.includes(' ') && !state.persons.includes(sp) && ARTICLE_BEFORE_RUN.test(left.slice(0, left.trimEnd().lastIndexOf(run[0]))) && !(run.length === 1 && officeOf(run[0]))) return null;
  return sp;
}
/** Offices Spanish, Italian and Portuguese write with a capital after an article, which name a
 *  person, not a body ("dijo el Papa", "el Rey", "o Presidente"). */
const ROMANCE_CAPITAL_TITLE = /^(?:Papa|Rey|Reina|Príncipe|Princesa|Pontífice|Presidente|Presidenta|Re|Regina|Principe|Principessa|Rei|Rainha)$/u;
/** A given name marked as changed: an asterisk, or a note in brackets right after it. */
const PSEUDONYM_MARK = /^\S*\*,?(?:\s|$)|^\S+\s+\((?:le |son |leur )?(?:prénom|nom)s?\s+(?:a|ont)\s+été\s+(?:modifiés?|changés?)|^\S+\s+\((?:name|names|not (?:his|her|their) real name)|^\S+\s+\((?:el |su )?nombre\s+(?:fue\s+)?(?:cambiado|modificado|ficticio)|^\S+\s+\(Name geändert/u;
/** German "Dem Verband zufolge", "Reker zufolge": the postposition after who says so (group 1 an
 *  article, when a body is meant; group 2 the name). */
const GERMAN_ZUFOLGE = /(?:^|\s)(?:([Dd]em|[Dd]er|[Dd]en)\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)\s+zufolge(?![\p{L}])/u;
/** "La diputada del Frente Amplio Cristina Lustemberg presentó …": an article, a lower-case role,
 *  "de"/"of" and a run of capitals holding the body and then the person (group 1 the role, group 3
 *  the run). */
const ROLE_OF_BODY_THEN_NAME = /^\s*(?:El|La|The|Le|Il|O|A)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(de|del|of|da|do|du|di)\s+((?:[\p{Lu}][\p{L}'’-]*\s+){3,6})(?=\p{Ll})/u;
/** A name and a relative pronoun as the verb's subject, at the end of the text before the verb
 *  ("…, Yamandú Orsi, quien", "…, said Ann Lee, who"): group 1 the name. */
const RELATIVE_SUBJECT = /(?:^|[\s,])((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)\s*,\s*(?:quien|who|qui|chi|quem)\s*$/u;
const ARTICLE_BEFORE_RUN = /(?:^|\s)(?:the|a|an)\s+$/u;

/** A circumstance set off by commas right before the verb: ", en diálogo con la diaria,",
 *  ", consultada por este medio,", ", in an interview,", ", speaking to reporters,". */
const CIRCUMSTANCE_AT_END = /(?<=\p{L})\s*,\s*(?:en (?:diálogo|conversación|entrevista|declaraciones|rueda de prensa)|consultad[oa]s?|entrevistad[oa]s?|contactad[oa]s?|interrogé|interrogée|interviewé|interviewée|in an interview|speaking|asked|in a statement|in a phone interview)\b[^,]{0,80},\s*$/u;

/** A dot ends the sentence unless it ends an honorific ("Dr.") or an initial ("John F. Kennedy"):
 *  "said Tom Park." names Tom Park. */
const keepAbbreviationDots = (run: string[]) =>
  run.map((t, i) => t.replace(/[.]$/, (d) => (HONORIFICS.has(bare(t)) || (/^\p{Lu}\.$/u.test(t) && i < run.length - 1) ? d : '')));

/** Role nouns (or their endings) written in lower case before a name: "aviation analyst Samira
 *  Haddad", "NASA administrator Jim Bridenstine". */
const ROLE_NOUNS =
  'ist|ian|man|woman|person|expert|analyst|officer|official|leader|director|secretary|minister|adviser|advisor|manager|economist|researcher|' +
  'lawyer|attorney|professor|chief|head|executive|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|strategist|consultant|' +
  'author|founder|owner|resident|teacher|nurse|doctor|coach|captain|veteran|scientist';

/** Up to three lower-case words ending in a role noun, then a capitalised word. */
const LOWER_ROLE_BEFORE_NAME = new RegExp(`^\\s*(?:the\\s+|an?\\s+)?((?:[\\p{Ll}][\\p{Ll}’'-]*\\s+){0,3}?\\p{Ll}*(?:${ROLE_NOUNS}|historian))\\s+(?=[\\p{Lu}][\\p{Ll}])`, 'u');

/** One to three capitalised words (a body), then a role in lower case, before a capitalised word:
 *  "NASA administrator Jim", "Boeing chief executive Dennis". */
const BODY_ROLE_NAME = new RegExp(
  `^\\s*(?:former\\s+|then-)?((?:[\\p{Lu}][\\p{L}.'’&-]*\\s+){1,3})((?:[\\p{Ll}][\\p{Ll}’'-]*\\s+){0,3}?\\p{Ll}*(?:${ROLE_NOUNS}|administrator|commissioner|student|worker|voter|activist|volunteer|fan|farmer|shopkeeper))\\s+(?=[\\p{Lu}][\\p{Ll}])`,
  'u',
);

/** A lower-case description behind a possessive or an article, a comma, then a capitalised
 *  word: "his aunt, Jane", "the company's chief lawyer, Ann". */
const DESCRIBED_THEN_NAME = /^\s*((?:his|her|their|its|our|the|an?|another|one|[\p{Lu}][\p{L}.-]*['’]s?)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,5}\p{Ll}[\p{Ll}-]+),\s+(?=[\p{Lu}]|former\s)/u;

/** "a statement from", "the press release issued by": what follows issued it. */
const STATEMENT_FROM = /^\s*(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:statement|release|press release)\s+(?:from|issued by|released by|on behalf of)\s+/u;

/** Speaker named at the start of `right` (the text just after "said" or "according to"). After
 *  "according to" a comma clause after the name is the sentence going on ("According to Ann
 *  Lee, the outage…"), not a role, unless another comma closes it ("…Ann Lee, an analyst, the…"). */
function speakerAfter(right: string, state: State, foreign = false, according = false): Speaker | null {
  if (foreign) return speakerAfterForeign(right, state);
  const pron = PRONOUN_AT_START.exec(right);
  if (pron) return resolvePronoun(state, pron[0]);
  // "according to a statement from Lopez’s attorney, Mark Daniels", "said a statement from St.
  // Mary’s Hospital": a statement is its issuer speaking (a report keeps its own name).
  const statement = STATEMENT_FROM.exec(right);
  const issuer = statement ? speakerAfter(right.slice(statement[0].length), state, false, true) : null;
  if (issuer) return issuer;
  const authored = DOC_BY_AUTHOR_AT_START.exec(right);
  if (authored) return authoredDoc(authored, state);
  const doc = DOC_AT_START.exec(right);
  if (doc) return resolveDoc(doc[1], doc[2], doc[3], state);
  // "said a WeWork spokesperson when contacted": the organisation speaks.
  const spokes = SPOKESPERSON_AFTER.exec(right);
  if (spokes) {
    const org = { name: fullOrgName(spokes[1].trim(), state), kind: 'org' as const };
    state.lastSpokesOrg = org.name;
    return org;
  }
  // "according to a spokesperson for the Utah Department of Transportation": the body speaks.
  const spokesFor = SPOKESPERSON_FOR_AFTER.exec(right);
  if (spokesFor) {
    // The sentence's stop is no part of the name ("Delta Air Lines." but "Acme Inc.").
    const org = { name: fullOrgName(spokesFor[1].trim().replace(/(?<=\p{Ll}{3})\.$/u, ''), state), kind: 'org' as const };
    state.lastSpokesOrg = org.name;
    return org;
  }
  // "said aviation analyst Samira Haddad", "according to local historian Tom Reyes": a role in
  // lower case before the name.
  const role = LOWER_ROLE_BEFORE_NAME.exec(right);
  if (role) {
    const sp = speakerAfter(right.slice(role[0].length), state, false, according);
    if (sp?.kind !== 'person' || state.persons.includes(sp)) return sp;
    return { ...sp, role: [role[1], sp.role].filter(Boolean).join(', ') };
  }
  // "according to his aunt, Jane Starner,", "said the firm's lawyer, Ann Lee": a description
  // with a possessive or an article, then the name set off by commas.
  const described = DESCRIBED_THEN_NAME.exec(right);
  if (described) {
    const sp = speakerAfter(right.slice(described[0].length), state, false, true);
    if (sp?.kind !== 'person' || state.persons.includes(sp)) return sp;
    return { ...sp, role: [described[1], sp.role].filter(Boolean).join(', ') };
  }
  // "responded NASA administrator Jim Bridenstine": a body, a role in lower case, then the name.
  const bodyRole = BODY_ROLE_NAME.exec(right);
  if (bodyRole) {
    const sp = speakerAfter(right.slice(bodyRole[0].length), state, false, according);
    if (sp?.kind === 'person' && sp.name.includes(' ')) return state.persons.includes(sp) ? sp : { ...sp, role: [`${bodyRole[1].trim()} ${bodyRole[2]}`, sp.role].filter(Boolean).join(', ') };
  }
  // A name's words: capitalised ones, an Arabic surname with its article ("al-Hamdan"), or
  // connectors before a capital.
  const m = /^\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}]{2,8}\)|(?:of|for|the|and|de|van|von|bin|al)(?=\s+[\p{Lu}]))(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:al|el|ad|an|ar|as|ash|at|az)-[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}]{2,8}\)|(?:of|for|the|and|de|van|von|bin|al)(?=\s+[\p{Lu}])))*)(?:\s*,\s*([^,.;]+))?/u.exec(right);
  if (!m) {
    // "says the former editor of the Standard, George Osborne": a role, then the name.
    const named = ROLE_COMMA_NAME_AFTER.exec(right);
    if (named) {
      const sp = speakerFromRun(named[2].split(/\s+/), state);
      if (sp?.kind === 'person' && sp.name.includes(' ')) return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? named[1].trim() };
    }
    return roleHolderAt(right, ROLE_AFTER, state);
  }
  const run = keepAbbreviationDots(m[1].split(/\s+/));
  const appositive = m[2] && (!according || right[m[0].length] === ',') ? cleanAppositive(m[2]) : undefined;
  return speakerFromRun(run, state, appositive);
}

const ROLE_COMMA_NAME_AFTER = /^\s*the\s+((?:[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+),\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)\s*(?:[.,;]|$)/u;

/** Whether a person the story's state holds can stand as a guessed speaker (quotes.ts,
 *  nearbySpeaker): a name of one to four capitalised words (two at least in German, where every
 *  noun is capitalised) that opens with no article, preposition or clause opener and holds no
 *  pronoun ("Im Jahre", "Die Firma", "Aus Patriotismus", "Anlässlich der Koalitionsverhandlungen"
 *  are German nouns' capitals, not people). */
export function plausibleGuess(sp: Speaker, state: State): boolean {
  if (sp.kind !== 'person') return false;
  const words = sp.name.split(' ').filter((w) => !HONORIFICS.has(bare(w))).map(stripTail);
  if (words.length < (state.german ? 2 : 1) || words.length > 4) return false;
  if (!words.every((w) => isCap(w) || NAME_PARTICLES.has(w)) || words.some((w) => SUBJECT_PRONOUN.test(w))) return false;
  const first = words[0];
  return !(ARTICLE.test(first) || CLAUSE_OPENER.test(first) || FUNCTION_WORD.test(first) || RUN_OPENERS.test(first) || GUESS_STOP.test(first));
}
/** Capitalised words that open a sentence, not a name, beyond the lists above. */
const GUESS_STOP = /^(?:Im|Am|Aus|Bei|Beim|Vom|Zum|Zur|Nach|Vor|Seit|Anlässlich|Während|Wegen|Trotz|Laut|Gemäß|Dank|Erster|Zweiter|Dritter|Solche|Dieser|Diese|Dieses|Jeder|Jede|Alle|Viele|Einige|This|That|These|Those|Some|Many|Most|Every|Each|Our|Their|His|Her|Its|My|Your)$/u;

/** A capitalised body, "in", a capitalised place, at the end of the text before a verb. */
const BODY_IN_PLACE_AT_END = /(?:^|\s)(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}'’.&-]*\s+){1,4})in\s+([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?)\s*$/u;

/** "heißt es", "hieß es": German's impersonal "it is said", for a body's statement. */
const GERMAN_IMPERSONAL = /^(?:heißt|hieß)\s+es$/iu;

/** An unnamed spokesperson or press office right after a verb: "sagte ein Sprecher des
 *  Innenministeriums", "schildert eine Sprecherin", "a indiqué un porte-parole de la préfecture",
 *  "dijo una vocera del ministerio" (groups: the compound's first part, "Polizei" in
 *  "Polizeisprecher"; the preposition; the body). */
const FOREIGN_SPOKESPERSON = new RegExp(
  String.raw`^\s*(?:der|die|ein|eine|le|la|un|une|el|il|lo|o|a|um|uma)\s+([\p{L}-]*?)(?:sprecher(?:in)?|porte-parole|portavoz|vocer[oa]|portavoce|porta-voz|pressestelle)(?![\p{L}])` +
    // Longer prepositions first, and a space or an elision after one: "del grupo" is not "de"
    // and "l grupo".
    String.raw`(?:\s+(?:(des|der|vom|von|della|dello|del|de|du|do|da)\s+|(d['’])\s*)((?:(?:la|le|les|el|los|las|der|die|dem|den)\s+|l['’])?[^,.;:«»“”„"()]{2,60}?))?` +
    String.raw`\s*(?=[,.;:!?]|$|\s(?:am|im|auf|gegenüber|in|au|à|en|al|nel|alla|ao|on|sur|ante|vor|nach|mit)\s)`,
  'iu',
);
/** A name right after the spokesperson's words: "der Sprecher Hans Müller", ", Hans Müller". */
const NAME_AFTER_SPOKESPERSON = /^\s*,?\s*[\p{Lu}][\p{Ll}'’-]+\s+[\p{Lu}][\p{Ll}'’-]+/u;
/** German words that end the name of a body ("Vereinigungsministerium", "Berliner
 *  Straßenreinigung", "Stadtwerke"): German writes them as one compound, which ORG_WORDS (whole
 *  words) does not see. */
const GERMAN_BODY_END = /(?:ministerium|amt|behörde|polizei|regierung|verband|verein|gewerkschaft|partei|bank|konzern|bahn|post|werke|reinigung|gericht|institut|klinikum|klinik|krankenhaus|senat|kommission|agentur|stiftung|gesellschaft|kammer|stadtrat|betriebsrat|verwaltung|kasse|versicherung)$|^(?:GmbH|AG|SE)$/iu;

/** A German noun without its genitive ending: "Innenministeriums" → Innenministerium, "Verbandes"
 *  → Verband. */
const withoutGenitive = (word: string) => word.replace(/(?<=\p{L}{4})e?s$/u, '');

/** The body an unnamed spokesperson (or "heißt es") speaks for: the one named after them ("des
 *  Innenministeriums" → the Vereinigungsministerium the story named, else Innenministerium), the
 *  one their title names ("Polizeisprecher" → the police the story named), else the body this
 *  paragraph named last. Nobody when there is none: a spokesperson is never a person named
 *  earlier. */
function bodySpeaking(body: string | undefined, genitive: boolean, prefix: string | undefined, state: State): Speaker | null {
  const orgs = [...(state.orgs ?? [])].reverse();
  const byWord = (word: string) => {
    const w = word.toLowerCase();
    return orgs.find((o) => o.toLowerCase().split(/\s+/).some((part) => part === w || (w.length >= 5 && part.endsWith(w))));
  };
  // "un porte-parole de la compagnie", "der Sprecher des Unternehmens": a common noun points
  // back to the body the story named (below).
  if (body && !/\p{Lu}/u.test(body)) body = undefined;
  if (body) {
    let name = body.trim().replace(/^(?:(?:la|le|les|el|los|las|der|die|dem|den)\s+|l['’])/iu, '');
    // German genitive: "des Innenministeriums", "des Verbandes".
    if (genitive) name = withoutGenitive(name);
    const head = name.split(/\s+/)[0];
    const known = byWord(name) ?? (head.length >= 5 ? byWord(head) : undefined);
    if (known) return { name: known, kind: 'org' };
    // "des Ministeriums" with no ministry named before: a common noun, not a name the reader can
    // place; kept, but as a guess.
    if (!/\s/.test(name)) state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
    return { name, kind: 'org' };
  }
  const part = prefix?.replace(/-$/, '').replace(/(?<=\p{L}{4})s$/u, '');
  const titled = part && part.length >= 4 ? byWord(part) : undefined;
  // Only a body named in this paragraph: one paragraph on, the spokesperson is as often another
  // body's (quotes-dev tune: "sagt der Sprecher" of a firm the story named by a bare surname).
  const near = state.para === undefined || state.orgPara === state.para;
  const back = titled ?? (near ? orgs[0] : undefined);
  if (!back) return null;
  // A reference back, as a pronoun is: the quote finder gives it a pronoun's confidence.
  state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  return { name: back, kind: 'org' };
}

/** "„…“, heißt es in einer Erklärung des Ministeriums": the body after the preposition, else the
 *  body this paragraph named ("…“, heißt es." after "die Deutsche Post"). */
function impersonalBody(right: string, state: State): Speaker | null {
  const clauseEnd = right.search(/[.;:!?]/);
  const from = /(?:^|\s)(des|der|dem|vom|von|beim)\s+((?:[\p{Lu}][\p{L}-]*)(?:\s+[\p{Lu}][\p{L}-]*){0,2})/u.exec(clauseEnd < 0 ? right : right.slice(0, clauseEnd));
  // Only a body ("des Ministeriums"), not a document ("in einer der Thesen des Sozialstaates").
  const body = from && GERMAN_BODY_END.test(withoutGenitive(from[2].split(/\s+/).at(-1)!)) ? from : null;
  return body ? bodySpeaking(body[2], body[1] === 'des', undefined, state) : bodySpeaking(undefined, false, undefined, state);
}

/** Speaker after a French, Spanish, Portuguese, Italian or German verb (see foreign.ts). */
function speakerAfterForeign(right: string, state: State): Speaker | null {
  const named = ROMANCE_BODY_AT_START.exec(right);
  if (named) return { name: named[1], kind: 'org' };
  const spokes = FOREIGN_SPOKESPERSON.exec(right);
  if (spokes && !NAME_AFTER_SPOKESPERSON.test(right.slice(spokes[0].length))) {
    // "afirmó el portavoz del grupo" after "El portavoz militar de los insurgentes, Yahya Sarea,
    // señaló…": the spokesperson the story named (a definite article points back to them).
    const noun = /^\s*(?:der|die|le|la|el|il|lo|o|a)\s+(sprecher(?:in)?|porte-parole|portavoz|vocer[oa]|portavoce|porta-voz)(?![\p{L}])/iu.exec(spokes[0])?.[1].toLowerCase();
    const holder = noun ? state.roleHolders?.get(noun) : undefined;
    if (holder) {
      state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
      return holder;
    }
    return bodySpeaking(spokes[4], spokes[2] === 'des', spokes[1], state);
  }
  // « … », explique celle qui vit ici depuis toujours: the person spoken of, of that gender.
  const who = /^\s*(celle|celui|aquella|aquel|colei|colui)\s+(?:qui|que|quien|che)(?![\p{L}])/iu.exec(right);
  if (who) return resolvePronoun(state, /^(?:celle|aquella|colei)$/iu.test(who[1]) ? 'elle' : 'il');
  // «…», explica la ONG: an acronym for a kind of body, not a name; the body the story named.
  if (/^\s*(?:la|l['’]|una?|the|an?)\s*(?:ONG|NGO)(?![\p{L}])/u.test(right)) return orgByNoun('ong', state);
  const parsed = parseAfterForeignVerb(right);
  // «…», añade el texto; informó este ministerio; señala el comunicado de la comisión: a
  // document or a body after the verb, as before it.
  // Only "this ministry" (a demonstrative points back for sure) or a document whose issuer is
  // given: "el gobierno", "la empresa" alone were wrong as often as right.
  const body = parsed ? null : BODY_AFTER_VERB.exec(right);
  if (body && body[1] && INSTITUTION_NOUN.test(body[2])) return orgByNoun(body[2], state);
  if (body && body[3]) {
    const doc = ROMANCE_DOC_AT_END.exec(` ${body[0].trim().replace(/[.,;:]$/, '')}`);
    return doc ? romanceDocSpeaker(doc, state) : null;
  }
  if (!parsed) return roleHolderAt(withoutAddressee(right), ROLE_AFTER_FOREIGN, state);
  if (parsed.kind === 'pronoun') return resolvePronoun(state, parsed.pronoun);
  // Only someone the story named in full: "dijo de Trump" is about him, not by him.
  if (parsed.surnameOnly) return personBySurname(parsed.run[0], state) ?? null;
  let run = keepAbbreviationDots(parsed.run);
  // Russian puts a place in the genitive, capitalised, between the role and the name ("министр
  // транспорта Якутии Пётр Слепцов"): a Cyrillic name is a first name and a surname, with a
  // patronymic (-вич, -вна) between them at most.
  if (run.length > 2 && /^\p{Script=Cyrillic}/u.test(run[0]) && !PATRONYMIC.test(run[run.length - 2])) run = run.slice(-2);
  const sp = speakerFromRun(run, state, undefined, parsed.afterArticle);
  if (!sp || sp.kind !== 'person' || !parsed.role || state.persons.includes(sp)) return sp;
  return { ...sp, role: [parsed.role, sp.role].filter(Boolean).join(', ') };
}

/** The gender a pronoun gives (he, er, il, él, lui, hij, он / she, elle, ella, lei, она);
 *  undefined for they, sie and zij, which can be plural. */
function pronounGender(pronoun: string | undefined): Gender | undefined {
  // "lâche-t-il", "souffle-t-elle": the euphonic t goes with its hyphens.
  const p = (pronoun ?? '').replace(/^[\s,-]+/, '').replace(/^t-/, '').trim().toLowerCase();
  if (/^(?:he|er|il|él|ele|lui|hij|он)$/u.test(p)) return 'm';
  if (/^(?:she|elle|ella|ela|lei|она)$/u.test(p)) return 'f';
  return undefined;
}

/** "he said" → the person the sentence opens with, when the pronoun comes later in it; else
 *  the last person named as a speaker or subject; when the story has told us that
 *  person is not a "he", the last "he" it named instead, and nobody when there is none (a wrong
 *  speaker is worse than none). */
function resolvePronoun(state: State, pronoun?: string): Speaker | null {
  const sp = pronounReferent(state, pronoun);
  if (sp) state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  // "“…,” she said" of Thandeka Mokoena tells her gender: a later "she" after a man is named
  // still finds her.
  const g = pronounGender(pronoun);
  if (sp?.kind === 'person' && g && genderOf(sp.name, state) === undefined) noteGender(sp.name, g, state);
  return sp;
}

/** What the story told of a person's gender, by their name with or without an honorific
 *  ("Mr Tom Reid" is the "Tom Reid" a Mr told us of). */
function genderOf(name: string, state: State): Gender | null | undefined {
  const words = name.split(' ');
  const told = state.genders?.get(name) ?? (words.length > 2 && HONORIFICS.has(bare(words[0])) ? state.genders?.get(words.slice(1).join(' ')) : undefined);
  if (told !== undefined) return told;
  // Failing that, a common given name ("Caleb Bonham" is no "she"). A name alone is a given name
  // only for someone the story calls by it ("Maria, 34, …").
  if (words.length === 1) return state.singleNames?.has(name) ? givenNameGender(name) : undefined;
  return givenNameGenderOf(name);
}

function pronounReferent(state: State, pronoun?: string): Speaker | null {
  const last = state.lastPerson ?? null;
  // After "A neighbor, who did not want to be named, said …" and nobody named since in the
  // paragraph, "she said" is the neighbour: nobody a reader could name.
  const unnamed = state.unnamedSubject;
  if (unnamed && unnamed.para === state.para && unnamed.at > (state.lastPersonAt ?? 0) && !(state.lastNamed && state.lastNamed.at > unnamed.at)) return null;
  const g = pronounGender(pronoun);
  if (typeof state.sentenceSubject === 'function') {
    const find = state.sentenceSubject;
    state.sentenceSubject = null; // finding it may resolve a pronoun itself
    state.sentenceSubject = find();
  }
  const subject = state.sentenceSubject;
  if (subject && (!g || (genderOf(subject.name, state) ?? g) === g)) return subject;
  // "he"/"she" is a person: a lone capitalised word ("Twitter pledged to …") may be a company;
  // a speaker the story named in full since is likelier.
  // A lone given name of the pronoun's gender ("Andrew doesn't remember …") is a person.
  const loneWord = last && !last.name.includes(' ') && !genderOf(last.name, state) && !state.singleNames?.has(last.name);
  // The latest name in full among the mentions that `ok` accepts, if it is a person's.
  const latestInFull = (ok: (name: string) => boolean) => {
    const named = [...(state.mentions ?? [])].reverse().find((name) => name.includes(' ') && ok(name));
    return named ? state.persons.find((p) => p.name === named) : undefined;
  };
  if (loneWord && g && givenNameGender(last!.name) !== g) {
    const person = latestInFull((name) => (genderOf(name, state) ?? g) === g);
    if (person) return person;
  }
  // So is a description with no gender ("the singer answered" after "When Vogue asked Dion,
  // “…?”"): the latest person named in full (mentions hold places too: "Las Vegas"). Not in
  // German, where every noun is capitalised and a lone word is seldom anyone.
  if (loneWord && !g && !state.german) {
    const person = latestInFull((name) => state.persons.some((p) => p.name === name));
    if (person) return person;
  }
  // "That did not convince John Doe, who runs the group." ¶ "“…,” he said.": a person of the
  // pronoun's gender the story introduced in a sentence after the last speaker or subject is the
  // likelier "he" (the last speaker would have been named again).
  const intro = state.lastIntroduced;
  if (g && last && intro && !intro.ambiguous && intro.name !== last.name && intro.sentence > (state.lastPersonSentence ?? 0) && (intro.para ?? 0) >= (state.para ?? 0) - 1 && genderOf(intro.name, state) === g) {
    return state.persons.find((p) => p.name === intro.name) ?? { name: intro.name, role: intro.role, kind: 'person' };
  }
  if (!g) return last;
  if (last && (genderOf(last.name, state) ?? g) === g) return last;
  const other = [...(state.mentions ?? [])].reverse().find((name) => genderOf(name, state) === g);
  if (!other) return last && !genderOf(last.name, state) ? last : null;
  // Nobody spoke or acted of that gender: the latest mention is a guess ("I ask if Keir Starmer
  // will last. “Yes, of course,” he snaps." is the person asked, not Starmer).
  state.pronounsGuessed = (state.pronounsGuessed ?? 0) + 1;
  return state.persons.find((p) => p.name === other) ?? { name: other, role: state.fullNames?.get(surnameOf(other.split(' ')))?.role, kind: 'person' };
}

/** A sentence of narration that opens with "He" or "She" as its subject ("He also thinks Starmer
 *  is right about Europe."). English only: with il/elle/él/ella the held half of quotes-dev lost
 *  a French popup quote. */
const PRONOUN_SUBJECT_AT_START = /^\s*(He|She)\s+(?=\p{Ll})/u;

/** The person such a sentence is about: the one the pronoun means, as a "he said" would find
 *  them, and only when that is no guess. A quote standing alone after it is theirs (interviews
 *  and profiles: "He also thinks Starmer is right about Europe." ¶ “The British people …”). */
export function pronounSubject(sentence: string, state: State): Speaker | null {
  const m = PRONOUN_SUBJECT_AT_START.exec(sentence);
  if (!m) return null;
  // The pronoun opens the sentence: it means someone named before it, not its own subject.
  const own = state.sentenceSubject;
  state.sentenceSubject = null;
  const [resolved, guessed] = [state.pronounsResolved, state.pronounsGuessed ?? 0];
  const sp = pronounReferent(state, m[1]);
  const guess = (state.pronounsGuessed ?? 0) > guessed;
  [state.sentenceSubject, state.pronounsResolved, state.pronounsGuessed] = [own, resolved, guessed];
  return sp?.kind === 'person' && !guess ? sp : null;
}

/** "the report" → the report the story described ("A report by Shelterline warned…") or the
 *  last publication quoted; "The WSJ report" → "The Wall Street Journal report"; "the memo" →
 *  the "internal memo" named before; "the budget document" is itself; a bare "the statement" the
 *  story never described is nobody a reader could place (null). */
function resolveDoc(qualifier: string, modifiers: string, noun: string, state: State): Speaker | null {
  const q = qualifier.trim();
  const key = noun.toLowerCase();
  if (!q) {
    const telling = docModifiers(modifiers);
    if (!telling) {
      const known = state.docs?.get(key) ?? (REPORTISH.test(key) ? state.lastReport : undefined);
      if (known) return { name: known, kind: 'doc' };
    }
    // "the statement read" after "the company said in a statement": the organisation that just
    // spoke. Otherwise a document the story never described tells the reader nothing.
    if (!telling && /^(?:statement|release|announcement)$/.test(key) && state.lastNonPerson?.kind === 'org') return state.lastNonPerson;
    return telling ? { name: `The ${telling} ${key}`, kind: 'doc' } : null;
  }
  const expanded = q
    .split(/\s+/)
    .map((t) => state.abbreviations.get(t) ?? t)
    .join(' ');
  const name = `The ${expanded.replace(/^The\s+/, '')} ${key}`;
  noteDoc(key, name, state);
  return { name, kind: 'doc' };
}

/** Nouns a newspaper's own reporting goes by: "the report", "the paper". */
const REPORTISH = /^(?:report|paper|newspaper)$/;

/** The modifiers that tell which document it is ("internal", "budget"), without those that do
 *  not ("new", "38-page"); '' when none do. */
function docModifiers(modifiers: string): string {
  return modifiers
    .trim()
    .split(/\s+/)
    .filter((w) => w && !DOC_VAGUE.test(w))
    .join(' ');
}

/** DOC_BY_AUTHOR's match as a speaker: "A report published by the African Development Bank" →
 *  "African Development Bank report". */
function authoredDoc(m: RegExpExecArray, state: State): Speaker {
  const key = m[2].toLowerCase();
  const author = m[3].replace(/[.,;:]+$/, '').replace(/\s+(?:of|for|and|on)$/, '');
  // "a 2018 survey by Penelope Muse Abernathy": a person's findings are theirs, as a reader
  // would put it; a body's report keeps its name ("the Shelterline report").
  const words = author.split(' ');
  if (words.length >= 2 && words.length <= 4 && givenNameGender(words[0]) !== undefined && !ORG_WORDS.test(author)) return { name: author, kind: 'person' };
  const name = `${author} ${key}`;
  noteDoc(key, name, state);
  return { name, kind: 'doc' };
}

function noteDoc(noun: string, name: string, state: State): void {
  (state.docs ??= new Map()).set(noun, name);
  if (REPORTISH.test(noun)) state.lastReport = name;
}

/** A body that speaks through a document it issued ("The Austin Police Department said in a
 *  press release", "The company issued a statement"): group 1 the body, group 3 the document. */
const DOC_ISSUED = /(?<![\p{L}])((?:[\p{Lu}][\p{L}&.'’-]*\s+(?:(?:of|for|and|on|the)\s+)?){0,6}[\p{Lu}][\p{L}&.'’-]*)\s+(?:said|announced|wrote|stated|confirmed|explained|added|issued|released|posted)\s+(?:in\s+)?(?:a|an|its|their)\s+((?:[\p{Ll}-]+\s+){0,2})(statement|release|letter|memo|filing)(?![\p{L}])/gu;

/** Remember the documents a sentence describes, for a later "the memo said": by their author
 *  ("a report by Shelterline"), their title ("the Annual Plan 2025-26") or what sets them apart
 *  at first mention ("an internal memo"; a later description does not replace the first). */
function noteDocs(sentence: string, state: State): void {
  if (!DOC_WORD.test(sentence)) return;
  // "The Austin Police Department said in a press release that …", "The company issued a
  // statement": a later "the release continued" is the issuer's.
  for (const m of matchesOf(DOC_ISSUED, sentence)) noteDoc(m[3].toLowerCase(), m[1].replace(/^(?:The)\s+/, ''), state);
  for (const m of matchesOf(DOC_BY_AUTHOR_IN, sentence)) authoredDoc(m, state);
  for (const m of matchesOf(DOC_TITLED, sentence)) noteDoc(m[2].toLowerCase(), m[1].replace(/^(?:The|A|An|According|In|Under)\s+/, ''), state);
  for (const m of matchesOf(DOC_INTRODUCED, sentence)) {
    const key = m[2].toLowerCase();
    const telling = docModifiers(m[1]);
    if (telling && !state.docs?.has(key)) noteDoc(key, `${telling} ${key}`, state);
  }
}

/** VERB_RE for lower-cased text: without the i flag it runs about twice as fast. */
const VERB_LOWER = new RegExp(VERB_RE.source, 'gu');

/** The regex that finds VERB_RE's matches in `lower` (`s` lower-cased) case-sensitively, or
 *  VERB_RE itself (to run on `s`) when none does. VERB_LOWER finds them when lower-casing keeps
 *  every offset (same length: no "İ") and maps each character as case folding does: only "ſ"
 *  folds (to s) but does not lower-case to a verb's letter; Kelvin "K" lower-cases to k as it
 *  folds, and stays a \b word character. VERB_ASCII finds them in text with no character beyond
 *  ASCII and General Punctuation, which lower-cases to such text, letter for letter. */
function verbRegex(s: string, lower: string): RegExp {
  if (!BEYOND_ASCII.test(s)) return VERB_ASCII;
  return lower.length === s.length && !s.includes('ſ') ? VERB_LOWER : VERB_RE;
}

/** Every reporting verb in `s`, with its offset and text: what [...s.matchAll(VERB_RE)] gives.
 *  This runs on every sentence, so (1) an exec loop, not matchAll, whose fresh copy of the
 *  regex V8 runs in its slow bytecode interpreter (a regex tiers up to native code per object,
 *  after a few runs); (2) a case-sensitive regex over the lower-cased text (verbRegex). */
export function verbHits(s: string): Array<{ index: number; text: string }> {
  const hits: Array<{ index: number; text: string }> = [];
  if (!s) return hits;
  const lower = lowerOf(s);
  const re = verbRegex(s, lower);
  const subject = re === VERB_RE ? s : lower;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(subject))) hits.push({ index: m.index, text: s.slice(m.index, m.index + m[0].length) }); // never empty
  return hits;
}

/** A verb's word in title case right after another ("United States", "Consumer Reports"): a
 *  name's word, not a verb. */
function inName(s: string, h: { index: number; text: string }): boolean {
  return /^[A-Z][a-z]/.test(h.text) && /[A-Z][\p{Ll}.]*[\s-]+$/u.test(s.slice(Math.max(0, h.index - 20), h.index));
}

/** re.exec(s) for a case-insensitive `re` that only matches text containing one of `needles`
 *  (lower case) in any case; skipped when the lower-cased text holds none of them, which is
 *  exact under the same conditions as in verbHits. Runs on every sentence of the story. */
function execCaseless(re: RegExp, s: string, needles: string[]): RegExpExecArray | null {
  const lower = lowerOf(s);
  if (lower.length === s.length && !s.includes('ſ') && !needles.some((n) => lower.includes(n))) return null;
  return re.exec(s);
}

/** A verb of saying that is no gerund: what joins the two parts of one quote ("«A», dijo X,
 *  «B»"), where "por «A», arguyendo que «B»" is two. */
export function hasSayingVerb(s: string): boolean {
  return verbHits(s).some((h) => !GERUND.test(h.text.trim()));
}
/** A verb of saying with an unnamed someone as its subject (DESCRIBED_BEFORE_VERB,
 *  DESCRIBED_AFTER_VERB): "the authors wrote", "vroeg een bewoonster", "elle demande". */
export function describedSaysIt(narration: string, state?: State): boolean {
  const according = matchesOf(ACCORDING_WORDS, narration).map((m) => ({ index: m.index, text: m[0] }));
  for (const h of [...verbHits(narration), ...according]) {
    if (GERUND.test(h.text.trim())) continue;
    if (PLURAL_SAYING_FORM.test(h.text.trim().toLowerCase())) return true;
    const left = narration.slice(Math.max(0, h.index - 60), h.index);
    if (DESCRIBED_BEFORE_VERB.test(left) && !oneDescribed(SINGULAR_DEFINITE_BEFORE.exec(left), state)) return true;
    const right = narration.slice(h.index + h.text.length, h.index + h.text.length + 40);
    if (DESCRIBED_AFTER_VERB.test(right) && !oneDescribed(SINGULAR_DEFINITE_AFTER.exec(right), state)) return true;
  }
  return false;
}

/** "the 34-year-old said", "dijo la mujer": one person the story described, most often the one it
 *  has just named; unlike "a neighbor", "the authors", "los vecinos" or a pronoun no rule could
 *  resolve, the nearest person is a fair guess. */
const SINGULAR_DEFINITE_BEFORE = /(?:^|[\s,])(?:the|his|her|el|la|le|il|lo|der)\s+(?:[\p{L}\p{N}'’()-]+\s+){0,4}([\p{L}'’()-]*[^s\s,])\s*,?\s*$/iu;
const SINGULAR_DEFINITE_AFTER = /^\s*,?\s*(?:the|his|her|el|la|le|il|lo|der)\s+([\p{L}'’()-]*[^s\s,.;:])(?![\p{L}])/iu;
/** Such a description, unless its noun is a role two people the story named hold ("the minister"
 *  after two ministers): then it is nobody. */
const oneDescribed = (m: RegExpExecArray | null, state?: State) => !!m && state?.roleHolders?.get(m[1].toLowerCase()) !== null;

/** A Spanish, Italian, Portuguese or French gerund ("arguyendo", "affirmant"). */
const GERUND = /^\p{L}+(?:ando|iendo|yendo|ant)$/iu;

/** s.toLowerCase(), kept for the string asked about last: the verb and "according to" tests
 *  run on the same narration one after another. */
let lastText = '';
let lastLower = '';
function lowerOf(s: string): string {
  if (s !== lastText) {
    lastText = s;
    lastLower = s.toLowerCase();
  }
  return lastLower;
}

/** Whether `s` holds a reporting verb (VERB_RE would match), as cheaply as verbHits finds them. */
export function hasVerb(s: string): boolean {
  const lower = lowerOf(s);
  const re = verbRegex(s, lower);
  re.lastIndex = 0;
  const found = re.test(re === VERB_RE ? s : lower);
  re.lastIndex = 0;
  return found;
}

/** Whether `s` says "according to" (ACCORDING would match). */
export const saysAccording = (s: string): boolean => execCaseless(ACCORDING, s, ['according to']) !== null;

const CONNECTIVE_ONLY = /^\s*(?:Asimismo|Además|También|Luego|Después|Finalmente|Por otra parte|Por otro lado|Por último|En tanto|Mientras tanto|Al respecto|En ese sentido|Sin embargo|No obstante|Inoltre|Poi|Infine|Tuttavia|Além disso|Também|Depois|Por fim|No entanto)\s*,?\s*$/u;

/** A conjunction that joins a second verb to the same subject (Spanish, French, German). */
/** Only fronted phrases before the verb, each closed by a comma: "Sobre la sequía, recordó que
 *  «…»", "Consultado por la diaria, opinó que", "Respecto a los precios, dijo": no subject of
 *  its own, so the person spoken of (Spanish, Italian and Portuguese drop it). */
const FRONTED_ONLY = /^\s*(?:(?:Sobre|Respecto|Con respecto|En cuanto|Acerca|En relación|Ante|Tras|Durante|Desde|En|Por|Al|Luego|Antes|Después|Consultad[oa]s?|Preguntad[oa]s?|Interrogad[oa]s?|Cuestionad[oa]s?|Entrevistad[oa]s?|Sul|Sulla|Riguardo|Quanto|Em|Questionad[oa]s?|Perguntad[oa]s?)(?![\p{L}])[^,;:.!?«»“”"]{0,80},\s*)+$/u;
/** Third-person plural (dijeron, explican, hanno detto): a dropped plural subject is nobody
 *  "he said" could mean. */
const PLURAL_VERB = /(?:n|hanno\s+\S+|han\s+\S+)$/u;
/** Spanish plural verbs of saying. Their subject is a body or several people: "Desde la
 *  intendencia señalaron que «…»" (the Rioplatense way of quoting an institution), "Fuentes del
 *  organismo indicaron", "Los vecinos dijeron"; with the subject dropped, nobody one can name. */
const PLURAL_SAYING = new RegExp(`^(?:${ES_PLURAL_SAYING})$`, 'u');
/** "Desde OSE", "Desde la intendencia", "Desde el Ministerio de Salud": where the words came from. */
const FROM_BODY_AT_END = /(?:^|[\s,])[Dd]esde\s+((?:(?:el|la|los|las)\s+)?[^,.;:«»“”"]{2,60}?)\s*,?\s*$/u;

function pluralSpeaker(left: string, right: string, state: State): Speaker | null {
  const from = FROM_BODY_AT_END.exec(left);
  if (from) {
    const body = from[1].replace(/^(?:el|la|los|las)\s+/u, '').trim();
    const run = body.split(/\s+/);
    if (/^\p{Ll}+$/u.test(body)) return orgByNoun(body, state) ?? (state.lastNonPerson?.kind === 'org' ? state.lastNonPerson : null);
    if (isCap(run[0])) {
      const sp = speakerFromRun(run, state);
      return sp?.kind === 'person' ? null : sp ?? { name: body, kind: 'org' };
    }
    return null;
  }
  if (/\p{L}/u.test(left)) {
    const named = speakerBefore(left, state);
    return named?.kind === 'person' ? null : named;
  }
  // Verb first: only a body named after it ("señalaron desde el ministerio" stays unread).
  const sp = parseAfterForeignVerb(right)?.kind === 'name' ? speakerAfterForeign(right, state) : null;
  return sp?.kind === 'person' ? null : sp;
}
const SAME_SUBJECT_CONJUNCTION = /(?:^|\s)(?:a la vez que|y|e|pero|mientras que|et|mais|und|aber)\s*$/u;

/** Only object or reflexive pronouns before the verb (French, Spanish, Italian, Portuguese). */
const CLITICS_ONLY = /^[\s,;:—–-]*(?:(?:nous|vous|me|m['’]|te|t['’]|lui|leur|se|s['’]|nos|os|le|la|les|lo|los|las|ci|gli|mi|ti|si|lhe|lhes|l['’])\s*)+$/iu;

/** Find the attribution in the non-quoted text around a quote. `pre` is the sentence before the
 *  quote, `mid` the text between its parts, `post` the sentence after it. */
/** A dash, then a full name, then the end or a comma (where and when, a role). */
const QUOTE_SIGNED = new RegExp(String.raw`^\s*[—–~-]\s*(${SIGNED_NAME})\s*(?:,|$)`, 'u');

export function attribution(pre: string, mid: string[], post: string, state: State, eachVerb = false): Speaker | null {
  // « Errare humanum est » (l’erreur est humaine…), lance le procureur: a gloss or translation in
  // brackets right after the quote stands between it and its attribution.
  if (post.startsWith(' (') || post.startsWith('(')) post = post.replace(/^\s*\([^()]{1,240}\)/, '');
  // "“…” — Mike Pompeo, College Station, TX, April 15, 2019": a dash and the name sign the quote,
  // as an epigraph or a pull quote does.
  const signed = QUOTE_SIGNED.exec(post);
  if (signed) {
    const sp = speakerFromRun(signed[1].split(/\s+/), state);
    if (sp?.kind === 'person' && sp.name.includes(' ')) return sp;
  }
  const tryVerbIn = (s: string, which: 'first' | 'last', each = eachVerb): Speaker | null | undefined => {
    const hits = verbHits(s).filter((h) => !inName(s, h));
    if (!hits.length) return undefined;
    // A sentence without quotes (eachVerb) is read verb by verb until one has a speaker: in "While
    // the lineup (three games were announced), Early says…" the first verb has none.
    if (each && which === 'first') {
      for (const h of hits) {
        const sp = speakerAt(s, h);
        if (sp) return sp;
      }
      return null;
    }
    return speakerAt(s, which === 'first' ? hits[0] : hits[hits.length - 1]);
  };
  const speakerAt = (s: string, h: { index: number; text: string }): Speaker | null => {
    const left = s.slice(0, h.index);
    const right = s.slice(h.index + h.text.length);
    const verb = h.text.trim();
    if (GERMAN_IMPERSONAL.test(verb)) return impersonalBody(right, state);
    // German puts the subject after the verb when something else opens the clause ("Das jüngste
    // Angebot der REB nannte sie „…“"): the pronoun there speaks, not the words before the verb.
    const inverted = GERMAN_VERB.test(verb) && /\p{L}/u.test(left) ? /^\s*(er|sie)(?![\p{L}])/u.exec(right) : null;
    if (inverted) return resolvePronoun(state, inverted[1]);
    const uncased = uncasedVerb(verb, left, right);
    if (uncased !== undefined) return uncased && uncasedSpeaker(uncased, state);
    if (PLURAL_SAYING.test(verb)) return pluralSpeaker(left, right, state);
    // Spanish, Italian and Portuguese drop the subject after a connective: "Asimismo, remarcó
    // que «…»", "Además, indicó que …": the person spoken of, as "he said" would be.
    if (FOREIGN_VERB.test(verb) && (CONNECTIVE_ONLY.test(left) || (FRONTED_ONLY.test(left) && !PLURAL_VERB.test(verb)))) return resolvePronoun(state);
    // "…,” said Gen X" — verb first; otherwise "…,” Gen X said" / "X told Y" / "X warned that".
    // A clitic before a Romance verb is still "verb first": « … », nous explique X; « … », se
    // souvient-elle; «…», le dijo X.
    if (!/\p{L}/u.test(left) || (FOREIGN_VERB.test(verb) && CLITICS_ONLY.test(left))) {
      if (GERMAN_VERB.test(verb)) state.german = true; // a German verb: a German story
      return speakerAfter(right, state, FOREIGN_VERB.test(verb));
    }
    // "La situación, dice, es «…»", "Hoy, asegura, …": a verb set off by commas, the subject
    // dropped.
    if (FOREIGN_VERB.test(verb) && !GERMAN_VERB.test(verb) && /,\s*$/.test(left) && /^\s*,/.test(right)) return resolvePronoun(state);
    // German closes the reported clause after the quote and puts the subject after the verb:
    // "Die Tötung sei «…» gewesen, betont HRW". Only lower-case words before the comma (verbs,
    // adverbs: German capitalises every noun), so the clause's own subject is not among them.
    if (GERMAN_VERB.test(verb) && /^\s*(?:\p{Ll}+\s+){0,3}\p{Ll}+\s*,\s*$/u.test(left)) return speakerAfter(right, state, true);
    const named = speakerBefore(left, state);
    if (named) return named;
    // Nobody before the verb, which follows a clause: "Si para entonces no ha llovido, advirtió
    // Barragán, «…»", "Pour autant, estime Jean Dupont, « … »", "Sondland was known for telling
    // others “…” despite being the envoy in Brussels, said another witness, former adviser Fiona
    // Hill" — the subject is the name right after the verb. (Asked after speakerBefore: "Mary-Beth
    // Sorensen, president of …, said Pell's letter …" is hers.) German capitalises every noun
    // ("Auf die Frage, ob …, sagte Trump am Montag: „…“"): there only someone named counts.
    if (/,\s*$/.test(left) && (FOREIGN_VERB.test(verb) ? /^\s*[\p{Lu}]/u.test(right) : /^(?:said|says|added|adds)$/.test(verb))) {
      const inverted = FOREIGN_VERB.test(verb) ? speakerAfterForeign(right, state) : speakerAfter(right, state);
      const german = GERMAN_VERB.test(verb) || state.german;
      if (inverted?.kind === 'person' && (!german || state.persons.includes(inverted) || state.fullNames?.get(surnameOf(inverted.name.split(' ')))?.name === inverted.name)) return inverted;
    }
    // With nobody right before the verb, the subject of the main clause, nearest clause first:
    // after a participle ("X issued a statement, saying, “…”") or a conjunction that goes on
    // with the same subject ("Pérez negaba que …, a la vez que aseveró que «…»").
    const sameSubject = PARTICIPLE.test(verb) || GERUND.test(verb) || (FOREIGN_VERB.test(verb) && SAME_SUBJECT_CONJUNCTION.test(left));
    return sameSubject ? clauseSubject(left.split(/,\s+/).filter((c) => /\p{L}/u.test(c)).reverse(), state) : null;
  };
  const according = (s: string) => {
    const m = execCaseless(ACCORDING, s, ['according to']);
    if (m) return speakerAfter(s.slice(m.index + m[0].length), state, false, true);
    // German "Dem Verband zufolge", "Reker zufolge": the postposition after who says so.
    const z = state.german && s.includes('zufolge') ? GERMAN_ZUFOLGE.exec(s) : null;
    // "Ihm zufolge", "Ihr zufolge": a dative pronoun, the person spoken of.
    if (z && !z[1] && /^(?:Ihm|Ihr)$/.test(z[2])) return resolvePronoun(state, z[2] === 'Ihm' ? 'er' : 'sie');
    if (z) return z[1] ? bodySpeaking(z[2], false, undefined, state) : speakerFromRun(z[2].split(/\s+/), state);
    // "selon X", "según X"; German „…“, so X.
    const f = execCaseless(FOREIGN_ACCORDING, s, FOREIGN_ACCORDING_NEEDLES) ?? (state.german && s === post ? GERMAN_SO.exec(s) : null);
    if (f) {
      // "Según contó, …", "Según explicó, …": a verb and no name, the subject dropped.
      const rest = s.slice(f.index + f[0].length);
      const verb = /^(?:contó|dijo|explicó|relató|señaló|indicó|detalló|afirmó|aseguró|agregó|añadió|comentó|precisó)(?![\p{L}])/u.exec(rest);
      if (verb && /^\s*,/u.test(rest.slice(verb[0].length))) return resolvePronoun(state);
      // "Según explicó Pérez a la diaria, «…»": the name after the verb.
      return speakerAfterForeign(verb ? rest.slice(verb[0].length) : rest, state);
    }
    // "En su opinión, «…»", "À son avis, « … »", "In her view, “…”": the person spoken of.
    const view = s === pre ? IN_THEIR_VIEW.exec(s) : null;
    if (view) {
      const word = (view[1] ?? view[2] ?? view[3] ?? view[4])?.toLowerCase();
      return resolvePronoun(state, (word && POSSESSOR_PRONOUN[word]) || word);
    }
    // "Para la investigadora Ana López, «…»": only a person set off by a comma counts.
    const forX = s === pre ? forPhrase(s, state) : null;
    // A full name, or a pronoun ("Pour elle, « … »") for whoever the story speaks of.
    return forX && (forX.sp.name.split(' ').length >= 2 || forX.pronoun) ? forX.sp : undefined;
  };
  for (const m of mid) {
    const r = tryVerbIn(m, 'first');
    if (r !== undefined) return r;
  }
  // After the quote, a verb that names nobody may be the quote's own words running on ("… the
  // interests" mutually shared by Ukraine and the U.S., he warned.): the next verb may.
  // A verb after a subordinate clause has begun ("… “engaño de los países europeos” el que no se
  // acepte …, esto a un día de que el presidente Macron dijo …") belongs to that clause's own
  // subject, not to the quote.
  const attributable = post.replace(SUBORDINATE_CLAUSE, '');
  // "When Vogue asked Dion, “…?” the singer answered, “…”": words after the quote that lead
  // into another quote introduce that one; a verb before this quote is its own.
  if (leadsIntoQuote(attributable)) {
    const own = tryVerbIn(pre, 'last');
    if (own) return own;
  }
  const postHit = tryVerbIn(attributable, 'first', true);
  if (postHit) return postHit;
  const preHit = tryVerbIn(pre, 'last');
  if (preHit) return preHit;
  // A verb of saying after the quote whose subject is someone described we cannot name ("…“,
  // meint der 28-jährige Sudanese") says the words are theirs, not the colon clause's before; a
  // pronoun there ("…“, kommentierte er") may well mean the person the colon clause names.
  const describedAfter = postHit === null && !/(?:^|\s)(?:er|sie|he|she|il|elle|él|ella)(?![\p{L}])/iu.test(attributable);
  return according(post) ?? according(pre) ?? postHit ?? preHit ?? (describedAfter ? null : colonSubject(pre, state));
}

/** Words after a quote, then a comma or colon and the opening mark of the next quote (no
 *  backtracking regex: posts run to the end of long sentences). */
function leadsIntoQuote(post: string): boolean {
  const mark = post.search(/["“”«»„]/u);
  if (mark <= 0 || !/["“«„]/u.test(post[mark])) return false;
  const words = post.slice(0, mark);
  return /[,:]\s*$/u.test(words) && /\p{L}/u.test(words);
}

/** From a subordinating word that opens a new clause after the quote to the end: "de que",
 *  "esto a un día de que", "a day after", "whereas". */
const SUBORDINATE_CLAUSE = /(?:\s(?:de que|después de que|antes de que|a day after|a day before|whereas|mientras que|alors que|tandis que|während|nachdem))(?![\p{L}])[^]*$/u;

/** A participle hangs the quote on the sentence's main clause: "After the hearing, Hawk Sawyer
 *  issued a statement, saying, “…”" — the speaker is that clause's subject. */
const PARTICIPLE = /^(?:saying|adding|telling|writing|noting|explaining|arguing|insisting|warning|stressing|calling)$/iu;

/** An article, a role in lower case, a name, then the verb: "La productora Laura Méndez lo …". */
const ROLE_THEN_FULL_NAME = String.raw`\s+((?:\p{Ll}[\p{L}-]*\s+){1,4})((?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){1,2}[\p{Lu}][\p{L}\p{M}'’-]*)`;
const ROLE_NAME_AT_START = new RegExp(String.raw`^\s*(?:The|A|An|El|La|Le|Il|Lo|Der|Die|O|Los|Las|Les|Un|Una|Une|Ein|Eine)${ROLE_THEN_FULL_NAME}\s+\p{Ll}`, 'u');

/** The same, the name followed by a verb in lower case or a comma (a relative clause, an age). */
const ROLE_NAME_AT_START_LOOSE = new RegExp(String.raw`^\s*(?:The|El|La|Le|Il|Lo|O)${ROLE_THEN_FULL_NAME}(?=\s+\p{Ll}|\s*,)`, 'u');

/** A clause that is only an organisation's name, with or without "the". */
const ORG_CLAUSE = /^\s*(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}\p{M}'’&.-]*\s+){0,5}[\p{Lu}][\p{L}\p{M}'’&.-]*)\s*$/u;

/** "Su diagnóstico es claro:", "Sa réponse :", "Seine Antwort:": a possessive opens the clause, no name. */
const POSSESSIVE_DETERMINER = /^(?:Su|Sus|Sa|Son|Ses|Leur|Leurs|Sein|Seine|Ihr|Ihre|Suo|Sua|Seu)$/u;

/** The subject of the first of `clauses` (in the order to try them) that opens with a pronoun or
 *  a capitalised run and a verb. A capitalised word in a later clause may only open the sentence
 *  ("After", "Dans", "Another"): there, only someone the story has already named counts. */
/** A connective that opens a clause and names nobody: "Por su parte Gazprom, …", "For its part,
 *  the company …". */
const FOR_ITS_PART = /^\s*(?:Por su parte|Por otra parte|Por otro lado|A su vez|De su lado|Pour sa part|De son côté|Da parte sua|Per parte sua|Por seu lado|Por sua vez|For (?:its|his|her|their) part)(?![\p{L}])\s*,?\s*/u;

/** A body described in lower case and then named by its short name in brackets: "La operadora
 *  de la red de transmisión de gas de Ucrania (Gtsou)", "The Ukrainian gas transmission operator
 *  (GTSOU)". A reader calls it by that name. Not a person's party after their name ("El diputado
 *  Juan Pérez (PSOE)", "Olaf Scholz (SPD)"): before the brackets comes a word in lower case, or
 *  one capitalised word after "de"/"of" (a place the body is of). Group 1: the short name. */
const BRACKET_NAMED = String.raw`(?:The|An?|El|La|Los|Las|Un|Una|Le|Les|L['’]|Il|Lo|O|Der|Die|Das)\s+[^()«»“”"\n]{2,150}?(?:\s\p{Ll}[\p{Ll}-]*|\s(?:de|del|of|du|des|di|da|do|von)\s+[\p{Lu}][\p{L}-]*)\s+\(([\p{Lu}][\p{L}\p{N}&.-]{1,15})\)`;
const BRACKET_NAMED_SUBJECT = new RegExp(String.raw`^\s*${BRACKET_NAMED}\s+\p{Ll}`, 'u');
const BRACKET_NAMED_AT_END = new RegExp(String.raw`(?:^|\s)${BRACKET_NAMED}\s*$`, 'u');

function clauseSubject(clauses: readonly string[], state: State): Speaker | null {
  for (let [i, clause] of clauses.entries()) {
    const forItsPart = FOR_ITS_PART.test(clause);
    clause = clause.replace(FOR_ITS_PART, '');
    // "Por su parte Gazprom, la proveedora rusa, … destacó": a body the story named, alone in
    // the clause.
    if (i > 0 && state.orgs?.includes(clause.trim())) return { name: clause.trim(), kind: 'org' };
    // "Por su parte Gazprom, la proveedora rusa del combustible acusó recibo … y destacó": after
    // "for its part" the name alone in its clause is whom the sentence turns to, named or not before.
    if (i > 0 && forItsPart && /^(?:[\p{Lu}][\p{L}\p{M}&'’.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}&'’-]*$/u.test(clause.trim())) {
      const sp = speakerFromRun(clause.trim().split(/\s+/), state);
      if (sp) return sp;
    }
    const pron = PRONOUN_AT_START.exec(clause) ?? (state.german ? /^\s*Er(?![\p{L}])/u.exec(clause) : /^\s*(?:Elle|Elles|Ils)(?![\p{L}])/u.exec(clause));
    if (pron) return resolvePronoun(state, pron[0]);
    // "Juan Rodríguez, productor de Canelones, contó que …:": the subject set off by commas.
    if (i > 0 && /^\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*\s*$/u.test(clause) && !SUBJECT_OPENERS.test(clause.trim().split(/\s+/)[0])) {
      const sp = speakerFromRun(clause.trim().split(/\s+/), state);
      if (sp?.kind === 'person') return sp;
    }
    // "…, the Electoral Commission, which regulates campaign finances, issued a statement
    // warning that": an organisation set off by commas.
    const org = i > 0 ? ORG_CLAUSE.exec(clause) : null;
    if (org && ORG_WORDS.test(org[1])) return { name: fullOrgName(org[1], state), kind: 'org' };
    // "La productora Laura Méndez lo resume así:", "The nurse Ana Lopes put it this way:"; after
    // a fronted phrase too ("Consultada sobre el tema, la diputada Graciela Bianchi fue tajante:").
    const described = ROLE_NAME_AT_START.exec(clause.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase()));
    if (described) {
      const sp = speakerFromRun(described[2].trim().split(/\s+/), state);
      if (sp?.kind === 'person') return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? described[1].trim() };
    }
    const bracketed = BRACKET_NAMED_SUBJECT.exec(clause);
    if (bracketed) return { name: bracketed[1], kind: 'org' };
    const m = /^\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)\s+\p{Ll}/u.exec(clause);
    if (!m || SUBJECT_OPENERS.test(m[1].split(/\s+/)[0]) || POSSESSIVE_DETERMINER.test(m[1].split(/\s+/)[0]) || ARTICLE.test(m[1]) || /['’]s$/u.test(m[1])) continue;
    const sp = speakerFromRun(m[1].split(/\s+/), state);
    // German capitalises every noun ("Mit Blick auf …"): one word there is a name only if known.
    if (sp?.kind === 'person' && state.german && !sp.name.includes(' ') && !state.persons.includes(sp)) continue;
    // One capitalised word opening the clause ("Talk about …:", "What group …:") is a name only
    // if the story has named that person before.
    const known = state.persons.includes(sp!) || state.fullNames?.get(surnameOf(sp?.name.split(' ') ?? []))?.name === sp?.name;
    if (sp && ((i === 0 && (sp.name.includes(' ') || sp.kind !== 'person')) || known)) return sp;
  }
  return null;
}

/** "Ruiz-Carter put it bluntly: “…”", "Sitting in her office, she put it bluntly: ‘…’": a colon
 *  hands the sentence over to the quote, so its subject is the speaker, whatever the verb. */
function colonSubject(pre: string, state: State): Speaker | null {
  if (!/:\s*$/.test(pre)) return null;
  // "Smith’s response:", "La respuesta de Pérez fue contundente:", "Su mensaje fue claro:",
  // "Her verdict:": whose words the quote is.
  const words = WORDS_OF_AT_END.exec(pre);
  if (words) {
    const sp = speakerFromRun((words[1] ?? words[2]).split(/\s+/), state);
    return sp?.kind === 'person' || sp?.kind === 'org' ? sp : null;
  }
  const own = THEIR_WORDS_AT_START.exec(pre);
  if (own) return resolvePronoun(state, POSSESSOR_PRONOUN[own[1].toLowerCase()]);
  const clauses = pre.split(/,\s+/);
  // "Il se souvient :", "She put it simply:", "Er sagt:": a he or a she opens the last clause.
  const pronoun = /^\s*(He|She|Il|Elle|Er|Él|Ella|Lui|Lei)(?![\p{L}])/u.exec(clauses.at(-1)!);
  if (pronoun) return resolvePronoun(state, pronoun[1]);
  // "Sobre el futuro, fue claro:", "Lo resumió así:", "Y remató:": the clause opens with its verb
  // (or a clitic or "y" before it) and names nobody, so its subject is the person spoken of.
  if (state.proDrop && DROPPED_SUBJECT_CLAUSE.test(clauses.at(-1)!) && !/[\p{Lu}]/u.test(clauses.at(-1)!.trim().slice(1))) return resolvePronoun(state);
  // The last clause names the speaker ("…, the minister put it bluntly:"); failing that, the
  // sentence's subject ("Diess verwies darauf, dass die Konkurrenz … müsse:").
  return clauseSubject(clauses.length > 1 ? [clauses.at(-1)!, clauses[0]] : clauses, state);
}

/** The subject pronoun for a possessive or a stressed pronoun ("In her view", "Selon lui"). */
const POSSESSOR_PRONOUN: Record<string, string> = { his: 'he', her: 'she', lui: 'il' };

const SAID_NOUNS = 'response|reply|answer|message|verdict|advice|reaction|explanation|conclusion|warning|retort|take|assessment|respuesta|mensaje|conclusión|advertencia|diagnóstico|reflexión|balance|réponse|constat|avis|bilan|diagnostic|risposta|messaggio|resposta|mensagem';
/** Someone's words before a colon: "Smith’s response:", "La respuesta de Pérez fue contundente:". */
const WORDS_OF_AT_END = new RegExp(String.raw`(?:(?:^|\s)((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*?)['’]s?\s+(?:${SAID_NOUNS})|(?:^|\s)(?:[Ll]a|[Ee]l|[Ll]e|[Ll]['’]|[Ll]o)\s*(?:${SAID_NOUNS})\s+(?:de|del|d['’]|di|da|do)\s*((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’-]*))(?:\s+(?:was|is|were|fue|es|fut|est|era|foi)(?:\s+\p{Ll}+){0,2})?\s*:\s*$`, 'u');
/** "Su respuesta fue clara:", "Her verdict:": the person spoken of. */
const THEIR_WORDS_AT_START = new RegExp(String.raw`^\s*(Su|Sa|Son|Sua|Seu|His|Her)\s+(?:${SAID_NOUNS})(?:\s+\p{Ll}+){0,3}\s*:\s*$`, 'u');

/** Arabic, Urdu and Chinese verbs (uncased.ts); undefined for a verb in another language. */
function uncasedVerb(verb: string, left: string, right: string): UncasedParse | null | undefined {
  if (ARABIC_VERB.test(verb)) return /\p{L}/u.test(left) ? null : parseAfterArabicVerb(right);
  if (URDU_VERB.test(verb)) return parseBeforeUrduVerb(left);
  if (CHINESE_VERB.test(verb)) return parseBeforeChineseVerb(left);
  return undefined;
}

/** A speaker from an uncased parse: the same object for a name already seen (so pronouns and
 *  roles stay with the first mention). Pronouns resolve only to someone named in this paragraph
 *  or the one before: without capitals we cannot see a person named in passing in between (the
 *  subjectOf check of cased languages), and a wrong speaker is worse than none. */
function uncasedSpeaker(parsed: UncasedParse, state: State): Speaker | null {
  if (parsed.kind === 'pronoun') {
    const near = state.para === undefined || state.lastPersonPara === undefined || state.para - state.lastPersonPara <= 1;
    return near ? resolvePronoun(state) : null;
  }
  const known = state.persons.find((p) => p.name === parsed.name);
  if (known) return known;
  return parsed.role ? { name: parsed.name, role: parsed.role, kind: 'person' } : { name: parsed.name, kind: 'person' };
}

export function remember(sp: Speaker | null, state: State): void {
  if (!sp) return;
  if (sp.kind === 'person') {
    if (sp.role) noteRoleHolder(sp, state);
    state.lastPerson = sp;
    state.lastPersonPara = state.para;
    state.lastPersonSentence = state.sentences ?? 0;
    state.lastPersonAt = state.tick = (state.tick ?? 0) + 1;
    if (!state.persons.includes(sp)) state.persons.push(sp);
    mention(sp.name, state);
    return;
  }
  state.lastNonPerson = sp;
  if (sp.kind === 'org' && noteOrg(sp.name, state) && /\b(?:Journal|Times|Post|News|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Reuters|AFP|Agency)\b|^[\p{Lu}]{2,}$/u.test(sp.name)) {
    state.lastReport = `${sp.name} report`;
  }
}

/** The head noun of a role: its last word before "of", "at", "de"… ("research analyst at the
 *  Council" → analyst, "concejal de Urbanismo" → concejal, "Transport Secretary" → secretary). */
function roleHead(role: string): string | undefined {
  const head = role.split(/,|\s(?:of|at|for|with|in|de|del|des|du|da|do|di|della|à|au|en|von|vom|der|des|bei|beim|für)\s/u)[0].trim().split(/\s+/).at(-1);
  const word = head?.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return word && word.length > 3 && !/^(?:his|her|their|the)$/.test(word) ? word : undefined;
}

function noteRoleHolder(sp: Speaker, state: State, noun?: string): void {
  const holders = (state.roleHolders ??= new Map());
  // Romance adjectives follow the noun ("directora nacional", "presidente ejecutivo"): the first
  // word of the role is a head too.
  for (const head of new Set(noun ? [noun.toLowerCase()] : [roleHead(sp.role!), romanceHead(sp.role!)])) {
    if (!head) continue;
    const before = holders.get(head);
    if (before === undefined) holders.set(head, sp);
    else if (before && before.name !== sp.name) holders.set(head, null);
  }
}

/** The first word of a role in lower case, after any article ("directora nacional de …"). */
function romanceHead(role: string): string | undefined {
  const first = role.trim().replace(/^(?:el|la|le|il|lo|l['’]|o|a)\s*/iu, '').split(/[\s,]+/)[0]?.replace(/[^\p{L}-]/gu, '');
  return first && first.length > 3 && /^\p{Ll}/u.test(first) && !/^(?:his|her|their|the|former|new|senior|chief|deputy|acting|then)$/.test(first) ? first : undefined;
}

/** "the minister said", "said the minister", «…», dijo el productor: an article and one role
 *  noun, nothing after it in the clause. */
// Up to two words may stand before the role noun: "the former president", "the 86-year-old
// actress", "the Ohio Democrat".
const ROLE_MODIFIERS = String.raw`(?:(?:\p{Ll}[\p{Ll}-]*|\d{1,3}-year-old|[\p{Lu}][\p{L}.-]*)\s+){0,2}`;
const ROLE_HEAD = String.raw`(\p{Ll}[\p{Ll}-]{2,}|\d{1,3}-year-old|Democrat|Republican)`;
// Portuguese "o"/"a" (the) take the noun alone: English "a" introduces someone new ("Pu Zhiqiang,
// a respected defense lawyer told …"), it points back to nobody.
const ROLE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:(?:[Tt]he|[Oo]ur|[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Dd]er|[Dd]ie)\s+${ROLE_MODIFIERS}|(?:[Oo]|[Aa])\s+)${ROLE_HEAD}\s*$`, 'u');
const ROLE_OF_BEFORE = new RegExp(String.raw`(?:^|\s)([Ee]l|[Ll]a|[Ll]e|[Ii]l|[Oo]|[Aa]|[Tt]he)\s+(\p{Ll}[\p{Ll}-]{3,})(?:\s+\p{Ll}[\p{Ll}-]{3,})?\s+(?:de|del|of|du|des|di|della|da|do)\s+(?:(?:la|el|los|las|the|l['’])\s*)?(?:\p{Lu}[^,.;:«»“”"]{0,58}|\p{Ll}[\p{Ll}\s-]{0,58})$`, 'u');
const ROLE_AFTER = new RegExp(String.raw`^\s*the\s+${ROLE_MODIFIERS}${ROLE_HEAD}\s*(?:[.,;:]|$)`, 'u');
// Romance adjectives and complements follow the noun: «…», explicó el presidente andaluz;
// declaró la mujer de 35 años en una entrevista; espetó el ingeniero de pista a Max Verstappen.
const ROLE_AFTER_FOREIGN = /^\s*(?:el|la|le|l['’]|il|lo|o|a|der|die|cette|cet|ce|esta|este|questa|questo)\s*(\p{L}[\p{Ll}-]{3,})(?:\s*(?:[.,;:]|$)|(?<=^\s*(?:el|la|le|il|lo|o|a|l['’]|cette|cet|ce|esta|este|questa|questo)\s*\p{Ll}+)(?:\s+\p{Ll}[\p{Ll}-]{3,})?(?:\s+(?:de|del|da|do|di|della)\s+[^,.;:«»“”"]{1,60}?)?(?:\s+(?:en|em|in|à|au|al|ao|durante|tras|après|lors)\s[^,.;:«»“”"]{1,60})?\s*(?:[.,;:]|$))/u;

/** Nouns for a person a story describes rather than names ("the actor said", "said the
 *  48-year-old"): a reader takes them, like a pronoun, for the person the story is about. */
const PERSON_NOUN = /^(?:actor|actress|singer|star|rapper|comedian|musician|artist|author|writer|novelist|director|filmmaker|producer|player|coach|athlete|veteran|skipper|captain|striker|forward|midfielder|defender|goalkeeper|keeper|winger|batsman|batter|bowler|pitcher|quarterback|rookie|golfer|boxer|sprinter|receiver|linebacker|cornerback|shortstop|outfielder|infielder|swimmer|cyclist|skier|gymnast|wrestler|jockey|lawmaker|congressman|congresswoman|senator|politician|democrat|republican|candidate|businessman|businesswoman|entrepreneur|billionaire|founder|executive|mother|father|woman|man|teen|teenager|boy|girl|\d{1,3}-year-old)$/u;
/** Spanish, Italian and Portuguese words for a person a story describes rather than names ("el
 *  tambero explicó", "la mujer contó"). */
const ROMANCE_PERSON_NOUN = new RegExp('^(?:hombre|mujer|joven|vecin[oa]|productor[a]?|tamber[oa]|ganader[oa]|agricultor[a]?|trabajador[a]?|entrevistad[oa]|docente|comerciante|propietari[oa]|dueñ[oa]|empresari[oa]|agrónom[oa]|veterinari[oa]|madre|padre|señor[a]?|uom[o]|donna|ragazz[oa]|homem|mulher|' +
  // Offices a story gives a named person ("el presidente andaluz", "la alcaldesa", "il sindaco").
  'president[ea]|alcalde(?:sa)?|jerarca|legislador[a]?|ministr[oa]|consejer[oa]|juez[a]?|fiscal|portavoz|director[a]?|diputad[oa]|senador[a]?|concejal[a]?|gobernador[a]?|secretari[oa]|abogad[oa]|investigador[a]?|profesor[a]?|entrenador[a]?|jugador[a]?|mandatari[oa]|funcionari[oa]|vocer[oa]|ingenier[oa]|médic[oa]|expert[oa]|especialista|analista|economista|sindaco|avvocat[oa]|prefeit[oa]|treinador[a]?|' +
  // Rioplatense and other Latin American copy describes its sources by what they do ("la
  // dirigente recordó", "el referente sindical", "la edil").
  'dirigente|referente|integrante|representante|titular|coordinador[a]?|delegad[oa]|militante|activista|edil|intendente|sindicalista|líder|estudiante|usuari[oa]|paciente|residente|habitante|periodista|escritor[a]?|autor[a]?|artista|cantante|músic[oa]|psicólog[oa]|sociólog[oa]|historiador[a]?|candidat[oa]|emprendedor[a]?|jef[ea]|gerente|encargad[oa]|asesor[a]?|técnic[oa]|enfermer[oa]|abuel[oa]|hij[oa]|herman[oa]|espos[oa]|chofer|conductor[a]?|maestr[oa]|obrer[oa]|pescador[a]?)$', 'u');
/** French words for a person a story describes rather than names ("lâche la jeune femme",
 *  "poursuit l’étudiante", "le maire a déclaré"); French drops no subject, so these are read in
 *  any story. */
const FRENCH_PERSON_NOUN = new RegExp('^(?:jeune|femme|homme|mère|père|fille|garçon|étudiante?|lycéen(?:ne)?|habitante?|militante?|élue?|maire|ministre|présidente?|' +
  'directeur|directrice|responsable|salariée?|retraitée?|médecin|enseignante?|avocate?|syndicaliste|porte-parole|chercheur|chercheuse|adolescente?|' +
  'animateur|animatrice|éducateur|éducatrice|infirmier|infirmière|agriculteur|agricultrice|commerçante?|gérante?|patron(?:ne)?|sénateur|sénatrice|' +
  'députée?|conseiller|conseillère|adjointe?|professeure?|auteur|autrice|écrivaine?|chanteur|chanteuse|comédien(?:ne)?|réalisateur|réalisatrice|' +
  'entraîneur|entraîneuse|joueur|joueuse|trentenaire|quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|' +
  // Court, faith, trade and neighbourhood ("plaide l’imam", "raconte la riveraine").
  'imam|prêtre|curé|rabbin|pasteur|prévenue?|accusée?|témoin|policier|policière|gendarme|pompier|soldat|' +
  'éleveur|éleveuse|boulanger|boulangère|restaurateur|restauratrice|chauffeur|conducteur|conductrice|automobiliste|cycliste|' +
  'artiste|musicien(?:ne)?|photographe|élève|bénévole|riveraine?|voisine?|propriétaire|locataire|mari|épouse|veuve|veuf|fils|frère|sœur)$', 'u');
/** The feminine forms among them (in -e, but for the words both men and women are). */
const frenchFeminine = (noun: string) => /e$/u.test(noun) && !/^(?:jeune|ministre|maire|responsable|syndicaliste|porte-parole|père|frère|prêtre|curé|automobiliste|cycliste|artiste|photographe|élève|bénévole|\p{L}+aire)$/u.test(noun);
/** Is this lower-case noun one a story uses for a person ("the actor", "la dirigente", "l'élue")? */
export function isPersonNoun(noun: string): boolean {
  return PERSON_NOUN.test(noun) || ROMANCE_PERSON_NOUN.test(noun) || FRENCH_PERSON_NOUN.test(noun);
}

const FEMALE_NOUN = /^(?:actress|congresswoman|businesswoman|mother|woman|girl)$/u;
const MALE_NOUN = /^(?:actor|congressman|businessman|father|man|boy)$/u;

/** A demonstrative is an article with the same gender ("cette habitante", "este vecino"). */
const DEMONSTRATIVE: Record<string, string> = { cette: 'la', cet: 'le', ce: 'le', esta: 'la', este: 'el', questa: 'la', questo: 'il' };

function roleHolderAt(s: string, re: RegExp, state: State): Speaker | null {
  const m = re.exec(s);
  if (!m) return null;
  let noun = m[1].toLowerCase();
  // The article the description opens with ("la jeune femme", "el jerarca municipal").
  const opening = /^\s*(el|la|il|lo|le|l['’]|o|a|cette|cet|ce|esta|este|questa|questo)\s*(\p{Ll}[\p{Ll}-]*)/iu.exec(m[0]);
  const article = opening && (DEMONSTRATIVE[opening[1].toLowerCase()] ?? opening[1].toLowerCase());
  // Romance adjectives follow the noun: in "el jerarca municipal" the noun is the first word.
  const first = opening?.[2].toLowerCase();
  const known = (w: string) => state.roleHolders?.has(w) || PERSON_NOUN.test(w);
  if (first && first !== noun && !known(noun) && (state.roleHolders?.has(first) || FRENCH_PERSON_NOUN.test(first) || (state.proDrop && ROMANCE_PERSON_NOUN.test(first)))) noun = first;
  // A former office is the office: "el exministro", "l’ex-président".
  if (!state.roleHolders?.has(noun) && /^ex-?\p{Ll}{4,}/u.test(noun)) noun = noun.replace(/^ex-?/u, '');
  if (!state.roleHolders?.has(noun) && PERSON_NOUN.test(noun)) return resolvePronoun(state, FEMALE_NOUN.test(noun) ? 'she' : MALE_NOUN.test(noun) ? 'he' : undefined);
  if (!state.roleHolders?.has(noun) && FRENCH_PERSON_NOUN.test(noun)) {
    const feminine = article === 'la' || (article !== 'le' && frenchFeminine(noun));
    return resolvePronoun(state, feminine ? 'elle' : article === 'le' || !/e$/u.test(noun) ? 'il' : undefined);
  }
  if (!state.roleHolders?.has(noun) && state.proDrop && ROMANCE_PERSON_NOUN.test(noun)) {
    return resolvePronoun(state, article === 'la' || article === 'a' ? 'ella' : article === 'el' || article === 'il' || article === 'lo' || article === 'o' ? 'él' : undefined);
  }
  const holder = state.roleHolders?.get(noun) ?? null;
  // A reference back, as a pronoun is: the quote finder gives it a pronoun's confidence.
  if (holder) state.pronounsResolved = (state.pronounsResolved ?? 0) + 1;
  return holder;
}

/** Lower-case words between capitalised ones that are no role: verbs, prepositions, articles. */
const NOT_A_ROLE = /^(?:said|says|told|and|with|from|for|that|than|then|when|where|while|about|after|before|against|between|into|over|under|like|including|according|the|his|her|their|its|our|was|were|has|had|have|will|would|could|should|also|announced|named|called|joined|met|beat|defeated|thanked|praised|replaced|asked|urged)$|(?:ed|ly|ing)$/u;

const SUBJECT_OPENERS = new RegExp(
  `^(?:${OPENERS}|These|Those|Every|Each|Some|Many|Most|All|Both|` +
    // Prepositions that open a fronted phrase in French, Spanish, Italian and Portuguese ("Dans
    // une Clio grise, Yanis, 21 ans, …"); German nouns are capitalised, so not German.
    `En|Por|Al|Pese|Frente|Dans|Sur|Avec|Après|Avant|Depuis|Pendant|Chez|Selon|Sous|Par|Entre|Lors|Con|Sin|Desde|Durante|Tras|Ante|Bajo|Hasta|Según|Sobre|Nel|Nella|Dopo|Prima|Dentro|Fuori|Em|No|Na|Após|Perante)$`,
);

/** "Wild defenseman Ryan Suter, who…", "Harford striker Ana Lopes could see…": a team or place, a
 *  role in lower case, then a full name, opening the sentence. */
const ROLE_THEN_NAME = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(\p{Ll}[\p{Ll}-]{3,})\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){1,2}[\p{Lu}][\p{L}'’-]*?)(?:['’]s)?(?=,|\s+\p{Ll})/u;

/** A preposition after a sentence's first word makes it a fronted phrase ("Back in the waiting
 *  room, Dev, …", "Outside the court, …"). */
const FRONTED_PREPOSITION = /^(?:in|on|at|from|inside|outside|across|along|behind|near|after|before|during|with|without|over|under|by|into|through|around|of)$/;

/** An age after a name, and the appositive after it if any: "21 ans, étudiant en licence,",
 *  "24,", "de 58 años,", "aged 30,". */
const AGE_APPOSITIVE = /^(?:(?:aged\s+|de\s+|di\s+)?\d{1,3}(?:\s+(?:ans|años|anos|anni|Jahre|years old))?\s*,(?:\s*(\p{Ll}[^,]{2,80}),)?|an?\s+(\d{1,3}-year-old\s[^,]{2,80}),)/u;

/** An article and a role in lower case opening a clause: "La directora …", "the minister …". */
const ROLE_SURNAME_SUBJECT = /^\s*(?:[Ee]l|[Ll]a|[Tt]he|[Ll]e|[Ii]l)\s+(\p{Ll}[\p{Ll}-]{3,})\s+([\p{Lu}][\p{L}'’-]+)(?=[\s,])/u;
const ROLE_SUBJECT = /^\s*(?:[Ee]l|[Ll]a|[Tt]he|[Ll]e|[Ii]l)\s+(\p{Ll}[\p{Ll}-]{3,})(?=[\s,])/u;

/** An adverb of manner opening a sentence: "Visiblemente", "Clairement", "Clearly". */
const FRONTED_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:mente|ment|ly)$/u;

/** An article and a role in lower case, and nothing else: "El alcalde", "The mayor"; the role
 *  may name where it is held ("El presidente de la Junta de Andalucía", "The chief executive of
 *  Acme Bank"), with an adjective after it ("El ministro de Asuntos Exteriores portugués"). */
const FRONTED_ROLE = /^\s*(?:[Ee]l|[Ll]a|[Tt]he|[Ll]e|[Ii]l|Der|Die|O|A|Su|Sus|Son|Sa|Ses|His|Her|Their|Sein|Seine|Ihr|Ihre|Suo|Sua|Seu|[\p{Lu}][\p{L}.-]*['’]s)\s+((?:\p{Ll}[\p{Ll}-]*)(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?:\s+(?:de|del|of|du|des|di|della|do|da|von|vom)\s+(?:(?:la|el|los|las|the|le|les|l['’])\s*)?[\p{L}][\p{L}.'’-]*(?:\s+(?:(?:de|del|of|y|and|et|e|la|el|the)\s+)?[\p{Lu}][\p{L}.'’-]*){0,4}(?:\s+\p{Ll}[\p{Ll}-]{3,})?)?)\s*$/u;

/** A role in lower case and what it is held at: "productor de Florida", "maire de Lyon". */
const ROLE_OF = /^\p{Ll}[\p{Ll}-]{3,}\s+(?:de|del|de la|des|du|di|della|da|do|of|at|bei|der|von)\s/u;
const PERSON_CLAUSE = /^(?:who\s|aged\s|qui\s|quien\s|der\s|die\s|che\s|(?:de\s+|di\s+)?\d{1,3}(?:\s+(?:ans|años|anos|anni|Jahre))?,|(?:an?|un|une|una|uno|um|uma|ein|eine)\s+(?!(?:été|fait|dit|pris|mis|reconnu|admis|conclu|répondu|\p{Ll}+[éi])(?![\p{L}]))(?:\p{Ll}|\d{1,3}-year-old))/u;

/** The person a sentence opens on with "Para X," / "Pour X," / "Per X," / "Für X," ("Para el
 *  urbanista Mauricio Lemus, académico de la UdeG, el problema es la planeación."): the story
 *  turns to them, and a quote after it with only "advirtió" is theirs. A full name only. */
export function topicPerson(sentence: string, state: State): Speaker | null {
  const pronouns = state.pronounsResolved ?? 0;
  const forX = forPhrase(sentence, state);
  state.pronounsResolved = pronouns; // no quote's speaker: nothing to count
  if (forX && forX.sp.name.split(' ').length >= 2) return forX.sp;
  // "Pour Moussa, 19 ans, la situation est différente": a given name and an age make a person.
  const aged = FOR_AT_START.exec(sentence) ? /^\S+\s+([\p{Lu}][\p{Ll}'’-]+),\s+(?:de\s+)?\d{1,3}\s+(?:ans|años|anos|anni|Jahre)\s*,/u.exec(sentence) : null;
  if (!aged || CLAUSE_OPENER.test(aged[1]) || FUNCTION_WORD.test(aged[1])) return null;
  (state.singleNames ??= new Set()).add(aged[1]);
  return { name: aged[1], kind: 'person' };
}

/** The person a "Para X," / "Pour X," / "Per X," / "Für X," phrase names before its comma, and
 *  whether a pronoun gave them ("Pour elle,"). */
function forPhrase(s: string, state: State): { sp: Speaker; pronoun: boolean } | null {
  const forX = FOR_AT_START.exec(s);
  if (!forX) return null;
  const rest = s.slice(forX[0].length);
  const comma = rest.indexOf(',');
  if (comma < 0 || /[.;:]/.test(rest.slice(0, comma))) return null;
  const pronouns = state.pronounsResolved ?? 0;
  const sp = speakerAfterForeign(rest.slice(0, comma), state);
  return sp?.kind === 'person' ? { sp, pronoun: (state.pronounsResolved ?? 0) > pronouns } : null;
}

/** A Slavic sentence that opens on a role and a full name, with no article: "Majitel přepravní
 *  společnosti Karel Novotný spočítal, …" (groups: the role, the name). */
const SLAVIC_ROLE_NAME_AT_START = /^\s*([\p{Lu}]\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){0,4}(?:\s+[\p{Lu}]\p{Ll}+)?)\s+([\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+)\s+\p{Ll}/u;

/** A person who is the subject of a sentence that reports no speech: "Sandra Holt, who runs a
 *  café, cut staff hours", "Councillor Rita Mahoney voted against it". A later "she said" can
 *  mean them rather than the last speaker. Only a full name (two or more words) counts, with a
 *  title before it or a person-like clause after it, so places ("New Delhi, the capital") and
 *  sentence openers ("In Washington, …") stay out. */
export function subjectOf(sentence: string, state: State, depth = 0, fronted?: string): Speaker | null {
  const slavic = state.slavic && depth === 0 ? SLAVIC_ROLE_NAME_AT_START.exec(sentence) : null;
  if (slavic) {
    const sp = speakerFromRun(slavic[2].split(/\s+/), state);
    if (sp?.kind === 'person') return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? slavic[1] };
  }
  // Not in German, where every noun is capitalised ("Vor mehreren Zehntausend Zuhörern").
  const described = state.german ? null : ROLE_THEN_NAME.exec(sentence);
  if (described && !NOT_A_ROLE.test(described[1])) {
    const sp = speakerFromRun(described[2].split(/\s+/), state);
    if (sp?.kind === 'person' && sp.name.split(' ').length >= 2) return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? described[1] };
  }
  // "La diputada nacionalista Graciela Bianchi Ferreira, que recorrió …, habló de «…»", "The
  // veteran lawmaker Ann Lee told …": an article, a role in lower case, then the full name.
  const roleName = depth === 0 && !state.german ? ROLE_NAME_AT_START_LOOSE.exec(sentence) : null;
  const roleLast = roleName?.[1].trim().split(/\s+/).at(-1) ?? '';
  // Not a body after "de"/"of" ("El ministro de Asuntos Exteriores portugués").
  if (roleName && !NOT_A_ROLE.test(roleLast) && !/^(?:de|del|of|for|at|in|en|du|des|di|della|da|do|von|vom|à|au)$/u.test(roleLast)) {
    const sp = speakerFromRun(roleName[2].split(/\s+/), state);
    if (sp?.kind === 'person' && sp.name.includes(' ')) return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? roleName[1].trim() };
  }
  // "La diputada del Frente Amplio Cristina Lustemberg presentó …": a role, the body it is of,
  // then a name from the first common given name on.
  const roleOfBody = depth === 0 && !state.german ? ROLE_OF_BODY_THEN_NAME.exec(sentence) : null;
  if (roleOfBody) {
    const run = roleOfBody[3].trim().split(/\s+/);
    const k = givenNameStart(run, 3);
    const sp = k > 0 ? speakerFromRun(run.slice(k), state) : null;
    if (sp?.kind === 'person' && sp.name.includes(' ')) return state.persons.includes(sp) ? sp : { ...sp, role: sp.role ?? `${roleOfBody[1]} ${roleOfBody[2]} ${run.slice(0, k).join(' ')}` };
  }
  // "El alcalde, Raúl Medina Cantú, visitó …", "The mayor, Ann Lee, toured …": a role with an
  // article before the name set off by commas is that person's.
  // After a fronted phrase too: "Además, el alcalde de Bédar, Ángel Collados, …".
  const firstComma = depth <= 1 && !fronted ? sentence.indexOf(', ') : -1;
  const frontedRole = firstComma > 0 ? FRONTED_ROLE.exec(sentence.slice(0, firstComma))?.[1] : undefined;
  if (frontedRole) return subjectOf(sentence.slice(firstComma + 2), state, depth + 1, frontedRole);
  const tokens = sentence.trim().split(/\s+/);
  const run: string[] = [];
  let comma = false;
  for (const t of tokens) {
    const w = t.replace(/[,;:]$/, '');
    if (!isCap(w) && !(NAME_PARTICLES.has(w) && run.length)) break;
    // "Johannes Oerding„Beim nächsten Mal …": a heading glued to a quote; a mark ends the name.
    if (/["“”„«»]/.test(w)) break;
    run.push(w);
    if (w !== t) {
      comma = t.endsWith(',');
      break;
    }
  }
  // "La directora se mostró preocupada por «…»", "The minister called it “…”": a role the
  // story gave someone, as the subject, is that person.
  const role = run.length <= 1 ? ROLE_SUBJECT.exec(sentence)?.[1] : undefined;
  const holder = role ? state.roleHolders?.get(role) : undefined;
  if (holder) return holder;
  // "El ministro Albares reafirmó …", "Le ministre Darmanin a …": a role, then the surname of
  // someone the story named in full.
  // Not in German, where an adjective stands there as often ("Der kleine Mozart bekam …").
  const roleSurname = run.length <= 1 && !state.german ? ROLE_SURNAME_SUBJECT.exec(sentence) : null;
  const bySurname = roleSurname && !NOT_A_ROLE.test(roleSurname[1]) ? personBySurname(roleSurname[2], state) : undefined;
  if (bySurname?.name.includes(' ')) return bySurname;
  // One capitalised word and lower-case words after it ("Back in the waiting room, Dev, …") open
  // a fronted phrase too, unless the word is someone the story named.
  const loneOpener = depth === 0 && !state.german && run.length === 1 && !comma && FRONTED_PREPOSITION.test(tokens[1] ?? '') && !personBySurname(stripTail(run[0]), state);
  // "Ask Damien Chazelle, the director …, and he will answer", "Though Mike Pompeo said": an
  // opener, then a full name that starts with a common given name.
  if (run.length >= 3 && SUBJECT_OPENERS.test(run[0]) && givenNameGender(stripTail(run[1])) !== undefined) {
    const sp = speakerFromRun(run.slice(1), state);
    if (sp?.kind === 'person' && sp.name.includes(' ')) return sp;
  }
  if (!run.length || SUBJECT_OPENERS.test(run[0]) || loneOpener) {
    // "At a hearing last month of the subcommittee, Rep. Robert Aderholt (R-AL) pushed …": the
    // subject after a fronted phrase (one, of up to twelve words).
    const comma = depth === 0 && run.length ? sentence.indexOf(', ') : -1;
    if (comma > 0 && wordCount(sentence.slice(0, comma)) <= 12) return subjectOf(sentence.slice(comma + 2), state, 1);
    return null;
  }
  // Someone the story has named in full, as the subject again ("Hutchins, a retired sergeant,
  // did not concede."; "Marchetti rejected that argument."): a later "he said" means them.
  const core = run.filter((t) => !HONORIFICS.has(bare(t)));
  // "Yassin E., depuis le box, s’en défend": French courts name a defendant by an initial, which
  // keeps its dot here and not in the name remembered.
  const last = core.length >= 2 && /^\p{Lu}\.$/u.test(core[core.length - 1]) ? stripTail(core[core.length - 1]) : core[core.length - 1];
  if (core.length === 1 || (core.length >= 2 && state.fullNames?.get(last)?.name === [...core.slice(0, -1), last].join(' '))) {
    // "Yasmine hausse les épaules." after "Yasmine Benali, 22 ans, …": features go on with the
    // given name of the one person the story named in full with it.
    const bySurname = personBySurname(last, state);
    const given = !bySurname && core.length === 1 && givenNameGender(stripTail(core[0])) ? byGivenName(stripTail(core[0]), state) : undefined;
    const known = bySurname ?? (given ? state.persons.find((p) => p.name === given.name) : undefined);
    if (known || core.length > 1) return known ?? null;
    // "Karim, lui, a trouvé une solution": someone the story already calls by a given name alone.
    const single = core.length === 1 ? stripTail(core[0]) : '';
    if (single && state.singleNames?.has(single)) return state.persons.find((p) => p.name === single) ?? { name: single, kind: 'person' };
    // "Su esposa, Laura, también trabaja en el tambo", "His son, Ben, runs the farm now": a
    // relative or a role, then a given name alone between commas, is that person.
    if (fronted && comma && depth === 1 && givenNameGender(stripTail(core[0])) !== undefined) {
      (state.singleNames ??= new Set()).add(stripTail(core[0]));
      return { name: stripTail(core[0]), role: fronted, kind: 'person' };
    }
    // A word nobody bears opening a fronted phrase: "Además, el alcalde de Bédar, Ángel Collados,
    // …", "Visiblemente emocionado, …", "Clearly shaken, …": the subject comes after it. (Not in
    // German, where the word may be any noun.)
    const frontedAt = depth === 0 && !state.german ? sentence.indexOf(', ') : -1;
    // "Karim (le prénom a été modifié) travaille …", "Sarah* vit à Saint-Denis", "Ben (not his
    // real name) works …": a given name marked as a pseudonym is a person.
    if (depth === 0 && PSEUDONYM_MARK.test(tokens.slice(run.length - 1).join(' ')) && isCap(core[0]) && !CLAUSE_OPENER.test(core[0]) && !FUNCTION_WORD.test(core[0])) {
      const name = core[0].replace(/\*+$/, '');
      (state.singleNames ??= new Set()).add(name);
      return { name, kind: 'person' };
    }
    if (!comma) return frontedAt > 0 && FRONTED_ADVERB.test(core[0]) && wordCount(sentence.slice(0, frontedAt)) <= 4 ? subjectOf(sentence.slice(frontedAt + 2), state, 1) : null;
    // "Yanis, 21 ans, étudiant en licence, rabat le siège": features name young people and
    // passers-by by their given name alone, with their age. The age marks a person.
    const aged = AGE_APPOSITIVE.exec(tokens.slice(run.length).join(' '));
    if (!aged) return frontedAt > 0 ? subjectOf(sentence.slice(frontedAt + 2), state, 1) : null;
    if (!isCap(core[0]) || CLAUSE_OPENER.test(core[0]) || FUNCTION_WORD.test(core[0])) return null;
    const role = aged[1] || aged[2] ? cleanAppositive(aged[1] ?? aged[2]) : undefined;
    (state.singleNames ??= new Set()).add(core[0]);
    return role ? { name: core[0], role, kind: 'person' } : { name: core[0], kind: 'person' };
  }
  if (run.length < 2) return null;
  let after = run.length;
  // "Rep. Robert Aderholt (R-AL), ranking member …": a party or place tag after the name.
  if (!comma && /^\([^()\s]{1,12}\),?$/.test(tokens[after] ?? '')) comma = tokens[after++].endsWith(',');
  const rest = tokens.slice(after).join(' ');
  // "X, who…", "X, 45,", "X, a nurse,"; in French, Spanish, Italian, Portuguese and German "X, 22
  // ans,", "X, qui…", "X, une étudiante", "X, der…".
  const personClause = comma && (PERSON_CLAUSE.test(rest) || ROLE_FIRST.test(rest) || ROLE_OF.test(rest));
  // The appositive is the person's role ("Juan Pérez, productor de Florida, habló …"): a later
  // "el productor" means them.
  const appositive = personClause ? cleanAppositive(rest.split(',')[0]) : undefined;
  const sp = speakerFromRun(run, state, appositive && !/^(?:who|qui|quien|que|che|der|die)\b|^\d/u.test(appositive) ? appositive : undefined);
  if (!sp || sp.kind !== 'person' || sp.name.split(' ').length < 2) return null;
  // "Héctor Olivera siembra 400 hectáreas …", "Lucía Méndez, ingeniera agrónoma, habló …": a
  // full name that opens with a common given name is a person without more said of them.
  // Not one of two ("Anna Berg and her brother Lars Berg run the farm").
  // ("Sen. John Doe (D-Calif.) introduced …": an honorific before the given name.)
  const firstName = run.find((t) => !HONORIFICS.has(bare(t))) ?? run[0];
  if (!personClause && !sp.role && run.length <= 3 && (givenNameGender(stripTail(firstName)) || germanPersonName(run, state)) && !/^(?:and|y|e|et|und|&)$/i.test(tokens[after] ?? '')) {
    // Not a verb phrase (French "Mathieu Hanotin, a réagi sur Twitter : « … »").
    const role = comma && !/^(?:a|ha|hat|est|has|had|was|is)\s/u.test(rest) ? cleanAppositive(rest.split(',')[0]) : undefined;
    return role && !/[«»“”"„:]|[.!?]$/u.test(role) && !state.persons.includes(sp) ? { ...sp, role } : sp;
  }
  if (fronted && comma && !state.persons.includes(sp)) return { ...sp, role: sp.role ?? fronted };
  return personClause || sp.role ? sp : null;
}
