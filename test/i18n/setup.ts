// Every unit test runs as under an English browser: the extension's code finds the i18n API
// (src/shared/i18n.ts) reading public/_locales/en. A test that wants another language calls
// useLocale() and sets 'en' back after itself.
import { useLocale } from './fake-i18n';

useLocale('en');
