// A stand-in for the browser's i18n API that reads the extension's own messages.json files, the
// way Chromium does: the chosen locale's messages, the default locale's for keys it lacks, keys
// matched without regard to case, $NAME$ placeholders replaced by their content, $1…$9 by the
// substitutions, $$ as a dollar sign, and the predefined @@ messages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { I18nApi } from '../../src/shared/i18n';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
export const DEFAULT_LOCALE = 'en';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

export function locales(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function readMessages(locale: string): MessageFile {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessageFile;
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Chromium's substitution, for one entry. */
export function format(entry: MessageEntry, substitutions: string[] = []): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$|\$[1-9]/gi, (match, name?: string) => {
    if (match === '$$') return '$';
    if (name === undefined) return fill(match);
    const content = placeholders[name.toLowerCase()];
    return content === undefined ? match : fill(content);
  });
}

export function fakeI18n(locale: string): I18nApi & { getUILanguage(): string } {
  const lower = (file: MessageFile) => Object.fromEntries(Object.entries(file).map(([k, v]) => [k.toLowerCase(), v]));
  const own = lower(readMessages(locale));
  const fallback = lower(readMessages(DEFAULT_LOCALE));
  const dir = RTL.has(locale.split(/[-_]/)[0]) ? 'rtl' : 'ltr';
  const predefined: Record<string, string> = {
    '@@ui_locale': locale.replace('-', '_'),
    '@@bidi_dir': dir,
    '@@bidi_reversed_dir': dir === 'rtl' ? 'ltr' : 'rtl',
    '@@bidi_start_edge': dir === 'rtl' ? 'right' : 'left',
    '@@bidi_end_edge': dir === 'rtl' ? 'left' : 'right',
  };
  return {
    getMessage(key, substitutions) {
      if (key in predefined) return predefined[key];
      const entry = own[key.toLowerCase()] ?? fallback[key.toLowerCase()];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return format(entry, subs.map(String));
    },
    getUILanguage: () => locale.replace('_', '-'),
  };
}

/** Make `locale` the browser's language for the code under test (globalThis.chrome.i18n). */
export function useLocale(locale: string): void {
  const g = globalThis as { chrome?: Record<string, unknown> };
  g.chrome = { ...(g.chrome ?? {}), i18n: fakeI18n(locale) };
}
