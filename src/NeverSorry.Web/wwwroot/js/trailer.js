// The trailer's click-to-load player. The page arrives with a plain link to the video on YouTube; this
// replaces it with a button, and only a press of that button loads the privacy-enhanced player
// (youtube-nocookie.com), so no request leaves the site before the visitor asks for the video.
// Captions are on by default; the player starts at once because the visitor has just pressed "Play".
(() => {
  'use strict';

  const playerParameters = new URLSearchParams({ autoplay: '1', cc_load_policy: '1', rel: '0' });

  function loadPlayer(frame, button) {
    const player = document.createElement('iframe');
    player.className = 'trailer__player';
    player.title = frame.dataset.playerTitle;
    player.src = `${frame.dataset.embedUrl}?${playerParameters}`;
    player.allow = 'autoplay; fullscreen';
    button.replaceWith(player);
    // The button the visitor pressed is gone: keyboard focus goes on to the player that replaced it.
    player.focus();
  }

  function makeButton(frame) {
    const link = frame.querySelector('a.trailer__facade');
    if (!link || !frame.dataset.embedUrl) {
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'trailer__facade';
    const icon = link.querySelector('.trailer__icon');
    const label = document.createElement('span');
    label.className = 'trailer__label';
    label.textContent = 'Play the trailer';
    if (icon) {
      button.append(icon);
    }
    button.append(label);
    button.addEventListener('click', () => loadPlayer(frame, button), { once: true });
    link.replaceWith(button);
  }

  document.querySelectorAll('.trailer__frame[data-embed-url]').forEach(makeButton);
})();
