// The code and the messages agree: every key the code looks up exists in en (and so, by the
// locale tests, everywhere), and every key of en is looked up somewhere (or named by the
// manifest): no dead translations for translators to keep.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readMessages } from './fake-i18n';
import { failuresWithoutCode, lookups, ROOT, sourceFiles, stringLiterals } from './scan';

const en = readMessages(DEFAULT_LOCALE);
const keys = Object.keys(en);
const pluralBases = keys.flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : []));
const isPluralForm = (key: string) => pluralBases.some((base) => new RegExp(`^${base}_(zero|one|two|few|many|other)$`).test(key));
// The extension's code: everything but the core and the CLI, which speak no user's language.
const files = ['src/background', 'src/content', 'src/popup', 'src/reader', 'src/shared'].flatMap(sourceFiles);
const manifestKeys = [...readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]);

describe('message keys in the code', () => {
  const calls = lookups(files);

  it('finds the lookups (the scan works)', () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  it('are all in en: t() takes plain keys, plural() the base of a plural group', () => {
    for (const call of calls) {
      if (call.key === null) continue; // typed by MessageKey: the compiler checks these
      if (call.fn === 'plural') expect(pluralBases, call.where).toContain(call.key);
      else expect(keys.filter((k) => !isPluralForm(k)), call.where).toContain(call.key);
    }
  });

  it('cover every key of en', () => {
    const literals = stringLiterals(files);
    const unused = keys.filter((key) => {
      if (manifestKeys.includes(key) || literals.has(key)) return false;
      const base = pluralBases.find((b) => key.startsWith(`${b}_`) && isPluralForm(key));
      return !(base && literals.has(base));
    });
    expect(unused).toEqual([]);
  });
});

describe('failures', () => {
  it('carry a code wherever they are made (core, background, content script, popup), so the popup can say them in the user’s language', () => {
    expect(failuresWithoutCode(['src/core', ...['src/background', 'src/content', 'src/popup', 'src/reader', 'src/shared']].flatMap(sourceFiles))).toEqual([]);
  });

  it('are found by the scan', () => {
    expect(failuresWithoutCode(['test/i18n/fixtures/failure-without-code.ts'])).toEqual(['test/i18n/fixtures/failure-without-code.ts:3']);
  });
});
