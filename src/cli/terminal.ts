// What the CLI prints comes from pages, and a page can carry control characters: an escape
// sequence in a title can recolour, retitle or clear the reader's terminal, a carriage return can
// overwrite a line, a BEL rings (a Dragnet page has one in a list item). Everything printed for
// people passes through here; the jsonl data keeps every character but escapes them.

// Whole escape sequences first, so that no "[31m" is left behind: CSI (ESC [ or C1 CSI,
// parameters, final byte), OSC and other strings (ESC ] or C1 OSC … up to BEL or ST), and
// two-character escapes.
const SEQUENCES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]/g;
// Then any control left: C0 except tab and line feed, DEL, and the C1 controls (which some
// terminals obey when they arrive as UTF-8).
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Text for a terminal: escape sequences and control characters removed, tab and line feed
 *  kept. */
export function printable(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/** A name (a file path) in a message: control characters shown as "?", as ls does, so that the
 *  name stays recognisable and cannot rewrite the line. */
export function printableName(name: string): string {
  return name.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
}

/** JSON.stringify escapes C0 controls but writes DEL and the C1 controls as they are; escape
 *  those too. The line is the same JSON (it parses to the same strings). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
