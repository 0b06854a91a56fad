import type { Layout } from './layouts.js';
import type { ToneMotion } from './tone-motion.js';

/**
 * Each layout's own rules, added after the base stylesheet. Only the chosen
 * layout's rules go into a page. Wide layouts switch to landscape from 720 px.
 */
export function layoutCss(layout: Layout, motion: ToneMotion): string {
  switch (layout) {
    case 'fullbleed':
      return `
.art { position: absolute; inset: 0; }
.front-text { position: relative; margin-top: auto; padding: 34% var(--pad) var(--pad); color: #fff; background: linear-gradient(to top, rgba(14, 12, 20, 0.86), rgba(14, 12, 20, 0.6) 55%, rgba(14, 12, 20, 0)); }
.front .title { font-size: calc(var(--title-scale) * clamp(1.8rem, 8.6vw, 2.8rem)); line-height: 1.1; text-shadow: 0 2px 14px rgba(0, 0, 0, 0.4); }
.front .subtitle { color: #f4f1ec; }
.back { background: radial-gradient(90% 60% at 100% 0%, rgba(var(--accent-rgb), 0.16), rgba(var(--accent-rgb), 0)) var(--paper); }
`;
    case 'classic':
      return `
:root { --radius: 6px; }
.front { padding: 12px; background: var(--frame); }
.front .art { flex: 1 1 auto; border-radius: 3px; }
.front-text { position: absolute; left: 26px; right: 26px; bottom: 26px; padding: 12px 16px; background: var(--paper); border-inline-start: 5px solid var(--accent); box-shadow: 0 6px 18px -8px rgba(0, 0, 0, 0.45); }
.front .title { font-size: calc(var(--title-scale) * clamp(1.3rem, 5.8vw, 1.9rem)); }
.front .subtitle { margin-top: 0.25em; }
.back { background: var(--frame); color: var(--frame-ink); gap: 16px; }
.pc-head { display: flex; align-items: flex-start; gap: 10px; }
.pc-word { margin: 0 auto 0 0; font-family: var(--font-title); font-size: 0.8rem; letter-spacing: 0.3em; text-transform: uppercase; color: var(--frame-ink); }
.postmark { position: relative; display: grid; place-items: center; width: 74px; height: 74px; margin-top: 8px; margin-right: -26px; padding: 10px; border: 2px solid rgba(var(--ink-rgb), 0.45); border-radius: 50%; transform: rotate(-14deg); font-size: 0.6rem; font-weight: 700; letter-spacing: 0.08em; line-height: 1.2; text-align: center; text-transform: uppercase; color: var(--frame-ink); z-index: 1; }
.postmark::after { content: ""; position: absolute; top: 26px; right: 66px; width: 58px; height: 22px; background: repeating-linear-gradient(to bottom, rgba(var(--ink-rgb), 0.4) 0 2px, transparent 2px 7px); }
.stamp { flex: 0 0 auto; width: 70px; height: 86px; padding: 6px; background: #fffefb; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); -webkit-mask: linear-gradient(#000 0 0) content-box, radial-gradient(circle at 4px 4px, transparent 2.6px, #000 3px) -4px -4px / 8px 8px; mask: linear-gradient(#000 0 0) content-box, radial-gradient(circle at 4px 4px, transparent 2.6px, #000 3px) -4px -4px / 8px 8px; }
.stamp img { display: block; width: 100%; height: 100%; object-fit: cover; }
.pc-body { display: flex; flex-direction: column; gap: 22px; flex: 1 1 auto; }
.pc-message { display: flex; flex-direction: column; flex: 1 1 auto; }
.pc-message .signature { color: var(--frame-ink); }
.pc-address { display: flex; flex-direction: column; justify-content: flex-end; gap: 4px; }
.address-line { display: flex; align-items: flex-end; gap: 0.5em; min-height: 2.1em; margin: 0; padding-bottom: 0.15em; border-bottom: 1.5px solid rgba(var(--ink-rgb), 0.35); }
.to-label { font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; }
.recipient { font-family: var(--font-hand); font-size: 1.2rem; overflow-wrap: anywhere; }
@media (min-width: 720px) {
  :root { --stage-max: 820px; --stage-ratio: 1.5; --front-ratio: 3 / 2; }
  .pc-body { display: grid; grid-template-columns: 1.4fr 1fr; gap: 30px; }
  .pc-address { padding-inline-start: 26px; border-inline-start: 1.5px solid rgba(var(--ink-rgb), 0.3); padding-bottom: 12px; }
}
`;
    case 'polaroid':
      return `
:root { --radius: 4px; --front-ratio: 4 / 5; --stage-ratio: 0.78; --stage-max: 430px; }
${motion.tilt ? '.card { transform: rotate(-2deg); }' : ''}
.front { padding: 14px 14px 0; background: var(--frame); color: var(--frame-ink); }
.photo { flex: 0 0 auto; aspect-ratio: 1; border-radius: 2px; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.08); }
/* The snapshot frames the square's middle, as every other layout's crop does, so that the subject fills it. */
.photo img { inset: -12.5%; width: 125%; height: 125%; }
.caption { flex: 1 1 auto; display: flex; flex-direction: column; justify-content: center; padding: 8px 6px 14px; text-align: center; }
.front .title { font-family: var(--font-hand); font-size: calc(var(--title-scale) * clamp(1.3rem, 6vw, 1.9rem)); font-weight: 600; }
.front .subtitle { margin-top: 0.2em; font-size: clamp(0.85rem, 3.5vw, 0.98rem); }
.back { background: var(--frame); color: var(--frame-ink); }
.back .message { font-family: var(--font-hand); line-height: 1.9em; background: repeating-linear-gradient(to bottom, transparent 0, transparent calc(1.9em - 1px), rgba(var(--accent-rgb), 0.35) calc(1.9em - 1px), rgba(var(--accent-rgb), 0.35) 1.9em); }
.back .message p + p { margin: 0; }
`;
    case 'landscape':
      return `
.front .art { flex: 1 1 auto; }
.front-text { flex: 0 0 auto; padding: calc(var(--pad) * 0.8) var(--pad); border-top: 4px solid var(--accent); }
.back { background: linear-gradient(135deg, rgba(var(--accent-rgb), 0.1), rgba(var(--accent-rgb), 0) 45%) var(--paper); }
@media (min-width: 720px) {
  :root { --stage-max: 940px; --stage-ratio: 1.6; --front-ratio: 16 / 10; --pad: 44px; }
  .front { flex-direction: row; }
  .front .art { flex: 0 0 58%; }
  .front-text { flex: 1 1 auto; display: flex; flex-direction: column; justify-content: center; border-top: 0; border-inline-start: 4px solid var(--accent); }
  .front .title { font-size: calc(var(--title-scale) * clamp(2rem, 3.4vw, 2.9rem)); }
  .back { justify-content: center; padding-inline: max(var(--pad), calc(50% - 19em)); }
  .back .signature { margin-block-start: 0; }
}
`;
    case 'typographic':
      return `
.front { justify-content: center; padding: calc(var(--pad) + 8px); background: radial-gradient(80% 55% at 50% 0%, rgba(var(--accent-rgb), 0.14), rgba(var(--accent-rgb), 0)) var(--paper); }
.front::before, .back::before { content: ""; position: absolute; inset: 12px; border: 1.5px solid rgba(var(--accent-rgb), 0.65); border-radius: calc(var(--radius) - 6px); box-shadow: inset 0 0 0 4px var(--paper), inset 0 0 0 5.5px rgba(var(--accent-rgb), 0.35); pointer-events: none; }
.front-text { position: relative; display: flex; flex-direction: column; align-items: center; text-align: center; }
.medallion { width: min(52%, 200px); aspect-ratio: 1; margin-bottom: 1em; border: 3px solid var(--accent); border-radius: 50%; }
/* The circle frames the illustration's stage (the circle inscribed in it), not the whole square, so that the subject fills it. */
.medallion img { inset: -15%; width: 130%; height: 130%; }
.front .title { font-size: calc(var(--title-scale) * clamp(2rem, 10vw, 3.4rem)); line-height: 1.08; letter-spacing: -0.01em; }
.front .subtitle { max-width: 24em; margin-top: 0.7em; }
.ornament { width: 72px; height: 10px; margin-top: 1.2em; background: radial-gradient(circle, var(--accent) 2.5px, transparent 3px) center / 18px 10px repeat-x; }
.back { padding: calc(var(--pad) + 8px); }
`;
    case 'vertical':
      return `
:root { --pad: clamp(22px, 6vw, 34px); }
.front { flex-direction: row; }
.front .art { flex: 1 1 auto; }
.front-text { flex: 0 0 auto; writing-mode: vertical-rl; padding: 22px 16px; border-left: 3px solid var(--accent); background: var(--paper); }
.front .title { font-size: calc(var(--title-scale) * clamp(1.5rem, 7vw, 2.3rem)); letter-spacing: 0.14em; }
.front .subtitle { margin: 0; margin-block-start: 0.5em; letter-spacing: 0.08em; }
/* The seal is set horizontally, so its margins are physical: pushed to the foot of the column. */
.seal { margin: auto 0 0; margin-right: 0.7em; width: 2.1em; height: 2.1em; display: grid; place-items: center; writing-mode: horizontal-tb; border: 2px solid var(--accent-ink); border-radius: 4px; color: var(--accent-ink); font-family: var(--font-title); font-size: 1rem; font-weight: 700; }
.back { padding: var(--pad); }
.vertical-text { align-self: flex-end; writing-mode: vertical-rl; height: calc(var(--stage) * 4 / 3 - 2 * var(--pad)); font-family: var(--font-title); }
.vertical-text .back-title { letter-spacing: 0.1em; }
.vertical-text .message { letter-spacing: 0.06em; }
.vertical-text .signature { padding-block-start: 1em; }
`;
    default:
      return assertNever(layout);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown layout: ${String(value)}`);
}
