// A page that rewrites, in its own (main) world, the built-ins a content script might lean on:
// array and string methods, JSON, shadow roots, cloning, queries, timers and observers. Each
// replacement gives wrong answers, and counts its calls on <html data-sabotage-calls>, so the
// test knows whether anything of Lede's ran through them (Lede runs in its own isolated world and
// should never). attachShadow also forces roots open and keeps them, to steal the reader's.
(() => {
  const root = document.documentElement;
  const setAttr = Element.prototype.setAttribute;
  let calls = 0;
  const count = () => setAttr.call(root, 'data-sabotage-calls', String(++calls));
  setAttr.call(root, 'data-sabotage-calls', '0');
  const spoil = (target, name, make) => {
    const original = target[name];
    Object.defineProperty(target, name, { configurable: true, writable: true, value: make(original) });
  };
  const garbage = (value) => () => function () { count(); return value; };

  for (const name of ['map', 'filter', 'slice', 'concat', 'flatMap', 'flat', 'sort', 'reverse', 'splice']) spoil(Array.prototype, name, garbage([]));
  for (const name of ['forEach']) spoil(Array.prototype, name, garbage(undefined));
  for (const name of ['push', 'unshift']) spoil(Array.prototype, name, garbage(0));
  for (const name of ['indexOf', 'findIndex', 'lastIndexOf']) spoil(Array.prototype, name, garbage(-1));
  for (const name of ['includes', 'some', 'every']) spoil(Array.prototype, name, garbage(false));
  spoil(Array.prototype, 'join', garbage('PWNED'));
  spoil(Array, 'from', garbage([]));
  spoil(Array, 'isArray', garbage(false));
  for (const name of ['replace', 'replaceAll', 'trim', 'toLowerCase', 'toUpperCase', 'normalize', 'slice', 'substring']) spoil(String.prototype, name, garbage('PWNED'));
  spoil(String.prototype, 'split', garbage(['PWNED']));
  spoil(JSON, 'parse', garbage({ status: 'ok', title: 'PWNED' }));
  spoil(JSON, 'stringify', garbage('{"status":"ok","title":"PWNED"}'));
  spoil(Object, 'keys', garbage([]));
  spoil(Object, 'entries', garbage([]));
  spoil(Promise.prototype, 'then', garbage(undefined));

  const stolen = [];
  spoil(Element.prototype, 'attachShadow', (original) => function (init) {
    count();
    const shadow = original.call(this, Object.assign({}, init, { mode: 'open' }));
    stolen[stolen.length] = shadow;
    setAttr.call(root, 'data-stolen-roots', String(stolen.length));
    return shadow;
  });
  const fake = () => {
    const doc = document.implementation.createHTMLDocument('PWNED headline');
    doc.body.innerHTML = '<article><h1>PWNED headline</h1><p>“This story was replaced by the page,” said Mallory Evil. It is long enough to look like a story to a reader that believes what it is handed, with more words here.</p></article>';
    return doc;
  };
  spoil(Node.prototype, 'cloneNode', () => function () { count(); return fake(); });
  Object.defineProperty(document, 'cloneNode', { configurable: true, value: () => (count(), fake()) });
  spoil(Node.prototype, 'appendChild', garbage(null));
  spoil(Element.prototype, 'append', garbage(undefined));
  spoil(Element.prototype, 'remove', garbage(undefined));
  spoil(Element.prototype, 'getAttribute', garbage('PWNED'));
  spoil(Document.prototype, 'querySelectorAll', garbage([]));
  spoil(Document.prototype, 'createElement', (original) => function (...args) { count(); return original.apply(this, args); });
  spoil(EventTarget.prototype, 'addEventListener', garbage(undefined));
  spoil(window, 'setTimeout', garbage(0));
  spoil(window, 'MutationObserver', garbage(undefined));
  spoil(window, 'CSSStyleSheet', garbage(undefined));
})();
