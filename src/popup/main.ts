// The popup's entry, kept small: it asks for the analysis at once (early.ts), then loads the UI
// (ui.tsx, with Preact and the polyfill) while the answer is on its way. The stylesheet is the
// entry's, so the page links it from the start.
import { startFirstRequest } from './early';
import './popup.css';

const early = startFirstRequest(location.search);
void import('./ui').then(({ mount }) => mount(early));
