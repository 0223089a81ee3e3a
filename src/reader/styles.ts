// The reader's look, as a string for the shadow root (no remote fonts: system stacks only).
// Logical properties (inline-start/end): the controls mirror with the user's direction, the
// story's quotes and lists with the story's own.
// Light and dark follow the system. The page's own CSS cannot reach in (closed shadow root), and
// `:host` resets whatever the page's CSS sets on the host element's inherited properties.
export const READER_CSS = /* css */ `
:host {
  all: initial;
  --bg: #fbfaf7;
  --fg: #1f1d1a;
  --muted: #6b655c;
  --rule: #e4e0d8;
  --accent: #8a3b12;
  --link: #1f4f8a;
  --focus: #2f6fd6;
  --caption: #57524a;
  --button-bg: #f1eee8;
  --button-hover: #e7e2d9;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host {
    --bg: #1b1a18;
    --fg: #e9e5dd;
    --muted: #a59d90;
    --rule: #3a3732;
    --accent: #e3a06f;
    --link: #9cc2ff;
    --focus: #8ab4ff;
    --caption: #bdb5a8;
    --button-bg: #2a2825;
    --button-hover: #36332f;
    color-scheme: dark;
  }
}
*, *::before, *::after { box-sizing: border-box; }

/* The top-layer dialog that holds the reader (reader.ts): no box of its own, no backdrop. */
dialog.layer {
  position: fixed;
  inset: 0;
  width: 100%;
  height: 100%;
  max-width: none;
  max-height: none;
  margin: 0;
  padding: 0;
  border: 0;
  background: transparent;
  color: inherit;
  overflow: visible;
}
dialog.layer::backdrop { background: transparent; }

.scroller {
  position: fixed;
  inset: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: var(--bg);
  color: var(--fg);
  font: 400 20px/1.6 Charter, "Bitstream Charter", "Sitka Text", "Iowan Old Style", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif;
  -webkit-font-smoothing: antialiased;
  text-rendering: optimizeLegibility;
}
.scroller:focus { outline: none; }

.close {
  position: fixed;
  top: 16px;
  inset-inline-end: 24px;
  z-index: 1;
  width: 44px;
  height: 44px;
  border: 1px solid var(--rule);
  border-radius: 50%;
  background: var(--button-bg);
  color: var(--fg);
  font: 400 26px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  cursor: pointer;
  display: grid;
  place-items: center;
  padding: 0 0 3px;
}
.close:hover { background: var(--button-hover); }
.close:focus-visible, a:focus-visible, summary:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.scroller > article {
  max-width: 65ch;
  margin: 0 auto;
  padding: 72px 24px 96px;
}

.scroller > article > header { margin-bottom: 2.2em; }
.site {
  margin: 0 0 0.9em;
  font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--accent);
}
h1.title {
  margin: 0 0 0.5em;
  font-size: clamp(30px, 4.2vw, 42px);
  line-height: 1.18;
  font-weight: 700;
  letter-spacing: -0.01em;
  text-wrap: balance;
}
.meta {
  margin: 0;
  padding-bottom: 1.6em;
  border-bottom: 1px solid var(--rule);
  font: 400 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--muted);
}

.teaser {
  margin: 1em 0 0;
  padding: 0.6em 0.9em;
  border-inline-start: 3px solid var(--rule);
  font: 400 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--muted);
}

.story { overflow-wrap: break-word; hyphens: auto; }
.story p, .story ul, .story ol, .story blockquote, .story figure, .story pre, .story table { margin: 0 0 1.15em; }
.story h2, .story h3, .story h4, .story h5, .story h6 { line-height: 1.3; margin: 1.8em 0 0.6em; }
.story h2 { font-size: 1.35em; }
.story h3 { font-size: 1.15em; }
.story h4, .story h5, .story h6 { font-size: 1em; }
.story a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.18em; }
.story a:hover { text-decoration-thickness: 2px; }
.story img, .story picture, .story video, .story svg {
  display: block;
  max-width: 100%;
  height: auto;
  margin: 0 auto;
  border-radius: 4px;
}
.story figure { margin-inline: 0; }
.story figcaption, .story .caption {
  margin-top: 0.6em;
  font: 400 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--caption);
}
.story blockquote {
  margin-inline-start: 0;
  padding-inline-start: 1em;
  border-inline-start: 3px solid var(--accent);
  font-style: italic;
}
.story ul, .story ol { padding-inline-start: 1.4em; }
.story li { margin-bottom: 0.35em; }
.story .quote-target:focus { outline: none; } /* focused for screen readers; the tint marks it */
.story .quote-target {
  background: color-mix(in srgb, var(--accent) 12%, transparent);
  box-shadow: 0 0 0 0.4em color-mix(in srgb, var(--accent) 12%, transparent);
  border-radius: 2px;
}
.story hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.story pre, .story code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
.story pre { overflow-x: auto; padding: 0.8em 1em; background: var(--button-bg); border-radius: 4px; }
.story table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.85em; }
.story th, .story td { border: 1px solid var(--rule); padding: 0.35em 0.6em; text-align: start; }

footer.removed {
  margin-top: 3em;
  padding-top: 1.2em;
  border-top: 1px solid var(--rule);
  font: 400 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--muted);
}
footer.removed summary { cursor: pointer; width: max-content; border-radius: 2px; }
footer.removed ol { margin: 0.8em 0 0; padding: 0; list-style: none; }
footer.removed li { margin: 0 0 0.8em; padding-inline-start: 0.8em; border-inline-start: 2px solid var(--rule); }
.reason { display: block; font-weight: 600; color: var(--fg); }
.removed-text { display: block; white-space: pre-line; }
footer.removed li.is-restored { border-inline-start-color: var(--accent); }
.removed-actions { display: flex; gap: 0.5em; margin-top: 0.4em; }
.removed-actions button, .restored-bar button {
  font: 500 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
  background: var(--button-bg);
  border: 1px solid var(--rule);
  border-radius: 4px;
  padding: 0.3em 0.7em;
  cursor: pointer;
}
.removed-actions button:hover, .restored-bar button:hover { background: var(--button-hover); }
.removed-actions button:focus-visible, .restored-bar button:focus-visible, .restored:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.restored:focus { outline: none; }

/* A block brought back: in its place, but visibly not part of what Lede kept. */
.story .restored { margin: 0 0 1.15em; padding-inline-start: 1em; border-inline-start: 2px solid var(--rule); }
.restored-bar {
  display: flex;
  align-items: center;
  gap: 0.8em;
  margin-bottom: 0.5em;
  font: 500 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--muted);
}
.restored-bar button { font-size: 12px; padding: 0.15em 0.6em; }
.restored-body > :last-child { margin-bottom: 0; }
.restored-body > :first-child { margin-top: 0; }
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

@media (max-width: 600px) {
  .scroller { font-size: 18px; }
  .scroller > article { padding: 64px 18px 72px; }
  .close { top: 10px; inset-inline-end: 12px; }
}
@media print {
  .close, footer.removed, .restored-bar { display: none; }
}
`;
