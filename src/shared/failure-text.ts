// A Failure in the user's language. The core and the extension's contexts give a code (and the
// numbers it needs) besides their English sentence; this turns the code into the sentence of the
// messages shown. The popup, the reader note and the toolbar tooltip all say failures this way.
import type { Failure, FailureCode, FailureStatus } from '../core/types';
import { t, type PlainKey } from './i18n';

/** The sentence for each code; `limit` and `ms` come from Failure.params. */
const SENTENCE: Record<FailureCode, (params: Readonly<Record<string, number>>) => string> = {
  'empty-page': () => t('failure_empty_page'),
  'not-html': () => t('failure_not_html'),
  'too-much-text': (p) => t('failure_too_much_text', { limit: p.limit ?? 0 }),
  'too-many-elements': (p) => t('failure_too_many_elements', { limit: p.limit ?? 0 }),
  'too-deep': (p) => t('failure_too_deep', { limit: p.limit ?? 0 }),
  'no-story': () => t('failure_no_story'),
  'home-page': () => t('failure_home_page'),
  'listing-page': () => t('failure_listing_page'),
  'search-page': () => t('failure_search_page'),
  'consent-wall': () => t('failure_consent_wall'),
  'error-page': () => t('failure_error_page'),
  'login-page': () => t('failure_login_page'),
  'video-page': () => t('failure_video_page'),
  'forum-page': () => t('failure_forum_page'),
  'product-page': () => t('failure_product_page'),
  'not-a-story': () => t('failure_not_a_story'),
  frames: () => t('failure_frames'),
  'analysis-timeout': () => t('failure_analysis_timeout'),
  'analysis-error': () => t('failure_analysis_error'),
  'source-view': () => t('failure_source_view'),
  'web-store': () => t('failure_web_store'),
  pdf: () => t('failure_pdf'),
  'browser-page': () => t('failure_browser_page'),
  'file-access': () => t('failure_file_access'),
  restricted: () => t('failure_restricted'),
  'start-failed': () => t('failure_start_failed'),
  'no-tab': () => t('failure_no_tab'),
  'inject-timeout': () => t('failure_inject_timeout'),
  'no-answer': () => t('failure_no_answer'),
  'read-failed': () => t('failure_read_failed'),
  'open-reader-failed': () => t('failure_open_reader_failed'),
  'answer-timeout': () => t('failure_answer_timeout'),
  'no-background': () => t('failure_no_background'),
  'unexpected-answer': () => t('failure_unexpected_answer'),
  'reader-removed': () => t('failure_reader_removed'),
};

/** Codes whose failure knows better than the status's general advice what to do. */
const ADVICE: Partial<Record<FailureCode, PlainKey>> = {
  'not-html': 'failure_not_html_advice',
  frames: 'failure_frames_advice',
  'home-page': 'failure_home_page_advice',
  'listing-page': 'failure_listing_page_advice',
  'search-page': 'failure_search_page_advice',
  'consent-wall': 'failure_consent_wall_advice',
  'error-page': 'failure_error_page_advice',
  'login-page': 'failure_login_page_advice',
  'video-page': 'failure_video_page_advice',
  'forum-page': 'failure_forum_page_advice',
  'product-page': 'failure_product_page_advice',
  'not-a-story': 'status_no_article_advice',
};

/** What went wrong, in the user's language. A failure without a known code (from an older
 *  producer) keeps its English sentence: better than nothing. */
export function failureSentence(failure: Failure): string {
  const say = failure.code && Object.hasOwn(SENTENCE, failure.code) ? SENTENCE[failure.code] : undefined;
  return say ? say(failure.params ?? {}) : failure.message;
}

/** The failure's own advice, when it has some (else the status's general advice applies). */
export function failureAdvice(failure: Failure): string | undefined {
  const key = failure.code && Object.hasOwn(ADVICE, failure.code) ? ADVICE[failure.code] : undefined;
  return key ? t(key) : failure.advice;
}

/** The heading and general advice for each status. An unknown status (a newer sender) reads as
 *  an internal failure. */
const STATUS_TEXT = {
  'no-article': ['status_no_article_heading', 'status_no_article_advice'],
  'restricted-page': ['status_restricted_heading', 'status_restricted_advice'],
  'too-large': ['status_too_large_heading', 'status_too_large_advice'],
  timeout: ['status_timeout_heading', 'status_timeout_advice'],
  internal: ['status_internal_heading', 'status_internal_advice'],
} as const satisfies Record<FailureStatus, readonly [PlainKey, PlainKey]>;

function statusText(status: FailureStatus): readonly [PlainKey, PlainKey] {
  return Object.hasOwn(STATUS_TEXT, status) ? STATUS_TEXT[status] : STATUS_TEXT.internal;
}

export function statusHeading(status: FailureStatus): string {
  return t(statusText(status)[0]);
}

export function statusAdvice(status: FailureStatus): string {
  return t(statusText(status)[1]);
}
