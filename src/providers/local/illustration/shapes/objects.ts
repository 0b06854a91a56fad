import { NATURAL, type MotifDrawer } from '../paint.js';
import { num } from '../svg.js';

function racketStrings(): string {
  const lines: string[] = [];
  for (let x = -15; x <= 15; x += 6) {
    const h = 26 * Math.sqrt(1 - (x / 20) ** 2);
    lines.push(`M${x} ${num(-18 - h)} V${num(-18 + h)}`);
  }
  for (let y = -38; y <= 2; y += 6) {
    const w = 20 * Math.sqrt(Math.max(0, 1 - ((y + 18) / 26) ** 2));
    lines.push(`M${num(-w)} ${y} H${num(w)}`);
  }
  return lines.join(' ');
}
const RACKET_STRINGS = racketStrings();

/** Things people own, use or travel with. */
export const OBJECT_DRAWERS = {
  plane: (p) =>
    `<path d="M-14 26 q-18 10 -36 2" stroke="${p.dark}" stroke-width="2" stroke-dasharray="4 5" fill="none"/>` +
    `<path d="M-42 4 L42 -30 L10 34 L-2 12Z" fill="${p.light}" stroke="${p.dark}" stroke-opacity=".25"/>` +
    `<path d="M-2 12 L42 -30 L4 28Z" fill="${p.secondary}" opacity=".8"/>`,
  'tea-cup': (p) =>
    `<path d="M-10 -12 q-6 -8 0 -16 t0 -16 M2 -12 q-6 -8 0 -16 t0 -16 M14 -12 q-6 -8 0 -16 t0 -16" stroke="${p.dark}" stroke-opacity=".3" stroke-width="3" fill="none" stroke-linecap="round"/>` +
    `<ellipse cx="0" cy="42" rx="44" ry="7" fill="${p.secondary}"/>` +
    `<path d="M27 4 q18 0 14 14 q-4 10 -16 8" stroke="${p.primary}" fill="none" stroke-width="5"/>` +
    `<path d="M-30 -4 L30 -4 Q28 36 0 38 Q-28 36 -30 -4Z" fill="${p.primary}"/>` +
    `<path d="M-24 8 Q0 14 24 8" stroke="${p.light}" stroke-width="3" fill="none"/>`,
  coffee: (p) => {
    const cup = p.tint(NATURAL.white);
    const line = `stroke="${p.dark}" stroke-opacity=".3" stroke-width="1.5"`;
    return (
      `<path d="M-10 -18 q-6 -8 0 -14 t0 -14 M8 -18 q-6 -8 0 -14 t0 -14" stroke="${p.dark}" stroke-opacity=".3" stroke-width="3" fill="none" stroke-linecap="round"/>` +
      `<ellipse cx="0" cy="40" rx="46" ry="8" fill="${p.secondary}"/>` +
      `<path d="M28 0 q18 -2 16 14 q-2 12 -20 10" stroke="${cup}" stroke-width="6" fill="none"/>` +
      `<path d="M-32 -6 L32 -6 C32 20 22 38 0 38 C-22 38 -32 20 -32 -6Z" fill="${cup}" ${line}/>` +
      `<ellipse cx="0" cy="-6" rx="32" ry="8" fill="${p.tint('#6f4e37')}" ${line}/>` +
      `<path d="M0 -1 C-10 -5 -8 -11 -3 -10 C-1 -10 0 -9 0 -8 C0 -9 1 -10 3 -10 C8 -11 10 -5 0 -1Z" fill="${p.tint('#f1dfc4')}"/>` +
      `<path d="M-20 6 H20" stroke="${p.primary}" stroke-width="6"/>`
    );
  },
  mortarboard: (p) => {
    const cap = p.tint('#262a36');
    return (
      `<path d="M-26 -6 L-26 14 C-26 26 26 26 26 14 L26 -6 L0 4Z" fill="${p.tint('#3a3f4e')}"/>` +
      `<polygon points="0,-32 48,-14 0,4 -48,-14" fill="${cap}"/>` +
      `<path d="M0 -14 L34 -6 V22" stroke="${p.tint(NATURAL.gold)}" stroke-width="2.5" fill="none"/>` +
      `<path d="M30 20 h8 l2 16 h-12z" fill="${p.tint(NATURAL.gold)}"/><circle cx="0" cy="-14" r="3.5" fill="${p.tint(NATURAL.gold)}"/>`
    );
  },
  'tennis-racket': (p) =>
    `<g transform="rotate(-28 0 10)">` +
    `<path d="${RACKET_STRINGS}" stroke="${p.dark}" stroke-opacity=".4" stroke-width="1.2"/>` +
    `<ellipse cx="0" cy="-18" rx="21" ry="27" fill="none" stroke="${p.primary}" stroke-width="5"/>` +
    `<path d="M-8 8 L-3 18 M8 8 L3 18" stroke="${p.primary}" stroke-width="4"/>` +
    `<rect x="-4" y="16" width="8" height="32" rx="3" fill="${p.tint(NATURAL.black)}"/></g>` +
    `<circle cx="30" cy="38" r="10" fill="${p.tint('#d4e157')}"/><path d="M21 34 Q30 40 39 34 M22 44 Q30 36 38 44" stroke="${p.tint(NATURAL.white)}" stroke-width="1.6" fill="none"/>`,
  'baby-bottle': (p) =>
    `<path d="M-8 -32 C-8 -44 8 -44 8 -32Z" fill="${p.tint('#e8b26a')}"/>` +
    `<rect x="-18" y="-34" width="36" height="10" rx="3" fill="${p.primary}"/>` +
    `<rect x="-16" y="-24" width="32" height="72" rx="10" fill="${p.tint(NATURAL.white)}" stroke="${p.dark}" stroke-opacity=".3" stroke-width="1.5"/>` +
    `<path d="M-16 6 H16 V38 Q16 48 6 48 H-6 Q-16 48 -16 38Z" fill="${p.tint('#fff8e6')}"/>` +
    `<path d="M-16 -8 H-6 M-16 4 H-8 M-16 16 H-6 M-16 28 H-8" stroke="${p.secondary}" stroke-width="2"/>`,
  house: (p) =>
    `<rect x="18" y="-38" width="10" height="20" fill="${p.tint('#8a5a44')}"/>` +
    `<rect x="-34" y="-6" width="68" height="54" fill="${p.tint('#f1e3c8')}"/>` +
    `<polygon points="-44,-2 0,-42 44,-2" fill="${p.primary}"/>` +
    `<rect x="-8" y="18" width="16" height="30" rx="2" fill="${p.secondary}"/><circle cx="4" cy="34" r="1.8" fill="${p.tint(NATURAL.gold)}"/>` +
    `<g fill="${p.tint('#bfe0f2')}" stroke="${p.tint(NATURAL.white)}" stroke-width="2"><rect x="-28" y="6" width="14" height="14"/><rect x="14" y="6" width="14" height="14"/></g>` +
    `<path d="M-21 6 V20 M-28 13 H-14 M21 6 V20 M14 13 H28" stroke="${p.tint(NATURAL.white)}" stroke-width="2"/>` +
    `<circle cx="0" cy="-18" r="6" fill="${p.tint('#fff3c4')}"/>`,
  key: (p) => {
    const gold = p.tint(NATURAL.gold);
    return (
      `<g transform="rotate(-20)"><circle cx="-28" cy="0" r="15" fill="none" stroke="${gold}" stroke-width="7"/>` +
      `<path d="M-28 -6 C-34 -12 -38 -4 -28 4 C-18 -4 -22 -12 -28 -6Z" fill="${gold}"/>` +
      `<rect x="-14" y="-3.5" width="58" height="7" rx="2" fill="${gold}"/>` +
      `<rect x="30" y="3" width="6" height="12" fill="${gold}"/><rect x="40" y="3" width="5" height="8" fill="${gold}"/></g>`
    );
  },
  suitcase: (p) =>
    `<path d="M-12 -16 V-26 Q-12 -30 -8 -30 H8 Q12 -30 12 -26 V-16" stroke="${p.tint(NATURAL.black)}" stroke-width="5" fill="none"/>` +
    `<rect x="-42" y="-16" width="84" height="58" rx="8" fill="${p.primary}"/>` +
    `<path d="M-24 -16 V42 M24 -16 V42" stroke="${p.tint('#7a4e2a')}" stroke-width="6"/>` +
    `<circle cx="-4" cy="12" r="9" fill="${p.secondary}"/><rect x="6" y="-4" width="14" height="10" rx="2" fill="${p.light}" transform="rotate(12 13 1)"/>` +
    `<rect x="-38" y="42" width="8" height="6" rx="2" fill="${p.tint(NATURAL.black)}"/><rect x="30" y="42" width="8" height="6" rx="2" fill="${p.tint(NATURAL.black)}"/>`,
  book: (p) =>
    `<rect x="-44" y="36" width="88" height="12" rx="2" fill="${p.secondary}"/><rect x="-40" y="26" width="80" height="10" rx="2" fill="${p.primary}"/>` +
    `<path d="M0 -20 C-14 -28 -34 -28 -46 -22 L-46 20 C-34 14 -14 14 0 22 C14 14 34 14 46 20 L46 -22 C34 -28 14 -28 0 -20Z" fill="${p.tint('#7a4e2a')}"/>` +
    `<path d="M0 -22 C-14 -30 -32 -30 -42 -25 L-42 16 C-32 11 -14 11 0 18Z M0 -22 C14 -30 32 -30 42 -25 L42 16 C32 11 14 11 0 18Z" fill="${p.tint(NATURAL.white)}" stroke="${p.dark}" stroke-opacity=".2"/>` +
    `<path d="M-34 -16 H-8 M-34 -8 H-8 M-34 0 H-12 M8 -16 H34 M8 -8 H34 M8 0 H28" stroke="${p.dark}" stroke-opacity=".25" stroke-width="2"/>`,
  camera: (p) =>
    `<rect x="-20" y="-18" width="28" height="12" rx="3" fill="${p.tint('#3a3f4e')}"/>` +
    `<rect x="-44" y="-8" width="88" height="56" rx="8" fill="${p.tint('#3a3f4e')}"/>` +
    `<rect x="-44" y="6" width="88" height="28" fill="${p.primary}"/>` +
    `<circle cx="0" cy="20" r="22" fill="${p.tint('#c9ccd6')}"/><circle cx="0" cy="20" r="15" fill="${p.tint('#1e2230')}"/><circle cx="-5" cy="15" r="5" fill="${p.tint('#7fb7e6')}" opacity=".8"/>` +
    `<rect x="26" y="-2" width="12" height="6" rx="1" fill="${p.tint('#fff3c4')}"/><rect x="-36" y="-14" width="10" height="6" rx="2" fill="${p.secondary}"/>`,
  necktie: (p) =>
    `<path d="M-8 -44 L8 -44 L6 -30 L-6 -30Z" fill="${p.primary}"/>` +
    `<path d="M-6 -30 L6 -30 L16 28 L0 46 L-16 28Z" fill="${p.primary}"/>` +
    `<path d="M-9 -16 L9 -26 M-12 0 L12 -14 M-14 16 L14 0 M-12 32 L16 16" stroke="${p.secondary}" stroke-width="4"/>` +
    `<path d="M-8 -44 L-26 -36 L-16 -28 M8 -44 L26 -36 L16 -28" stroke="${p.dark}" stroke-opacity=".35" stroke-width="2" fill="none"/>`,
  flag: (p) =>
    `<path d="M-36 48 V-44" stroke="${p.tint(NATURAL.grey)}" stroke-width="4"/><circle cx="-36" cy="-46" r="4" fill="${p.tint(NATURAL.gold)}"/>` +
    `<path d="M-34 -40 C-14 -48 6 -32 44 -40 L44 0 C6 8 -14 -8 -34 0Z" fill="${p.primary}"/>` +
    `<path d="M-34 -20 C-14 -28 6 -12 44 -20" stroke="${p.secondary}" stroke-width="6" fill="none"/>` +
    `<path d="M-44 48 H-28" stroke="${p.tint(NATURAL.grey)}" stroke-width="4"/>`,
  bicycle: (p) => {
    const wheel = (cx: number): string =>
      `<circle cx="${cx}" cy="28" r="19" fill="none" stroke="${p.tint(NATURAL.black)}" stroke-width="4"/>` +
      `<path d="M${cx - 17} 28 H${cx + 17} M${cx} 11 V45 M${cx - 12} 16 L${cx + 12} 40 M${cx + 12} 16 L${cx - 12} 40" stroke="${p.dark}" stroke-opacity=".35" stroke-width="1"/>`;
    return (
      wheel(-28) + wheel(28) +
      `<path d="M-28 28 L-6 28 L16 0 L-14 0 Z M16 0 L28 28 M-14 0 L-18 -10 M16 0 L20 -14" stroke="${p.primary}" stroke-width="4" fill="none" stroke-linejoin="round"/>` +
      `<path d="M-26 -12 H-10 M14 -14 H26" stroke="${p.tint(NATURAL.black)}" stroke-width="4" stroke-linecap="round"/>` +
      `<path d="M24 -12 L44 -12 L40 2 L26 2Z" fill="${p.tint('#c9a46a')}"/>` +
      `<g fill="${p.secondary}"><circle cx="30" cy="-16" r="5"/><circle cx="38" cy="-18" r="5"/></g><circle cx="34" cy="-22" r="5" fill="${p.tint(NATURAL.yellow)}"/>`
    );
  },
} satisfies Record<string, MotifDrawer>;
