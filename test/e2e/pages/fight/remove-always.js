// A page that deletes every element added to <html> (where reader views hang), at once.
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1 && node !== document.body && node !== document.head) node.remove();
}).observe(document.documentElement, { childList: true });
