// Every way reading a page can fail, each as a sentence a person understands and what to do next,
// in the user's language (src/shared/failure-text.ts).
import type { Failure, FailureStatus } from '../../core/types';
import { failureAdvice, failureSentence, statusAdvice, statusHeading } from '../../shared/failure-text';
import { t } from '../../shared/i18n';

/** Statuses worth another try: the page may have finished loading, the hiccup may pass. */
const RETRY: Record<FailureStatus, boolean> = {
  'no-article': false,
  'restricted-page': false,
  'too-large': false,
  timeout: true,
  internal: true,
};

export interface FailureViewProps {
  failure: Failure;
  onRetry: () => void;
}

export function FailureView({ failure, onRetry }: FailureViewProps) {
  const status: FailureStatus = Object.hasOwn(RETRY, failure.status) ? failure.status : 'internal';
  const sentence = failureSentence(failure);
  const ownAdvice = failureAdvice(failure);
  // The background writes a specific sentence for restricted pages (a PDF, a store, file://); the
  // analysis, what went wrong and what to do when it knows better (a page in frames, an image).
  const advice = status === 'restricted-page' && sentence ? sentence : (ownAdvice ?? statusAdvice(status));
  const reason = ownAdvice && status !== 'restricted-page' ? sentence : undefined;
  // Technical detail stays as the browser or the analysis wrote it (English): it is for bug
  // reports and searches, like the browser's own error texts it often quotes.
  // The core's "no story" detail is advice, not a detail: the advice above says it already.
  const ownDetail = failure.code === 'no-story' ? undefined : failure.detail;
  const technical = status === 'internal' ? [sentence, ownDetail] : [ownDetail];
  const detail = technical.filter((text): text is string => Boolean(text && text.trim())).join('\n');

  return (
    <main class={`state failure ${status}`} role="alert">
      <h1>{statusHeading(status)}</h1>
      {reason && <p class="reason">{reason}</p>}
      <p class="advice">{advice}</p>
      {RETRY[status] && (
        <button type="button" class="secondary" onClick={onRetry}>
          {t('retry_button')}
        </button>
      )}
      {detail && (
        <details>
          <summary>{t('technical_details')}</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}
