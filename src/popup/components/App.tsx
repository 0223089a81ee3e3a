import { usePopupController, type PopupDeps } from '../controller';
import { Popup } from './Popup';

/** Connects the controller (browser plumbing, injected) to the pure view. */
export function App({ deps }: { deps: PopupDeps }) {
  const { state, toggleReader, showQuote, retry } = usePopupController(deps);
  return <Popup state={state} onToggleReader={toggleReader} onShowQuote={showQuote} copyText={deps.copyText} onRetry={retry} />;
}
