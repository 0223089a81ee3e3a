// Every way reading a page can fail, each as a sentence a person understands and what to do next.
import type { Failure, FailureStatus } from '../../core/types';

interface Copy {
  heading: string;
  advice: string;
  retry: boolean;
}

const COPY: Record<FailureStatus, Copy> = {
  'no-article': {
    heading: 'Lede couldn’t find a story on this page',
    advice: 'Lede works on single news stories and articles. Open one story (not a home page, a section front or search results) and try again.',
    retry: false,
  },
  'restricted-page': {
    heading: 'Lede can’t read this page',
    advice: 'Your browser does not let extensions read this kind of page. Open a news article in a normal tab and try Lede there.',
    retry: false,
  },
  'too-large': {
    heading: 'This page is too large to read',
    advice: 'Lede stops on very large pages so that your browser stays responsive. Try the story’s own page, or its print version.',
    retry: false,
  },
  timeout: {
    heading: 'Reading this page took too long',
    advice: 'Lede stopped so that your browser stays responsive. Let the page finish loading, then try again.',
    retry: true,
  },
  internal: {
    heading: 'Something went wrong',
    advice: 'Lede ran into an unexpected problem on this page. Reloading the page and trying again often helps.',
    retry: true,
  },
};

export interface FailureViewProps {
  failure: Failure;
  onRetry: () => void;
}

export function FailureView({ failure, onRetry }: FailureViewProps) {
  const copy = COPY[failure.status] ?? COPY.internal;
  // The background writes a specific sentence for restricted pages (a PDF, a store, file://); the
  // analysis, what went wrong and what to do when it knows better (a page in frames, an image).
  const advice = failure.status === 'restricted-page' && failure.message ? failure.message : (failure.advice ?? copy.advice);
  const reason = failure.advice && failure.status !== 'restricted-page' ? failure.message : undefined;
  const technical = failure.status === 'internal' ? [failure.message, failure.detail] : [failure.detail];
  const detail = technical.filter((t): t is string => Boolean(t && t.trim())).join('\n');

  return (
    <main class={`state failure ${failure.status}`} role="alert">
      <h1>{copy.heading}</h1>
      {reason && <p class="reason">{reason}</p>}
      <p class="advice">{advice}</p>
      {copy.retry && (
        <button type="button" class="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
      {detail && (
        <details>
          <summary>Technical details</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}
