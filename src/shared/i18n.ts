// Every word Lede shows goes through here: the browser's i18n API, with the message keys typed
// from public/_locales/en/messages.json, so a misspelt key or a missing or unknown placeholder is
// a compile error. Works wherever the API exists: extension pages, the background and content
// scripts. Unit tests install a stand-in that reads the same messages.json files
// (test/i18n/fake-i18n.ts).
//
// Placeholders are named in messages.json ("$COUNT$") and passed by name here; by the convention
// the locale tests hold, a message's placeholders are $1, $2… in the alphabetical order of their
// names, which is how the names become the API's positional substitutions.
// Plurals: a key with forms (`removed_count_one`, `removed_count_other`, and in Arabic also
// `_zero`, `_two`, `_few`, `_many`) is used by its base name through `plural()`, which picks the
// form with Intl.PluralRules for the language of the messages actually shown.

type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = Extract<keyof Messages, string>;

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** Keys used by base name with a count: every `X_other` in the en messages makes `X` one. */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];
type PluralFormKey = `${PluralBase}_${PluralCategory}`;
/** Keys used as they are. */
export type PlainKey = Exclude<MessageKey, PluralFormKey>;

type Value = string | number;
type Params<K extends MessageKey> = Messages[K] extends { placeholders: infer P } ? { [Name in keyof P]: Value } : never;
type Args<K extends MessageKey> = [Params<K>] extends [never] ? [] : [params: Params<K>];

/** The slice of the WebExtension i18n API this needs (chrome.i18n and browser.i18n both fit). */
export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

function lookup(key: string, substitutions?: string[]): string {
  return api()?.getMessage(key, substitutions) ?? '';
}

/** The locale of the messages shown (not the browser's: a browser in Portuguese gets the en
 *  messages, and must get English plural rules and numbers with them). */
export function uiLocale(): string {
  return lookup('messages_locale') || 'en';
}

/** The writing direction of the messages shown. The browser's @@bidi_dir says the browser's
 *  own direction, which is wrong for a right-to-left browser whose language Lede falls back to
 *  English for; the messages' own `ui_dir` agrees with @@bidi_dir wherever Lede has the locale. */
export function uiDir(): 'ltr' | 'rtl' {
  return lookup('ui_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** A number as the messages' language writes it ("1,234", "1.234", "1 234", "١٬٢٣٤"). */
export function formatNumber(n: number): string {
  try {
    return new Intl.NumberFormat(uiLocale()).format(n);
  } catch {
    return String(n);
  }
}

function substitutions(params: Record<string, Value> | undefined): string[] | undefined {
  if (!params) return undefined;
  return Object.keys(params)
    .sort()
    .map((name) => {
      const value = params[name];
      return typeof value === 'number' ? formatNumber(value) : value;
    });
}

/** The message `key` in the user's language, its placeholders filled in by name. A key the
 *  browser does not know comes back as the key itself, so a gap shows instead of vanishing. */
export function t<K extends PlainKey>(key: K, ...args: Args<K>): string {
  const params = args[0] as Record<string, Value> | undefined;
  return lookup(key, substitutions(params)) || key;
}

/** The form of plural message `base` for `params.count`, as the messages' language needs it. */
export function plural<B extends PluralBase>(base: B, params: Params<Extract<`${B}_other`, MessageKey>> & { count: number }): string {
  const subs = substitutions(params);
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(uiLocale()).select(params.count);
  } catch {
    // an engine without the locale's rules: the general form below
  }
  return lookup(`${base}_${category}`, subs) || lookup(`${base}_other`, subs) || `${base}_other`;
}
