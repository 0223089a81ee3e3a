// A page that deletes the first element added to <html> (the reader view), once.
const once = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeType === 1 && node !== document.body && node !== document.head) {
      node.remove();
      once.disconnect();
      document.documentElement.setAttribute('data-removed', node.localName);
      return;
    }
  }
});
once.observe(document.documentElement, { childList: true });
