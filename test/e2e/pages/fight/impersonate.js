// A page that pretends to be Lede: it posts Lede-shaped messages to itself and to any frame,
// dispatches look-alike DOM events and untrusted key presses (Escape) at the reader, and tries
// chrome.runtime, which a web page only has when an extension lets pages connect to it
// (externally_connectable). What it manages is written on <html data-*> for the test.
(() => {
  const root = document.documentElement;
  const id = new URLSearchParams(location.hash.slice(1)).get('id') || '';
  const forged = [
    { type: 'lede/toggle-reader' },
    { type: 'lede/analyze' },
    { type: 'lede/show-quote', quote: 0 },
    { type: 'lede/reader-state' },
    { type: 'lede/get-analysis', tabId: 1, refresh: true },
    { type: 'lede/toggle-reader', analysis: { status: 'ok', title: 'FORGED', html: '<img src=x onerror=alert(1)>', text: 'FORGED', paragraphs: ['FORGED'], summary: ['FORGED'], quotes: [], removed: [], timings: {} } },
  ];
  const runtime = typeof chrome === 'object' && chrome && chrome.runtime;
  root.dataset.runtime = runtime ? Object.keys(runtime).join(',') || 'empty' : 'none';
  const results = [];
  const attack = () => {
    for (const message of forged) {
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      document.dispatchEvent(new CustomEvent('lede', { detail: message }));
      document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      if (runtime && typeof runtime.sendMessage === 'function') {
        try {
          runtime.sendMessage(id, message, (answer) => results.push(JSON.stringify(answer ?? null)));
        } catch (error) {
          results.push(`threw: ${error && error.message}`);
        }
      }
    }
    const host = document.querySelector('lede-reader');
    if (host) {
      for (const target of [host, document, window]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.elementFromPoint(innerWidth - 30, 30)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    root.dataset.attacks = String(Number(root.dataset.attacks || 0) + 1);
    root.dataset.results = results.join('|');
  };
  window.attack = attack;
  attack();
  new MutationObserver(attack).observe(root, { childList: true });
})();
