import type { Language } from '../contracts.js';
import { rgbChannels } from './colour.js';
import type { PaletteRoles } from './palette.js';

/** System fonts only: the CSP forbids web fonts, and CJK fonts are far too large to inline. */
const FONTS = {
  zh: {
    title: '"Songti SC", "STSong", "Noto Serif SC", "Source Han Serif SC", "SimSun", serif',
    body: '-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  },
  en: {
    title: 'Georgia, "Iowan Old Style", "Palatino Linotype", "Times New Roman", serif',
    body: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
} as const satisfies Record<Language, { readonly title: string; readonly body: string }>;

/**
 * The postcard's stylesheet. Mobile first: the card is as wide as the screen
 * (375 px in a phone webview) up to 480 px, and never taller than the viewport.
 */
export function postcardCss(roles: PaletteRoles, language: Language): string {
  const fonts = FONTS[language];
  return `
:root {
  --paper: ${roles.paper};
  --paper-2: ${roles.paperAlt};
  --accent: ${roles.accent};
  --accent-2: ${roles.accent2};
  --ink: ${roles.ink};
  --paper-rgb: ${rgbChannels(roles.paper)};
  --accent-rgb: ${rgbChannels(roles.accent)};
  --ink-rgb: ${rgbChannels(roles.ink)};
  --radius: clamp(14px, 4vw, 22px);
  --font-title: ${fonts.title};
  --font-body: ${fonts.body};
}
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
  padding: max(16px, env(safe-area-inset-top)) max(16px, env(safe-area-inset-right))
    max(16px, env(safe-area-inset-bottom)) max(16px, env(safe-area-inset-left));
  background: radial-gradient(120% 90% at 50% 0%, var(--paper-2), var(--paper));
  color: var(--ink);
  font-family: var(--font-body);
  -webkit-font-smoothing: antialiased;
}
.stage {
  width: min(100%, 480px, max(260px, calc((100vh - 96px) * 0.75)));
  width: min(100%, 480px, max(260px, calc((100dvh - 96px) * 0.75)));
  perspective: 1600px;
}
.card {
  position: relative;
  display: block;
  width: 100%;
  aspect-ratio: 3 / 4;
  border-radius: var(--radius);
  cursor: pointer;
  outline: none;
  touch-action: pan-y;
  -webkit-user-select: none;
  user-select: none;
  -webkit-tap-highlight-color: transparent;
}
.card:focus-visible { box-shadow: 0 0 0 3px var(--paper), 0 0 0 6px var(--accent); }
.card-inner {
  position: absolute;
  inset: 0;
  transform-style: preserve-3d;
  transition: transform 0.9s cubic-bezier(0.2, 0.7, 0.2, 1);
}
.card.is-flipped .card-inner { transform: rotateY(180deg); }
.face {
  position: absolute;
  inset: 0;
  border-radius: var(--radius);
  overflow: hidden;
  -webkit-backface-visibility: hidden;
  backface-visibility: hidden;
  background: var(--paper);
  box-shadow: 0 22px 44px -20px rgba(var(--ink-rgb), 0.55), 0 2px 8px rgba(0, 0, 0, 0.12);
}
.front { display: flex; flex-direction: column; }
.art { position: relative; flex: 1 1 auto; min-height: 0; overflow: hidden; background: var(--paper-2); }
.art img {
  display: block;
  width: 100%;
  height: 100%;
  object-fit: cover;
  transform-origin: 50% 45%;
  -webkit-user-drag: none;
  animation: ken-burns 24s ease-in-out infinite alternate;
}
.front-text { flex: 0 0 auto; padding: clamp(12px, 4vw, 20px) clamp(16px, 5vw, 26px) clamp(14px, 4.5vw, 22px); border-top: 3px solid var(--accent); }
.title {
  margin: 0;
  font-family: var(--font-title);
  font-size: clamp(1.3rem, 6vw, 1.9rem);
  line-height: 1.25;
  overflow-wrap: anywhere;
}
.subtitle { margin: 0.35em 0 0; font-size: clamp(0.88rem, 3.6vw, 1rem); line-height: 1.45; opacity: 0.82; overflow-wrap: anywhere; }
.hint {
  position: absolute;
  top: 12px;
  right: 12px;
  padding: 0.3em 0.8em;
  border-radius: 999px;
  background: rgba(var(--paper-rgb), 0.82);
  color: var(--ink);
  font-size: 0.75rem;
}
.back {
  transform: rotateY(180deg);
  display: flex;
  flex-direction: column;
  padding: clamp(20px, 7vw, 36px);
  overflow-y: auto;
  background: radial-gradient(90% 60% at 100% 0%, rgba(var(--accent-rgb), 0.16), rgba(var(--accent-rgb), 0)) var(--paper);
}
.back::before {
  content: "";
  position: absolute;
  inset: 10px;
  border: 1.5px solid rgba(var(--accent-rgb), 0.45);
  border-radius: calc(var(--radius) - 6px);
  pointer-events: none;
}
.back-title { margin: 0; font-family: var(--font-title); font-size: clamp(1.2rem, 5.4vw, 1.6rem); line-height: 1.3; overflow-wrap: anywhere; }
.rule { width: 48px; height: 3px; margin: 0.9em 0 1em; border: 0; border-radius: 2px; background: var(--accent); }
.message { margin: 0; font-size: clamp(0.95rem, 4vw, 1.05rem); line-height: ${language === 'zh' ? 1.95 : 1.7}; overflow-wrap: anywhere; }
.message .line { display: inline-block; }
.signature { margin: auto 0 0; padding-top: 1.2em; text-align: right; font-family: var(--font-title); font-style: ${language === 'zh' ? 'normal' : 'italic'}; }
.tip { margin: 14px 0 0; font-size: 0.8rem; opacity: 0.7; text-align: center; }
[data-fade] { opacity: 0; animation: rise 0.8s cubic-bezier(0.2, 0.7, 0.2, 1) forwards; animation-delay: calc(0.3s + var(--i, 0) * 0.18s); }
.back [data-fade] { animation: none; }
.card.is-flipped .back [data-fade] { animation: rise 0.7s cubic-bezier(0.2, 0.7, 0.2, 1) forwards; animation-delay: calc(0.45s + var(--i, 0) * 0.16s); }
@keyframes rise { from { opacity: 0; transform: translateY(10px); } to { opacity: 1; transform: none; } }
@keyframes ken-burns { from { transform: scale(1.02) translate3d(0, 0, 0); } to { transform: scale(1.14) translate3d(-2%, -1.5%, 0); } }
@media (prefers-reduced-motion: reduce) {
  .art img { animation: none; transform: none; }
  [data-fade], .card.is-flipped .back [data-fade] { animation: none; opacity: 1; transform: none; }
  .card-inner { transition-duration: 0.01s; }
}
`;
}

/**
 * Without script the card cannot flip, so both faces are laid out one after
 * the other and everything is visible.
 */
export const NO_SCRIPT_CSS =
  '.card{aspect-ratio:auto;cursor:default}.card-inner{position:relative;transform:none}' +
  '.face{position:relative;transform:none;-webkit-backface-visibility:visible;backface-visibility:visible}' +
  '.front{aspect-ratio:3/4}.back{margin-top:16px;overflow:visible}.back [data-fade]{opacity:1;animation:none}.hint,.tip{display:none}';
