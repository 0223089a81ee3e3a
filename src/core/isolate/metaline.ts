// Lines that are page furniture around a story rather than its text: dates and times
// ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.",
// "segunda-feira, 22 de janeiro de 2018 às 0:13"), reading times ("Tempo de leitura: 2 minutos"),
// view counters, and photo credits ("Sanjeev Verma/Hindustan Times/Getty Images",
// "(Image credit: NASA)"). Dates are shown in the reader's header; credits stay under their
// pictures but are not story text.
// A date line is recognised by what is left once every date word is taken away: nothing. That
// covers the many orders and languages sites print dates in without one regex per format.

const MONTHS = [
  // en
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // de, fr, es, pt, it, nl, pl
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  // ru
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
];
/** Words that only ever frame a date: "published", "updated", "at", time zones. */
const DATE_WORDS = [
  'published', 'updated', 'posted', 'modified', 'last', 'first', 'on', 'at', 'and', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'ist', 'aest', 'et', 'pt', 'ct',
  'veröffentlicht', 'aktualisiert', 'am', 'um', 'uhr', 'publié', 'mis', 'à', 'jour', 'le', 'publicado', 'actualizado', 'atualizado',
  'de', 'del', 'às', 'a', 'las', 'h', 'pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'gepubliceerd', 'bijgewerkt', 'op', 'om',
  'opublikowano', 'aktualizacja', 'г', 'г.', 'в', 'обновлено', 'опубликовано', 'today', 'yesterday', 'date',
  'created', 'erstellt', 'geändert', 'créé', 'creado', 'criado', 'creato',
];
const DATE_VOCAB = new Set([...MONTHS, ...WEEKDAYS, ...DATE_WORDS]);

const READING_TIME = [
  /^\d+\s*(min(ute)?s?|mins?)\.?\s*(read|reading|de leitura|di lettura|de lectura|de lecture|lesezeit|czytania|leestijd)?$/iu,
  /^(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|lesedauer|tempo di lettura|czas czytania|leestijd|время чтения)\s*:?\s*(\d+|<\s*\d+|ca\.?\s*\d+)\s*\p{L}*\.?$/iu,
];
// A number with a counter word, or a bare number grouped in thousands ("2.289" above "letture"):
// a bare "2024" may be a timeline's heading.
const COUNTER = /^([\d.,\s]+(k|m)?\s*(views?|reads?|comments?|shares?|letture|leituras|visualizações|visualizaciones|lecturas|aufrufe|vues|lectures|wyświetle\p{L}*|просмотр\p{L}*)|\d{1,3}([.,]\d{3})+)$/iu;

/** Is this short line nothing but a date, a time, a reading time or a counter, or a date with
 *  the other fields of the page's record beside it (isMetaRecord)? */
export function isMetaLine(text: string): boolean {
  if (!text || text.length > MAX_RECORD) return false;
  if (text.length <= 100) {
    if (READING_TIME.some((r) => r.test(text))) return true;
    if (text.length <= 24 && COUNTER.test(text) && /\d/.test(text)) return true;
    if (isDateLine(text)) return true;
  }
  return isMetaRecord(text);
}

/** Nothing but date words and numbers, at least one number. */
function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const words = text
    .toLowerCase()
    // Glued words ("2019Updated:") and ordinals ("3rd") split apart; separators go.
    // A time's zone offset ("17:13:04+02:00"); a phone number's "+81" has no time before it.
    .replace(/(\d:\d{2}(?::\d{2})?(?:\.\d{1,6})?)[+-]\d{2}:\d{2}\b/g, '$1')
    .replace(/(\d)(st|nd|rd|th|er|º|ª)\b/g, '$1')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .split(/[\s|,;:/()[\]·•–—-]+/u)
    .map((w) => w.replace(/^[.]+|[.]+$/g, ''))
    .filter(Boolean);
  let dateTokens = 0;
  for (const w of words) {
    // Seconds may carry a fraction, as CMSs print them: "17:13:04.031886".
    if (/^\d{1,4}([.:h]\d{1,2}){0,2}(\.\d{1,6})?$/.test(w)) {
      dateTokens++;
      continue;
    }
    const bare = w.replace(/\.$/, '');
    if (DATE_VOCAB.has(w) || DATE_VOCAB.has(bare)) continue;
    return false;
  }
  return dateTokens >= 1 && words.length >= 2;
}

const MAX_RECORD = 160;
/** A full date in numbers (2021-10-16, 04/21/2022, 03-10-2004, 16.10.2021): a year alone or a
 *  month and year may head a timeline's entry ("Mai 2019 – Gründung"). */
const FULL_DATE = /\b(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](\d{4}|\d{2}))\b/;
const ONLY_FULL_DATE = new RegExp(`^${FULL_DATE.source}$`);
const isDateField = (f: string) => isDateLine(f) || ONLY_FULL_DATE.test(f);
/** Where one field of a record ends and the next begins: a separator, or a capitalised label and
 *  its colon after another field's label and value ("News date : 04/21/2022 Category : Press
 *  Releases"; not inside "Last Modified: …"). */
const FIELD_BREAK = /\s+[|·•]\s+|\s+[-–—]\s+|(?<=:\s.*\S)\s+(?=\p{Lu}\p{L}*(?:\s\p{L}+)?\s?:\s)/u;
const LABELLED = /^(\p{L}+(?:\s\p{L}+){0,2})\s?:\s*(.+)$/u;
/** Labels of a record's fields other than its dates: where the page is filed. */
const FIELD_LABELS = new Set([
  'category', 'categories', 'section', 'topic', 'topics', 'tags', 'filed under', 'kategorie', 'kategorien', 'rubrik', 'ressort',
  'thema', 'themen', 'schlagworte', 'catégorie', 'rubrique', 'thème', 'categoría', 'sección', 'tema', 'categoria', 'seção', 'sezione',
  'argomento', 'kategoria', 'dział', 'temat', 'sectie', 'onderwerp', 'рубрика', 'раздел', 'тема',
]);
/** The word for "date" that ends a date field's label ("News date", "Fecha", German compounds
 *  such as "Meldungsdatum"). */
const DATE_LABEL = /((^|\s)(date|data|fecha|дата)|datum)$/iu;

/** "2021-10-16 | Botschaft", "News date : 04/21/2022 Category : Press Releases",
 *  "notes.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm": a page's
 *  record printed as a line: a full date, and beside it only labelled fields (a category, a
 *  date) and at most one bare word or two (the section, the file's name). */
function isMetaRecord(text: string): boolean {
  const dated = FULL_DATE.test(text);
  // Without a date, a record is a post's counters ("Aufrufe: 1120 | Hinzugefügt von: Posh |
  // Rating: 0.0/0", "Kommentare insgesamt: 0"): it needs a counter, and has no bare field.
  if (!dated && !COUNTER_LABEL.test(text)) return false;
  let dates = 0;
  let counters = 0;
  let bare = 0;
  for (const field of text.split(FIELD_BREAK)) {
    const labelled = LABELLED.exec(field);
    const label = labelled?.[1]!.toLowerCase() ?? '';
    const value = labelled?.[2] ?? '';
    if (isDateField(field) || (labelled && DATE_LABEL.test(label) && isDateField(value))) dates++;
    else if (labelled && COUNTER_LABEL.test(label) && COUNT.test(value)) counters++;
    // A value that ends like a sentence is prose, unless it is a list ("Tags: Denken, ich und..").
    else if (labelled && (FIELD_LABELS.has(label) || POSTER_LABELS.has(label)) && value.length <= 60 && (!/[.!?]$/.test(value) || value.includes(','))) continue;
    else if (!dated || ++bare > 1 || field.split(/\s+/).length > 2 || /[.!?]$/.test(field)) return false;
  }
  return dates >= 1 || counters >= 1;
}

/** Labels of a post's counters: views, comments, ratings ("Kommentare insgesamt", "Views"). */
const COUNTER_LABEL = /^(views?|hits|reads|visits|comments?|replies|likes|rating|votes|aufrufe|zugriffe|gelesen|kommentare|kommentare insgesamt|antworten|bewertung|vues|lectures|commentaires|visitas|lecturas|comentarios|visualizações|comentários|visite|letture|commenti|wyświetlenia|odsłony|komentarze|weergaven|reacties|просмотры|комментарии)\b/iu;
/** A count: "1120", "1.120", "0.0/0" (a rating out of its votes), "4.5 / 5". */
const COUNT = /^\d[\d.,]*(\s?\/\s?\d[\d.,]*)?$/;
/** Who added the post, in the record of a forum or blog CMS. */
const POSTER_LABELS = new Set(['added by', 'posted by', 'hinzugefügt von', 'eingestellt von', 'autor', 'author', 'ajouté par', 'publicado por', 'pubblicato da', 'dodane przez']);

const CREDIT_LEAD = /^[([]?\s*(photo|photos|photograph|image|images|picture|pictures|pic|foto|fotos|bild|credit|credits|crédit|crédito|crediti|source|illustration|graphic|video|afbeelding|zdjęcie|фото)\s*(credit|credits|by)?\s*(:|©|\.\.\.|…|\/|by\b)/iu;
const AGENCY = /\b(getty images|afp|reuters|associated press|ap photo|shutterstock|epa|alamy|istock|bloomberg|dpa|anadolu|sipa|xinhua|nasa|esa)\b/i;

/** Is this short line a photo credit rather than story text? */
export function isCreditLine(text: string): boolean {
  if (!text || text.length > 150) return false;
  // A second sentence or an opening quote mark: story text that happens to start like a credit
  // ("Source: British Skin Foundation She added: 'He was …").
  if (/\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(text) || /\s['"“‘«„]\p{L}/u.test(text)) return false;
  if (CREDIT_LEAD.test(text) || /^[([]?\s*©/.test(text)) return true;
  // "Sanjeev Verma/Hindustan Times/Getty Images", "Natalie Naccache | Bloomberg | Getty Images":
  // names and an agency joined by slashes or bars, no sentence.
  return text.length <= 100 && AGENCY.test(text) && /[/|]/.test(text) && !/[.!?]["”’]?$/.test(text);
}
