// DOM clobbering: a page can shadow DOM members with its own elements. A <form> with
// <input name="parentNode"> makes form.parentNode that input (HTMLFormElement has
// [LegacyOverrideBuiltIns], so a named control hides even prototype members), and
// <img name="body"> makes document.body that image (Document has it too). DOMPurify's XSS
// payloads do exactly this, and in Chromium a walk up through such a form's "parentNode" went
// round in circles until it had counted 3,000,000 characters of a 5 KB page, and Readability,
// which reads these members everywhere, lost the story. linkedom has no named properties, so the
// CLI never saw it.
//
// Two tools, after DOMPurify's lookupGetter: `builtin` reads a member from the prototypes, past
// any named element, for the few reads made before a document is disarmed (and for live pages,
// which are not ours to change); `disarm` takes away, in the copy that analyze consumes, the
// `name` and `id` attributes that make a form's or the document's named properties hide a
// member. After that every walk (ours, and Readability's, which we cannot change) reads the
// real members at full speed. No globals: the prototypes are the nodes' own, so this works in
// the page, in an extension's isolated world, under linkedom and in tests.

/** `obj[prop]` as `obj`'s prototypes define it: a getter's value, or a method (call it with
 *  `obj` as this). DOMs that keep a member as an own data property of each node (linkedom:
 *  parentNode, nodeType, localName) have no named properties, so the own value is the member. */
export function builtin<T = unknown>(obj: object, prop: string): T {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return (d.get ? d.get.call(obj) : d.value) as T;
  }
  return (obj as Record<string, T>)[prop];
}

/** `obj[method](...args)` with the prototypes' method. */
export function callBuiltin<T = unknown>(obj: object, method: string, ...args: unknown[]): T {
  return (builtin<(...a: unknown[]) => T>(obj, method)).apply(obj, args);
}

/** Elements whose `name` names a property of their document (HTML's "exposed" elements;
 *  <object> by its id too, <img> by its id only while it also has a name). */
const DOCUMENT_NAMED = new Set(['embed', 'form', 'iframe', 'img', 'object']);

/** Tags the gate's walk (measureTree) hands to `disarm`: forms, and the document's named ones. */
export const NAMING_TAGS: ReadonlySet<string> = DOCUMENT_NAMED;

/** A form's named properties come from its listed elements (HTML's list, less image buttons,
 *  which form.elements also leaves out) and its images. */
const FORM_CONTROLS = 'button, fieldset, input, object, output, select, textarea, img';

/** Properties Readability sets on the elements it scores (node.readability = { contentScore });
 *  a form whose control is named so cannot take it, and its score would be the control. */
const READABILITY_EXPANDOS = new Set(['readability', '_readabilityDataTable']);

interface Members {
  /** Whether a form named property `name` would hide something a form has or is given. */
  ofForm(name: string): boolean;
  /** Whether a document named property `name` would hide one of the document's members. */
  ofDocument(name: string): boolean;
}

const membersByDoc = new WeakMap<Document, Members>();

function membersOf(doc: Document): Members {
  let m = membersByDoc.get(doc);
  if (!m) {
    // A fresh form has no controls, so `in` sees only what forms really have (own members too,
    // in DOMs that keep them on the node); the document's members are its prototypes'.
    const form = callBuiltin<object>(doc, 'createElement', 'form');
    const docProto = Object.getPrototypeOf(doc) as object;
    m = {
      ofForm: (name) => name in form || READABILITY_EXPANDOS.has(name),
      ofDocument: (name) => name in docProto,
    };
    membersByDoc.set(doc, m);
  }
  return m;
}

/**
 * Removes from `el` and, for a form, from its controls the `name` and `id` attributes that
 * shadow a member of the form or of the document, so that no named property hides one. Reads
 * `el` through its prototypes only, and never asks a form for a named property (a browser
 * remembers a name once asked, in the form's "past names map", even after the attribute goes).
 * Only for documents that are Lede's own copy: it changes the elements.
 */
export function disarm(el: Element): void {
  const tag = builtin<string>(el, 'localName');
  const doc = builtin<Document | null>(el, 'ownerDocument');
  if (!doc || !DOCUMENT_NAMED.has(tag)) return;
  const members = membersOf(doc);
  if (tag === 'form') {
    // form.elements lists every control the form owns, also those outside it (form="id");
    // DOMs without it (linkedom) have no named properties, and its descendants stand in.
    const listed = builtin<ArrayLike<Element> | undefined>(el, 'elements');
    const controls = listed
      ? [...Array.from(listed), ...Array.from(callBuiltin<ArrayLike<Element>>(el, 'getElementsByTagName', 'img'))]
      : Array.from(callBuiltin<ArrayLike<Element>>(el, 'querySelectorAll', FORM_CONTROLS));
    // Controls and images are never forms: their own members are real.
    for (const c of controls) {
      for (const attr of ['name', 'id']) {
        const v = c.getAttribute(attr);
        if (v && members.ofForm(v)) c.removeAttribute(attr);
      }
    }
  }
  const name = callBuiltin<string | null>(el, 'getAttribute', 'name');
  if (name && members.ofDocument(name)) callBuiltin(el, 'removeAttribute', 'name');
  const id = tag === 'object' || tag === 'img' ? callBuiltin<string | null>(el, 'getAttribute', 'id') : null;
  if (id && members.ofDocument(id)) callBuiltin(el, 'removeAttribute', 'id');
}
