// The speaker after a French, Spanish, Portuguese, Italian or German reporting verb. These put the
// speaker after the verb with an article and a lower-case role: « … », a regretté le conseiller
// Jean-Marc Fabre; «…», afirmó la concejala de Medio Ambiente, Carmen Ibáñez; „…“, sagte der
// Fraktionsvorsitzende Martin Albers. This file only parses; speakers.ts turns the result into a
// speaker (surname back-references, German role nouns, organisations).
import { ARTICLE, NAME_PARTICLES, PRONOUN_AT_START, ROLE_LINKS, isCap } from './lexicon';

export type ForeignParse =
  | { kind: 'pronoun' }
  | { kind: 'name'; run: string[]; role?: string; afterArticle: boolean };

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
    // "José de la Fuente", but "Anke Roth der Zeitung": after a full name an article ends it.
    else if (NAME_PARTICLES.has(t) && run.length && isCap(tokens[k + 1] ?? '') && !(run.filter(isCap).length >= 2 && ARTICLE.test(t))) run.push(t);
    else break;
  }
  return run;
}

/** Words that open a circumstance, not a role ("…, Vicente Roig, durante la presentación"). */
const NOT_ROLE = /^(?:durante|lors|pendant|während|in|en|dans|nel|nella|durant|após|depois|después|tras|avant|antes|après|am|beim|bei|im|vor|nach|ante|sobre|sur|con|avec|mit|com|à|au|al|ce|este|esta|hier|ayer|ontem|ieri|heute|hoy|oggi|hoje|que|qui|quien|dont|che|wer|who|when|quand|cuando|quando|wenn|als|y|et|e|und|and|pero|mais|ma|aber|mas)$/iu;

const isNameSegment = (tokens: string[]) => tokens.length > 0 && leadingRun(tokens).length === tokens.length;

/** Parse the words right after a non-English reporting verb (or "selon/según/so"). */
export function parseAfterForeignVerb(right: string): ForeignParse | null {
  const s = right.replace(/^\s+/, '');
  if (PRONOUN_AT_START.test(s)) return { kind: 'pronoun' };
  // «…», añadió. — nobody named after the verb: Spanish, Portuguese and Italian drop the subject.
  if (/^(?:[.!?]|$)/.test(s)) return { kind: 'pronoun' };
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

  // A lower-case role first: the name ends the segment ("conseiller Jean-Marc Fabre") unless that
  // capitalised run belongs to the role ("concejala de Medio Ambiente"); then it is the next
  // comma-separated segment when that is a bare name ("…, Carmen Ibáñez, durante …").
  let k = first.length;
  while (k > 0 && (isCap(first[k - 1]) || (NAME_PARTICLES.has(first[k - 1]) && k < first.length && k - 1 > 0 && isCap(first[k - 2])))) k--;
  const tail = first.slice(k);
  if (tail.length && k > 0 && !ROLE_LINKS.has(first[k - 1].toLowerCase())) {
    return { kind: 'name', run: tail, role: first.slice(0, k).join(' '), afterArticle: false };
  }
  if (next && isNameSegment(next)) return { kind: 'name', run: next, role: first.join(' '), afterArticle: false };
  return null;
}
