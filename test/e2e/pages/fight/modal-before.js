// A page that opens a modal <dialog> (showModal: the browser's top layer, above every z-index)
// before the reader is asked for, as consent walls and newsletter prompts do.
addEventListener('DOMContentLoaded', () => {
  const dialog = document.createElement('dialog');
  dialog.id = 'consent';
  dialog.textContent = 'WE VALUE YOUR PRIVACY';
  dialog.style.cssText = 'width:90vw;height:90vh;background:#c00;color:#fff;font-size:40px';
  document.body.append(dialog);
  dialog.showModal();
});
