/**
 * The postcard's only script: flips the card on click/tap, Enter/Space and a
 * horizontal swipe. ES5 on purpose, for older in-app webviews; no eval, no
 * network. Pointer events where available, touch events otherwise.
 */
export const POSTCARD_SCRIPT = `(function () {
  var card = document.getElementById('card');
  if (!card) return;
  var startX = 0, startY = 0, tracking = false, swiped = false;
  function flip() {
    var flipped = card.classList.toggle('is-flipped');
    card.setAttribute('aria-pressed', flipped ? 'true' : 'false');
  }
  function begin(x, y) { startX = x; startY = y; tracking = true; swiped = false; }
  function end(x, y) {
    if (!tracking) return;
    tracking = false;
    var dx = x - startX, dy = y - startY;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy) * 1.5) { swiped = true; flip(); }
  }
  if (window.PointerEvent) {
    card.addEventListener('pointerdown', function (e) { begin(e.clientX, e.clientY); });
    card.addEventListener('pointerup', function (e) { end(e.clientX, e.clientY); });
    card.addEventListener('pointercancel', function () { tracking = false; });
  } else {
    card.addEventListener('touchstart', function (e) { var t = e.changedTouches[0]; if (t) begin(t.clientX, t.clientY); }, { passive: true });
    card.addEventListener('touchend', function (e) { var t = e.changedTouches[0]; if (t) end(t.clientX, t.clientY); });
  }
  card.addEventListener('click', function () {
    if (swiped) { swiped = false; return; }
    flip();
  });
  card.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') { e.preventDefault(); flip(); }
  });
})();`;
