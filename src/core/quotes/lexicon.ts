// Word lists for attribution: reporting verbs in several languages, titles, honorifics,
// organisations, documents and pronouns.

const EN_VERBS =
  'said|says|say|saying|told|tells|added|adds|warned|warns|noted|notes|wrote|writes|claimed|claims|' +
  'stated|states|explained|explains|insisted|insists|argued|argues|reported|reports|asked|asks|' +
  'replied|answered|declared|announced|admitted|acknowledged|conceded|continued|concluded|recalled|stressed|' +
  'emphasised|emphasized|observed|remarked|commented|comments|suggested|confirmed|tweeted|posted|urged|' +
  'predicted|cautioned|alleged|maintained|contended|described|recounted|quipped|responded|testified|' +
  // Feature writing's present tense and its verbs of manner; "called" and "branded" bring in a
  // partial quote ("She called the plan “a reckless gamble”").
  'admits|recalls|describes|acknowledges|concedes|agreed|agrees|vowed|vows|promised|pledged|countered|retorted|' +
  'joked|jokes|laughed|laughs|sighed|sighs|shrugged|shrugs|shouted|pleaded|complained|complains|lamented|boasted|shared|' +
  'called|calls|branded|dubbed|labelled|labeled|termed|' +
  // Verbs of speech and memory that features and interviews use ("Cook remembered Jobs … ",
  // "Benioff weighed in"); each still needs a quote beside it to attribute anything.
  'remembered|remembers|weighed in|chimed in|reiterated|underlined|underscored|pointed out|' +
  'assured|assures|revealed|mused|wondered|gushed|raved|fumed|scoffed|snapped|hinted|reasoned|elaborated|went on|' +
  // The present tense of the same, as profiles and interviews tell them ("he snaps", "she muses").
  // Only verbs of a person's manner of speech: "suggests", "confirms", "concludes" take a study
  // or a report as their subject as often.
  'snaps|muses|replies|exclaims|exclaimed|whispers|whispered|quips|retorts|enthuses|enthused|counters|' +
  // "As Gaiman put it, “…”", "as one analyst puts it".
  'put it|puts it|' +
  // Participles that hang a quote on the sentence's main clause ("…, issued a statement warning
  // that “…”"): the speaker is that clause's subject (speakers.ts, PARTICIPLE).
  'warning|noting|arguing|insisting|stressing|explaining';

/** German: the verb usually comes first after the quote („…“, sagte X; „…“, fügte X hinzu). */
const DE_VERBS =
  'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|warnte|warnt|fügte|meinte|meint|kritisierte|' +
  'kritisiert|ergänzte|ergänzt|berichtete|schrieb|unterstrich|räumte|mahnte|forderte|nannte|bezeichnete|' +
  // Feature writing's present tense: „…“, erzählt der Chef X; schildert eine Sprecherin.
  'erzählt|erzählte|schildert|schilderte|berichtet|bestätigt|bestätigte|versichert|versicherte|fordert|mahnt|' +
  'antwortet|antwortete|fragt|fragte|kommentiert|kommentierte|beschreibt|beschrieb|verspricht|versprach|bemängelt|' +
  'lobt|lobte|resümiert|resümierte|unterstreicht|verweist|verwies|heißt es|hieß es';
/** The words of a '|'-separated list that `keep` accepts. */
const pick = (words: string, keep: (word: string) => boolean) => words.split('|').filter(keep).join('|');

/** Spanish plural verbs of saying, whose subject is a body or several people. */
export const ES_PLURAL_SAYING =
  'dijeron|afirmaron|aseguraron|explicaron|señalaron|indicaron|advirtieron|agregaron|añadieron|informaron|sostuvieron|manifestaron|expresaron|destacaron|remarcaron|' +
  'subrayaron|reconocieron|detallaron|precisaron|aclararon|comentaron|apuntaron|plantearon|recordaron|denunciaron|reclamaron|dicen|afirman|aseguran|explican|señalan|indican|advierten|sostienen';

/** French, Spanish, Portuguese, Italian, with the compound past (« … », a déclaré X; ha detto X):
 *  the words `keep` accepts (all, or the ASCII ones for VERB_ASCII). */
function romanceVerbs(keep: (word: string) => boolean): string {
  const compound = (aux: string, participles: string) => {
    const kept = pick(participles, keep);
    return kept && `${aux}\\s+(?:${kept})`;
  };
  return [
    // « … », a-t-il assuré: the compound past with the subject inverted.
    compound('(?:a|ont|avait)(?:-t-(?:il|elle|ils|elles)|-(?:ils|elles))?', 'déclaré|dit|expliqué|ajouté|affirmé|regretté|souligné|estimé|indiqué|précisé|assuré|averti|reconnu|prévenu|insisté|confié|dénoncé|rappelé|résumé|raconté|lancé|martelé|commenté|détaillé|tranché|répondu|répliqué|déploré|relevé|admis|avoué|conclu|poursuivi'),
    // Feature writing's present tense: « … », raconte X; s'exclame X; résume-t-elle.
    pick('explique|affirme|déclare|indique|précise|ajoute|souligne|estime|assure|regrette|dit|raconte|résume|exclame|poursuit|prévient|reconnaît|sourit|confie|rappelle|insiste|observe|martèle|témoigne|soupire|avertit|commente|détaille|tranche|dénonce|lance|' +
        'déplore|note|relève|nuance|analyse|souvient|souffle|lâche|tempête|enchaîne|reprend|s’indigne|s\'indigne|s’agace|s\'agace|s’emporte|s\'emporte|interroge|s’interroge|s\'interroge|s’insurge|s\'insurge|s’amuse|s\'amuse|s’inquiète|s\'inquiète|plaisante|conclut|admet|avoue|glisse|abonde|ironise|juge|salue|rapporte|signale|répond|réplique|complète|résume|décrit|explicite|' +
        // The courtroom's and the debate's: « … », plaide l'avocate; concède-t-elle; s'étonne le juge.
        'plaide|concède|rétorque|objecte|proteste|fustige|assène|s’étonne|s\'étonne', keep),
    pick('considera|estima|valora|plantea|confesó|rememoró|ironizó|deslizó|espetó|abundó|replicó|zanjó|sentenció|aseveró|resume|apunta|' +
        // The imperfect of reported speech: «…», se preguntaba; decía X.
        'decía|explicaba|aseguraba|señalaba|afirmaba|contaba|recordaba|insistía|apuntaba|preguntaba|comentaba|' +
        'contó|planteó|consideró|opinó|valoró|remarcó|enfatizó|puntualizó|precisó|aclaró|graficó|ejemplificó|reflexionó|resumió|' +
        'dijo|afirmó|aseguró|explicó|señaló|advirtió|añadió|declaró|indicó|apuntó|subrayó|comentó|manifestó|sostuvo|agregó|destacó|recalcó|lamentó|insistió|reconoció|escribió|informó|cuestionó|calificó|detalló|relató|preguntó|respondió|expresó|denunció|criticó|recordó|concluyó|admitió|anunció|relata|cuenta|explica|asegura|' +
        // More verbs of reporting that Latin American copy uses ("«…», acotó X"; "X expuso que «…»").
        'expuso|mencionó|acotó|argumentó|aludió|reafirmó|ratificó|contestó|prosiguió|fundamentó|bromeó|describió|narró|remató|resaltó|explicitó|alertó|confirmó|adelantó|anticipó|' +
        'expresa|remarca|enfatiza|acota|plantea|describe|argumenta|' +
        // Spanish feature writing's present tense: «…», resalta González; opina en cambio X.
        'dice|afirma|señala|añade|advierte|subraya|destaca|resalta|sostiene|apunta|recuerda|insiste|indica|reconoce|comenta|lamenta|agrega|reitera|concluye|precisa|opina|matiza|puntualiza|admite|denuncia|' +
        // Plural: a body speaks ("Desde la intendencia señalaron que «…»"); speakers.ts, PLURAL_SAYING.
        ES_PLURAL_SAYING, keep),
    // Gerunds that hang the quote on the clause's subject ("…, Dmitri Kuleba, tildando de «…»",
    // "arguyendo que «…»", "affirmant que « … »"): speakers.ts, PARTICIPLE.
    pick('asegurando|señalando|afirmando|explicando|indicando|agregando|añadiendo|advirtiendo|arguyendo|argumentando|subrayando|destacando|insistiendo|recordando|alegando|tildando|calificando|' +
        'affirmant|expliquant|soulignant|ajoutant|estimant|assurant|précisant|indiquant|rappelant|dénonçant|' +
        'dizendo|sublinhando|affermando|spiegando|sottolineando|aggiungendo', keep),
    compound('ha', 'dicho|afirmado|asegurado|explicado|señalado|advertido|añadido|declarado|subrayado|insistido|recordado|defendido|reconocido|resumido|destacado|apuntado|indicado|lamentado|criticado|pedido|manifestado|expresado|valorado|reiterado|admitido|confesado|relatado|contado|precisado|recalcado|avisado|descrito|explicitado'),
    pick('disse|afirmou|explicou|declarou|informou|anunciou|indicou|acrescentou|garantiu|sublinhou|referiu|salientou|alertou|adiantou|defendeu|contou|escreveu|questionou|relatou|ressaltou|destacou|completou|lembrou|conta|diz|lembra|afirma|explica|indagou|ponderou|avaliou|criticou|reforçou', keep),
    compound('(?:ha|aveva)', 'detto|spiegato|aggiunto|dichiarato|affermato|sottolineato|precisato|commentato|osservato|avvertito'),
    pick('spiega|aggiunge|afferma|sottolinea|racconta|ricorda|conclude|commenta|dice|ammette|osserva', keep),
  ]
    .filter(Boolean)
    .join('|');
}

/** Dutch, Polish and Russian put the speaker after the verb too, with a lower-case role: "…," zei
 *  gedeputeerde Lotte Verbeek; „…” – powiedziała zastępczyni prezydenta Aleksandra Nowicka;
 *  «…», — рассказал начальник управления Артём Галиев. Polish and Russian verbs agree with the
 *  speaker's gender, so both forms are listed. */
const DUTCH_VERBS = 'zei|zegt|zeggen|vertelde|vertelt|aldus|verklaarde|benadrukte|waarschuwde|reageerde|stelde|meldde|schreef';
const POLISH_VERBS =
  'powiedział|powiedziała|powiedzieli|mówił|mówiła|mówi|dodał|dodała|dodaje|stwierdził|stwierdziła|podkreślił|podkreśliła|podkreśla|' +
  'zaznaczył|zaznaczyła|wyjaśnił|wyjaśniła|tłumaczył|tłumaczyła|ocenił|oceniła|przekonywał|przekonywała|zapowiedział|zapowiedziała|' +
  'przyznał|przyznała|ostrzegł|ostrzegła|napisał|napisała';
/** Czech: the verb, then a lower-case role and the name („…“, řekl ministr financí Zbyněk
 *  Stanjura; „…“, přirovnává ekonom Lukáš Kovanda), in the past (by the speaker's gender) and in
 *  feature writing's present. */
const CZECH_VERBS =
  'řekl|řekla|řekli|uvedl|uvedla|uvedli|dodal|dodala|dodali|zdůraznil|zdůraznila|vysvětlil|vysvětlila|napsal|napsala|sdělil|sdělila|' +
  'upozornil|upozornila|doplnil|doplnila|poznamenal|poznamenala|konstatoval|konstatovala|prohlásil|prohlásila|oznámil|oznámila|' +
  'připomněl|připomněla|přiznal|přiznala|ujistil|ujistila|varoval|varovala|odpověděl|odpověděla|komentoval|komentovala|' +
  'říká|uvádí|dodává|míní|tvrdí|vysvětluje|zdůrazňuje|přirovnává|upozorňuje|podotýká|popisuje|připomíná|varuje|odpovídá';
const RUSSIAN_VERBS =
  'сказал|сказала|сказали|рассказал|рассказала|рассказали|отметил|отметила|отметили|заявил|заявила|заявили|добавил|добавила|' +
  'подчеркнул|подчеркнула|пояснил|пояснила|уточнил|уточнила|сообщил|сообщила|признал|признала|говорит|считает|написал|написала';
/** Arabic (verb first, the speaker after it: وقال مدير النقل سامر الحديدي إن «…»), with the
 *  conjunctions و/ف written onto the verb. */
const ARABIC_VERBS = '[وف]?(?:قال|قالت|يقول|تقول|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|صرح|صرحت|تابع|تابعت|ذكر|ذكرت|أشار|أشارت|اعتبر|اعتبرت|شدد|شددت)';
/** Urdu (verb last, the speaker before "نے": نازیہ پروین نے کہا: ”…“). */
const URDU_VERBS = 'کہا|بتایا';
/** Chinese reporting verbs, longest first where one contains another ("说道" before "说"); the
 *  sentence splitter uses them too, to keep “…。”她说。 in one sentence. */
export const CHINESE_SAY = '说道|说|表示|指出|强调|介绍|坦言|透露|称';
/** Chinese: the speaker right before the verb, which stands before a comma, colon or the quote
 *  (沈国平说，“…”; 陈敏表示：“…”; “…”她说。). No word boundaries to test in Chinese. */
const CHINESE_VERBS = `(?:${CHINESE_SAY}|回忆说|解释说|补充说)(?=[，,：:。！“”「」]|$)`;

/** The verbs that name their speaker after them, `keep`'s words of each language. */
const foreignVerbs = (keep: (word: string) => boolean) =>
  [pick(DE_VERBS, keep), romanceVerbs(keep), pick(DUTCH_VERBS, keep), pick(POLISH_VERBS, keep), pick(CZECH_VERBS, keep), pick(RUSSIAN_VERBS, keep)].filter(Boolean).join('|');
const ALL = () => true;
const isAscii = (word: string) => /^[\x00-\x7f]*$/.test(word);

const ENGLISH = `(?:\\b(?:also|later|then|previously|earlier|once|further|has|had|have|was quoted as)\\s+)*\\b(?:${EN_VERBS})\\b`;
// \b is ASCII-only even with the u flag ("afirmó," has no \b after the ó): letter lookarounds instead.
const FOREIGN = `(?<![\\p{L}])(?:${foreignVerbs(ALL)})(?![\\p{L}])`;
const UNCASED = `(?<![\\p{L}])(?:${ARABIC_VERBS}|${URDU_VERBS})(?![\\p{L}])|${CHINESE_VERBS}`;
export const VERB_RE = new RegExp(`${ENGLISH}|${FOREIGN}|${UNCASED}`, 'giu');
/** VERB_RE for lower-cased text without a character beyond ASCII and General Punctuation (where
 *  every letter is ASCII, and no pair of surrogates): the verbs with other letters cannot match
 *  there and are left out, and [A-Za-z] is \p{L}. Half the time of VERB_RE without the i flag,
 *  whose Latin-script verbs of other languages cost more than the English ones. */
export const VERB_ASCII = new RegExp(`${ENGLISH}|(?<![A-Za-z])(?:${foreignVerbs(isAscii)})(?![A-Za-z])`, 'g');
/** A verb that names its speaker after it with an article and a lower-case role (not English). */
export const FOREIGN_VERB = new RegExp(`^${FOREIGN}$`, 'iu');
export const ARABIC_VERB = new RegExp(`^${ARABIC_VERBS}$`, 'u');
export const URDU_VERB = new RegExp(`^(?:${URDU_VERBS})$`, 'u');
export const CHINESE_VERB = /^[\u3400-\u9fff]+$/u;
export const GERMAN_VERB = new RegExp(`^(?:${DE_VERBS})$`, 'iu');
export const ACCORDING = /\baccording to\s+/iu;
/** "selon X", "según X", "segundo X", "secondo X", "d'après X", "laut X", "de acuerdo con X", "en
 *  palabras de X", "a juicio de X"; German "…“, so X." only
 *  right after a quote. */
export const FOREIGN_ACCORDING =
  /(?<![\p{L}])(?:selon|según|segundo|secondo|d['’]après|laut|de acuerdo con|de acuerdo a|en palabras de|a juicio de|aus Sicht (?:von|des|der)|nach (?:Ansicht|Einschätzung|Meinung|Worten) (?:von|des|der))\s+/iu;
/** The lower-cased words one of which FOREIGN_ACCORDING needs. */
export const FOREIGN_ACCORDING_NEEDLES = ['selon', 'según', 'segundo', 'secondo', 'après', 'laut', 'acuerdo con', 'acuerdo a', 'palabras de', 'juicio de', 'sicht', 'nach '];
/** A sentence that opens "Para X, «…»", "Pour X, « … »", "Per X, «…»", "Für X ist …": the view is X's. */
export const FOR_AT_START = /^\s*(?:(?:En tanto|Mientras tanto|Por su parte|Por otro lado|Sin embargo|En cambio|Además|Asimismo|Pero|Y|Mientras que|Pour sa part|En revanche|Cependant|Mais|Et|Invece|Ma|E)\s*,?\s+(?:para|pour|per)|Para|Pour|Per|Für)\s+(?=\S+\s+\S|\S+,)/u;
/** German "„…“, so X." right after the quote, or closing the sentence the quote sits in ("Die
 *  Branche entwickle sich als „…“ sehr gut, so Machtlinger."). */
export const GERMAN_SO = /(?:^\s*|,\s*)so\s+(?=[\p{Lu}])/u;

/** Honorifics that are part of how a person is named ("Gen Frank McKenzie", "Dr. Jane Roe"). */
export const HONORIFICS = new Set(
  (
    'gen general lt lieut col colonel maj major capt captain adm admiral brig sgt cpl cmdr commander ' +
    'dr prof mr mrs ms mx sir dame lord lady rev sen rep gov judge justice sheikh imam rabbi father sister ' +
    // French, German, Spanish, Italian: "Mme Cardenal", "Frau Merkel", "Sra. López" ("Sr." and
    // "Don" stay out: "John Smith Sr.", "Don Lemon").
    'mme mlle herr frau sra srta doña dña signor signora'
  ).split(' '),
);

/** Letters after a name that say what the person is, not who ("Catherine Mallory KC"). */
export const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'mla', 'obe', 'mbe', 'cbe', 'phd', 'md', 'esq']);

/** Words that make a capitalised run a job title, not a name. */
export const TITLE_WORDS = new Set(
  ('president vice prime minister secretary under deputy assistant chief executive director ' +
    'spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman chair ambassador ' +
    'commissioner officer head leader manager minister foreign defence defense state interior home ' +
    'finance health justice treasury commerce trade energy education affairs attorney envoy special ' +
    'representative adviser advisor analyst professor coach founder ceo cfo coo former acting senior ' +
    'national security general-secretary speaker king queen prince princess pope chancellor premier ' +
    'councillor councilor councilman councilwoman councilmember councilperson alderman alderwoman alderperson ' +
    'supervisor selectman selectwoman assemblymember mp mep mla msp lawmaker ' +
    'congressman congresswoman assemblyman assemblywoman sheriff superintendent inspector constable ' +
    'clerk treasurer auditor comptroller registrar coroner prosecutor solicitor barrister advocate adv magistrate bishop archbishop cardinal ' +
    'democrat republican candidate nominee skipper striker midfielder defender goalkeeper winger owner trustee opposition ' +
    'quarterback receiver linebacker cornerback tailback fullback kicker punter pitcher catcher shortstop outfielder infielder ' +
    'goalie goaltender defenseman centre-back ' +
    // Gulf styles: "H.E. Dr. Ahmed Al Sayegh", "Eng. Khalid Al Marri", "His Highness Sheikh …".
    'h.e eng highness excellency ' +
    // Occupations written before a name ("Author Nuhaa Bardien", "Actor Tom Hanks").
    'author novelist poet actor actress rapper musician filmmaker journalist ' +
    'economist researcher scientist historian lawyer teacher rabbi imam ' +
    'svp evp vp cto cio cmo cpo gm ' +
    'chef chefin us u.s uk u.k un eu')
    .split(' '),
);

/** German role nouns ("Verkehrssenatorin", "Fraktionsvorsitzende", "Bürgermeister", "VW-Chef",
 *  "Teamkollege", "Psychologe"):
 *  German capitalises every noun, so a role before a name looks like a first name but for its
 *  ending. Tested in lower case: after a hyphen the ending is capitalised ("SPD-Chef"). */
export const GERMAN_ROLE = /(?:in|ende[rn]?|er|or|ent|ant|eur|ist|rat|chef|vorstand|te[rn]?|kollege|experte|zeuge|loge)$/u;

/** Words that make a capitalised run an organisation or publication (never a pronoun antecedent). */
export const ORG_WORDS =
  /\b(?:Journal|Times|Post|News|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Agency|Reuters|AFP|Ministry|Department|Office|Police|Army|Navy|Force|Group|Council|Party|Bank|Inc|Corp|Ltd|Company|University|Committee|Commission|Government|Court|Organi[sz]ation|Institute|Union|Federation|Service|Authority|Board|Network|Foundation|Association|Administration|Bureau|Centers|Institutes|Corporation|Coalition|Alliance|Technologies|Holdings|Industries|Airlines|Airways|Semiconductors?|Pharmaceuticals|Motors|Systems|Taliban|Pentagon|Kremlin|Watch|International|Fund|Programme|Initiative|Amnesty|Greenpeace|Oxfam|Red Cross|Red Crescent|Cruz Roja|Croix-Rouge|Rotes Kreuz|White House|Parliament|Congress|Senate|Embassy|Laboratory|Laboratories|Lab|Labs|Center|Centre|Society|Clinic|Museum|School|College|Academy|Observatory|Ministerio|Intendencia|Gobierno|Ayuntamiento|Municipio|Comisión|Asociación|Sindicato|Universidad|Instituto|Tribunal|Fiscalía|Policía|Junta|Consejo|Secretaría|Federación|Confederación|Partido|Fundación|Agencia|Organización|Ministère|Gouvernement|Mairie|Préfecture|Syndicat|Université|Fédération|Gendarmerie|Ministerium|Regierung|Bundesregierung|Gewerkschaft|Verband|Behörde|Universität|Ministero|Governo|Comune|Sindacato|Università)(?![\p{L}])/u;

/** Documents that "say" things. */
export const DOC_NOUNS = 'report|study|statement|survey|document|memo|letter|paper|newspaper|analysis|assessment|review|filing|lawsuit|complaint|indictment|ruling|order|release|plan|declaration';
/** Up to two lower-case words before a document's noun: "the 38-page ruling", "an internal
 *  memo", "the budget document". */
const DOC_MODIFIERS = `((?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2})`;
/** The noun ends the phrase: "the plan's author" is a person. */
const DOC_NOUN = `(${DOC_NOUNS})(?![\\p{L}\\p{N}]|['’]s\\b)`;
/** After the article: capitalised qualifiers ("The WSJ report"), lower-case modifiers, the noun
 *  (groups: qualifier, modifiers, noun, as resolveDoc takes them). */
const DOC_PHRASE = `((?:[\\p{Lu}][\\p{L}\\p{N}&.'’-]*\\s+)*)${DOC_MODIFIERS}${DOC_NOUN}`;
export const DOC_AT_END = new RegExp(`(?:^|\\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\\s+${DOC_PHRASE}\\s*$`, 'u');
export const DOC_AT_START = new RegExp(`^\\s*(?:[Tt]he|[Aa]n?)\\s+${DOC_PHRASE}`, 'u');
/** How a document comes from its author; "a memo seen by The Ledger" names no author. */
const AUTHORED = 'published|released|issued|commissioned|prepared|written|produced|compiled|sent|signed|filed|drafted|circulated|presented|unveiled';
/** "A report published last month by the housing charity Shelterline", "a letter from the
 *  Treasury": a document and who wrote it (its name: "Shelterline report"). At the end of the
 *  text before a verb, or anywhere in a sentence (BY_AUTHOR_IN). */
const BY_AUTHOR = `(?:[Aa]n?|[Tt]he)\\s+${DOC_MODIFIERS}${DOC_NOUN}(?:\\s+(?:${AUTHORED})(?:\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*){0,3}?)?\\s+(?:by|from)\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}((?:[\\p{Lu}][\\p{L}\\p{M}&'’.-]*)(?:\\s+(?:of|for|and|on)?\\s*[\\p{Lu}][\\p{L}\\p{M}&'’.-]*)*)`;
export const DOC_BY_AUTHOR_AT_END = new RegExp(`(?:^|\\s)${BY_AUTHOR}\\s*$`, 'u');
export const DOC_BY_AUTHOR_IN = new RegExp(`(?:^|\\s)${BY_AUTHOR}`, 'gu');
/** "said a report from Kotak Institutional Equities": the document and its author after the verb. */
export const DOC_BY_AUTHOR_AT_START = new RegExp(`^\\s*${BY_AUTHOR}`, 'u');
/** A document introduced with what sets it apart: "an internal memo", "a leaked draft report". */
export const DOC_INTRODUCED = new RegExp(`(?:^|\\s)(?:[Aa]n?)\\s+((?:[\\p{Ll}][\\p{L}-]*\\s+){1,2})${DOC_NOUN}`, 'gu');
/** A document with a title: "the Annual Plan 2025-26", "the National Security Strategy". */
export const DOC_TITLED = /(?:^|\s)((?:[\p{Lu}][\p{L}-]*\s+){1,4}(Plan|Report|Review|Strategy|Declaration|Survey|Assessment|Study|Memo)(?:\s+\d{4}(?:[-–]\d{2,4})?)?)(?![\p{L}\p{N}])/gu;
/** Any document noun: most sentences have none, and the patterns above need not run. */
export const DOC_WORD = new RegExp(`(?:${DOC_NOUNS})`, 'i');
/** Modifiers that say nothing of which document it is ("the new report", "the 38-page ruling"). */
export const DOC_VAGUE = /^(?:new|latest|recent|same|full|final|original|leaked|emailed|written|short|brief|long|lengthy|earlier|previous|first|second|last|this|that|whole|entire|annual|\p{N}.*|.*\d.*)$/u;
/** Two to four capitalised words, the full name that signs a quote ("— Mike Pompeo", "~William
 *  James"): a regular-expression source, for the patterns that read such signatures. */
export const SIGNED_NAME = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*`;
// Pronouns in lower case and capitalised: a sentence opens on its subject ("Ella afirma que «…»",
// "Elle estime que", "Er sagte, dass"). Read at the end of the words before a verb, so "Lei Wang
// said" ends on "Wang", no pronoun. "Il" is French "he" only right before the verb (the Italian
// article is followed by its noun), and the Spanish article "El" has no accent.
const PRONOUNS = '[Hh]e|[Ss]he|[Tt]hey|[Ee]r|[Ss]ie|[Ii]l|[Ee]lle|[Éé]l|[Ee]lla|[Ee]le|[Ee]la|[Ll]ui|[Ll]ei|[Hh]ij|[Zz]ij|[Оо]н|[Оо]на|[Оо]ни';
export const PRONOUN_AT_END = new RegExp(`(?:^|[\\s,-])(?:${PRONOUNS})\\s*$`, 'u');
// After the verb French inverts with a hyphen ("dit-il", "ajoute-t-elle"); a bare "il" there is
// the Italian article ("ha spiegato il sindaco …").
export const PRONOUN_AT_START = new RegExp(`^\\s*(?:-(?:t-)?(?:il|elle)|[Hh]e|[Ss]he|[Tt]hey|er|sie|él|ella|ele|ela|elle|lui|lei)(?![\\p{L}])`, 'u');
/** After a Dutch, Polish or Russian verb: "…," zei hij; „…” – mówiła ona; «…», — сказал он. Only
 *  there: after "said", "on" opens "on Tuesday". */
export const FOREIGN_PRONOUN_AT_START = /^\s*(?:hij|zij|ze|on|ona|oni|он|она|они)(?![\p{L}])/u;

/** Articles before a role ("der Fraktionsvorsitzende", "le conseiller", "la concejala"). */
export const ARTICLE = /^(?:der|die|das|dem|den|des|ein|eine|einer|le|la|les|un|une|el|los|las|lo|una|uno|o|a|os|as|um|uma|il|gli|i)$/iu;

// "Agua para Todos NL", "Médecins pour la Paix", "Medici per i Diritti": a word joining the words
// of an organisation's name in other languages too.
export const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'zu', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'para', 'por', 'pour', 'per']);
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'zu', 'bin', 'ibn', 'al', 'el', 'la', 'le']);
/** Words that tie a capitalised run to the role before it ("concejala de Medio Ambiente"). */
export const ROLE_LINKS = new Set(['de', 'del', 'des', 'du', 'da', 'do', 'dos', 'das', 'di', 'della', 'dello', 'degli', 'alla', 'allo', 'alle', 'agli', 'al', 'ai', 'van', 'voor', 'à', 'au', 'aux', 'of', 'for', 'für', 'der', 'la', 'le', 'el', 'y', 'et', 'e']);

/** Starts with an upper-case letter. Runs on every word of the story's sentences: an ASCII first
 *  character is decided without the regex (\p{Lu} there is A-Z). */
export const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && ARABIC_ARTICLE_NAME.test(t)) : /^[\p{Lu}]/u.test(t);
};
/** An Arabic surname with its article written in lower case and hyphenated: "al-Hamdan",
 *  "el-Sisi", "al-Falih". It is a name's word as a capitalised one is: without it "Nasser
 *  al-Hamdan" was only "Nasser", and his "he said" went to somebody else. */
const ARABIC_ARTICLE_NAME = /^(?:al|el|ad|adh|an|ar|as|ash|at|az|ath)-\p{Lu}/u;
/** Starts with a lower-case letter (a-z, or \p{Ll} beyond ASCII), not an Arabic article name. */
export const isLower = (t: string) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 && !ARABIC_ARTICLE_NAME.test(t) : /^\p{Ll}/u.test(t);
};
/** A word without the stops after it, in lower case: t.replace(/[.,;:]+$/, '').toLowerCase(), by
 *  character code (it runs on most words of the story that could be part of a name). */
export const bare = (t: string) => {
  let end = t.length;
  for (let c = t.charCodeAt(end - 1); c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a; c = t.charCodeAt(end - 1)) end--;
  return (end === t.length ? t : t.slice(0, end)).toLowerCase();
};

/** Words that say a quote was written up or chanted, or comes from someone the story does not
 *  name: signs, banners, posts, chants, unnamed sources. quotes-dev's annotators give such quotes
 *  no speaker, so the nearby person (quotes.ts, nearbySpeaker) must not take them. */
export const NOT_A_NAMED_VOICE =
  /(?<![\p{L}])(?:signs?|banners?|chalked|scrawled|inscri\p{L}*|engraved|emblazoned|painted|placards?|posters?|slogans?|chant(?:s|ed|ing)?|graffiti|reads?|sources?|insiders?|anonymity|anonymous(?:ly)?|cris|Transparent\p{L}*|Plakat\p{L}*|Schild\p{L}*|Parole\p{L}*|skandier\p{L}*|Sprechch\p{L}*|Quellen?|anonym\p{L}*|pancartes?|banderoles?|affiches?|scand\p{L}*|pancartas?|carteles?|lemas?|consignas?|core(?:aban|aron|ó)|se leía|fuentes?|anónim\p{L}*|striscion[ei]|cartell[oi]|cori|font[ei]|anonim\p{L}*|faixas?|cartaz(?:es)?|spandoek\p{L}*|leuze?n?|плакат\p{L}*|лозунг\p{L}*|шут\p{L}*|источник\p{L}*)(?![\p{L}])|横幅|标语|消息人士/iu;

/** Someone described but not named next to a verb of saying, or a pronoun: "the authors wrote",
 *  "the 38-page ruling said", "One reporter asked", "vroeg een bewoonster", "elle demande". When
 *  attribution() found no speaker for such a sentence, its speaker is that unnamed someone, not
 *  the last person named (quotes.ts, nearbySpeaker). Articles that are also prepositions in
 *  another language ("a", "de", "o") are left out after the verb: "dijo a la prensa". */
const DESCRIBED_DETERMINERS = 'the|an?|one|another|some|its|their|his|her|el|la|los|las|un|una|unos|unas|le|les|une|der|die|das|ein|eine|einer|il|lo|gli|uno|een|het';
const UNNAMED_PRONOUNS = 'he|she|they|it|we|er|sie|es|wir|il|elle|ils|elles|on|él|ella|ellos|ellas|lui|lei|loro|hij|zij|ze|ele|ela|eles|elas|он|она|они';
export const DESCRIBED_BEFORE_VERB = new RegExp(`(?:^|[\\s,])(?:(?:${DESCRIBED_DETERMINERS}|o|os|as)\\s+(?:[\\p{L}\\p{N}'’()-]+\\s+){0,4}[\\p{L}'’()-]+|${UNNAMED_PRONOUNS})\\s*,?\\s*$`, 'iu');
export const DESCRIBED_AFTER_VERB = new RegExp(`^\\s*,?\\s*(?:-t-)?(?:(?:${DESCRIBED_DETERMINERS.replace('|an?|', '|an|')})\\s+\\p{L}|(?:${UNNAMED_PRONOUNS})(?![\\p{L}]))`, 'iu');
/** A pronoun right before the quote: "Dans un communiqué, elle « demande … »". */
export const PRONOUN_BEFORE_QUOTE = new RegExp(`(?:^|[\\s,])(?:${UNNAMED_PRONOUNS})\\s*[:,]?\\s*$`, 'iu');
/** "selon", "según", "according to": what follows says who, like a verb's subject. */
export const ACCORDING_WORDS = /(?<![\p{L}])(?:according to|selon|según|segundo|secondo|d['’]après|laut)(?![\p{L}])/giu;
/** A verb of saying in the plural (Romance and German endings): "agregaron", "affirment",
 *  "sagten": several people speak, not the one last named. */
export const PLURAL_SAYING_FORM = /(?:ron|an|en|aient|(?<!i)ent|ano|ono|am|ten|ли|li)$/u;

/** Bodies a Romance-language story names with a common noun and a proper name: "la préfecture de
 *  l'Hérault", "la chambre d'agriculture de l'Hérault", "le ministère de la Santé", "o governo do
 *  Amazonas", "el ministerio de Salud". Their name is the phrase without its article, as a
 *  reader (and quotes-dev's annotators) name them. */
const ROMANCE_BODY_NOUNS =
  'préfecture|mairie|ministère|chambre|commission|direction|agence|fédération|confédération|conseil|syndicat|association|compagnie|société|' +
  'ministerio|secretaría|alcaldía|intendencia|fiscalía|comisión|dirección|agencia|federación|confederación|consejo|sindicato|asociación|junta|cámara|gobierno|' +
  'ministero|prefettura|regione|comune|commissione|sindacato|associazione|ministério|prefeitura|governo|gouvernement|câmara';
const ROMANCE_BODY = String.raw`(?:${ROMANCE_BODY_NOUNS})(?:\s+(?:\p{Ll}[\p{Ll}-]+|d['’]\p{Ll}+)){0,2}?\s+(?:de|del|du|des|della|dello|di|do|da|d['’])\s*(?:(?:la|le|les|el|los|las|il|lo|o|a)\s+|l['’])?[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’-]*|(?:de|del|du|des|la|le|el|y|et|e)(?=\s+[\p{Lu}])))*`;
const ROMANCE_BODY_ARTICLE = String.raw`(?:[Ll]a|[Ll]e|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Aa])\s+|[Ll]['’]`;
/** Every such body a sentence names (group 1: the name). */
export const ROMANCE_BODY_IN = new RegExp(String.raw`(?:^|[\s(])(?:${ROMANCE_BODY_ARTICLE})(${ROMANCE_BODY})`, 'gu');
/** One right after "selon"/"según" or a verb: "Selon la chambre d'agriculture de l'Hérault, « … »". */
export const ROMANCE_BODY_AT_START = new RegExp(String.raw`^\s*(?:${ROMANCE_BODY_ARTICLE})(${ROMANCE_BODY})\s*(?=[,.;:«»“”"]|$)`, 'u');
/** One as the subject before a verb: "O governo do Amazonas informou, em nota, que “…”". */
export const ROMANCE_BODY_AT_END = new RegExp(String.raw`(?:^|[\s,])(?:${ROMANCE_BODY_ARTICLE})(${ROMANCE_BODY})\s*$`, 'u');
/** A cheap test that a sentence may name one. */
export const ROMANCE_BODY_NOUN = new RegExp(`(?:${ROMANCE_BODY_NOUNS})(?![\\p{L}])`, 'iu');
