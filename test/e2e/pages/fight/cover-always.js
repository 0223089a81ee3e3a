// A page that keeps its cover last on <html>, moving it back each time something is added after it.
const layer = document.createElement('div');
layer.id = 'cover';
layer.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#c00';
new MutationObserver(() => {
  if (document.querySelector('lede-reader') && document.documentElement.lastElementChild !== layer) document.documentElement.append(layer);
}).observe(document.documentElement, { childList: true });
