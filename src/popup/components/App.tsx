import { useEffect, useRef } from 'preact/hooks';
import { usePopupController, type PopupDeps } from '../controller';
import { ANSWER_SHOWN_MARK } from '../marks';
import { Popup } from './Popup';

/** Connects the controller (browser plumbing, injected) to the pure view. */
export function App({ deps }: { deps: PopupDeps }) {
  const { state, toggleReader, showQuote, retry } = usePopupController(deps);
  const marked = useRef(false);
  useEffect(() => {
    if (state.kind === 'loading' || marked.current) return;
    marked.current = true;
    // After the frame that paints it: animation frames run before their paint, the task after.
    requestAnimationFrame(() => setTimeout(() => performance.mark(ANSWER_SHOWN_MARK)));
  }, [state.kind]);
  return <Popup state={state} onToggleReader={toggleReader} onShowQuote={showQuote} copyText={deps.copyText} onRetry={retry} />;
}
