import { NATURAL, type MotifDrawer } from '../paint.js';
import { flame, num } from '../svg.js';

/** Festival food, lamps and buildings: Mid-Autumn, Dragon Boat, Diwali, Hanukkah, Halloween, Easter, Thanksgiving, Chuseok. */
export const FESTIVAL_DRAWERS = {
  lantern: (p) => {
    const red = p.tint('#d62828');
    const gold = p.tint(NATURAL.gold);
    return (
      `<path d="M0 -50 L0 -36" stroke="${p.dark}" stroke-width="2"/>` +
      `<ellipse cx="0" cy="-3" rx="44" ry="38" fill="${p.tint(NATURAL.flame)}" opacity=".16"/>` +
      `<ellipse cx="0" cy="-3" rx="34" ry="29" fill="${red}"/>` +
      `<path d="M0 -31 C-18 -18 -18 12 0 25 M0 -31 C18 -18 18 12 0 25 M0 -31 C-34 -18 -34 12 0 25 M0 -31 C34 -18 34 12 0 25" stroke="${gold}" fill="none" stroke-width="1.6" opacity=".8"/>` +
      `<rect x="-14" y="-38" width="28" height="8" rx="2" fill="${gold}"/><rect x="-14" y="23" width="28" height="8" rx="2" fill="${gold}"/>` +
      `<path d="M-6 31 L-8 49 M0 31 L0 50 M6 31 L8 49" stroke="${red}" stroke-width="2.5"/>`
    );
  },
  mooncake: (p) => {
    const crust = p.tint('#c8863a');
    const rim = Array.from({ length: 16 }, (_, i) => {
      const a = (2 * Math.PI * i) / 16;
      return `<circle cx="${num(Math.cos(a) * 38)}" cy="${num(4 + Math.sin(a) * 19)}" r="7"/>`;
    }).join('');
    return (
      `<ellipse cx="0" cy="40" rx="48" ry="9" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".2"/>` +
      `<path d="M-42 4 V26 C-42 44 42 44 42 26 V4Z" fill="${p.tint('#a96a2a')}"/>` +
      `<g fill="${crust}">${rim}</g><ellipse cx="0" cy="4" rx="38" ry="19" fill="${crust}"/>` +
      `<ellipse cx="0" cy="4" rx="27" ry="13" fill="none" stroke="${p.tint('#8a531f')}" stroke-width="2.5"/>` +
      `<path d="M-14 4 H14 M0 -4 V12 M-9 -1 L9 9 M9 -1 L-9 9" stroke="${p.tint('#8a531f')}" stroke-width="2.5" stroke-linecap="round"/>`
    );
  },
  zongzi: (p) => {
    const leaf = p.tint('#4f8a3a');
    return (
      `<ellipse cx="0" cy="44" rx="42" ry="5" fill="${p.dark}" opacity=".15"/>` +
      `<path d="M-36 40 L0 -38 L40 36Z" fill="${leaf}" stroke="${leaf}" stroke-width="10" stroke-linejoin="round"/>` +
      `<path d="M0 -38 L40 36 L18 42Z" fill="${p.tint(NATURAL.pine)}" stroke="${p.tint(NATURAL.pine)}" stroke-width="6" stroke-linejoin="round"/>` +
      `<path d="M-22 30 L4 -22 M-10 36 L12 -6 M4 38 L22 6" stroke="${p.tint(NATURAL.leafLight)}" stroke-width="2" opacity=".8"/>` +
      `<path d="M-24 12 Q4 20 30 10 M-6 -14 Q0 14 6 42" stroke="${p.tint('#d8b779')}" stroke-width="3.5" fill="none"/>`
    );
  },
  'dragon-boat': (p) => {
    const red = p.tint('#c0392b');
    const gold = p.tint(NATURAL.gold);
    const rowers = [-30, -16, -2, 12]
      .map(
        (x) =>
          `<path d="M${x + 4} 8 L${x - 8} 40" stroke="${p.tint(NATURAL.bark)}" stroke-width="2.5"/>` +
          `<rect x="${x - 3}" y="-2" width="7" height="12" rx="3" fill="${p.tint('#f2c14e')}"/><circle cx="${x + 0.5}" cy="-6" r="4" fill="${p.tint('#3a2a20')}"/>`,
      )
      .join('');
    return (
      `<path d="M-50 40 q8 -4 16 0 t16 0 t16 0 t16 0 t16 0 t16 0" stroke="${p.tint(NATURAL.sky)}" stroke-width="3" fill="none"/>` +
      rowers +
      `<path d="M-46 12 L40 12 C36 26 26 32 14 32 L-34 32 C-42 30 -46 22 -46 12Z" fill="${red}"/>` +
      `<path d="M-40 18 H34" stroke="${gold}" stroke-width="3" stroke-dasharray="6 4"/>` +
      `<path d="M34 14 C38 0 36 -10 42 -18 C46 -22 50 -18 50 -14 L44 -12 L48 -8 C44 -4 42 2 40 14Z" fill="${red}"/>` +
      `<path d="M42 -18 L36 -24 M46 -20 L44 -28" stroke="${gold}" stroke-width="2.5" stroke-linecap="round"/><circle cx="45" cy="-15" r="1.6" fill="${p.tint(NATURAL.white)}"/>` +
      `<path d="M-46 12 C-50 4 -48 -6 -42 -8 C-44 0 -42 6 -38 12Z" fill="${gold}"/>` +
      `<circle cx="24" cy="4" r="6" fill="${gold}"/>`
    );
  },
  torii: (p) => {
    const red = p.tint('#d2402b');
    const black = p.tint(NATURAL.black);
    return (
      `<path d="M-32 -20 L-26 -20 L-24 48 L-34 48Z M26 -20 L32 -20 L34 48 L24 48Z" fill="${red}"/>` +
      `<rect x="-36" y="42" width="14" height="6" fill="${black}"/><rect x="22" y="42" width="14" height="6" fill="${black}"/>` +
      `<rect x="-42" y="-10" width="84" height="7" fill="${red}"/><rect x="-4" y="-24" width="8" height="14" fill="${red}"/>` +
      `<rect x="-44" y="-27" width="88" height="7" fill="${red}"/>` +
      `<path d="M-50 -40 Q0 -30 50 -40 L48 -30 Q0 -24 -48 -30Z" fill="${black}"/>`
    );
  },
  pagoda: (p) => {
    const roof = p.tint('#3d4a5c');
    const wall = p.tint('#c0533b');
    const tiers = Array.from({ length: 5 }, (_, i) => {
      const y = 40 - i * 16;
      const w = 76 - i * 11;
      return (
        `<rect x="${num(-w * 0.32)}" y="${y - 10}" width="${num(w * 0.64)}" height="12" fill="${wall}"/>` +
        `<rect x="${num(-w * 0.08)}" y="${y - 8}" width="${num(w * 0.16)}" height="8" fill="${p.tint('#f2d28b')}"/>` +
        `<path d="M${num(-w / 2)} ${y - 10} Q${num(-w * 0.36)} ${y - 13} ${num(-w * 0.3)} ${y - 17} L${num(w * 0.3)} ${y - 17} Q${num(w * 0.36)} ${y - 13} ${num(w / 2)} ${y - 10}Z" fill="${roof}"/>`
      );
    }).join('');
    return (
      `<rect x="-30" y="40" width="60" height="8" fill="${p.tint(NATURAL.grey)}"/>` +
      tiers +
      `<path d="M0 -41 V-50" stroke="${roof}" stroke-width="3"/><circle cx="0" cy="-44" r="2.5" fill="${p.tint(NATURAL.gold)}"/>`
    );
  },
  kite: (p) =>
    `<path d="M0 30 C-10 36 6 40 -4 46 S-14 48 -20 50" stroke="${p.dark}" stroke-width="1.5" fill="none"/>` +
    `<path d="M-6 38 l-5 -3 l1 6z M-8 46 l-5 -1 l3 5z" fill="${p.secondary}"/>` +
    `<polygon points="0,-46 30,-10 0,-10" fill="${p.primary}"/><polygon points="0,-46 -30,-10 0,-10" fill="${p.secondary}"/>` +
    `<polygon points="-30,-10 0,30 0,-10" fill="${p.primary}"/><polygon points="30,-10 0,30 0,-10" fill="${p.secondary}"/>` +
    `<path d="M0 -46 V30 M-30 -10 H30" stroke="${p.dark}" stroke-opacity=".45" stroke-width="1.5"/>`,
  'diya-lamp': (p) => {
    const clay = p.tint('#c4622d');
    return (
      `<path d="M-40 18 C-36 48 30 48 36 18 L48 10 L34 16Z" fill="${clay}"/>` +
      `<ellipse cx="-2" cy="18" rx="38" ry="8" fill="${p.tint('#7a3410')}"/>` +
      `<path d="M-32 30 q4 5 8 0 t8 0 t8 0 t8 0 t8 0 t8 0 t8 0" stroke="${p.tint(NATURAL.yellow)}" stroke-width="2" fill="none"/>` +
      `<g fill="${p.tint(NATURAL.yellow)}"><circle cx="-20" cy="38" r="2"/><circle cx="-6" cy="40" r="2"/><circle cx="8" cy="40" r="2"/><circle cx="22" cy="37" r="2"/></g>` +
      flame(40, 12, 11, p.tint(NATURAL.flame), p.tint(NATURAL.flameCore))
    );
  },
  menorah: (p) => {
    const gold = p.tint(NATURAL.gold);
    const arms = [1, 2, 3, 4].map((k) => `<path d="M${-9 * k} -18 A${9 * k} ${num(8 * k)} 0 0 0 ${9 * k} -18" stroke="${gold}" stroke-width="3.5" fill="none"/>`).join('');
    const candle = (x: number, top: number): string =>
      `<rect x="${x - 2.5}" y="${top}" width="5" height="10" fill="${p.tint('#6d9bd8')}"/>` + flame(x, top, 3.2, p.tint(NATURAL.flame), p.tint(NATURAL.flameCore));
    return (
      `<path d="M-18 48 L18 48 L8 38 L-8 38Z" fill="${gold}"/><rect x="-2.5" y="-30" width="5" height="70" fill="${gold}"/>` +
      arms +
      [-4, -3, -2, -1, 1, 2, 3, 4].map((k) => candle(9 * k, -28)).join('') +
      candle(0, -40)
    );
  },
  pumpkin: (p) => {
    const orange = p.tint(NATURAL.orange);
    const rib = (cx: number, rx: number, ry: number): string => `<ellipse cx="${cx}" cy="16" rx="${rx}" ry="${ry}" fill="${orange}" stroke="${p.tint('#b85d14')}" stroke-width="2"/>`;
    return (
      `<path d="M-2 -14 C-2 -24 2 -32 8 -38 L12 -34 C8 -28 6 -22 6 -14Z" fill="${p.tint('#5b7a2e')}"/>` +
      `<path d="M8 -30 C18 -40 30 -36 26 -26" stroke="${p.tint(NATURAL.leaf)}" stroke-width="2" fill="none"/>` +
      rib(-24, 20, 28) + rib(24, 20, 28) + rib(-11, 19, 31) + rib(11, 19, 31) + rib(0, 16, 32) +
      `<ellipse cx="-6" cy="4" rx="4" ry="12" fill="#ffffff" opacity=".2"/>`
    );
  },
  songpyeon: (p) => {
    const cake = (x: number, y: number, fill: string): string =>
      `<path d="M${x - 13} ${y} Q${x} ${y - 18} ${x + 13} ${y} Q${x} ${y + 7} ${x - 13} ${y}Z" fill="${fill}" stroke="${p.dark}" stroke-opacity=".15"/>`;
    return (
      `<ellipse cx="0" cy="38" rx="48" ry="10" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".25"/>` +
      `<path d="M-36 34 l14 -6 M-30 38 l16 -3 M28 36 l12 -6 M20 40 l18 -2" stroke="${p.tint(NATURAL.pine)}" stroke-width="1.5"/>` +
      cake(-26, 32, p.tint('#f3eee4')) + cake(0, 34, p.tint('#f3b6c4')) + cake(26, 32, p.tint('#a8c98a')) +
      cake(-13, 20, p.tint('#f0d98a')) + cake(13, 20, p.tint('#f3eee4')) + cake(0, 8, p.tint('#c9a6d8'))
    );
  },
  egg: (p) =>
    `<path d="M0 -44 C24 -44 36 -4 36 14 C36 36 20 48 0 48 C-20 48 -36 36 -36 14 C-36 -4 -24 -44 0 -44Z" fill="${p.primary}"/>` +
    `<path d="M-33 0 L-24 -8 L-14 0 L-4 -8 L6 0 L16 -8 L26 0 L33 -6" stroke="${p.light}" stroke-width="4" fill="none"/>` +
    `<path d="M-36 22 H36" stroke="${p.secondary}" stroke-width="7"/>` +
    `<g fill="${p.light}"><circle cx="-18" cy="12" r="3"/><circle cx="0" cy="12" r="3"/><circle cx="18" cy="12" r="3"/><circle cx="-10" cy="34" r="3"/><circle cx="10" cy="34" r="3"/></g>` +
    `<ellipse cx="-14" cy="-18" rx="5" ry="10" fill="#ffffff" opacity=".3" transform="rotate(20 -14 -18)"/>`,
  turkey: (p) => {
    const feathers = [p.tint(NATURAL.red), p.tint(NATURAL.orange), p.tint(NATURAL.yellow), p.tint('#9c5b2e')];
    const tail = [-72, -48, -24, 0, 24, 48, 72]
      .map((deg, i) => `<ellipse cx="0" cy="-16" rx="10" ry="24" fill="${feathers[i % feathers.length] ?? p.primary}" transform="rotate(${deg} 0 12)"/>`)
      .join('');
    return (
      tail +
      `<ellipse cx="0" cy="22" rx="24" ry="22" fill="${p.tint('#8a5a34')}"/>` +
      `<path d="M-8 42 l-4 6 M-8 42 l0 6 M8 42 l0 6 M8 42 l4 6" stroke="${p.tint(NATURAL.orange)}" stroke-width="2.5"/>` +
      `<circle cx="0" cy="-2" r="11" fill="${p.tint('#a8744a')}"/>` +
      `<circle cx="-4" cy="-5" r="2" fill="${p.tint(NATURAL.black)}"/><circle cx="4" cy="-5" r="2" fill="${p.tint(NATURAL.black)}"/>` +
      `<path d="M-4 0 L4 0 L0 6Z" fill="${p.tint(NATURAL.yellow)}"/><path d="M2 4 q4 6 0 12 q-3 -4 -2 -12z" fill="${p.tint(NATURAL.red)}"/>`
    );
  },
} satisfies Record<string, MotifDrawer>;

