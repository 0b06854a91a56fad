import type { MotifName } from './motifs.js';

/** The four colours a motif is drawn with, taken from the concept's palette. */
export interface MotifPaint {
  readonly primary: string;
  readonly secondary: string;
  readonly light: string;
  readonly dark: string;
}

/**
 * Draws one motif as SVG elements in a 100×100 box centred on the origin; the
 * caller positions and scales it with a transform. `rand` is the illustration's
 * seeded PRNG, so scattered details are reproducible.
 */
export type MotifDrawer = (paint: MotifPaint, rand: () => number) => string;

/** One decimal place is plenty for coordinates at 1024 px and keeps the file small. */
export const num = (x: number, decimals = 1): string => String(Math.round(x * 10 ** decimals) / 10 ** decimals);

const polar = (radius: number, angle: number): string => `${num(Math.cos(angle) * radius)} ${num(Math.sin(angle) * radius)}`;

function starPoints(points: number, outer: number, inner: number): string {
  return Array.from({ length: points * 2 }, (_, i) => polar(i % 2 === 0 ? outer : inner, (Math.PI * i) / points - Math.PI / 2)).join(' ');
}

function rays(count: number, from: number, to: number, attrs: string): string {
  return Array.from({ length: count }, (_, i) => {
    const a = (2 * Math.PI * i) / count;
    return `<path d="M${polar(from, a)} L${polar(to, a)}" ${attrs}/>`;
  }).join('');
}

function blossom(cx: number, cy: number, r: number, petal: string, heart: string): string {
  const petals = Array.from({ length: 5 }, (_, i) => {
    const a = (2 * Math.PI * i) / 5 - Math.PI / 2;
    return `<circle cx="${num(cx + Math.cos(a) * r)}" cy="${num(cy + Math.sin(a) * r)}" r="${num(r * 0.95)}"/>`;
  }).join('');
  return `<g fill="${petal}">${petals}</g><circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r * 0.45)}" fill="${heart}"/>`;
}

const FLAME = '#ffb703';

export const MOTIF_DRAWERS = {
  cake: (p) =>
    `<rect x="-42" y="34" width="84" height="6" rx="3" fill="${p.dark}" opacity=".5"/>` +
    `<rect x="-38" y="-4" width="76" height="40" rx="6" fill="${p.primary}"/>` +
    `<rect x="-28" y="-27" width="56" height="25" rx="5" fill="${p.secondary}"/>` +
    `<path d="M-38 6 q9.5 9 19 0 t19 0 t19 0 t19 0" fill="none" stroke="${p.light}" stroke-width="4" stroke-linecap="round"/>` +
    [-14, 0, 14]
      .map((x) => `<rect x="${x - 2.5}" y="-42" width="5" height="16" rx="2" fill="${p.light}"/><path d="M${x} -53 q6 7 0 10 q-6 -3 0 -10z" fill="${FLAME}"/>`)
      .join(''),
  balloon: (p) =>
    `<path d="M0 20 q-8 10 0 18 t0 12" stroke="${p.dark}" fill="none" stroke-width="1.5"/>` +
    `<path d="M-5 22 L5 22 L0 15Z" fill="${p.primary}"/>` +
    `<ellipse cx="0" cy="-12" rx="26" ry="32" fill="${p.primary}"/>` +
    `<ellipse cx="-9" cy="-25" rx="6" ry="11" fill="#ffffff" opacity=".35"/>`,
  confetti: (p, rand) =>
    Array.from({ length: 18 }, (_, i) => {
      const fill = [p.primary, p.secondary, p.light, p.dark][i % 4] ?? p.primary;
      const x = num(rand() * 92 - 46);
      const y = num(rand() * 92 - 46);
      return i % 3 === 0
        ? `<circle cx="${x}" cy="${y}" r="3" fill="${fill}"/>`
        : `<rect x="${x}" y="${y}" width="9" height="4" rx="1" fill="${fill}" transform="rotate(${Math.round(rand() * 180)} ${x} ${y})"/>`;
    }).join(''),
  firework: (p) =>
    rays(14, 9, 38, `stroke="${p.primary}" stroke-width="3" stroke-linecap="round"`) +
    rays(7, 42, 46, `stroke="${p.secondary}" stroke-width="5" stroke-linecap="round"`) +
    `<circle r="5" fill="${p.light}"/>`,
  lantern: (p) =>
    `<path d="M0 -50 L0 -36" stroke="${p.dark}" stroke-width="2"/>` +
    `<ellipse cx="0" cy="-3" rx="34" ry="29" fill="${p.primary}"/>` +
    `<path d="M0 -31 C-18 -18 -18 12 0 25 M0 -31 C18 -18 18 12 0 25 M-30 -3 L30 -3" stroke="${p.secondary}" fill="none" stroke-width="2" opacity=".75"/>` +
    `<rect x="-14" y="-38" width="28" height="8" rx="2" fill="${p.secondary}"/>` +
    `<rect x="-14" y="23" width="28" height="8" rx="2" fill="${p.secondary}"/>` +
    `<path d="M-6 31 L-8 49 M0 31 L0 51 M6 31 L8 49" stroke="${p.secondary}" stroke-width="2"/>`,
  'plum-blossom': (p) =>
    `<path d="M-48 42 Q-12 24 8 -8 T44 -42 M-8 20 Q-24 8 -26 -14" stroke="${p.dark}" stroke-width="4" fill="none" stroke-linecap="round"/>` +
    blossom(8, -8, 8, p.light, p.secondary) +
    blossom(-26, -16, 6, p.primary, p.light) +
    blossom(38, -38, 5.5, p.primary, p.light) +
    blossom(-22, 28, 6, p.light, p.secondary),
  heart: (p) =>
    `<path d="M0 38 C-48 8 -42 -36 -16 -36 C-6 -36 0 -28 0 -20 C0 -28 6 -36 16 -36 C42 -36 48 8 0 38Z" fill="${p.primary}"/>` +
    `<ellipse cx="-18" cy="-18" rx="7" ry="10" fill="#ffffff" opacity=".3" transform="rotate(-30 -18 -18)"/>`,
  rose: (p) =>
    `<path d="M0 12 L0 48" stroke="${p.dark}" stroke-width="3"/>` +
    `<path d="M0 34 q-18 -4 -24 -16 q18 0 24 16z M0 40 q16 -4 20 -14 q-15 0 -20 14z" fill="${p.dark}" opacity=".7"/>` +
    `<circle cx="0" cy="-8" r="23" fill="${p.primary}"/>` +
    `<path d="M0 -8 m-4 0 a4 4 0 1 1 8 0 a8 8 0 1 1 -16 0 a12 12 0 1 1 24 0 a16 16 0 1 1 -32 0" stroke="${p.dark}" stroke-opacity=".35" fill="none" stroke-width="2.5"/>`,
  flower: (p) =>
    `<path d="M0 10 Q5 30 0 48" stroke="${p.dark}" stroke-width="3" fill="none"/>` +
    `<g fill="${p.primary}">${Array.from({ length: 6 }, (_, i) => `<ellipse cx="0" cy="-26" rx="9" ry="16" transform="rotate(${i * 60} 0 -8)"/>`).join('')}</g>` +
    `<circle cx="0" cy="-8" r="9" fill="${p.secondary}"/>`,
  leaf: (p) =>
    `<path d="M-36 36 C-36 -10 0 -40 40 -40 C40 0 10 36 -36 36Z" fill="${p.primary}"/>` +
    `<path d="M-36 36 L30 -30 M-10 10 L-10 -8 M6 -6 L22 -4 M-4 4 L10 12" stroke="${p.light}" stroke-width="2" stroke-linecap="round" fill="none" opacity=".8"/>`,
  sun: (p) =>
    rays(12, 29, 44, `stroke="${p.secondary}" stroke-width="5" stroke-linecap="round"`) + `<circle r="23" fill="${p.secondary}"/>`,
  moon: (p) =>
    `<path d="M12 -38 A40 40 0 1 0 12 38 A38 38 0 1 1 12 -38Z" fill="${p.light}"/>` +
    `<circle cx="-26" cy="-6" r="4" fill="${p.dark}" opacity=".12"/><circle cx="-18" cy="16" r="3" fill="${p.dark}" opacity=".12"/>`,
  star: (p) => `<polygon points="${starPoints(5, 42, 18)}" fill="${p.secondary}" stroke="${p.light}" stroke-width="2" stroke-linejoin="round"/>`,
  cloud: (p) =>
    `<g fill="${p.light}" opacity=".95"><circle cx="-20" cy="4" r="18"/><circle cx="2" cy="-8" r="23"/><circle cx="24" cy="4" r="16"/>` +
    `<rect x="-40" y="4" width="80" height="20" rx="10"/></g>`,
  mountain: (p) =>
    `<polygon points="-50,40 -28,2 -6,40" fill="${p.primary}" opacity=".8"/>` +
    `<polygon points="-40,40 -10,-32 12,4 26,-14 50,40" fill="${p.dark}"/>` +
    `<polygon points="-10,-32 -21,-13 -14,-16 -8,-10 -2,-18" fill="#ffffff"/>`,
  wave: (p) =>
    [p.primary, p.secondary, p.light]
      .map((stroke, i) => `<path d="M-50 ${i * 15 - 12} q12.5 -14 25 0 t25 0 t25 0 t25 0" stroke="${stroke}" stroke-width="6" fill="none" stroke-linecap="round"/>`)
      .join(''),
  plane: (p) =>
    `<path d="M-14 26 q-18 10 -36 2" stroke="${p.dark}" stroke-width="2" stroke-dasharray="4 5" fill="none"/>` +
    `<path d="M-42 4 L42 -30 L10 34 L-2 12Z" fill="${p.light}"/>` +
    `<path d="M-2 12 L42 -30 L4 28Z" fill="${p.secondary}" opacity=".8"/>`,
  ribbon: (p) =>
    `<path d="M-3 2 L-18 42 L-9 37 L-3 46Z M3 2 L18 42 L9 37 L3 46Z" fill="${p.secondary}"/>` +
    `<path d="M0 0 C-18 -30 -46 -22 -40 0 C-46 22 -18 30 0 0Z M0 0 C18 -30 46 -22 40 0 C46 22 18 30 0 0Z" fill="${p.primary}"/>` +
    `<circle r="8" fill="${p.secondary}"/>`,
  gift: (p) =>
    `<rect x="-34" y="-6" width="68" height="46" rx="3" fill="${p.primary}"/>` +
    `<rect x="-38" y="-19" width="76" height="15" rx="3" fill="${p.secondary}"/>` +
    `<rect x="-5" y="-19" width="10" height="59" fill="${p.light}"/>` +
    `<path d="M0 -19 C-10 -40 -30 -32 -20 -19Z M0 -19 C10 -40 30 -32 20 -19Z" fill="${p.light}"/>`,
  'tea-cup': (p) =>
    `<path d="M-10 -18 q-6 -8 0 -16 t0 -16 M2 -18 q-6 -8 0 -16 t0 -16 M14 -18 q-6 -8 0 -16 t0 -16" stroke="${p.light}" stroke-width="3" fill="none" stroke-linecap="round" opacity=".9"/>` +
    `<ellipse cx="0" cy="34" rx="42" ry="7" fill="${p.secondary}"/>` +
    `<path d="M27 -2 q18 0 14 14 q-4 10 -16 8" stroke="${p.primary}" fill="none" stroke-width="5"/>` +
    `<path d="M-30 -10 L30 -10 Q28 30 0 32 Q-28 30 -30 -10Z" fill="${p.primary}"/>`,
  peach: (p) =>
    `<path d="M0 -30 q-22 -16 -32 -4 q16 10 32 4z M0 -30 q18 -14 28 -6 q-14 10 -28 6z" fill="${p.dark}" opacity=".75"/>` +
    `<path d="M0 -32 C-22 -20 -40 0 -30 22 C-22 40 22 40 30 22 C40 0 22 -20 0 -32Z" fill="${p.primary}"/>` +
    `<path d="M0 -30 Q-8 2 0 34" stroke="${p.secondary}" stroke-width="2" fill="none" opacity=".6"/>`,
} satisfies Record<MotifName, MotifDrawer>;

/** Motifs we cannot draw (a model may name anything) become a sparkle or an orb. */
export const FALLBACK_DRAWERS: readonly [MotifDrawer, MotifDrawer] = [
  (p) => `<polygon points="${starPoints(4, 44, 10)}" fill="${p.secondary}"/><circle r="6" fill="${p.light}"/>`,
  (p) => `<circle r="40" fill="${p.primary}" opacity=".35"/><circle r="26" fill="${p.secondary}" opacity=".6"/><circle r="12" fill="${p.light}"/>`,
];
