import type { Concept, GeneratedImage } from '../contracts.js';
import { contrast, mix } from './colour.js';
import { escapeMarkup } from './escape.js';
import { createPrng, stableHash } from './hash.js';
import { FALLBACK_DRAWERS, MOTIF_DRAWERS, num, type MotifDrawer, type MotifPaint } from './motif-shapes.js';
import { isMotifName } from './motifs.js';
import { paletteRoles, type PaletteRoles } from './palette.js';

const SIZE = 1024;
const CENTRE = SIZE / 2;
/** Motifs stay this far from the edges so the frame and the card's rounded corners never clip them. */
const MARGIN = 110;

type Rand = () => number;

const between = (rand: Rand, low: number, high: number): number => low + rand() * (high - low);

function drawerFor(motif: string): MotifDrawer {
  const key = motif.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return isMotifName(key) ? MOTIF_DRAWERS[key] : FALLBACK_DRAWERS[stableHash(key) % FALLBACK_DRAWERS.length] ?? FALLBACK_DRAWERS[0];
}

/** Alternates which accent leads, so neighbouring motifs do not share a colour. */
function paintFor(roles: PaletteRoles, index: number): MotifPaint {
  const light = mix(roles.paper, '#ffffff', 0.55);
  return index % 2 === 0
    ? { primary: roles.accent, secondary: roles.accent2, light, dark: roles.ink }
    : { primary: roles.accent2, secondary: roles.accent, light, dark: roles.ink };
}

function placed(drawer: MotifDrawer, paint: MotifPaint, rand: Rand, x: number, y: number, scale: number, tilt: number): string {
  return `<g transform="translate(${num(x)} ${num(y)}) rotate(${num(tilt)}) scale(${num(scale, 2)})">${drawer(paint, rand)}</g>`;
}

function background(palette: readonly string[], roles: PaletteRoles, rand: Rand): string {
  const angle = between(rand, 0, Math.PI);
  const dx = Math.cos(angle) / 2;
  const dy = Math.sin(angle) / 2;
  const defs =
    `<defs>` +
    `<linearGradient id="bg" x1="${num(0.5 - dx)}" y1="${num(0.5 - dy)}" x2="${num(0.5 + dx)}" y2="${num(0.5 + dy)}">` +
    `<stop offset="0" stop-color="${roles.paper}"/><stop offset="1" stop-color="${roles.paperAlt}"/></linearGradient>` +
    `<radialGradient id="glow"><stop offset="0" stop-color="${roles.accent}" stop-opacity=".45"/><stop offset="1" stop-color="${roles.accent}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="vignette" r=".75"><stop offset=".6" stop-color="${roles.ink}" stop-opacity="0"/><stop offset="1" stop-color="${roles.ink}" stop-opacity=".22"/></radialGradient>` +
    `</defs>`;
  const glow = `<circle cx="${num(between(rand, 300, 724))}" cy="${num(between(rand, 260, 480))}" r="460" fill="url(#glow)"/>`;
  // Soft bokeh in every palette colour, so the whole palette shows on the card;
  // colours that stand out hard against the paper (the ink) are kept faint.
  const bokeh = Array.from({ length: Math.max(10, palette.length * 2) }, (_, i) => {
    const colour = palette[i % palette.length] ?? roles.accent;
    const opacity = contrast(roles.paper, colour) > 4 ? between(rand, 0.05, 0.1) : between(rand, 0.1, 0.3);
    return `<circle cx="${num(between(rand, 0, SIZE))}" cy="${num(between(rand, 0, SIZE))}" r="${num(between(rand, 30, 120))}" fill="${colour}" opacity="${num(opacity, 2)}"/>`;
  }).join('');
  return `${defs}<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>${glow}${bokeh}`;
}

/** Two rolling hills give the motifs something to stand on. */
function hills(roles: PaletteRoles, rand: Rand): string {
  return [
    { base: 800, amp: 50, colour: roles.accent2, opacity: 0.35 },
    { base: 870, amp: 38, colour: roles.accent, opacity: 0.45 },
  ]
    .map(({ base, amp, colour, opacity }) => {
      const y = (): string => num(base + between(rand, -amp, amp));
      return `<path d="M0 ${y()} C256 ${y()} 384 ${y()} 512 ${y()} S896 ${y()} ${SIZE} ${y()} V${SIZE} H0Z" fill="${colour}" opacity="${opacity}"/>`;
    })
    .join('');
}

/** The first motif is the hero at the centre; the rest orbit it at seeded angles. */
function motifs(concept: Concept, roles: PaletteRoles, rand: Rand): string {
  const [hero, ...others] = concept.motifs;
  const parts: string[] = [];
  if (hero !== undefined) parts.push(placed(drawerFor(hero), paintFor(roles, 0), rand, CENTRE, 470, 3.8, between(rand, -6, 6)));
  const start = between(rand, 0, 2 * Math.PI);
  others.forEach((motif, i) => {
    const angle = start + (2 * Math.PI * i) / Math.max(others.length, 1) + between(rand, -0.25, 0.25);
    const radius = between(rand, 290, 340);
    const x = Math.min(SIZE - MARGIN, Math.max(MARGIN, CENTRE + Math.cos(angle) * radius));
    const y = Math.min(SIZE - MARGIN, Math.max(MARGIN, 470 + Math.sin(angle) * radius * 0.85));
    parts.push(placed(drawerFor(motif), paintFor(roles, i + 1), rand, x, y, between(rand, 1.6, 2.1), between(rand, -15, 15)));
  });
  return parts.join('');
}

function sparkles(roles: PaletteRoles, rand: Rand): string {
  const light = mix(roles.paper, '#ffffff', 0.7);
  return Array.from({ length: 22 }, (_, i) => {
    const x = between(rand, 40, SIZE - 40);
    const y = between(rand, 40, SIZE - 40);
    const r = between(rand, 3, 9);
    const fill = i % 3 === 0 ? roles.accent2 : light;
    // Alternate round dots with four-pointed glints.
    return i % 2 === 0
      ? `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r / 2)}" fill="${fill}" opacity=".8"/>`
      : `<path d="M${num(x)} ${num(y - r)} L${num(x + r / 3)} ${num(y)} L${num(x)} ${num(y + r)} L${num(x - r / 3)} ${num(y)}Z" fill="${fill}" opacity=".9"/>`;
  }).join('');
}

/**
 * Paints the postcard's illustration as a 1024×1024 SVG from the concept's
 * palette and motifs. The layout is seeded by a hash of the concept and the
 * prompt, so the same input always yields the same bytes.
 */
export function paintIllustration(concept: Concept, prompt: string): GeneratedImage {
  // The prompt joins the seed because a given theme and style can yield the same concept for different prompts.
  const rand = createPrng(stableHash(`${JSON.stringify(concept)}\n${prompt}`));
  const palette = concept.palette.map((c) => c.toLowerCase());
  const roles = paletteRoles(palette);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img">` +
    `<title>${escapeMarkup(concept.theme)}</title>` +
    background(palette, roles, rand) +
    hills(roles, rand) +
    motifs(concept, roles, rand) +
    sparkles(roles, rand) +
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#vignette)"/>` +
    `</svg>`;
  return { contentType: 'image/svg+xml', bytes: Buffer.from(svg, 'utf8'), width: SIZE, height: SIZE };
}
