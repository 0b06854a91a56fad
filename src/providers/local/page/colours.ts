import type { Tone } from '../../contracts.js';
import { fromHsl, legibleOn, mix, rgbChannels, toHsl } from '../colour.js';
import { paletteRoles } from '../palette.js';

/** Every colour the page's stylesheet uses, as CSS custom properties. */
export interface PageColours {
  readonly paper: string;
  readonly paperAlt: string;
  readonly accent: string;
  readonly accent2: string;
  /** Body text; at least 4.5:1 on `paper`. */
  readonly ink: string;
  /** The accent when it is text (postmark, small labels): legible on `paper`. */
  readonly accentInk: string;
  /** A photo print's white border and the text on it. */
  readonly frame: string;
  readonly frameInk: string;
  /** Behind the card: a soft light at the top fading to a ground a little darker than the paper, so the card stands out. */
  readonly glow: string;
  readonly backdrop: string;
}

/** How much colour each tone keeps: somber cards are close to grey. */
const SATURATION = {
  joyful: 1,
  warm: 1,
  formal: 0.75,
  somber: 0.3,
  romantic: 0.95,
  playful: 1.1,
} as const satisfies Record<Tone, number>;

function desaturate(hex: string, factor: number): string {
  if (factor === 1) return hex;
  const hsl = toHsl(hex);
  return fromHsl({ ...hsl, s: hsl.s * factor });
}

/**
 * The concept's palette in its roles, muted for tones that call for it. Ink
 * colours are re-checked against their ground after muting, so text always
 * meets WCAG AA whatever palette a model proposed.
 */
export function pageColours(palette: readonly string[], tone: Tone): PageColours {
  const roles = paletteRoles(palette);
  const factor = SATURATION[tone];
  const paper = desaturate(roles.paper, Math.min(1, factor + 0.3));
  const paperAlt = desaturate(roles.paperAlt, factor);
  const accent = desaturate(roles.accent, factor);
  const ink = legibleOn(paper, desaturate(roles.ink, factor));
  const frame = mix('#fffdf8', paper, 0.08);
  return {
    paper,
    paperAlt,
    accent,
    accent2: desaturate(roles.accent2, factor),
    ink,
    accentInk: legibleOn(paper, accent),
    frame,
    frameInk: legibleOn(frame, ink),
    glow: mix(paper, paperAlt, 0.55),
    backdrop: mix(mix(paper, paperAlt, 0.7), ink, 0.14),
  };
}

/** The colours as `:root` custom properties, with `-rgb` channel triples for rgba(). */
export function colourProperties(colours: PageColours): string {
  const lines = [
    `--paper: ${colours.paper};`,
    `--paper-2: ${colours.paperAlt};`,
    `--accent: ${colours.accent};`,
    `--accent-2: ${colours.accent2};`,
    `--ink: ${colours.ink};`,
    `--accent-ink: ${colours.accentInk};`,
    `--frame: ${colours.frame};`,
    `--frame-ink: ${colours.frameInk};`,
    `--glow: ${colours.glow};`,
    `--backdrop: ${colours.backdrop};`,
    `--paper-rgb: ${rgbChannels(colours.paper)};`,
    `--accent-rgb: ${rgbChannels(colours.accent)};`,
    `--ink-rgb: ${rgbChannels(colours.ink)};`,
  ];
  return lines.join('\n  ');
}
