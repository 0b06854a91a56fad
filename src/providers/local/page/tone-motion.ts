import type { Tone } from '../../contracts.js';
import { createPrng } from '../hash.js';

/** What moves on a card, by tone. */
export interface ToneMotion {
  /** Falling confetti, rising hearts, or nothing. */
  readonly decoration: 'none' | 'confetti' | 'hearts';
  /** How the title arrives: popping with an overshoot (playful), rising, or only fading in (calm). */
  readonly entrance: 'pop' | 'rise' | 'fade';
  /** The slow zoom over the illustration. */
  readonly drift: boolean;
  /** A snapshot print may sit at a slight angle. */
  readonly tilt: boolean;
  readonly flipSeconds: number;
  readonly flipEasing: string;
}

const EASE_OUT = 'cubic-bezier(0.2, 0.7, 0.2, 1)';
const EASE_CALM = 'cubic-bezier(0.45, 0, 0.25, 1)';

export const TONE_MOTION = {
  joyful: { decoration: 'confetti', entrance: 'rise', drift: true, tilt: true, flipSeconds: 0.8, flipEasing: EASE_OUT },
  warm: { decoration: 'none', entrance: 'rise', drift: true, tilt: true, flipSeconds: 0.9, flipEasing: EASE_OUT },
  formal: { decoration: 'none', entrance: 'fade', drift: false, tilt: false, flipSeconds: 0.9, flipEasing: EASE_CALM },
  // Calm only: no celebration, nothing that bounces, a slow and even turn.
  somber: { decoration: 'none', entrance: 'fade', drift: false, tilt: false, flipSeconds: 1.2, flipEasing: EASE_CALM },
  romantic: { decoration: 'hearts', entrance: 'rise', drift: true, tilt: true, flipSeconds: 1, flipEasing: EASE_OUT },
  playful: { decoration: 'confetti', entrance: 'pop', drift: true, tilt: true, flipSeconds: 0.7, flipEasing: 'cubic-bezier(0.34, 1.4, 0.5, 1)' },
} as const satisfies Record<Tone, ToneMotion>;

const PIECES = { none: 0, confetti: 18, hearts: 10 } as const;

/** The decoration layer's markup: empty, aria-hidden pieces placed by CSS. */
export function decorationMarkup(motion: ToneMotion): string {
  const count = PIECES[motion.decoration];
  if (count === 0) return '';
  return `<div class="deco deco-${motion.decoration}" aria-hidden="true">${'<span></span>'.repeat(count)}</div>\n`;
}

/** Where each piece starts and how it moves, from the card's seed so a page is reproducible. */
export function decorationCss(motion: ToneMotion, seed: number): string {
  const count = PIECES[motion.decoration];
  if (count === 0) return '';
  const random = createPrng(seed);
  const rules: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const left = Math.round(random() * 96 + 2);
    const delay = (random() * -12).toFixed(1);
    const duration = (9 + random() * 7).toFixed(1);
    const size = Math.round(6 + random() * 7);
    const colour = random() < 0.5 ? 'var(--accent)' : 'var(--accent-2)';
    rules.push(
      `.deco span:nth-child(${i}) { left: ${left}%; width: ${size}px; height: ${motion.decoration === 'hearts' ? size : Math.round(size * 0.6)}px; background: ${colour}; animation-delay: ${delay}s; animation-duration: ${duration}s; }`,
    );
  }
  const shape =
    motion.decoration === 'hearts'
      ? `.deco-hearts span { top: auto; bottom: -24px; transform: rotate(45deg); border-radius: 2px 0 0 0; opacity: 0.5; animation-name: rise-heart; }
.deco-hearts span::before, .deco-hearts span::after { content: ""; position: absolute; inset: 0; border-radius: 50%; background: inherit; }
.deco-hearts span::before { transform: translateX(-50%); }
.deco-hearts span::after { transform: translateY(-50%); }
@keyframes rise-heart { from { transform: translateY(0) rotate(45deg); } to { transform: translateY(-115vh) rotate(45deg); } }`
      : `.deco-confetti span { border-radius: 1px; opacity: 0.85; animation-name: fall; }
@keyframes fall { from { transform: translate3d(0, 0, 0) rotate(0deg); } to { transform: translate3d(18px, 115vh, 0) rotate(540deg); } }`;
  return `
.deco { position: fixed; inset: 0; overflow: hidden; pointer-events: none; z-index: 0; }
.deco span { position: absolute; top: -24px; display: block; animation-timing-function: linear; animation-iteration-count: infinite; }
${shape}
${rules.join('\n')}
@media (prefers-reduced-motion: reduce) { .deco { display: none; } }
`;
}
