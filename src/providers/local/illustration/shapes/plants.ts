import { NATURAL, type MotifDrawer, type MotifPaint } from '../paint.js';
import { blossom, num, petals } from '../svg.js';

const stem = (p: MotifPaint, from: number, bend = 4): string =>
  `<path d="M0 ${from} Q${bend} ${num((from + 48) / 2)} 0 48" stroke="${p.tint(NATURAL.leaf)}" stroke-width="4" fill="none" stroke-linecap="round"/>`;

const sideLeaves = (p: MotifPaint, y: number, size = 1): string => {
  const s = (v: number): string => num(v * size);
  return (
    `<path d="M0 ${y} c-${s(6)} -${s(14)} -${s(22)} -${s(16)} -${s(26)} -${s(10)} c${s(8)} ${s(6)} ${s(18)} ${s(12)} ${s(26)} ${s(10)}Z" fill="${p.tint(NATURAL.leaf)}"/>` +
    `<path d="M0 ${num(y + 8)} c${s(6)} -${s(14)} ${s(22)} -${s(16)} ${s(26)} -${s(10)} c-${s(8)} ${s(6)} -${s(18)} ${s(12)} -${s(26)} ${s(10)}Z" fill="${p.tint(NATURAL.leafLight)}"/>`
  );
};

/** Trees, leaves and flowers; the flowers stand on their stems at the bottom of the box. */
export const PLANT_DRAWERS = {
  tree: (p) =>
    `<path d="M-7 48 C-4 30 -4 14 -3 -2 L3 -2 C4 14 4 30 7 48Z M-2 14 L-16 0 M2 8 L14 -4" fill="${p.tint(NATURAL.bark)}" stroke="${p.tint(NATURAL.bark)}" stroke-width="3"/>` +
    `<g fill="${p.tint(NATURAL.leaf)}"><circle cx="0" cy="-18" r="24"/><circle cx="-24" cy="-6" r="17"/><circle cx="24" cy="-6" r="17"/><circle cx="-12" cy="-34" r="15"/><circle cx="12" cy="-34" r="15"/></g>` +
    `<g fill="${p.tint(NATURAL.leafLight)}" opacity=".8"><circle cx="-8" cy="-30" r="9"/><circle cx="-26" cy="-10" r="7"/><circle cx="10" cy="-20" r="6"/></g>`,
  pine: (p) => {
    const green = p.tint(NATURAL.pine);
    return (
      `<rect x="-5" y="34" width="10" height="14" fill="${p.tint(NATURAL.bark)}"/>` +
      `<path d="M0 -48 L-18 -18 Q0 -22 18 -18Z M0 -34 L-28 4 Q0 -2 28 4Z M0 -14 L-38 36 Q0 28 38 36Z" fill="${green}"/>` +
      `<path d="M0 -48 L18 -18 Q8 -20 0 -20Z M0 -34 L28 4 Q12 0 0 0Z M0 -14 L38 36 Q16 30 0 30Z" fill="#000000" opacity=".14"/>`
    );
  },
  willow: (p) => {
    const green = p.tint(NATURAL.leafLight);
    const strands = [-40, -28, -16, -4, 8, 20, 32, 42]
      .map((x) => `<path d="M${num(x * 0.4)} -36 Q${x} -34 ${x} ${num(20 + Math.abs(x) / 3)}" stroke="${green}" stroke-width="3" fill="none" stroke-dasharray="5 3"/>`)
      .join('');
    return (
      `<ellipse cx="0" cy="-18" rx="42" ry="28" fill="${green}" opacity=".35"/>` +
      `<path d="M-6 48 C-2 20 -8 -10 -2 -36 L4 -36 C0 -10 6 20 6 48Z" fill="${p.tint(NATURAL.bark)}"/>` +
      strands
    );
  },
  bamboo: (p) => {
    const green = p.tint('#5f9d4a');
    const stalk = (x: number, top: number, w: number): string =>
      `<rect x="${x - w / 2}" y="${top}" width="${w}" height="${48 - top}" rx="2" fill="${green}"/>` +
      Array.from({ length: Math.floor((48 - top) / 18) }, (_, i) => `<rect x="${x - w / 2 - 1}" y="${top + 16 + i * 18}" width="${w + 2}" height="3" rx="1" fill="${p.tint(NATURAL.pine)}"/>`).join('');
    const leaf = (x: number, y: number, deg: number): string =>
      `<path d="M0 0 q12 -5 26 2 q-14 4 -26 -2z" fill="${p.tint(NATURAL.leaf)}" transform="translate(${x} ${y}) rotate(${deg})"/>`;
    return (
      stalk(-20, -46, 8) +
      stalk(2, -30, 9) +
      stalk(22, -40, 7) +
      leaf(-16, -28, -20) + leaf(-16, -26, 20) + leaf(6, -12, -30) + leaf(-24, -8, 200) + leaf(26, -22, -10) + leaf(-20, 10, 160)
    );
  },
  leaf: (p) =>
    `<path d="M-36 36 C-36 -10 0 -40 40 -40 C40 0 10 36 -36 36Z" fill="${p.tint(NATURAL.leafLight)}"/>` +
    `<path d="M-36 36 L30 -30 M-10 10 L-10 -8 M6 -6 L22 -4 M-4 4 L10 12" stroke="${p.tint(NATURAL.white)}" stroke-width="2" stroke-linecap="round" fill="none" opacity=".7"/>`,
  'maple-leaf': (p) =>
    `<path d="M0 -46 L8 -30 L16 -34 L12 -12 L28 -24 L26 -16 L42 -18 L34 -4 L40 0 L20 14 L24 22 L4 18 L3 38 L-3 38 L-4 18 L-24 22 L-20 14 L-40 0 L-34 -4 L-42 -18 L-26 -16 L-28 -24 L-12 -12 L-16 -34 L-8 -30Z" fill="${p.tint('#d9541e')}" stroke="${p.tint('#d9541e')}" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="M0 46 V-30 M0 12 L-30 -10 M0 12 L30 -10 M0 20 L-18 20 M0 20 L18 20" stroke="${p.tint('#8c2f10')}" stroke-width="2" fill="none" opacity=".6"/>`,
  'plum-blossom': (p) =>
    `<path d="M-48 42 Q-12 24 8 -8 T44 -42 M-8 20 Q-24 8 -26 -14" stroke="${p.tint(NATURAL.bark)}" stroke-width="4" fill="none" stroke-linecap="round"/>` +
    blossom(8, -8, 8, p.tint(NATURAL.pink), p.tint(NATURAL.yellow)) +
    blossom(-26, -16, 6, p.primary, p.tint(NATURAL.yellow)) +
    blossom(36, -36, 5.5, p.tint(NATURAL.pink), p.tint(NATURAL.yellow)) +
    blossom(-22, 28, 6, p.primary, p.tint(NATURAL.yellow)),
  rose: (p) =>
    stem(p, -4, -3) +
    `<path d="M0 22 q-18 -4 -24 -16 q18 0 24 16z M0 32 q16 -4 20 -14 q-15 0 -20 14z" fill="${p.tint(NATURAL.leaf)}"/>` +
    `<path d="M-18 -20 Q-20 0 0 2 Q20 0 18 -20Z" fill="${p.tint(NATURAL.leaf)}"/>` +
    `<circle cx="0" cy="-24" r="22" fill="${p.primary}"/>` +
    `<path d="M0 -24 m-4 0 a4 4 0 1 1 8 0 a8 8 0 1 1 -16 0 a12 12 0 1 1 24 0 a16 16 0 1 1 -32 0" stroke="${p.dark}" stroke-opacity=".3" fill="none" stroke-width="2.5"/>`,
  flower: (p) => stem(p, -10) + sideLeaves(p, 26, 0.8) + petals(6, 0, -24, 16, 9, 15, p.primary) + `<circle cx="0" cy="-24" r="9" fill="${p.tint(NATURAL.yellow)}"/>`,
  carnation: (p) => {
    const frill = Array.from({ length: 15 }, (_, i) => {
      const a = Math.PI + (Math.PI * i) / 14;
      const r = i % 2 === 0 ? 28 : 22;
      return `${num(Math.cos(a) * r)} ${num(-16 + Math.sin(a) * r)}`;
    }).join(' L');
    return (
      stem(p, -4, 2) +
      `<path d="M0 24 q-14 -10 -30 -8 M0 34 q14 -10 30 -10" stroke="${p.tint(NATURAL.leaf)}" stroke-width="3" fill="none" stroke-linecap="round"/>` +
      `<path d="M-8 -14 L8 -14 L4 2 L-4 2Z" fill="${p.tint(NATURAL.leaf)}"/>` +
      `<path d="M${frill} L8 -14 L-8 -14Z" fill="${p.primary}"/>` +
      `<path d="M-18 -22 l6 6 M-6 -34 l2 10 M8 -34 l-2 10 M18 -24 l-6 8" stroke="${p.dark}" stroke-opacity=".25" stroke-width="2" stroke-linecap="round"/>`
    );
  },
  lily: (p) => {
    const white = p.tint(NATURAL.white);
    const outline = `stroke="${p.tint('#9bb08f')}" stroke-width="1.5"`;
    const petal = (deg: number): string =>
      `<path d="M0 0 C-9 -10 -8 -26 0 -38 C8 -26 9 -10 0 0Z" fill="${white}" ${outline} transform="translate(0 -16) rotate(${deg})"/>`;
    return (
      stem(p, -12, 3) +
      `<path d="M0 40 C-16 24 -30 18 -40 20 C-28 28 -14 34 0 40Z M2 30 C14 16 28 12 38 14 C28 22 14 28 2 30Z" fill="${p.tint(NATURAL.leaf)}"/>` +
      [-150, -90, -30, 150, 90, 30].map(petal).join('') +
      `<path d="M0 -16 l-8 -16 M0 -16 l0 -18 M0 -16 l8 -16" stroke="${p.tint('#c98b2b')}" stroke-width="1.5"/>` +
      `<g fill="${p.tint('#b5521b')}"><ellipse cx="-8" cy="-33" rx="2" ry="3.5"/><ellipse cx="0" cy="-35" rx="2" ry="3.5"/><ellipse cx="8" cy="-33" rx="2" ry="3.5"/></g>`
    );
  },
  tulip: (p) =>
    stem(p, 2, 2) +
    `<path d="M0 44 C-22 32 -26 10 -20 -4 C-12 12 -4 24 0 44Z M0 46 C20 36 26 16 22 2 C14 18 6 28 0 46Z" fill="${p.tint(NATURAL.leaf)}"/>` +
    `<path d="M-18 -40 L-8 -24 L0 -42 L8 -24 L18 -40 C22 -16 16 4 0 4 C-16 4 -22 -16 -18 -40Z" fill="${p.primary}"/>` +
    `<path d="M0 -42 L8 -24 L18 -40 C22 -16 16 4 0 4Z" fill="#000000" opacity=".1"/>`,
  sunflower: (p) =>
    stem(p, 0, 3) +
    sideLeaves(p, 24, 1) +
    petals(16, 0, -16, 21, 6, 11, p.tint(NATURAL.yellow)) +
    `<circle cx="0" cy="-16" r="15" fill="${p.tint('#6b4226')}"/>` +
    `<g fill="${p.tint('#a0703f')}">${Array.from({ length: 10 }, (_, i) => `<circle cx="${num(Math.cos(i * 2.4) * (3 + i))}" cy="${num(-16 + Math.sin(i * 2.4) * (3 + i))}" r="1.6"/>`).join('')}</g>`,
  chrysanthemum: (p) =>
    stem(p, -8, -3) +
    sideLeaves(p, 26, 0.9) +
    petals(22, 0, -18, 18, 3.6, 13, p.tint('#e9a81d')) +
    petals(16, 0, -18, 10, 3, 9, p.tint(NATURAL.yellow), 11) +
    `<circle cx="0" cy="-18" r="6" fill="${p.tint('#c9841a')}"/>`,
  peach: (p) =>
    `<path d="M0 -22 q-22 -16 -32 -4 q16 10 32 4z M0 -22 q18 -14 28 -6 q-14 10 -28 6z" fill="${p.tint(NATURAL.leaf)}"/>` +
    `<path d="M0 -18 C-38 -18 -44 24 -18 40 C-8 46 8 46 18 40 C44 24 38 -18 0 -18Z" fill="${p.tint('#f6a48a')}"/>` +
    `<path d="M0 -18 C-14 2 -10 30 0 44" stroke="${p.tint('#d9675a')}" stroke-width="2.5" fill="none" opacity=".7"/>` +
    `<ellipse cx="-16" cy="2" rx="8" ry="12" fill="#ffffff" opacity=".35"/>`,
  apple: (p) =>
    `<path d="M0 -20 C-10 -30 -40 -28 -40 4 C-40 30 -20 46 -8 44 C-4 43 4 43 8 44 C20 46 40 30 40 4 C40 -28 10 -30 0 -20Z" fill="${p.tint(NATURAL.red)}"/>` +
    `<path d="M0 -20 Q2 -32 6 -40" stroke="${p.tint(NATURAL.bark)}" stroke-width="3.5" fill="none" stroke-linecap="round"/>` +
    `<path d="M4 -32 C10 -44 26 -44 30 -38 C22 -30 10 -30 4 -32Z" fill="${p.tint(NATURAL.leaf)}"/>` +
    `<ellipse cx="-22" cy="-2" rx="6" ry="11" fill="#ffffff" opacity=".35" transform="rotate(20 -22 -2)"/>`,
} satisfies Record<string, MotifDrawer>;
