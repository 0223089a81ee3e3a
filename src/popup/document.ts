// The popup page in the user's language: <html lang dir> from the messages shown, so the layout
// (logical CSS properties in popup.css) mirrors for Arabic and Urdu, and the page's title.
import { t, uiDir, uiLocale } from '../shared/i18n';

export function localizeDocument(doc: Document): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDir();
  doc.title = t('ext_name');
}
