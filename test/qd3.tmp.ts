import { runQuoteSet } from './quotes/run';
const r = runQuoteSet();
const t = r.total, p = r.popup;
console.log(`own P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} speaker ${t.speakerAccuracy.toFixed(3)} popupP ${p.precision.toFixed(3)} popup speaker ${p.speakerAccuracy.toFixed(3)}`);
