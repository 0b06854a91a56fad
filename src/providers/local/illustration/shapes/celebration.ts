import { NATURAL, type MotifDrawer } from '../paint.js';
import { flame, num, rays, starPoints } from '../svg.js';

/** Parties and gifts: the motifs a somber card never shows, plus hearts, rings, bells and wreaths. */
export const CELEBRATION_DRAWERS = {
  cake: (p) =>
    `<ellipse cx="0" cy="45" rx="47" ry="5" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".3"/>` +
    `<rect x="-40" y="6" width="80" height="38" rx="5" fill="${p.primary}"/>` +
    `<path d="M-40 12 q0 -6 6 -6 h68 q6 0 6 6 v4 q-5 8 -10 0 q-5 10 -12 0 q-6 9 -12 0 q-6 10 -13 0 q-6 9 -12 0 q-6 10 -13 0 q-5 8 -10 0z" fill="${p.light}"/>` +
    `<rect x="-28" y="-20" width="56" height="28" rx="5" fill="${p.secondary}"/>` +
    `<path d="M-28 -14 q0 -6 6 -6 h44 q6 0 6 6 v3 q-5 7 -10 0 q-6 8 -12 0 q-6 8 -12 0 q-6 8 -12 0 q-5 7 -10 0z" fill="${p.light}"/>` +
    [-12, 0, 12].map((x) => `<rect x="${x - 2.5}" y="-35" width="5" height="15" rx="2" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".25"/>` + flame(x, -35, 4, p.tint(NATURAL.flame), p.tint(NATURAL.flameCore))).join(''),
  balloon: (p) => {
    const one = (x: number, y: number, fill: string): string =>
      `<ellipse cx="${x}" cy="${y}" rx="15" ry="19" fill="${fill}"/><path d="M${x - 3} ${y + 21} L${x + 3} ${y + 21} L${x} ${y + 17}Z" fill="${fill}"/>` +
      `<ellipse cx="${x - 6}" cy="${y - 8}" rx="4" ry="7" fill="#ffffff" opacity=".4"/>`;
    return (
      `<path d="M-20 -1 Q-8 24 0 44 M20 -5 Q8 24 0 44 M0 -12 Q4 20 0 44" stroke="${p.dark}" stroke-width="1.3" fill="none" opacity=".7"/>` +
      one(0, -31, p.tint(NATURAL.yellow)) +
      one(-20, -21, p.primary) +
      one(20, -25, p.secondary) +
      `<path d="M0 44 l-6 4 M0 44 l6 4" stroke="${p.dark}" stroke-width="1.3" opacity=".7"/>`
    );
  },
  confetti: (p, rand) =>
    Array.from({ length: 20 }, (_, i) => {
      const fill = [p.primary, p.secondary, p.tint(NATURAL.yellow), p.tint(NATURAL.sky)][i % 4] ?? p.primary;
      const x = num(rand() * 88 - 44);
      const y = num(rand() * 88 - 44);
      if (i % 4 === 0) return `<circle cx="${x}" cy="${y}" r="3" fill="${fill}"/>`;
      if (i % 4 === 1) return `<path d="M${x} ${y} q4 -5 8 0 t8 0" stroke="${fill}" stroke-width="2.5" fill="none" stroke-linecap="round"/>`;
      return `<rect x="${x}" y="${y}" width="9" height="4" rx="1" fill="${fill}" transform="rotate(${Math.round(rand() * 180)} ${x} ${y})"/>`;
    }).join(''),
  firework: (p) =>
    rays(16, 10, 40, `stroke="${p.primary}" stroke-width="3" stroke-linecap="round"`) +
    rays(8, 43, 47, `stroke="${p.tint(NATURAL.yellow)}" stroke-width="5" stroke-linecap="round"`) +
    rays(16, 24, 26, `stroke="${p.secondary}" stroke-width="4" stroke-linecap="round"`) +
    `<circle r="6" fill="${p.light}"/>`,
  gift: (p) =>
    `<rect x="-34" y="2" width="68" height="46" rx="3" fill="${p.primary}"/>` +
    `<rect x="-38" y="-12" width="76" height="16" rx="3" fill="${p.secondary}"/>` +
    `<rect x="-6" y="-12" width="12" height="60" fill="${p.light}"/>` +
    `<path d="M0 -12 C-12 -40 -36 -30 -22 -12Z M0 -12 C12 -40 36 -30 22 -12Z" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".2"/>`,
  ribbon: (p) =>
    `<path d="M-3 2 L-18 42 L-9 37 L-3 46Z M3 2 L18 42 L9 37 L3 46Z" fill="${p.secondary}"/>` +
    `<path d="M0 0 C-18 -30 -46 -22 -40 0 C-46 22 -18 30 0 0Z M0 0 C18 -30 46 -22 40 0 C46 22 18 30 0 0Z" fill="${p.primary}"/>` +
    `<circle r="8" fill="${p.secondary}"/>`,
  heart: (p) =>
    `<path d="M0 38 C-48 8 -42 -36 -16 -36 C-6 -36 0 -28 0 -20 C0 -28 6 -36 16 -36 C42 -36 48 8 0 38Z" fill="${p.primary}"/>` +
    `<ellipse cx="-18" cy="-18" rx="7" ry="10" fill="#ffffff" opacity=".3" transform="rotate(-30 -18 -18)"/>`,
  star: (p) =>
    `<polygon points="${starPoints(5, 44, 19)}" fill="${p.tint(NATURAL.yellow)}" stroke="${p.light}" stroke-width="2" stroke-linejoin="round"/>` +
    `<polygon points="${starPoints(5, 22, 9)}" fill="#ffffff" opacity=".3"/>`,
  candle: (p) =>
    `<ellipse cx="4" cy="46" rx="40" ry="4" fill="${p.dark}" opacity=".18"/>` +
    `<rect x="-24" y="-8" width="30" height="56" rx="3" fill="${p.tint('#f6ead2')}" stroke="${p.dark}" stroke-opacity=".25"/>` +
    `<path d="M-24 -4 q0 -4 4 -4 h22 q4 0 4 4 v6 q-3 5 -6 0 v8 q-3 4 -6 0 v-9 q-4 5 -8 0 q-3 5 -6 0z" fill="#ffffff" opacity=".6"/>` +
    `<path d="M-9 -8 v-6" stroke="${p.dark}" stroke-width="2"/>` +
    flame(-9, -14, 10, p.tint(NATURAL.flame), p.tint(NATURAL.flameCore)) +
    `<rect x="12" y="24" width="26" height="24" rx="3" fill="${p.tint('#f6ead2')}" stroke="${p.dark}" stroke-opacity=".25"/>` +
    `<path d="M25 24 v-4" stroke="${p.dark}" stroke-width="1.6"/>` +
    flame(25, 20, 6, p.tint(NATURAL.flame), p.tint(NATURAL.flameCore)),
  'music-notes': (p) =>
    `<g fill="${p.primary}"><ellipse cx="-30" cy="30" rx="11" ry="8" transform="rotate(-20 -30 30)"/><ellipse cx="6" cy="22" rx="11" ry="8" transform="rotate(-20 6 22)"/>` +
    `<rect x="-21" y="-30" width="4" height="58"/><rect x="15" y="-38" width="4" height="58"/><path d="M-21 -30 L19 -38 L19 -26 L-21 -18Z"/></g>` +
    `<g fill="${p.secondary}"><ellipse cx="34" cy="36" rx="8" ry="6" transform="rotate(-20 34 36)"/><rect x="39.5" y="0" width="3" height="36"/><path d="M42 0 q8 8 6 18 q-2 -8 -6 -9z"/></g>`,
  rings: (p) => {
    const gold = p.tint(NATURAL.gold);
    return (
      `<circle cx="-13" cy="10" r="22" fill="none" stroke="${gold}" stroke-width="7"/>` +
      `<circle cx="15" cy="10" r="22" fill="none" stroke="${p.tint('#c9ccd6')}" stroke-width="7"/>` +
      `<path d="M-13 -12 A22 22 0 0 1 9 10" fill="none" stroke="${gold}" stroke-width="7"/>` +
      `<path d="M-13 -22 L-22 -31 L-17 -38 L-9 -38 L-4 -31Z" fill="${p.tint('#bfe3f2')}" stroke="${p.dark}" stroke-opacity=".3"/>` +
      `<path d="M-22 -31 H-4 M-13 -22 L-16 -31 L-13 -38 M-13 -22 L-10 -31" stroke="${p.dark}" stroke-opacity=".25" fill="none"/>` +
      `<path d="M24 -30 l2 -7 l2 7 l7 2 l-7 2 l-2 7 l-2 -7 l-7 -2z" fill="${p.light}"/>`
    );
  },
  bell: (p) => {
    const gold = p.tint(NATURAL.gold);
    return (
      `<path d="M0 -28 C-20 -28 -24 -10 -26 10 C-28 24 -34 28 -36 32 L36 32 C34 28 28 24 26 10 C24 -10 20 -28 0 -28Z" fill="${gold}"/>` +
      `<ellipse cx="0" cy="32" rx="36" ry="5" fill="${p.dark}" opacity=".25"/><circle cx="0" cy="39" r="6" fill="${gold}"/>` +
      `<path d="M-12 -18 C-16 -6 -18 10 -20 22" stroke="#ffffff" stroke-width="4" opacity=".4" fill="none" stroke-linecap="round"/>` +
      `<path d="M0 -30 C-10 -46 -28 -40 -18 -30Z M0 -30 C10 -46 28 -40 18 -30Z M-2 -31 L-12 -14 M2 -31 L12 -14" fill="${p.primary}" stroke="${p.primary}" stroke-width="3"/>` +
      `<circle cx="0" cy="-31" r="5" fill="${p.secondary}"/>`
    );
  },
  wreath: (p) => {
    const leaves = Array.from({ length: 22 }, (_, i) => {
      const deg = (360 * i) / 22;
      const fill = i % 2 === 0 ? p.tint(NATURAL.pine) : p.tint(NATURAL.leaf);
      return `<ellipse cx="0" cy="-32" rx="7" ry="14" fill="${fill}" transform="rotate(${num(deg)}) rotate(35 0 -32)"/>`;
    }).join('');
    const berries = [30, 100, 160, 220, 290]
      .map((deg) => {
        const a = ((deg - 90) * Math.PI) / 180;
        return `<circle cx="${num(Math.cos(a) * 33)}" cy="${num(Math.sin(a) * 33)}" r="4" fill="${p.tint(NATURAL.red)}"/>`;
      })
      .join('');
    return (
      leaves +
      berries +
      `<path d="M0 34 C-10 22 -26 26 -20 38Z M0 34 C10 22 26 26 20 38Z M-2 36 L-10 50 M2 36 L10 50" fill="${p.primary}" stroke="${p.primary}" stroke-width="3"/>`
    );
  },
  envelope: (p) =>
    `<rect x="-44" y="-28" width="88" height="60" rx="4" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".35" stroke-width="1.5"/>` +
    `<path d="M-44 32 L-8 4 M44 32 L8 4" stroke="${p.dark}" stroke-opacity=".2" stroke-width="1.5" fill="none"/>` +
    `<path d="M-43 -27 L0 8 L43 -27" fill="${p.tint('#efe6d6')}" stroke="${p.dark}" stroke-opacity=".35" stroke-width="1.5"/>` +
    `<path d="M0 20 C-14 10 -12 -2 -5 -2 C-2 -2 0 1 0 3 C0 1 2 -2 5 -2 C12 -2 14 10 0 20Z" fill="${p.primary}"/>`,
} satisfies Record<string, MotifDrawer>;
