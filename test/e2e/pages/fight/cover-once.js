// A page that, once a reader view appears, covers the whole window with its own layer at the
// highest z-index, added after the reader in the tree (so it would paint over it), and another
// inside <body>. window.coverAgain() adds another cover later, for the test to call.
const cover = (parent, id) => {
  const layer = document.createElement('div');
  layer.id = id;
  layer.textContent = 'SUBSCRIBE TO CONTINUE';
  layer.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#c00;color:#fff;font-size:40px';
  parent.append(layer);
};
let n = 0;
window.coverAgain = () => cover(document.documentElement, `cover-${++n}`);
const watch = new MutationObserver(() => {
  if (!document.querySelector('lede-reader')) return;
  watch.disconnect();
  cover(document.body, 'cover-body');
  window.coverAgain();
});
watch.observe(document.documentElement, { childList: true });
