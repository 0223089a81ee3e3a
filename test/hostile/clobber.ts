// The browser's named properties, simulated on a linkedom document (linkedom has none): what a
// browser does for a page's clobbering elements, done to the parsed instances, so that the core
// meets in the unit tests what it meets in Chromium. A form gets, for each name or id of a
// control it owns, an own property that answers that control while its attribute says so, and
// the real member once the attribute is gone (as a browser's named property getter does); the
// document likewise for its named <img>, <form>, <embed>, <iframe> and <object> elements.
// Members linkedom keeps as own data of each node (parentNode, nodeType) keep working for
// linkedom's own writes. Left out, and covered in Chromium by test/e2e/clobber.test.ts:
// localName and ownerDocument (own data in linkedom, so no prototype getter to fall back on
// here, where a browser has one), and the document members linkedom's own code reads.

/** A prototype's value for `prop`, never the instance's own (the real member). */
function protoValue(obj: object, prop: string): unknown {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d.get ? d.get.call(obj) : d.value;
  }
  return undefined;
}

const call = <T>(obj: object, method: string, ...args: unknown[]): T => (protoValue(obj, method) as (...a: unknown[]) => T).apply(obj, args);

const LISTED = new Set(['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img']);
const UNSHADOWABLE = new Set(['localName', 'ownerDocument']);
/** Document members that linkedom's own document code reads through `this` (its body getter
 *  asks this.head, which asks this.documentElement and this.createElement): shadowed, they
 *  would break linkedom itself, which a browser's native getters never do. */
const LINKEDOM_READS_OF_DOCUMENT = new Set(['head', 'documentElement', 'createElement', 'createAttribute', 'createTreeWalker', 'getElementsByTagName', 'childNodes', 'firstChild', 'firstElementChild']);

function shadow(target: object, name: string, named: () => Element | undefined): void {
  if (UNSHADOWABLE.has(name)) return;
  const own = Object.getOwnPropertyDescriptor(target, name);
  let store: unknown = own && 'value' in own ? own.value : undefined;
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: false,
    get: () => named() ?? (own ? store : protoValue(target, name)),
    set: (v: unknown) => {
      if (own) store = v; // linkedom's own bookkeeping (parentNode on a move)
    },
  });
}

/** Elements of `root` (descendants) as the prototypes list them. */
function all(root: object): Element[] {
  // (linkedom's getElementsByTagName('*') finds nothing; its querySelectorAll does.)
  return Array.from(call<ArrayLike<Element>>(root, 'querySelectorAll', '*'));
}

const attr = (el: Element, name: string): string | null => call<string | null>(el, 'getAttribute', name);
const tag = (el: Element): string => el.localName;

/** Gives `doc`'s forms and `doc` the named properties a browser would. Returns the names
 *  shadowed, for the test to check that the simulation bites. */
export function simulateNamedProperties(doc: Document): { form: string[]; document: string[] } {
  const shadowed = { form: [] as string[], document: [] as string[] };
  for (const form of all(doc).filter((el) => tag(el) === 'form')) {
    const owned = () => all(form).filter((el) => LISTED.has(tag(el)) && !(tag(el) === 'input' && attr(el, 'type') === 'image'));
    const names = new Set(owned().flatMap((el) => [attr(el, 'name'), attr(el, 'id')].filter((v): v is string => !!v)));
    for (const n of names) {
      shadow(form, n, () => owned().find((el) => attr(el, 'name') === n || attr(el, 'id') === n));
      shadowed.form.push(n);
    }
  }
  const exposed = () => all(doc).filter((el) => ['img', 'form', 'embed', 'iframe', 'object'].includes(tag(el)));
  const namesOf = (el: Element) => {
    const name = attr(el, 'name');
    const id = attr(el, 'id');
    // <object> by its id; <img> by its id only while it has a name too.
    return [name, tag(el) === 'object' || (tag(el) === 'img' && name) ? id : null].filter((v): v is string => !!v);
  };
  for (const n of new Set(exposed().flatMap(namesOf))) {
    if (LINKEDOM_READS_OF_DOCUMENT.has(n)) continue;
    shadow(doc, n, () => exposed().find((el) => namesOf(el).includes(n)));
    shadowed.document.push(n);
  }
  return shadowed;
}
