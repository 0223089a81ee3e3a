// What the popup can be showing. One value, so every state is distinct and the view is a pure
// function of it.
import type { Article, Failure } from '../core/types';

/** The reader toggle's progress, shown beside the button. */
export type ReaderStatus = 'idle' | 'working' | 'open' | 'closed';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; reader: ReaderStatus; readerError?: Failure }
  | { kind: 'failure'; failure: Failure };
