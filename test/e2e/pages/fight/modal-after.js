// A page that, once a reader view appears, opens a modal <dialog> over it (the top layer paints
// above any z-index, wherever the element is). window.modalAgain() opens another one later.
let n = 0;
window.modalAgain = () => {
  const dialog = document.createElement('dialog');
  dialog.id = `modal-${++n}`;
  dialog.textContent = 'SUBSCRIBE TO CONTINUE';
  dialog.style.cssText = 'width:90vw;height:90vh;background:#c00;color:#fff;font-size:40px';
  document.body.append(dialog);
  dialog.showModal();
};
const watch = new MutationObserver(() => {
  if (!document.querySelector('lede-reader')) return;
  watch.disconnect();
  window.modalAgain();
});
watch.observe(document.documentElement, { childList: true });
