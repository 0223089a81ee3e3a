// The speaker after a French, Spanish, Portuguese, Italian or German reporting verb. These put the
// speaker after the verb with an article and a lower-case role: « … », a regretté le conseiller
// Jean-Marc Fabre; «…», afirmó la concejala de Medio Ambiente, Carmen Ibáñez; „…“, sagte der
// Fraktionsvorsitzende Martin Albers. This file only parses; speakers.ts turns the result into a
// speaker (surname back-references, German role nouns, organisations).
import { ARTICLE, FOREIGN_PRONOUN_AT_START, NAME_PARTICLES, PRONOUN_AT_START, ROLE_LINKS, isCap } from './lexicon';

export type ForeignParse =
  | { kind: 'pronoun'; pronoun?: string }
  | { kind: 'name'; run: string[]; role?: string; afterArticle: boolean; surnameOnly?: true };

/** Text up to the end of the clause: a sentence stop (not an abbreviation's dot) or ; : ( */
function clause(s: string): string {
  const m = /(?<!\b(?:Dr|Dra|Prof|St|Sr|Sra|Mme|Mr|Mrs|Ms|Jr|[\p{Lu}]))[.!?](?=\s|$)|[;:(]|\s[–—]\s/u.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** "l'adjointe" → "adjointe": the elided French article is not part of the role. */
const unElide = (t: string) => t.replace(/^[ldLD]['’](?=\p{L})/u, '');

/** Leading run of capitalised tokens (particles allowed between them). */
function leadingRun(tokens: string[]): string[] {
  const run: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (isCap(t)) run.push(t);
    // "José de la Fuente", "Ursula von der Leyen", but "Anke Roth der Zeitung": after a full
    // name an article ends it.
    else if (NAME_PARTICLES.has(t) && run.length && !(run.filter(isCap).length >= 2 && ARTICLE.test(t))) {
      let j = k;
      while (j < tokens.length && NAME_PARTICLES.has(tokens[j]) && j - k < 3) j++;
      // After a full name, only a single particle goes on ("Stefan Bröckling von der
      // Tiernothilfe" is Stefan Bröckling of the Tiernothilfe).
      if (!isCap(tokens[j] ?? '') || (j - k > 1 && run.filter(isCap).length >= 2)) break;
      run.push(...tokens.slice(k, j));
      k = j - 1;
    } else break;
  }
  return run;
}

/** The person or outlet spoken to, right after the verb: Spanish "a"/"al" with a determiner or
 *  a name, French "à"/"au"/"aux", Portuguese "ao"/"aos" (Portuguese "a" alone is an article). */
const TOLD_AT_START = /^(?:al|à|au|aux|ao|aos|a\s+(?:este|esta|estos|estas|la|el|los|las|un|una|su|sus|nuestro|nuestra)|a(?=\s+[\p{Lu}]))(?![\p{L}])/u;

/** The words after who was told: one word after an article ("a la diaria", "a este diario"), a
 *  whole name after a bare "a" ("a La Estrella de Panamá", "a EFE"). */
function afterAddressee(s: string, told: string): string {
  const after = s.slice(told.length).trimStart();
  return /^a$/u.test(told) ? after.replace(/^[\p{Lu}][\p{L}\p{M}'’.&-]*(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)?[\p{Lu}][\p{L}\p{M}'’.&-]*)*/u, ' ') : after.replace(/^\S*/u, '');
}

/** The words after a verb with the person or outlet spoken to left out ("a la diaria el
 *  exministro" → " el exministro"); the words themselves when nobody is. */
export function withoutAddressee(right: string): string {
  const s = right.replace(/^\s+/, '');
  const told = TOLD_AT_START.exec(s);
  return told ? afterAddressee(s, told[0]) : right;
}

/** Words that open a circumstance, not a role ("…, Vicente Roig, durante la presentación"). */
const NOT_ROLE = new RegExp("^(?:durante|lors|pendant|während|in|en|dans|nel|nella|durant|após|depois|después|tras|avant|antes|après|am|beim|bei|im|vor|nach|ante|sobre|sur|con|avec|mit|com|à|au|al|ce|este|esta|hier|ayer|ontem|ieri|heute|hoy|oggi|hoje|que|qui|quien|dont|che|wer|who|when|quand|cuando|quando|wenn|als|y|et|e|und|and|pero|mais|ma|aber|mas|" +
  // Dutch, Polish, Russian: "na de stemming", "tijdens", "podczas sesji", "на встрече"
  "na|tijdens|bij|op|tegen|gisteren|vandaag|podczas|w|we|po|przed|wczoraj|dziś|на|в|во|после|при|вчера|сегодня)$", 'iu');

const isNameSegment = (tokens: string[]) => tokens.length > 0 && leadingRun(tokens).length === tokens.length;

/** Parse the words right after a non-English reporting verb (or "selon/según/so"). */
export function parseAfterForeignVerb(right: string): ForeignParse | null {
  const s = right.replace(/^\s+/, '');
  const pronoun = PRONOUN_AT_START.exec(s) ?? FOREIGN_PRONOUN_AT_START.exec(s);
  if (pronoun) return { kind: 'pronoun', pronoun: pronoun[0] };
  // «…», añadió. — nobody named after the verb: Spanish, Portuguese and Italian drop the subject.
  if (/^(?:[.!?]|$)/.test(s)) return { kind: 'pronoun' };
  // "Agregó que «…»", "Disse que", "Ha detto che", "Dijo:": the verb opens the sentence and what
  // was said follows, the subject dropped.
  if (/^(?:que|che|:)(?![\p{L}])/iu.test(s)) return { kind: 'pronoun' };
  // «…», afirmó mientras revisaba los camiones: a clause of time, nobody named in it, the
  // subject dropped ("en"/"al" may still bring the subject: "dijo en rueda de prensa el ministro").
  if (/^(?:mientras|cuando|pendant que|tandis que|mentre|enquanto)(?![\p{L}])/iu.test(s) && !/[\p{Lu}]/u.test(clause(s))) return { kind: 'pronoun' };
  // «…», relató a este diario; dijo a EFE; a-t-elle confié au Monde: who was told, and nobody
  // else named in the clause, so the subject is dropped.
  const told = TOLD_AT_START.exec(s);
  if (told) {
    const rest = afterAddressee(clause(s), told[0]);
    // "dijo a EFE el ministro Juan Gómez", "expresó a La Estrella un trabajador que …": the
    // speaker after whom it was told.
    if (/^\s+(?:el|la|los|las|le|les|o|un|una|une)\s/u.test(rest)) return parseAfterForeignVerb(rest);
    if (!/[\p{Lu}]/u.test(rest)) return { kind: 'pronoun' };
  }
  // «…», detalló del Pópolo; explique de Villiers: a surname that starts with a particle, alone.
  const particled = /^((?:(?:de|del|della|di|da|van|von)\s+){1,2})([\p{Lu}][\p{L}'’-]+)\s*(?:[.,;!?]|$|(?:en|em|in|a|al|ao|à|au|durante|tras|con|avec|com)\s)/u.exec(s);
  if (particled) return { kind: 'name', run: [particled[2]], afterArticle: false, surnameOnly: true };
  const segments = clause(s)
    .split(',')
    .map((seg) => seg.trim().split(/\s+/).filter(Boolean));
  let first = segments[0] ?? [];
  let afterArticle = false;
  if (first.length && ARTICLE.test(first[0])) {
    first = first.slice(1);
    afterArticle = true;
  } else if (first.length && /^[lL]['’]\p{L}/u.test(first[0])) {
    first = [unElide(first[0]), ...first.slice(1)];
    afterArticle = true;
  }
  if (!first.length) return null;

  const next = segments[1];
  // "la Ministra de Sanidad, Carolina Darias": a capitalised role after the article, then the name.
  if (afterArticle && next && isNameSegment(next)) return { kind: 'name', run: next, role: first.join(' '), afterArticle: false };
  if (isCap(first[0])) {
    // "Vicente Roig, presidente de la federación" / "Verkehrssenatorin Sabine Kröger in der Debatte".
    const run = leadingRun(first);
    const role = run.length === first.length && next?.length && /^\p{Ll}/u.test(next[0]) && !ARTICLE.test(next[0]) && !NOT_ROLE.test(next[0]) && next.length <= 14 ? next.join(' ') : undefined;
    return { kind: 'name', run, role, afterArticle };
  }

  // A lower-case role first, then the name: "conseiller Jean-Marc Fabre", "gedeputeerde Lotte
  // Verbeek na de stemming" (a circumstance may follow the name), "начальник управления
  // транспорта Артём Галиев". A capitalised run after a linking word belongs to the role
  // ("concejala de Medio Ambiente"), unless it runs on into a name ("assessora alla Mobilità
  // Valentina Orsi": the last two words). Otherwise the name may be the next comma-separated
  // segment ("…, Carmen Ibáñez, durante …").
  const named = nameAfterRole(first);
  if (named) return { kind: 'name', ...named, afterArticle: false };
  // "se preguntaba en unas declaraciones a la emisora France Info": a circumstance that names
  // only who was spoken to; the subject is dropped.
  if (!afterArticle && NOT_ROLE.test(first[0]) && segments.length === 1 && first.some(isCap) && first.every((t, k) => !isCap(t) || isCap(first[k - 1] ?? '') || addressed(first, k))) return { kind: 'pronoun' };
  if (next && isNameSegment(next)) return { kind: 'name', run: next, role: first.join(' '), afterArticle: false };
  return null;
}

/** Is the capitalised run at `at` the one spoken to? After "a" (Spanish marks a person addressed
 *  with it) a name is who was spoken to, not the speaker ("espetó el ingeniero a Max
 *  Verstappen"); so is a name that ends the description of who was ("a la emisora de radio
 *  pública francesa France Info"): lower-case words back to "a", no article but the one after it. */
function addressed(seg: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = seg[k];
    // "al", "au", "ao" carry their article; a bare "a" only right before the name or before an
    // article (Czech and Slovak "a" is "and": "Ředitelství silnic a dálnic Radek Mátl").
    if (/^(?:al|au|aux|ao)$/i.test(t)) return true;
    if (/^(?:a|à)$/i.test(t)) return k === at - 1 || /^(?:la|el|los|las|le|les|l['’].*)$/i.test(seg[k + 1] ?? '');
    if (!/^\p{Ll}/u.test(t)) return false;
    if (/^(?:la|el|los|las|le|les|un|una|une|l['’].*)$/i.test(t) && !/^(?:a|à)$/i.test(seg[k - 1] ?? '')) return false;
  }
  return false;
}

/** The name in a segment that opens with a lower-case role, and the role before it. */
function nameAfterRole(tokens: string[]): { run: string[]; role: string } | undefined {
  // The name comes before any circumstance: cut at the first one after a capital.
  let end = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    if (NOT_ROLE.test(tokens[k]) && tokens.slice(0, k).some(isCap)) {
      end = k;
      break;
    }
  }
  const seg = tokens.slice(0, end);
  // Capitalised runs, each with where it starts; the name is the last run of two or more words,
  // or else a single capitalised word that ends the segment ("le conseiller Fabre").
  const runs: Array<{ at: number; run: string[] }> = [];
  for (let k = 0; k < seg.length; ) {
    const run = isCap(seg[k]) ? leadingRun(seg.slice(k)) : [];
    if (run.length) {
      runs.push({ at: k, run });
      k += run.length;
    } else k++;
  }
  const candidates = runs.filter((r) => !addressed(seg, r.at));
  const pick = [...candidates].reverse().find((r) => r.run.length >= 2) ?? candidates.find((r) => r.at + r.run.length === seg.length);
  if (!pick || pick.at === 0) return undefined;
  let { at, run } = pick;
  // "mluvčí ŘSD Jan Rýdl", "portavoz del PP Juan García": an acronym before the name is the
  // body the role is held at.
  while (run.length > 2 && /^[\p{Lu}]{2,6}$/u.test(run[0])) {
    at++;
    run = run.slice(1);
  }
  if (ROLE_LINKS.has(seg[at - 1].toLowerCase())) {
    // The run starts as the role's object: only a long run also holds a name (its last two words).
    if (run.length < 3) return undefined;
    at += run.length - 2;
    run = run.slice(-2);
  }
  return { run, role: seg.slice(0, at).join(' ') };
}
