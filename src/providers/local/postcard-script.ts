/**
 * Runs first, in <head>: marks the document as scripted so the stylesheet
 * stacks both faces into one flippable card. Without it (scripts off) both
 * faces stay laid out one after the other, all readable.
 */
export const POSTCARD_HEAD_SCRIPT = "document.documentElement.className += ' js';";

/**
 * The postcard's only behaviour. The <button> is the control (keyboard and
 * assistive technology use it); a tap on the card or a horizontal swipe is a
 * pointer shortcut for the same thing. Turning over is visual only: both
 * faces stay in the accessibility tree, so the message is read without it.
 * The button's words change with the side shown. ES5 on purpose, for older
 * in-app webviews; no eval, no network.
 */
export const POSTCARD_SCRIPT = `(function () {
  var card = document.getElementById('card');
  var button = document.getElementById('flip');
  var label = document.getElementById('flip-label');
  if (!card || !button || !label) return;
  var toBack = button.getAttribute('data-turn-over') || label.textContent;
  var toFront = button.getAttribute('data-turn-back') || label.textContent;
  var flipped = false, startX = 0, startY = 0, tracking = false, swiped = false;
  function flip() {
    flipped = !flipped;
    if (flipped) card.className += ' is-flipped';
    else card.className = card.className.replace(/\\s*is-flipped/g, '');
    label.textContent = flipped ? toFront : toBack;
  }
  function begin(x, y) { startX = x; startY = y; tracking = true; swiped = false; }
  function end(x, y) {
    if (!tracking) return;
    tracking = false;
    var dx = x - startX, dy = y - startY;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy) * 1.5) { swiped = true; flip(); }
  }
  button.addEventListener('click', flip);
  if (window.PointerEvent) {
    card.addEventListener('pointerdown', function (e) { begin(e.clientX, e.clientY); });
    card.addEventListener('pointerup', function (e) { end(e.clientX, e.clientY); });
    card.addEventListener('pointercancel', function () { tracking = false; });
  } else {
    card.addEventListener('touchstart', function (e) { var t = e.changedTouches[0]; if (t) begin(t.clientX, t.clientY); }, { passive: true });
    card.addEventListener('touchend', function (e) { var t = e.changedTouches[0]; if (t) end(t.clientX, t.clientY); });
  }
  card.addEventListener('click', function (e) {
    if (swiped) { swiped = false; return; }
    // Selecting text to copy it is not a request to turn the card.
    var selection = window.getSelection ? String(window.getSelection()) : '';
    if (selection.length > 0 || (e.target && e.target.closest && e.target.closest('a'))) return;
    flip();
  });
})();`;
