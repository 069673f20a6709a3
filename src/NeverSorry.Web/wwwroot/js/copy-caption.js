// The press gallery's "Copy caption and credit" buttons. Without this script (or without a clipboard the page
// may write to) the caption and credit are plain text to select, and no button is drawn that would do nothing.
// What is copied is what is shown: "caption — credit"; "Copied" is said in a live region beside the button.
(() => {
  'use strict';

  if (!navigator.clipboard || !navigator.clipboard.writeText) {
    return;
  }

  function textOf(figure, selector) {
    const element = figure.querySelector(selector);
    return element ? element.textContent.trim().replace(/\s+/g, ' ') : '';
  }

  function addButton(figure) {
    const caption = textOf(figure, '.gallery__caption');
    const credit = textOf(figure, '.credit');
    const text = [caption, credit].filter(Boolean).join(' — ');
    if (!text) {
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-caption';
    button.textContent = caption && credit ? 'Copy caption and credit' : caption ? 'Copy caption' : 'Copy credit';
    const label = figure.getAttribute('aria-labelledby');
    if (label) {
      button.setAttribute('aria-describedby', label);
    }
    const status = document.createElement('span');
    status.className = 'copy-caption__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Could not copy: select the text above';
      }
    });
    figure.querySelector('figcaption').append(button, status);
  }

  document.querySelectorAll('.gallery figure').forEach(addButton);
})();
