import type { PopupState } from '../state';
import { ArticleView } from './ArticleView';
import { FailureView } from './FailureView';
import { Loading } from './Loading';

export interface PopupProps {
  state: PopupState;
  onToggleReader: () => void;
  onShowQuote: (index: number) => void;
  copyText?: (text: string) => Promise<void>;
  onRetry: () => void;
  locale?: string;
}

/** The whole popup as a pure function of its state. */
export function Popup({ state, onToggleReader, onShowQuote, copyText, onRetry, locale }: PopupProps) {
  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'article':
      return (
        <ArticleView
          article={state.article}
          reader={state.reader}
          readerError={state.readerError}
          onToggleReader={onToggleReader}
          onShowQuote={onShowQuote}
          copyText={copyText}
          locale={locale}
        />
      );
    case 'failure':
      return <FailureView failure={state.failure} onRetry={onRetry} />;
  }
}
