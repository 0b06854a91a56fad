import type { Language } from '../../contracts.js';
import type { ToneMotion } from './tone-motion.js';

/** The flip, the faces, the button and the text, shared by every layout; layouts only add to it. */
export function baseCss(language: Language, motion: ToneMotion): string {
  const cjk = language === 'zh' || language === 'ja' || language === 'ko';
  const textEntrance = motion.entrance === 'fade' ? 'fade 1.4s ease' : 'rise 0.9s cubic-bezier(0.2, 0.7, 0.2, 1)';
  const titleEntrance = motion.entrance === 'pop' ? 'pop 0.9s cubic-bezier(0.34, 1.56, 0.64, 1)' : textEntrance;
  return `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
html, body { margin: 0; }
body {
  min-height: 100vh;
  min-height: 100dvh;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  padding: max(16px, env(safe-area-inset-top)) max(16px, env(safe-area-inset-right)) max(16px, env(safe-area-inset-bottom)) max(16px, env(safe-area-inset-left));
  background: radial-gradient(120% 90% at 50% 0%, var(--glow), var(--backdrop));
  color: var(--ink);
  font-family: var(--font-body);
  -webkit-font-smoothing: antialiased;
}
.stage { position: relative; z-index: 1; width: var(--stage); max-width: 100%; display: flex; flex-direction: column; align-items: center; gap: 14px; }
.card { width: 100%; perspective: 1800px; cursor: pointer; touch-action: pan-y; -webkit-tap-highlight-color: transparent; }
.card-inner { display: grid; transform-style: preserve-3d; transition: transform ${motion.flipSeconds}s ${motion.flipEasing}; }
.card.is-flipped .card-inner { transform: rotateY(180deg); }
.face {
  grid-area: 1 / 1;
  position: relative;
  min-width: 0;
  /* clip, not hidden: the face keeps its aspect ratio as a minimum and grows with long words instead of cutting them. */
  overflow: clip;
  border-radius: var(--radius);
  background: var(--paper);
  color: var(--ink);
  -webkit-backface-visibility: hidden;
  backface-visibility: hidden;
  box-shadow: 0 24px 48px -22px rgba(var(--ink-rgb), 0.55), 0 2px 8px rgba(0, 0, 0, 0.12);
}
/* Stretched explicitly (a grid item with an aspect ratio otherwise keeps its own height when the back is taller), with a fixed width so the stretched height does not widen it. */
.front { width: 100%; aspect-ratio: var(--front-ratio); align-self: stretch; display: flex; flex-direction: column; }
.back { transform: rotateY(180deg); display: flex; flex-direction: column; padding: var(--pad); }
.art { position: relative; min-height: 0; overflow: hidden; background: var(--paper-2); }
/* Out of flow, so the picture's own size never stretches its face. */
.art img { position: absolute; inset: 0; display: block; width: 100%; height: 100%; object-fit: cover; -webkit-user-drag: none; }
.title, .subtitle, .back-title, .message, .signature { overflow-wrap: break-word; hyphens: auto; line-break: strict; }
:lang(ja) .title, :lang(ja) .subtitle, :lang(ja) .back-title, :lang(ja) .message { word-break: auto-phrase; }
:lang(ko) .title, :lang(ko) .subtitle, :lang(ko) .back-title, :lang(ko) .message { word-break: keep-all; }
.title { margin: 0; font-family: var(--font-title); font-size: calc(var(--title-scale) * clamp(1.4rem, 6.4vw, 2.1rem)); font-weight: 700; line-height: 1.2; text-wrap: balance; }
.subtitle { margin: 0.45em 0 0; font-size: clamp(0.92rem, 3.8vw, 1.05rem); line-height: 1.5; text-wrap: pretty; }
.back-title { margin: 0; font-family: var(--font-title); font-size: clamp(1.2rem, 5.4vw, 1.6rem); line-height: 1.25; text-wrap: balance; }
.rule { inline-size: 48px; block-size: 3px; margin: 0; margin-block: 0.9em 1em; border: 0; border-radius: 2px; background: var(--accent); }
.message { font-size: clamp(1rem, 4.2vw, 1.1rem); line-height: ${cjk ? 1.9 : 1.65}; }
.message p { margin: 0; text-wrap: pretty; }
@media (min-width: 720px) { .message { font-size: 1.15rem; } .back-title { font-size: 1.75rem; } }
.message p + p { margin-block-start: 0.6em; }
.signature { margin: 0; margin-block-start: auto; padding-block-start: 1.2em; text-align: end; font-family: var(--font-hand); font-size: 1.12em; }
.flip {
  position: relative;
  z-index: 2;
  display: inline-flex;
  align-items: center;
  gap: 0.55em;
  min-height: 44px;
  padding: 0.5em 1.35em;
  border: 2px solid var(--accent);
  border-radius: 999px;
  background: var(--paper);
  color: var(--ink);
  font: inherit;
  font-size: 0.95rem;
  font-weight: 600;
  cursor: pointer;
  box-shadow: 0 6px 16px -10px rgba(var(--ink-rgb), 0.6);
}
.flip:hover { box-shadow: 0 8px 20px -8px rgba(var(--ink-rgb), 0.7); }
.flip:focus-visible { outline: 3px solid var(--accent-ink); outline-offset: 3px; }
.flip-icon { display: inline-block; inline-size: 1em; block-size: 1em; border: 2px solid currentColor; border-inline-start-color: transparent; border-radius: 50%; transition: transform ${motion.flipSeconds}s ${motion.flipEasing}; }
.card.is-flipped + .flip .flip-icon { transform: rotate(180deg); }
.front .title { animation: ${titleEntrance} 0.15s both; }
.front .subtitle { animation: ${textEntrance} 0.35s both; }
${motion.drift ? '.front .art img { animation: drift 26s ease-in-out infinite alternate; transform-origin: 50% 45%; }' : ''}
@keyframes rise { from { opacity: 0; transform: translateY(10px); } to { opacity: 1; transform: none; } }
@keyframes fade { from { opacity: 0; } to { opacity: 1; } }
@keyframes pop { 0% { opacity: 0; transform: scale(0.6); } 60% { opacity: 1; transform: scale(1.08); } 100% { opacity: 1; transform: none; } }
@keyframes drift { from { transform: scale(1.02); } to { transform: scale(1.12) translate3d(-2%, -1.5%, 0); } }
@media (prefers-reduced-motion: reduce) {
  .card-inner, .flip-icon { transition: none; }
  .front .title, .front .subtitle, .front .art img { animation: none; }
}
html:not(.js) .card { cursor: default; }
html:not(.js) .card-inner { gap: 16px; }
html:not(.js) .face { grid-area: auto; transform: none; -webkit-backface-visibility: visible; backface-visibility: visible; }
html:not(.js) .flip { display: none; }
`;
}
