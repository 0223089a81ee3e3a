// The _locales folder as a whole: every locale says everything the default (en) says, with the
// same placeholders, in the plural forms its language needs, and the manifest's words fit the
// stores' limits in every language.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, format, locales, readMessages, type MessageFile } from './fake-i18n';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const en = readMessages(DEFAULT_LOCALE);
/** Plural groups: every `X_other` key of en makes `X` a base used with a count. */
const pluralBases = Object.keys(en).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : []));
const pluralForm = (key: string) => {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m && pluralBases.includes(m[1]) ? { base: m[1], category: m[2] } : null;
};
const plainKeys = Object.keys(en).filter((k) => !pluralForm(k));
const categoriesOf = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
/** Keys whose text may equal English in another language: names, codes and pure punctuation. */
const SAME_AS_ENGLISH = new Set(['ext_name', 'ext_short_name', 'action_title_failure', 'ui_dir', 'reason_promo']);

const expectedKeys = (locale: string) =>
  [...plainKeys, ...pluralBases.flatMap((base) => CATEGORIES.filter((c) => categoriesOf(locale).includes(c)).map((c) => `${base}_${c}`))].sort();

/** The placeholder names a message uses ($COUNT$ → count). */
const used = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase());

it('has the default locale and the five others the issue asks for', () => {
  expect(locales()).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'ar', 'ur']));
});

describe('the default locale (en)', () => {
  it('has plural groups with exactly the English forms', () => {
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const base of pluralBases) expect(Object.keys(en).filter((k) => k.startsWith(`${base}_`) && pluralForm(k)).sort(), base).toEqual([`${base}_one`, `${base}_other`]);
  });

  it('has key names the browsers accept, unique without regard to case (Chromium matches them so)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    const lower = Object.keys(en).map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('describes every message for translators', () => {
    for (const [key, entry] of Object.entries(en)) expect(entry.description, key).toBeTruthy();
  });
});

describe.each(locales())('locale %s', (locale) => {
  const messages: MessageFile = readMessages(locale);

  it('has every key of en, the plural forms of its language, and nothing else', () => {
    expect(Object.keys(messages).sort()).toEqual(expectedKeys(locale));
  });

  it('names itself and its direction', () => {
    expect(messages.messages_locale.message).toBe(locale);
    const textInfo = (new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction: string }; getTextInfo?: () => { direction: string } });
    const direction = textInfo.getTextInfo?.().direction ?? textInfo.textInfo?.direction ?? (['ar', 'ur', 'he', 'fa'].includes(locale) ? 'rtl' : 'ltr');
    expect(messages.ui_dir.message).toBe(direction);
  });

  it('has the same placeholders as en for every message, numbered $1, $2… in the order of their names', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const form = pluralForm(key);
      const reference = en[form ? `${form.base}_other` : key];
      expect(entry.placeholders ?? {}, key).toEqual(Object.fromEntries(Object.entries(reference.placeholders ?? {}).map(([name, p]) => [name, expect.objectContaining({ content: p.content })])));
      const names = Object.keys(entry.placeholders ?? {});
      expect(names, key).toEqual([...names].sort());
      names.forEach((name, i) => {
        expect(name, key).toBe(name.toLowerCase());
        expect(entry.placeholders![name].content, `${key} ${name}`).toBe(`$${i + 1}`);
      });
    }
  });

  it('uses only placeholders it declares, each of them (a plural form may leave out the count it spells)', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const declared = Object.keys(entry.placeholders ?? {});
      const inMessage = used(entry.message);
      for (const name of inMessage) expect(declared, `${locale} ${key} uses $${name}$`).toContain(name);
      const form = pluralForm(key);
      const mayOmit = form && ['zero', 'one', 'two'].includes(form.category) ? ['count'] : [];
      for (const name of declared) if (!mayOmit.includes(name)) expect(inMessage, `${locale} ${key} leaves out $${name.toUpperCase()}$`).toContain(name);
      // No bare $1 (placeholders are named) and no stray dollar sign (write $$).
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$/g, ''), `${locale} ${key}`).not.toContain('$');
    }
  });

  it('writes every message out, trimmed, and translated where English would not do', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.message, key).toBe(entry.message.trim());
      if (locale !== DEFAULT_LOCALE && !SAME_AS_ENGLISH.has(key) && key !== 'messages_locale' && en[key]) {
        expect(entry.message, `${locale} ${key} is still English`).not.toBe(en[key].message);
      }
    }
  });

  it('fits the manifest fields in the stores’ limits', () => {
    expect(messages.ext_name.message.length).toBeLessThanOrEqual(45);
    expect(messages.ext_short_name.message.length).toBeLessThanOrEqual(12);
    expect(messages.ext_description.message.length).toBeLessThanOrEqual(132);
  });
});

describe('the fake i18n API (as Chromium substitutes)', () => {
  it('fills placeholders, keeps $$ as a dollar and leaves unknown $NAMES$ alone', () => {
    const entry = { message: 'Pay $$5 for $WHAT$ ($N$) $OTHER$', placeholders: { n: { content: '$2' }, what: { content: '$1' } } };
    expect(format(entry, ['tea', '3'])).toBe('Pay $5 for tea (3) $OTHER$');
  });
});
