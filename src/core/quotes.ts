// Direct quotes and who said them.
//
// 1. Spans (quotes/spans.ts): every quotation-mark pair in a paragraph (“ ” ‘ ’ « » ‹ › „ “ ‚ ‘
//    「 」 『 』, straight " and ', and mixed pairs such as “…"), apostrophes and elisions never
//    being marks, where an opening mark left unclosed at the end of a paragraph continues into
//    the next paragraph when that one opens with a mark (the newspaper convention for long quotes).
// 2. Groups: a quote split around its attribution (“We will,” he said, “and soon.”) is one,
//    its parts joined with a space. Partial quotes split by the narrator's own words (“We share
//    a common purpose” and “have been useful to work with” each other) are one quote per pair
//    of marks, as a reader and quotes-dev's annotators count them (joined with " … " they came
//    out as one quote nobody said: quotes-dev held half P .845 -> .876, R .857 -> .917), with
//    the sentence's one speaker; a partial quote in the narration after an attribution stays
//    apart too. A quote resumed after
//    its attribution (“A,” X said. “B.”), or a later quoted sentence of the paragraph with no
//    attribution of its own, joins the one before it with a space, each part as printed.
// 3. Speaker (quotes/speakers.ts, word lists in quotes/lexicon.ts): "X said", "said X", "X told
//    Y", "according to X", "X warned/added/noted/…", "role, X, said", "X, who …, said", before
//    or after the quote; the name keeps honorifics (Gen, Dr, Sen.) and loses job titles, which go
//    to `role` ("US Under Secretary of Defence Colin Kahl" → Colin Kahl, role "US Under Secretary
//    of Defence"). German, French, Spanish, Portuguese and Italian verbs name the speaker after
//    them with an article and a role (quotes/foreign.ts): „…“, sagte der Fraktionsvorsitzende
//    Martin Albers; « … », a regretté le conseiller Jean-Marc Fabre; selon/según/so X.
//    "he/she/they said" (er/sie, il/elle, él/ella …) → the last named person: a speaker, or a
//    full name that is a sentence's subject ("Councillor Rita Mahoney voted …"); "the report
//    warned" → the last named report or publication ("The Wall Street Journal (WSJ) reported" → The Wall
//    Street Journal report). An unattributed quote right after an attributed one in the same
//    paragraph continues it, and so does a quote standing alone at the start of the next paragraph
//    or right after a sentence of indirect speech ("…, he said. “…”").
//    Otherwise the person the paragraph last named, or the one quoted last in it or the paragraph
//    before, as a guess (nearbySpeaker, 'low'), unless the words are written, chanted or an
//    unnamed source's, or someone described speaks them; else null. Each speaker carries how it
//    was found (Quote.confidence), and sure ones rank first.
// 4. Filter and rank: scare quotes and fragments (under 4 words; lower-case fragments under 5,
//    "a fraction of them") and quoted titles ("Title Case", "called …") are dropped; the rest
//    are ranked by relevance to the story (TF-IDF to the story and headline) and by speaker.
import { guessLanguage } from './lang-guess';
import { matchesOf } from './match-all';
import { givenNameGender } from './quotes/given-names';
import { checkTime } from './budget';
import { NOT_A_NAMED_VOICE, PRONOUN_BEFORE_QUOTE, SIGNED_NAME } from './quotes/lexicon';
import type { Quote, SpeakerConfidence } from './types';
import { spansIn, type Span } from './quotes/spans';
import { attribution, describedSaysIt, germanWords, hasSayingVerb, hasVerb, isPersonNoun, noteNames, plausibleGuess, pronounSubject, QUOTED, remember, saysAccording, subjectOf, topicPerson, type GermanWords, type Speaker, type State } from './quotes/speakers';
import { splitParagraphs, splitSentences, wordCount } from './sentences';
import { contentTokens, cosine, storyCentroid, storyVectors, sumVectors, tfidfVectors, weigh } from './summary';

/** A sentence that opens "Asked", "When asked", "Preguntado", "Interrogé", "Gefragt" right
 *  before the quote: a question put to someone, its asker not the subject ("Malaska asked, “…?”"
 *  is Malaska's own question). */
const ASKED_BEFORE = /^\s*(?:(?:When|If|Once|After being)\s+)?(?:[Aa]sked|[Pp]reguntad[oa]s?|[Ii]nterrogée?s?|[Gg]efragt)\s*[,:]?\s*$/u;

/** German reported speech: the present subjunctive, and "würden" standing in for it. */
const KONJUNKTIV = /\b(?:sei|seien|habe|werde|würden|könne|müsse|dürfe|solle|wolle|gebe|liege|komme|gehe|stehe|heiße|bedeute|gelte|brauche|bleibe|zeige|wisse)\b/u;

type SpeakerSource = 'sentence' | 'subject' | 'pronoun' | 'paragraph' | 'previous' | 'nearby' | 'none';

/** On the tune half of quotes-dev a speaker named in the quote's own sentence was right for 79 %
 *  of the real quotes, one from a pronoun 58 %, one carried over from the paragraph's previous
 *  quote 67 % (of few), one carried over from the previous paragraph (a new rule: speaker
 *  accuracy on tune 53.8 -> 55.8 %, held 51.0 -> 51.5 %); no speaker was
 *  right (null in the annotation) for 11 %. */
const CONFIDENCE: Record<SpeakerSource, SpeakerConfidence> = { sentence: 'high', subject: 'medium', pronoun: 'medium', paragraph: 'medium', previous: 'medium', nearby: 'low', none: 'low' };
const CONFIDENCE_RANK: Record<SpeakerConfidence, number> = { high: 0, medium: 1, low: 2 };

/** A quote no rule attributes, with the person nearest to it: the one this paragraph last named
 *  in full, or as a speaker or a subject, before it, else the person quoted last in this
 *  paragraph or the one before. The rules above give a speaker only where the sentence or its
 *  neighbour says who; but a quote with no speaker found is, on real pages, nearly always someone's (quotes-dev
 *  annotates 29 of its 656 quotes with no speaker, and on its tune half 21 of the 39 wrong
 *  speakers were no speaker where the text does say who), and a reader takes the person the
 *  paragraph is about. Not when the sentence says the words are written or chanted, or come
 *  from an unnamed source (NOT_A_NAMED_VOICE), nor when it has a verb of saying whose subject is
 *  someone it describes without naming ("the authors wrote", "elle demande": describedSaysIt).
 *  Such a speaker is a guess: 'low' confidence, ranked last, marked in the popup. */
function nearbySpeaker(sentence: string, around: readonly string[], state: State, para: number, lastQuoted: { speaker: Speaker | null; para: number } | null): Speaker | null {
  // The words around the quote (what attribution() read) and the rest of its first sentence.
  const narration = `${sentence.replace(QUOTED, ' ')} ${around.join(' ')}`;
  if (NOT_A_NAMED_VOICE.test(narration) || describedSaysIt(narration, state) || PRONOUN_BEFORE_QUOTE.test(around[0]) || thingSubject(sentence)) return null;
  // Someone this paragraph introduced by their full name, after anyone it quoted ("Guadalupe
  // Íñiguez atiende desde hace 22 años una tienda … “Cuando empezaron la obra …”").
  const named = state.lastNamed?.para === para ? state.lastNamed : undefined;
  let guess: Speaker | null = null;
  if (named && !(state.lastPersonPara === para && (state.lastPersonAt ?? 0) > named.at)) {
    guess = state.persons.find((p) => p.name === named.name) ?? { name: named.name, role: named.role, kind: 'person' };
  } else if (state.lastPerson && state.lastPersonPara === para) guess = state.lastPerson;
  else if (lastQuoted?.speaker?.kind === 'person' && lastQuoted.para >= para - 1) guess = lastQuoted.speaker;
  return guess && plausibleGuess(guess, state) ? guess : null;
}

/** A speaker a reader could place: a person by more than one word, or an organisation or
 *  document. A lone word ("Dale", "Andrew", "Er", "Frage"), a description behind an article
 *  ("Der Vorstandschef"), a surname behind an honorific ("Ms Persson") or a possessive
 *  ("Epstein's") is often the wrong person or no person:
 *  on the tune half of quotes-dev 1 of 11 such speakers named in the quote's own sentence was
 *  right, against 76 of 87 full names. */
function looksLikeFullName(sp: Speaker): boolean {
  if (sp.kind !== 'person') return true; // "The Wall Street Journal report", "FACC"
  if (sp.byGivenName) return false; // "Dale wrote" → Dale Ford, the only Dale named in full
  const words = sp.name.trim().split(/\s+/);
  // "Ms Persson", "Mme Cardenal": an honorific and a surname are still one name the story may
  // give to more than one person, or have given in full before.
  const named = words.filter((w) => !HONORIFIC.test(w));
  return named.length > 1 && !/['’]s$/u.test(sp.name) && !ARTICLE_FIRST.test(words[0]);
}
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|herr|frau|m|mme|mlle|sr|sra|srta|señor|señora|sig|signor|signora|dott|dhr|mevr)\.?$/iu;
const ARTICLE_FIRST = /^(?:the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|los|las|il|lo|o|os|as|de|het)$/iu;

export interface QuoteOptions {
  title?: string;
  lang?: string;
}

// ---- 2 & 4. groups, filters, ranking ------------------------------------------------------------

interface Group {
  para: number;
  parts: Span[];
  text: string;
  pre: string;
  mid: string[];
  post: string;
  /** Signed by a sentence of its own after it ("~William James"): an epigraph, outside the story's
   *  run of speakers. */
  signed?: boolean;
}

const TITLE_CUE = /\b(?:titled|entitled|called|dubbed|named|headlined|nicknamed|so-called|hashtag|slogan|book|film|movie|song|album|show|series|documentary|operation|campaign|magazine|newspaper)\s*$/iu;
const SENTENCE_BREAK = /[.!?…]["”’»)]*\s+["“‘«„]?\p{Lu}|[.!?…]\s*$/u;

/** A sentence whose subject is a thing or a body named by a common noun ("La comisión entiende
 *  que «…»", "The committee believes “…”"): its words are not the paragraph's last speaker's. */
function thingSubject(sentence: string): boolean {
  // ("Il" is left out: in French it is "he".)
  const m = /^\s*(?:The|El|La|Los|Las|Le|Les|L['’]|Lo|Der|Die|Das)\s*(\p{Ll}[\p{L}-]+)\s/u.exec(sentence);
  return !!m && !isPersonNoun(m[1]);
}

/** Narration (quoted words left out) with a capitalised word that is no part of `but`'s name
 *  (the first word only when it is no plain opener): it names someone or something else the
 *  quoted words may belong to. */
function namesAnyone(sentence: string, but: Speaker): boolean {
  const own = new Set(but.name.split(' '));
  const other = (w: string) => /^[\p{Lu}]/u.test(w) && !own.has(w.replace(/[’']s?$|[,;:.]$/u, ''));
  const words = sentence.replace(QUOTED, ' ').trim().split(/\s+/);
  // The first word has its capital from the sentence, unless it is a name ("Gannett answered").
  const first = words[0]?.replace(/[’'].*$|[,;:]$/u, '') ?? '';
  return (other(first) && !PLAIN_OPENER.test(first)) || words.slice(1).some(other);
}

/** Words that open a sentence without naming anyone. */
const PLAIN_OPENER = new RegExp("^(?:The|A|An|That|This|These|Those|It|Its|There|Here|But|And|Or|So|Yet|In|On|At|For|From|By|With|As|If|When|While|After|Before|Since|During|Until|Despite|Although|Because|Like|Among|Still|Such|Some|Many|Most|All|Both|Each|Every|Other|Another|His|Her|Their|Our|My|We|They|He|She|I|You|" +
  "Then|Now|Also|Last|Next|Meanwhile|However|Today|Yesterday|Even|Only|Just|Not|No|What|Why|How|Where|Who|Which|Whether|Instead|Indeed|Perhaps|Maybe|Once|Over|Under|Through|Without|Against|Already|Again|Later|Earlier|Finally|Eventually|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Le|La|Les|El|Los|Las|Lo|Der|Die|Das|Es|Un|Una|Une|Ein|Eine|Il|Elle|Ce|Cette|Pero|Mais|Aber|Und|Y|Et)$", 'u');

/** A sentence that is only an attribution: a capitalised name of up to four words and a verb
 *  ("Schiff asked.", "Sen. Ann Lee said on Tuesday."). */
const SHORT_ATTRIBUTION = /^\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,4}(?:asked|said|says|added|told|replied|wondered|shouted|wrote|tweeted|demanded)(?:\s+[^"“”«».!?]{0,40})?[.!]?\s*$/u;
/** A sentence that only signs the quote before it, as epigraphs and blog quotes do: "~William
 *  James", "– Leo Babauta" (the segmenter cuts after the quote's stop when a tilde follows), or a
 *  bare full name with life dates ("Andrew Breitbart (1969-2012)"). */
const DASH_SIGNATURE = new RegExp(String.raw`^\s*[—–~―]\s*${SIGNED_NAME}\s*(?:,[^.!?]{0,80})?$`, 'u');
const BARE_SIGNATURE = new RegExp(String.raw`^\s*(${SIGNED_NAME})\s*\(\s*(?:\d{4}\s*[–—-]\s*\d{2,4}|b\.\s*\d{4})\s*\)\s*$`, 'u');
/** A sentence that hands the quote before it to its speaker, verb first: "Así ha resumido X …",
 *  "Con esas palabras ha descrito X …", "Ainsi s'est exprimé X", "Così ha commentato X". */
const SO_SAID = /^\s*(?:Así|Asi|Con (?:estas|esas|aquellas) palabras|De (?:esta|esa) (?:manera|forma)|Ainsi|C['’]est ainsi que|En ces termes|Così|Com estas palavras|Assim)\s*,?\s+((?:lo|la|le|l['’]|se|s['’]|si|o|a|me)?\s*[^]*)$/u;
/** A CJK character or full-width punctuation mark at the edge of a quote part. */
const CJK_EDGE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;

const DOUBLED_MARKS = /’’|''|‘‘|``/;

/** Whitespace that replace(/\s+/g, ' ') would change: two in a row, or any but a plain space. */
const UNNORMALISED = /\s\s|[^\S ]/;

/** "Long Name (ABBR)": the abbreviation stands for the capitalised run before it. */
const ABBREVIATION_DEFINED = /((?:[\p{Lu}][\p{L}'’-]*\s+)(?:(?:of|for|the|and|in|on)\s+|[\p{Lu}][\p{L}'’-]*\s+)*)\(([\p{Lu}]{2,8})\)/gu;

/** Scare quotes, fragments and titles: not quotes worth showing. */
function isScareOrTitle(text: string, pre: string, joined: boolean, german: boolean): boolean {
  const n = wordCount(text);
  if (n < 4) return true;
  // Chinese and Japanese: a short unpunctuated phrase in 「」 or “” is a term, a name or a label
  // (“一件事”, 「ファイルの場所を開く」); speech has a clause mark or a stop.
  if (n < 8 && CJK_EDGE.test(text[0]) && !/[，。！？、,.!?]/.test(text)) return true;
  if (n < 5 && /^[\p{Ll}]/u.test(text)) return true; // "a fraction of them"
  if (joined) return false;
  if (TITLE_CUE.test(pre)) return true;
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  const caps = long.filter((w) => /^[\p{Lu}]/u.test(w.replace(/^[^\p{L}]+/u, ''))).length;
  // German capitalises every noun: "Die Leitung des Aufsichtsrats ist ein großes Privileg" is a
  // sentence. A German title or slogan is short and has no lower-case word beyond the little
  // ones ("Drei Engel für Charlie", "Wohnen in Halle 2035", "Wohnen ist ein Menschenrecht!").
  if (german) {
    if (/^[\p{Ll}]/u.test(text) || /[.!?,;:]/.test(text.slice(0, -1))) return false;
    if (n <= 10 && long.length >= 1 && long.every((w) => !/^[\p{Ll}]/u.test(w) || GERMAN_LITTLE.test(w))) return true;
    // Mostly capitals and no finite verb: a name or a title ("Tag der Sprachen der Völker der
    // russischen Föderation"), not speech.
    return n <= 12 && long.length >= 2 && caps / long.length >= 0.75 && !GERMAN_FINITE.test(text);
  }
  // A verb in lower case makes it a sentence: title case capitalises verbs ("Who Is Afraid of
  // Virginia Woolf"), a post in capitals does not ("The Radical Left Democrats are destroying our
  // Country!").
  // (With its full stop: "The Medium is the Message" is a title.)
  if (LOWER_AUXILIARY.test(text) && /[.!?]$/.test(text)) return false;
  return n <= 12 && long.length >= 2 && caps / long.length >= 0.75 && !/[.!?,;:]/.test(text.slice(0, -1));
}
/** A sentence whose subject is a person the story leaves unnamed: an indefinite description. */
const UNNAMED_PEOPLE = 'neighbou?r|resident|witness|woman|man|passer-by|bystander|relative|friend|employee|worker|official|officer|source|student|parent|customer|driver|nurse|doctor|teacher|volunteer|survivor|member|spokes(?:man|woman|person)';
const UNNAMED_PERSON_SUBJECT = new RegExp(`^\\s*(?:A|An|One|Another)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}(?:${UNNAMED_PEOPLE})(?![\\p{L}])`, 'u');
/** Someone the writer interviewed and does not name: "WIRED spoke to one mother, who …", "We
 *  talked with a nurse at the clinic": the "she said" that follows is theirs, nobody a reader could name. */
const UNNAMED_INTERVIEWEE = new RegExp(`(?:^|\\s)(?:spoke|talked)\\s+(?:to|with)\\s+(?:a|an|one|another)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}(?:${UNNAMED_PEOPLE}|mother|father|mom|dad|teen(?:ager)?|patient|owner|user|voter|shopper|fan|farmer|tenant|protester)(?![\\p{L}])`, 'u');
/** UNNAMED_INTERVIEWEE with no person named after it in the sentence ("…, and with its director,
 *  Ann Lee, who …": her "she said"); "a Go-Kart Track", "Tax Preparation Service" are no one's name. */
function unnamedInterviewee(sentence: string): boolean {
  const m = UNNAMED_INTERVIEWEE.exec(sentence);
  if (!m) return false;
  for (const n of matchesOf(CAPITAL_PAIR, sentence.slice(m.index + m[0].length))) if (givenNameGender(n[1]) !== undefined) return false;
  return true;
}
/** A capitalised word before another (group 1), where a person's given name would stand. */
const CAPITAL_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+\p{Lu}/gu;
const LOWER_AUXILIARY = /\s(?:is|are|was|were|will|would|have|has|had|can|could|should|must|do|does|did|am|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t)\s/u;

/** German prepositions, articles and conjunctions a title holds between its nouns. */
const GERMAN_LITTLE = /^(?:über|unter|gegen|durch|nach|einer|eines|einem|einen|gegenüber|sowie|ohne|zwischen|wegen|während|seit|neben|hinter|oder|aber|beim|zur|zum|vom|mit|für|und|der|die|das|den|dem|des)$/u;

/** The commonest German finite verbs: a sentence has one, a title seldom. */
const GERMAN_FINITE = /(?<![\p{L}])(?:ist|sind|war|waren|bin|bist|hat|haben|hatte|hatten|habe|wird|werden|wurde|wurden|kann|können|konnte|muss|müssen|musste|soll|sollen|sollte|will|wollen|wollte|darf|gibt|gab|geht|ging|macht|kommt|kam|steht|sehe|sieht|weiß|glaube|glaubt|denke|denkt|brauchen|braucht|sei|wäre|würde|hätte)(?![\p{L}])/u;

const MAX_ATTRIBUTION_WORDS = 10;

/** A quote's text without the closing marks of a quote nested at its end (“…, ‘Oh no …,’ ”). */
const endOf = (s: string): string => s.replace(/[\s’'”"»›」』]+$/u, '');

/** Attribution words without their apostrophes (Claire O’Brien, the company’s, the teachers’
 *  union), which are no quotation marks. */
const withoutApostrophes = (s: string): string => s.replace(/(?<=\p{L})['’](?=\p{L})|(?<=s)['’](?=\s+\p{Ll})/gu, '');

/** The full stop of a month, a company suffix or an initial before more words: no sentence end
 *  ("Mr. Trump said on Nov. 8.", "said John F. Kennedy."). */
const ABBREVIATION_DOT = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|Ft|\p{Lu})\.(?=\s+[\p{N}\p{L}])/gu;

/** The words between two quoted parts as punctuation reads them: apostrophes and abbreviation
 *  dots out, so that only real marks and sentence ends are left. */
const plainBetween = (between: string): string => withoutApostrophes(between).replace(ABBREVIATION_DOT, (m) => m.slice(0, -1));

/** The attribution as a sentence of its own between two parts of one quote: “The manager flew
 *  out to see me,” Dauda told BBC Sport. “Nobody else did that.” The first part ends in a comma
 *  (the sentence goes on into the attribution), the words between are only a short attribution
 *  ending in a full stop, and nothing follows the second part in its sentence (“…,” he said.
 *  “…,” she replied: two attributions, two quotes). A first part ending in . ? ! resumes too
 *  (“…?” she wrote in her letter. “…”). */
function resumesAfterAttribution(first: string, between: string, second: string, after: string): boolean {
  if (!/[,.?!]$/.test(endOf(first)) && !/^\s*,/.test(between)) return false;
  // Abbreviations and initials inside the attribution ("Mr. Trump said on Nov. 8.") are no
  // sentence end; the attribution's own full stop (followed by nothing) stays.
  const plain = plainBetween(between);
  if (!/^[^.!?:;"“”«»„‘’]*[.]\s*$/.test(plain) || wordCount(between) > MAX_ATTRIBUTION_WORDS) return false;
  return wordCount(second) >= 3 && hasVerb(between) && !/\p{L}/u.test(after) && !hasIncise(second);
}

/** A later quoted sentence with no attribution of its own continues the quote before it in the
 *  same paragraph (test/quotes/README.md: "Within a paragraph, a later quoted sentence with no
 *  attribution of its own joins the preceding quoted sentence of the same speaker"): „A“, sagt
 *  Berning. Sonst könnte er … zumachen. „B.“ The words between may hold the first part's own
 *  attribution in their first sentence; any later sentence with a verb of saying may bring in
 *  someone else ("Y disagreed."), and then the quotes stay apart. The second part starts its
 *  sentence and nothing follows it there ("B," she added is a passage of its own). */
function continuesSpeech(first: string, between: string, second: string, before: string, after: string): boolean {
  if (!/[,.?!…]$/.test(endOf(first)) && !/^\s*,/.test(between)) return false;
  // "Aber: „…“", "But: “…”": one connective word and a colon hand the sentence to the quote.
  if ((/\p{L}/u.test(before) && !/^\s*\p{L}+:\s*$/u.test(before)) || /\p{L}/u.test(after) || wordCount(second) < 3 || hasIncise(second)) return false;
  const plain = plainBetween(between);
  if (/["“”«»„‘’「」]/.test(plain) || wordCount(between) > MAX_BETWEEN_WORDS) return false;
  const sentences = plain.split(/(?<=[.!?…:])\s+(?=\p{Lu})/u).filter((x) => /\p{L}/u.test(x));
  return sentences.slice(1).every((x) => !hasVerb(x) && !saysAccording(x));
}
/** An attribution set inside the quote's own marks: « Nous avons, poursuit-il, débloqué … »,
 *  “We are, he added, ready”, «… — добавил он. — …». */
const INCISE_SUBJECT = /(?:^|\s)(?:\p{Lu}\p{Ll}+|he|she|they|er|sie|él|ella|он|она|они)(?:\s|$)/u;
/** A few words set off by commas or dashes (group 1), where an incise stands. */
const SET_OFF = /[,—–]\s*([^,—–.!?;:]{2,60}?)\s*[,—–.]/gu;
const INVERTED_PRONOUN = /\p{L}-(?:t-)?(?:il|elle|ils|elles|on)\b/u;
function hasIncise(text: string): boolean {
  if (INVERTED_PRONOUN.test(text)) return true;
  for (const m of matchesOf(SET_OFF, text)) {
    if (isIncise(m[1])) return true;
  }
  return false;
}
/** Words that open a clause, not a role: the quote resuming after an incise ("…, dijo Ana Castro,
 *  es más grave …", "…, explique-t-il, a été …"). */
const CLAUSE_START = /^(?:es|está|están|son|era|eran|fue|fueron|será|sería|ha|han|había|hay|tiene|tienen|va|van|puede|pueden|debe|no|ni|y|pero|que|se|me|nos|est|sont|était|étaient|sera|serait|a|ont|avait|vont|peut|doit|ne|n['’]|et|mais|qui|il|elle|on|nous|vous|ils|elles|je|j['’]|è|sono|hanno|non|ma|e|é|são|foi|tem|não|mas|porque|parce|car|si|cuando|quand|quando|c['’]est|ce|ça|cela|esto|eso)(?![\p{L}])/iu;
const isIncise = (words: string): boolean => wordCount(words) <= 5 && INCISE_SUBJECT.test(words) && hasVerb(words);

/** The attribution a writer set inside the quote's own marks, the French and Spanish way:
 *  « La situation est grave, rappelle Marie Dupont, directrice de l'école. Nous devons agir. »,
 *  « Nous avons, poursuit-il, débloqué les fonds ». Its words, from the verb to the end of their
 *  sentence, read as words after a quote; the quote is what is left around them (as quotes-dev's
 *  annotators print it). Null when no incise there names anyone. */
function inciseAttribution(text: string, state: State): { speaker: Speaker; text: string } | null {
  for (const m of matchesOf(SET_OFF, text)) {
    const words = m[1];
    const inverted = /^\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)$/u.test(words);
    if (!inverted && !isIncise(words)) continue;
    // « … “Venez”, disent-ils, … »: a nested quote's attribution, not this one's.
    if (/["“”‘’«»‹›„]\s*$/u.test(text.slice(0, m.index))) continue;
    const from = m.index + m[0].indexOf(words);
    const segmentEnd = m.index + m[0].length;
    // "…, rappelle Marie Dupont, directrice de l'école. Nous …": a role after the name, up to the
    // stop, goes with the incise when the quote goes on after it; "…, dijo Ana Castro, es más
    // grave …" goes on with the quote itself.
    const mark = text[segmentEnd - 1];
    const stop = mark === ',' ? /[.!?…]/u.exec(text.slice(segmentEnd)) : null;
    const role = stop ? text.slice(segmentEnd, segmentEnd + stop.index).trim() : '';
    const goesOn = stop !== null && /\p{L}/u.test(text.slice(segmentEnd + stop.index + 1));
    const withRole = goesOn && wordCount(role) <= 15 && /^\p{Ll}/u.test(role) && !CLAUSE_START.test(role) && !hasVerb(role);
    const end = withRole ? segmentEnd + stop!.index + 1 : segmentEnd;
    const speaker = attribution('', [], text.slice(from, end), state);
    if (!speaker) continue;
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(end).trimStart();
    const stopped = withRole || mark === '.';
    return { speaker, text: stopped ? `${before}.${after ? ` ${after}` : ''}` : `${before} ${after}`.trim() };
  }
  return null;
}
/** Longer narration between two quotes is a new passage. */
const MAX_BETWEEN_WORDS = 45;

/** Words between two quoted parts that give the attribution and then go on in the narrator's
 *  voice up to the second part: Customers "began to say …," Cook told Benioff, which meant making
 *  the "best mobile operating system." The second part is a quote of its own, one per pair of
 *  marks; a split quote resumes right after the attribution's comma or colon ("A," X said, "b."). */
const narratedAfterAttribution = (between: string): boolean => !/[,:;—–\-，：；、]\s*$/u.test(between) && (hasVerb(between) || saysAccording(between)) && wordCount(between) > 2;

/** A person's age set after the name ("Mark Tanner, 45, said:", "Claire Tanner, 43, a nurse,
 *  said"), the British and tabloid style, is neither a role nor the end of the name; nor is a US
 *  lawmaker's party and state ("Sen. Roberta Quill, D-Ore., who has written …, said"). */
const withoutAge = (s: string): string =>
  AGE_OR_PARTY_LEAD.test(s) ? s.replace(AGE_OR_PARTY, (_, name: string, rest: string) => (/^\s+(?:a|an|the|who)\s/.test(rest) ? `${name},${rest}` : `${name}${rest}`)) : s;
const AGE_OR_PARTY = /(\p{Lu}[\p{L}'’-]+),\s*(?:\d{1,3}|[RDI]-[\p{Lu}][\p{L}.]*),(\s+(?:\p{Ll}+\s+)?)/gu;
/** What AGE_OR_PARTY cannot match without: this runs on every sentence, and most have commas
 *  but no age after one; a regex that opens on a literal comma rules them out three times faster. */
const AGE_OR_PARTY_LEAD = /,\s*(?:\d|[RDI]-)/;

/** Sentence [start, end) offsets of a (whitespace-normalised) paragraph, given its sentences. */
function sentenceBounds(text: string, sentences: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of sentences) {
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
  // Text from analyze is normalised already; replace() would still copy it, space by space.
  const paras = paragraphs.map((p) => {
    let t = String(p ?? '');
    if (UNNORMALISED.test(t)) t = t.replace(/\s+/g, ' ');
    // Wire copy typed on old systems doubles single marks for double ones (“…,’’ Will Moy said).
    // After a digit they are seconds or inches (1‘06‘‘, 6'2''), not quotation marks.
    if (DOUBLED_MARKS.test(t)) t = t.replace(/(?<!\d)(?:’’|'')/g, '”').replace(/(?<!\d)(?:‘‘|``)/g, '“');
    return t.trim();
  });
  // The summary split the same paragraphs already (analyze passes normalised text, so the
  // normalisation above changes nothing); only a paragraph it did change is split again here.
  const shared = splitParagraphs(paragraphs, opts.lang);
  const sentences = paras.map((p, i) => (p === paragraphs[i] ? shared[i] : splitSentences(p, opts.lang)));
  const bounds = paras.map((p, i) => sentenceBounds(p, sentences[i]));
  const spans = paras.map((p, i) => spansIn(p, i));

  // Spans → groups, in story order; an unclosed span runs into the next paragraph(s).
  const groups: Group[] = [];
  // The sentences that only sign a quote ("~William James"), as "paragraph:start": read with
  // their quote, and skipped as narration.
  const signatures = new Set<string>();
  const consumed = paras.map(() => 0); // spans of a paragraph already used by a continuation
  for (let i = 0; i < paras.length; i++) {
    checkTime();
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
      let post = paras[endPara].slice(sp.end, endBounds[1]);
      let signed = false;
      // Nothing after the quote in its sentence: the next sentence may attribute it.
      if (!/\p{L}/u.test(post)) {
        const next = bounds[endPara].find(([a]) => a >= endBounds[1]);
        const said = next ? paras[endPara].slice(next[0], next[1]) : '';
        // “…?” Schiff asked. — a question or an exclamation closes the sentence for the
        // segmenter, which leaves the attribution a sentence of its own: read it as the quote's.
        if (/[?!]\s*$/u.test(sp.text) && SHORT_ATTRIBUTION.test(said)) post += said;
        else if (next && DASH_SIGNATURE.test(said)) {
          post += ' ' + said;
          signed = true;
          signatures.add(`${endPara}:${next[0]}`);
        } else if (next && next[1] >= paras[endPara].length - 1 && sp.start <= 1 && BARE_SIGNATURE.test(said)) {
          // A quote that opens its paragraph and a name with life dates that ends it: an epigraph.
          post += ' — ' + BARE_SIGNATURE.exec(said)![1];
          signed = true;
          signatures.add(`${endPara}:${next[0]}`);
        } else {
          // “…”. Así ha resumido el consejero, Antonio Sanz, la magnitud …; « … ». C'est ainsi
          // que l'a résumé X: the next sentence opens with "so" and gives the attribution.
          const so = SO_SAID.exec(said);
          // (The quote's own stop goes: ". lo dijo X" would leave the clitic after a stop.)
          if (so) post = `${post.replace(/[.!?…]\s*$/u, '')}, ${so[1]}`;
        }
      }
      const prev = current && current.parts[current.parts.length - 1];
      const between = prev && prev.para === i && endPara === i ? paras[i].slice(prev.end, sp.start) : null;
      const joinable =
        current &&
        between !== null &&
        !SENTENCE_BREAK.test(between) &&
        !/[.!?]$/.test(prev!.text) &&
        wordCount(sp.text) >= 3 &&
        wordCount(prev!.text) >= 3 &&
        !narratedAfterAttribution(between) &&
        (hasSayingVerb(between!) || saysAccording(between!));
      const resumed =
        !joinable &&
        current &&
        between !== null &&
        (resumesAfterAttribution(prev!.text, between, sp.text, post) || continuesSpeech(prev!.text, between, sp.text, paras[i].slice(sentence[0], sp.start), post));
      if (current && (joinable || resumed)) {
        // Chinese and Japanese put no space between words, nor between a quote's parts.
        const cjk = CJK_EDGE.test(current.text.slice(-1)) && CJK_EDGE.test(sp.text[0]);
        current.text += (cjk ? '' : ' ') + sp.text;
        current.parts.push(sp);
        current.mid.push(between!);
        current.post = post;
        current.signed = signed;
      } else {
        current = { para: i, parts: [sp], text: sp.text, pre: paras[i].slice(sentence[0], sp.start), mid: [], post, signed };
        groups.push(current);
      }
      if (endPara !== i) break; // the rest of the story continues in later paragraphs
    }
  }

  // Speakers, in story order, with the state that pronouns and "the report" resolve against.
  // Romance bodies named with a common noun are looked for unless the page says it is in
  // another language (most pages are English: the test costs there, on every sentence).
  // The language attribution is read in: the text's own (lang-guess.ts), else the page's
  // declared one. Pages declare none (one in seven) or their CMS's default ("en" on German
  // copy); the function words of the text are the better witness.
  const lang = guessLanguage(paras) ?? opts.lang;
  let german: GermanWords | undefined;
  const state: State = { germanWords: () => (german ??= germanWords(paras)), abbreviations: new Map(), persons: [], german: /^de\b/i.test(lang ?? ''), proDrop: /^(?:es|it|pt|ca|gl)\b/i.test(lang ?? ''), romance: !lang || /^(?:fr|es|it|pt|ca|gl|ro)\b/i.test(lang), slavic: /^(?:cs|sk|pl|ru|uk|be|bg|sr|hr|bs|sl|mk)\b/i.test(lang ?? '') };
  // French, Spanish, Italian and Portuguese copy sets the attribution inside the marks; English
  // and German close the quote first (there a verb inside is the quote's own words, or a nested
  // quote's).
  const inciseStyle = /^(?:fr|es|it|pt|ca|gl)\b/i.test(lang ?? '');
  const found: Array<{ g: Group; speaker: Speaker | null; from: SpeakerSource }> = [];
  let gi = 0;
  // Past the last quote the state has nobody left to attribute to: stop reading (a third of a
  // story's sentences, on the bench pages).
  // The speaker of the last quote read, and its paragraph: a paragraph that opens with a quote
  // and no attribution continues the previous paragraph's speaker (the newspaper convention).
  let lastQuoted = null as { speaker: Speaker | null; para: number } | null;
  let reportedBefore = null as { speaker: Speaker; para: number } | null;
  for (let i = 0; i < paras.length && gi < groups.length; i++) {
    state.para = i;
    let lastInPara: Speaker | null = null;
    let reported: { speaker: Speaker; end: number } | null = null;
    const carried: Speaker | null = lastQuoted?.para === i - 1 ? lastQuoted.speaker : reportedBefore?.para === i - 1 ? reportedBefore.speaker : null;
    for (const [a, b] of bounds[i]) {
      if (gi === groups.length) break;
      const sentence = paras[i].slice(a, b);
      // Most sentences define no abbreviation, and this pattern is slow to rule out.
      if (sentence.includes('(')) {
        for (const m of matchesOf(ABBREVIATION_DEFINED, sentence)) state.abbreviations.set(m[2], m[1].trim());
      }
      const inSentence: Group[] = [];
      while (gi < groups.length && groups[gi].para === i && groups[gi].parts[0].start < b) inSentence.push(groups[gi++]);
      // A pronoun before the quote, in a sentence that opens with a person, is that person.
      // Found only when a pronoun asks for it (most quote sentences have none).
      state.sentenceSubject = inSentence.length && inSentence[0].parts[0].start > a ? () => subjectOf(sentence, state) : null;
      // The signature after an epigraph was read with its quote; it introduces nobody to the story.
      if (!inSentence.length && signatures.has(`${i}:${a}`)) continue;
      if (!inSentence.length) {
        // A sentence without quotes can still name a speaker or a report for later pronouns.
        // Read as text after a quote, so the first verb counts: in "Its secretary, Ann Lee, said
        // the founders should be asked why…" Ann Lee speaks, not whoever "should be asked".
        // Words in quote marks that are no quote of their own (a title, a scare quote, a stray
        // mark: ”dwindling.”) leave the narration around them readable.
        const narration = /["“”«»„「]/.test(sentence) ? sentence.replace(QUOTED, ' ').replace(/["“”«»„「」]/g, ' ') : sentence;
        // "Andrew doesn't remember any of it, but he remembers …": the pronoun is the sentence's
        // own subject.
        state.sentenceSubject = () => subjectOf(narration, state);
        // "A neighbor, who did not want to be named, said she heard three shots": someone the
        // story does not name is the subject; a "she said" after it in this paragraph is theirs.
        if (UNNAMED_PERSON_SUBJECT.test(narration) || unnamedInterviewee(narration)) state.unnamedSubject = { para: i, at: (state.tick = (state.tick ?? 0) + 1) };
        const said = attribution('', [], withoutAge(narration), state, true);
        // A pronoun in it may have asked for the subject already (pronounReferent keeps it).
        const asked = state.sentenceSubject;
        const subject = said ? null : ((typeof asked === 'function' ? subjectOf(narration, state) : (asked ?? null)) ?? topicPerson(narration, state) ?? pronounSubject(narration, state));
        remember(said ?? subject, state);
        if (said) reported = { speaker: said, end: b };
        // "Aderholt returned to the issue later in the hearing. “What commercial vehicles …?”":
        // a person doing something, then a quote standing alone, is that person speaking.
        else if (subject?.kind === 'person') reported = { speaker: subject, end: b };
        else reported = null;
        // A paragraph that ends in indirect speech hands its speaker to a quote standing alone
        // at the start of the next ("Lee said the plan was sound." ¶ “We looked at every option.”).
        // So does one that ends on a person doing something ("Desde la asociación, su
        // coordinadora, Elena Prats, pone el foco en el modelo agrícola." ¶ «Llevamos diez años …»).
        if (b >= paras[i].length - 1 && (said || subject?.kind === 'person')) reportedBefore = { speaker: (said ?? subject)!, para: i };
      }
      let before: { speaker: Speaker | null; from: SpeakerSource } | null = null;
      for (const g of inSentence) {
        const pronouns = state.pronounsResolved ?? 0;
        const guesses = state.pronounsGuessed ?? 0;
        let sp = attribution(withoutAge(g.pre), g.mid.map(withoutAge), withoutAge(g.post), state);
        let from: SpeakerSource = !sp ? 'none' : (state.pronounsGuessed ?? 0) > guesses ? 'nearby' : (state.pronounsResolved ?? 0) > pronouns ? 'pronoun' : 'sentence';
        // Nobody around the quote; the writer may have said who inside its marks.
        const incise = !sp && inciseStyle && !g.mid.length ? inciseAttribution(g.text, state) : null;
        if (incise) {
          sp = incise.speaker;
          // "…, poursuit-il, …": a pronoun inside a long quote, in features that give a voice to
          // several people, is a guess at whom it means (ranked after surer speakers).
          from = (state.pronounsResolved ?? 0) > pronouns || (state.pronounsGuessed ?? 0) > guesses ? 'nearby' : 'sentence';
          g.text = incise.text;
        }
        // Partial quotes of one sentence, each a quote of its own (“A” and “B”): the sentence
        // gives them one speaker.
        if (!sp && before?.speaker) {
          sp = before.speaker;
          from = before.from;
        } else if (!sp && lastInPara && !/\p{L}/u.test(g.pre)) {
          // An unattributed quote right after an attributed one in the same paragraph continues it.
          sp = lastInPara;
          from = 'paragraph';
        } else if (!sp && reported && !/\p{L}/u.test(paras[i].slice(reported.end, g.parts[0].start) + g.post) && !g.mid.some(hasVerb)) {
          // A sentence of indirect speech, then a quote standing alone: "Sometimes employees don't
          // follow the rules, he said. “But does that mean …?”" — the quote goes on in the same
          // voice (the newspaper convention). Tune half speaker accuracy +.5 point, held +1.6.
          sp = reported.speaker;
          from = 'paragraph';
        } else if (!sp && carried && a === 0 && lastQuoted?.para !== i && !/\p{L}/u.test(g.pre + g.post) && !g.mid.some(hasVerb)) {
          // Only a quote standing alone: "“…,” she said" that fits nobody stays null.
          sp = carried;
          from = 'previous';
        } else if (!sp && /\p{L}/u.test(g.pre)) {
          // Words quoted inside the narrator's sentence, with no verb of saying: the sentence's
          // subject, when it is a person ("Boudreau gave his players a pep talk, telling them to
          // “believe in yourselves”").
          sp = subjectOf(sentence, state);
          if (sp) from = 'subject';
          else if (lastInPara && !namesAnyone(sentence, lastInPara) && !thingSubject(sentence)) {
            // “…,” says Ken Doctor. That's produced a strategy of “continuous cost-cutting …”:
            // narration that names nobody else goes on quoting the paragraph's speaker.
            sp = lastInPara;
            from = 'paragraph';
          }
        }
        // German reports speech in the subjunctive ("Die Nachfrage sei hoch, „mehr als die
        // Industrie liefern kann“"): the narration is still the last speaker's, as a reader hears.
        if (!sp && state.german && state.lastPerson && KONJUNKTIV.test(sentence.replace(QUOTED, ' '))) {
          sp = state.lastPerson;
          from = 'pronoun';
        }
        // A question put to someone ("Asked ‘Is he the final piece of the jigsaw?’ by one
        // reporter, Rowntree laughed"): the asker's words, not the answer's speaker's; the
        // asker is seldom named (issue 18: questions the reporter asked).
        const putToThem = ASKED_BEFORE.test(g.pre) && /\?\s*$/.test(g.text);
        if (putToThem) {
          sp = null;
          from = 'none';
        } else if (!sp) {
          sp = nearbySpeaker(sentence, [g.pre, ...g.mid, g.post], state, i, lastQuoted);
          if (sp) from = 'nearby';
        }
        // An epigraph's signer is no voice of the story: later quotes are not theirs by proximity.
        lastQuoted = { speaker: g.signed ? null : sp, para: i };
        if (!g.signed) remember(sp, state);
        if (sp) lastInPara = sp;
        before = { speaker: sp, from };
        found.push({ g, speaker: sp, from });
      }
      // Names count from the sentence after the one that gives them.
      noteNames(sentence, state);
    }
  }

  // Relevance: TF-IDF over the story's own sentences, to the whole story and to the headline.
  const same = sentences.every((s, i) => s === shared[i]);
  const { idf, vectors } = same ? storyVectors(shared) : tfidfVectors(sentences.flat().map(contentTokens));
  const story = same ? storyCentroid(shared) : sumVectors(vectors);
  const title = opts.title ? weigh(contentTokens(opts.title), idf) : new Map<string, number>();

  const quotes: Quote[] = [];
  const words = new Map<Quote, Set<string>>();
  for (const { g, speaker, from } of found) {
    if (isScareOrTitle(g.text, g.pre, g.parts.length > 1, state.german)) continue;
    const tokens = contentTokens(g.text);
    const v = weigh(tokens, idf);
    const n = wordCount(g.text);
    let score = cosine(v, story) + 0.5 * cosine(v, title) + (speaker ? 0.25 : 0);
    if (/^[\p{Ll}]/u.test(g.text)) score *= 0.8; // a fragment woven into the reporter's sentence
    if (n < 8) score *= 0.8;
    if (n > 80) score *= 0.85;
    const q: Quote = { text: g.text.replace(/\s*[,;:]$/, ''), speaker: speaker?.name ?? null, paragraph: g.para, score: Math.round(score * 1000) / 1000 };
    if (speaker?.role) q.role = speaker.role;
    q.confidence = from === 'sentence' && speaker && !looksLikeFullName(speaker) ? 'medium' : CONFIDENCE[from];
    quotes.push(q);
    words.set(q, new Set(tokens));
  }
  // Sure speakers first: a misattributed quote is worse than none, and the popup shows the top.
  quotes.sort((a, b) => CONFIDENCE_RANK[a.confidence!] - CONFIDENCE_RANK[b.confidence!] || (b.score ?? 0) - (a.score ?? 0) || a.paragraph - b.paragraph);
  return withoutNearDuplicates(quotes, words);
}

/** Share of the smaller quote's content words that the larger one also has. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 3) return 0; // too few words to call it the same thing said
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size;
}

/** Most of one quote's words inside another's: the same thing said twice. */
export const NEAR_DUPLICATE = 0.7;

/** Ranked quotes with each near-duplicate moved below every distinct quote, so that the first
 *  few (the popup's) never say the same thing twice; of two near-duplicates the fuller one
 *  (more content words) keeps the better rank. The reader and Copy still have every quote but a
 *  second copy of the very same words (a pull quote that repeats the story's own). */
function withoutNearDuplicates(ranked: Quote[], words: ReadonlyMap<Quote, ReadonlySet<string>>): Quote[] {
  const kept: Quote[] = [];
  const later: Quote[] = [];
  let dropped = 0;
  for (const q of ranked) {
    const w = words.get(q)!;
    const i = kept.findIndex((k) => containment(words.get(k)!, w) >= NEAR_DUPLICATE);
    if (i < 0) kept.push(q);
    // Printed twice (a pull quote repeats the story's words): once is enough, with the surer
    // speaker (ranked first).
    else if (q.text === kept[i].text) dropped++;
    else if (w.size > words.get(kept[i])!.size) {
      // The same words given to the same speaker twice: the surer attribution holds for both.
      if (q.speaker === kept[i].speaker && CONFIDENCE_RANK[kept[i].confidence!] < CONFIDENCE_RANK[q.confidence!]) q.confidence = kept[i].confidence;
      later.push(kept[i]);
      kept[i] = q;
    } else later.push(q);
  }
  return later.length || dropped ? [...kept, ...later] : ranked;
}
