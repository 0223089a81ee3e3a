// Which pages the browser will not let an extension script, and what the user can do about it.
// Shared: the background answers for pages it cannot enter, the content script for a PDF viewer it
// was let into.
// Two ways in: the tab's URL before we try (browser pages, add-on stores, source views are never
// scriptable), and the error text after a failed executeScript (file:// without the user's
// permission, a PDF in the browser's viewer, or any page when we could not see the URL). Both end
// in the same Failure, so the popup can say one clear sentence.
import type { Failure, FailureCode } from '../core/types';

// The English sentences (tests, logs); the popup shows each code in the user's language
// (failure-text.ts).
type RestrictedCode = Extract<FailureCode, 'source-view' | 'web-store' | 'pdf' | 'browser-page' | 'file-access' | 'restricted'>;
const SENTENCES: Record<RestrictedCode, string> = {
  'source-view': 'This is the page’s source view, which extensions cannot read. Open the page itself and try Lede there.',
  'web-store': 'Browsers do not let extensions read their add-on stores. Open a news article in a normal tab and try Lede there.',
  pdf: 'Lede reads web pages, not PDF files. Open the article’s web page instead of the PDF.',
  'browser-page': 'This is one of the browser’s own pages, which extensions cannot read. Open a news article in a normal tab and try Lede there.',
  // When the browser hid the address too (no permission for the tab yet): it may be a file on
  // disk, the one case the user can change, so the sentence says how.
  restricted:
    'Your browser does not let extensions read this kind of page. Open a news article in a normal tab and try Lede there. If it is a file on your computer, turn on “Allow access to file URLs” in Lede’s details on the extensions page.',
  'file-access':
    'Lede cannot read files on your computer until you allow it: turn on “Allow access to file URLs” in Lede’s details on the extensions page, then reload this tab.',
};

const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai'; // Chromium's built-in PDF viewer extension
const BROWSER_SCHEMES = new Set([
  'chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'chrome-extension:', 'moz-extension:',
  'extension:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'resource:', 'data:', 'javascript:', 'blob:',
]);

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** What a URL that can never be scripted is, or null when trying is worth it. */
function restrictedCode(u: URL | null): RestrictedCode | null {
  if (!u) return null;
  if (u.protocol === 'view-source:') return 'source-view';
  if (STORE_HOSTS.has(u.hostname) || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return 'web-store';
  if (u.protocol === 'chrome-extension:' && u.hostname === PDF_VIEWER_ID) return 'pdf';
  if (BROWSER_SCHEMES.has(u.protocol)) return 'browser-page';
  return null;
}

/** The sentence (in English) for a URL that can never be scripted, or null when trying is worth it. */
export function restrictedReason(url: string | undefined): string | null {
  const code = restrictedCode(parse(url));
  return code ? SENTENCES[code] : null;
}

/** Chromium shows a PDF in a page content scripts can enter, with no story in it: the content
 *  script says what it is (the background says it too when it sees a .pdf address). */
export function pdfFailure(): Failure {
  return restrictedPage('pdf');
}

/** A Failure for a URL that can never be scripted (checked before injecting), else null. */
export function restrictedFailure(url: string | undefined): Failure | null {
  const code = restrictedCode(parse(url));
  return code ? restrictedPage(code) : null;
}

function restrictedPage(code: RestrictedCode, detail?: string): Failure {
  return detail === undefined ? { status: 'restricted-page', code, message: SENTENCES[code] } : { status: 'restricted-page', code, message: SENTENCES[code], detail };
}

// Error texts Chromium and Firefox give when a page may not be scripted.
const RESTRICTED_ERRORS = [
  /cannot access contents of (the page|url)/i,
  /cannot access a [a-z-]+:\/\/ url/i,
  /extensions gallery cannot be scripted/i,
  /cannot be scripted due to an extensionssettings policy/i,
  /missing host permission/i,
];

export function isRestrictedError(error: unknown): boolean {
  return RESTRICTED_ERRORS.some((re) => re.test(errorText(error)));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turn a failed injection into a Failure: restricted pages get a sentence about what to do,
 *  anything else is an internal error with the technical detail kept for the curious. */
export function injectionFailure(error: unknown, url: string | undefined): Failure {
  const detail = errorText(error);
  const u = parse(url);
  const known = restrictedCode(u);
  if (known) return restrictedPage(known, detail);
  if (isRestrictedError(error)) {
    let code: RestrictedCode = 'restricted';
    if (u && /\.pdf$/i.test(u.pathname)) code = 'pdf';
    else if (u?.protocol === 'file:') code = 'file-access';
    return restrictedPage(code, detail);
  }
  return { status: 'internal', code: 'start-failed', message: 'Lede could not start on this page.', detail };
}
