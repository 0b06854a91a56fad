import type { Tone } from '../../contracts.js';
import { STAGE } from './layout.js';
import { fromHsl, luminance, mix, toHsl } from '../colour.js';
import type { PaletteRoles } from '../palette.js';
import type { MotifPaint } from './paint.js';
import type { RenderStyle } from './style-words.js';

/**
 * How a style renders the scene: the colours it allows, the filters and
 * patterns it defines, what it wraps the drawing in and what it lays on top.
 */
export interface Look {
  readonly style: RenderStyle;
  /** The palette's roles as this style shows them. */
  readonly roles: PaletteRoles;
  /** Any colour (a motif's natural one, or the ground's) as this style and tone show it. */
  readonly tint: (hex: string) => string;
  /** Ink wash, line art and papercut are drawn on plain paper: no gradient sky, no night. */
  readonly plainPaper: boolean;
  readonly defs: string;
  /** Wraps the drawn scene (ground and motifs), e.g. in a filter. */
  readonly wrap: (art: string) => string;
  /** Drawn last, over everything; `corner` is a free corner (its top-left) where a seal may go. */
  readonly overlay: (corner: Corner) => string;
}

/** The top-left of a 64 px square in a corner of the picture that no motif covers. */
export interface Corner {
  readonly x: number;
  readonly y: number;
}

export const SEAL_SIZE = 64;
/** The corners a seal may take, best first: the stage's, so that no layout cuts or covers it. */
export const SEAL_CORNERS: readonly Corner[] = [
  { x: STAGE.right - SEAL_SIZE, y: STAGE.bottom - SEAL_SIZE },
  { x: STAGE.left, y: STAGE.bottom - SEAL_SIZE },
  { x: STAGE.right - SEAL_SIZE, y: STAGE.top },
  { x: STAGE.left, y: STAGE.top },
];

const SIZE = 1024;
const GRAIN_FILTER = (id: string, frequency: number): string =>
  `<filter id="${id}" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${frequency}" numOctaves="2" stitchTiles="stitch"/>` +
  `<feColorMatrix type="matrix" values="0 0 0 0 .35 0 0 0 0 .3 0 0 0 0 .25 0 0 0 -1.4 .9"/></filter>`;
const grain = (id: string, opacity: number): string => `<rect width="${SIZE}" height="${SIZE}" filter="url(#${id})" opacity="${opacity}"/>`;

function toneShift(tone: Tone): (hex: string) => string {
  if (tone === 'somber') return (hex) => { const c = toHsl(hex); return fromHsl({ h: c.h, s: c.s * 0.4, l: c.l + (0.62 - c.l) * 0.25 }); };
  if (tone === 'playful') return (hex) => { const c = toHsl(hex); return fromHsl({ h: c.h, s: Math.min(1, c.s * 1.25 + 0.05), l: c.l }); };
  return (hex) => hex;
}

const mapRoles = (roles: PaletteRoles, f: (hex: string) => string): PaletteRoles => ({
  paper: f(roles.paper),
  paperAlt: f(roles.paperAlt),
  accent: f(roles.accent),
  accent2: f(roles.accent2),
  ink: f(roles.ink),
});

const INK_DARK = '#1f1d1a';
const INK_PAPER = '#f2eee3';
const inkGrey = (hex: string): string => mix(INK_DARK, '#ebe6da', Math.min(1, Math.max(0, luminance(hex) ** 0.55 * 1.05)));

const PAPERCUT_RED = '#c21d2e';
const PAPERCUT_PAPER = '#fbf3e3';

/** Builds the look for a style; `seed` varies the filters' noise between cards. */
export function createLook(style: RenderStyle, tone: Tone, base: PaletteRoles, seed: number): Look {
  const toned = toneShift(tone);
  const harmonise = (hex: string): string => toned(mix(hex, base.accent, 0.1));
  const noiseSeed = seed % 997;
  switch (style) {
    case 'flat':
      return { style, roles: mapRoles(base, toned), tint: harmonise, plainPaper: false, defs: '', wrap: (art) => art, overlay: () => '' };
    case 'watercolor': {
      const wash = (hex: string): string => mix(hex, '#ffffff', 0.08);
      return {
        style,
        roles: mapRoles(base, (h) => wash(toned(h))),
        tint: (h) => wash(harmonise(h)),
        plainPaper: false,
        defs:
          `<filter id="wc" x="-5%" y="-5%" width="110%" height="110%">` +
          `<feTurbulence type="fractalNoise" baseFrequency=".02" numOctaves="3" seed="${noiseSeed}" result="noise"/>` +
          `<feDisplacementMap in="SourceGraphic" in2="noise" scale="18" xChannelSelector="R" yChannelSelector="G" result="bled"/>` +
          `<feGaussianBlur in="bled" stdDeviation="1.4" result="soft"/>` +
          `<feMorphology in="bled" operator="erode" radius="2.5" result="inner"/>` +
          `<feComposite in="bled" in2="inner" operator="out" result="rim"/>` +
          `<feColorMatrix in="rim" type="matrix" values=".55 0 0 0 0 0 .55 0 0 0 0 0 .55 0 0 0 0 0 .45 0" result="edge"/>` +
          `<feComponentTransfer in="soft" result="wash"><feFuncA type="linear" slope=".88"/></feComponentTransfer>` +
          `<feMerge><feMergeNode in="wash"/><feMergeNode in="edge"/></feMerge></filter>` +
          GRAIN_FILTER('grain', 0.7),
        wrap: (art) => `<g filter="url(#wc)">${art}</g>`,
        overlay: () => grain('grain', 0.14),
      };
    }
    case 'ink':
      return {
        style,
        roles: { paper: INK_PAPER, paperAlt: '#e6e0d2', accent: '#3b3833', accent2: '#77726a', ink: INK_DARK },
        tint: inkGrey,
        plainPaper: true,
        defs:
          `<filter id="ink" x="-5%" y="-5%" width="110%" height="110%">` +
          `<feTurbulence type="fractalNoise" baseFrequency=".045" numOctaves="2" seed="${noiseSeed}" result="noise"/>` +
          `<feDisplacementMap in="SourceGraphic" in2="noise" scale="7" xChannelSelector="R" yChannelSelector="G" result="brush"/>` +
          `<feGaussianBlur in="brush" stdDeviation=".9"/></filter>` +
          `<linearGradient id="mist" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${INK_DARK}" stop-opacity=".55"/><stop offset="1" stop-color="${INK_DARK}" stop-opacity="0"/></linearGradient>` +
          GRAIN_FILTER('grain', 0.9),
        wrap: (art) => `<g filter="url(#ink)">${art}</g>`,
        overlay: (corner) =>
          grain('grain', 0.3) +
          `<g transform="translate(${corner.x} ${corner.y}) rotate(-3)"><rect width="58" height="58" rx="5" fill="#b3261e" opacity=".9"/>` +
          `<path d="M12 14 H26 M19 14 V44 M12 30 H26 M34 12 V46 M34 20 H46 M34 34 H46 M46 20 V34" stroke="${INK_PAPER}" stroke-width="4" fill="none"/></g>`,
      };
    case 'retro': {
      const aged = (hex: string): string => {
        const c = toHsl(toned(hex));
        return fromHsl({ h: c.h + (((38 - c.h + 540) % 360) - 180) * 0.2, s: c.s * 0.72, l: c.l * 0.96 + 0.02 });
      };
      const roles = mapRoles(base, aged);
      const paper = mix(roles.paper, '#f3e3c3', 0.55);
      return {
        style,
        roles: { ...roles, paper, paperAlt: mix(paper, roles.accent, 0.22) },
        tint: (h) => aged(mix(h, base.accent, 0.1)),
        plainPaper: false,
        defs:
          `<pattern id="halftone" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(30)"><circle cx="5" cy="5" r="2.3" fill="${roles.ink}"/></pattern>` +
          `<filter id="offset" x="-5%" y="-5%" width="110%" height="110%"><feOffset in="SourceAlpha" dx="7" dy="5" result="shifted"/>` +
          `<feFlood flood-color="${roles.accent2}" flood-opacity=".5"/><feComposite in2="shifted" operator="in" result="plate"/>` +
          `<feMerge><feMergeNode in="plate"/><feMergeNode in="SourceGraphic"/></feMerge></filter>` +
          GRAIN_FILTER('grain', 0.55),
        wrap: (art) => `<g filter="url(#offset)">${art}</g>`,
        overlay: () =>
          `<rect width="${SIZE}" height="${SIZE}" fill="url(#halftone)" opacity=".13"/>` +
          grain('grain', 0.3) +
          `<rect x="26" y="26" width="972" height="972" rx="18" fill="none" stroke="${roles.ink}" stroke-width="5" opacity=".55"/>`,
      };
    }
    case 'line': {
      const ink = base.ink;
      return {
        style,
        roles: { ...base, paper: mix(base.paper, '#ffffff', 0.5), paperAlt: mix(base.paper, '#ffffff', 0.5) },
        tint: () => ink,
        plainPaper: true,
        defs:
          `<style>.line-art *{fill:none;stroke:${ink};stroke-opacity:.9;stroke-width:2.6px;vector-effect:non-scaling-stroke;stroke-linejoin:round;stroke-linecap:round}` +
          `.line-art .focal *{stroke:${base.accent};stroke-width:3.4px}` +
          `.line-art [opacity^=".1"],.line-art [opacity^=".2"],.line-art [opacity^=".3"]{display:none}</style>`,
        wrap: (art) => `<g class="line-art">${art}</g>`,
        overlay: () => '',
      };
    }
    case 'papercut': {
      const red = toHsl(base.accent).s > 0.45 && Math.abs(((toHsl(base.accent).h + 180) % 360) - 180) < 20 ? base.accent : PAPERCUT_RED;
      const cut = (hex: string): string => (luminance(hex) > 0.62 ? PAPERCUT_PAPER : red);
      return {
        style,
        roles: { paper: PAPERCUT_PAPER, paperAlt: PAPERCUT_PAPER, accent: red, accent2: red, ink: '#5a1010' },
        tint: cut,
        plainPaper: true,
        defs:
          `<filter id="cut" x="-5%" y="-5%" width="110%" height="110%"><feDropShadow dx="3" dy="5" stdDeviation="2.5" flood-color="#4a0c10" flood-opacity=".38"/></filter>` +
          GRAIN_FILTER('grain', 0.8),
        wrap: (art) => `<g filter="url(#cut)">${art}</g>`,
        overlay: () => grain('grain', 0.2) + papercutBorder(red),
      };
    }
  }
}

/** A scalloped cut-paper frame, as a red sheet with the picture cut out of it. */
function papercutBorder(red: string): string {
  const inset = 34;
  const bumps = 16;
  const step = (SIZE - 2 * inset) / bumps;
  const side = (from: [number, number], dx: number, dy: number): string =>
    Array.from({ length: bumps }, (_, i) => {
      const x = from[0] + dx * step * (i + 1);
      const y = from[1] + dy * step * (i + 1);
      return `A${(step / 2).toFixed(1)} ${(step / 2).toFixed(1)} 0 0 1 ${x.toFixed(1)} ${y.toFixed(1)}`;
    }).join(' ');
  const hole = `M${inset} ${inset} ${side([inset, inset], 1, 0)} ${side([SIZE - inset, inset], 0, 1)} ${side([SIZE - inset, SIZE - inset], -1, 0)} ${side([inset, SIZE - inset], 0, -1)}Z`;
  return `<path d="M0 0 H${SIZE} V${SIZE} H0Z ${hole}" fill="${red}" fill-rule="evenodd" filter="url(#cut)"/>`;
}

/** The colours a supporting motif is painted with; neighbours alternate which accent leads. */
export function paintFor(look: Look, index: number): MotifPaint {
  const { roles, tint } = look;
  const light = look.style === 'papercut' ? roles.paper : mix(roles.paper, '#ffffff', 0.6);
  const [primary, secondary] = index % 2 === 0 ? [roles.accent, roles.accent2] : [roles.accent2, roles.accent];
  return { primary, secondary, light, dark: roles.ink, tint };
}
