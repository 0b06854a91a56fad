import { NATURAL, type MotifDrawer } from '../paint.js';
import { num, polar, rays, starPoints } from '../svg.js';

function snowflakeArms(stroke: string): string {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI * i) / 3 - Math.PI / 2;
    const at = (r: number, da = 0, len = 0): string => polar(len === 0 ? r : Math.hypot(r, len), a + da);
    const branch = (r: number, len: number): string => `M${at(r)} L${at(r, 0.5, len)} M${at(r)} L${at(r, -0.5, len)}`;
    return `<path d="M0 0 L${at(44)} ${branch(18, 10)} ${branch(30, 8)}" stroke="${stroke}" stroke-width="4.5" stroke-linecap="round" fill="none"/>`;
  }).join('');
}

/** Sky, weather and landforms. */
export const SKY_AND_LAND_DRAWERS = {
  sun: (p) => {
    const gold = p.tint(NATURAL.yellow);
    return `<circle r="46" fill="${gold}" opacity=".18"/>` + rays(12, 30, 44, `stroke="${gold}" stroke-width="5" stroke-linecap="round"`) + `<circle r="24" fill="${gold}"/>`;
  },
  moon: (p) =>
    `<circle r="48" fill="${p.tint('#fff4c8')}" opacity=".16"/><circle r="40" fill="${p.tint('#fbe7a6')}"/>` +
    `<g fill="${p.tint('#e6c978')}" opacity=".5"><circle cx="-14" cy="-10" r="7"/><circle cx="12" cy="14" r="9"/><circle cx="16" cy="-16" r="4"/><circle cx="-10" cy="20" r="4"/></g>`,
  'crescent-star': (p) => {
    const gold = p.tint(NATURAL.gold);
    return (
      `<path d="M2 -40 A42 42 0 1 0 2 40 A34 34 0 1 1 2 -40Z" fill="${gold}"/>` +
      `<polygon points="${starPoints(5, 14, 6, 26, -4)}" fill="${gold}"/>`
    );
  },
  cloud: (p) =>
    `<g fill="${p.tint(NATURAL.white)}" opacity=".95"><circle cx="-20" cy="4" r="18"/><circle cx="2" cy="-8" r="23"/><circle cx="24" cy="4" r="16"/>` +
    `<rect x="-42" y="4" width="84" height="20" rx="10"/></g>` +
    `<path d="M-34 22 H34" stroke="${p.dark}" stroke-opacity=".08" stroke-width="4" stroke-linecap="round"/>`,
  mountain: (p) =>
    `<polygon points="-50,48 -24,-4 2,48" fill="${p.tint('#8aa3b8')}"/>` +
    `<polygon points="-36,48 6,-44 30,-6 38,-16 50,48" fill="${p.tint('#5d7186')}"/>` +
    `<polygon points="6,-44 -6,-20 2,-24 8,-16 16,-22 20,-22" fill="${p.tint(NATURAL.white)}"/>` +
    `<polygon points="38,-16 33,-6 38,-8 43,-4" fill="${p.tint(NATURAL.white)}"/>`,
  wave: (p) => {
    const deep = p.tint('#2f6fa8');
    const mid = p.tint('#4f8fc4');
    const foam = p.tint(NATURAL.white);
    return (
      `<path d="M-50 48 C-40 30 -34 -6 -10 -30 C10 -48 38 -44 46 -24 C52 -8 40 4 28 0 C18 -4 20 -16 30 -16 C22 -28 0 -24 -8 -6 C-18 16 -4 40 50 48Z" fill="${deep}"/>` +
      `<path d="M-36 48 C-26 26 -20 4 -4 -10 C-10 12 0 34 40 48Z" fill="${mid}"/>` +
      `<path d="M-10 -30 C10 -48 38 -44 46 -24 C52 -8 40 4 28 0" stroke="${foam}" stroke-width="4" fill="none" stroke-linecap="round"/>` +
      `<g fill="${foam}"><circle cx="-14" cy="-34" r="3"/><circle cx="-22" cy="-26" r="2.4"/><circle cx="-4" cy="-42" r="2.4"/><circle cx="-28" cy="-16" r="2"/></g>`
    );
  },
  snowflake: (p) => snowflakeArms(p.tint(NATURAL.ice)) + `<circle r="6" fill="${p.tint(NATURAL.ice)}"/>`,
  umbrella: (p) => {
    const edge = [-46, -23, 0, 23, 46];
    return (
      `<path d="M-46 0 C-46 -24 -26 -40 0 -40 C26 -40 46 -24 46 0 ${edge
        .slice(0, -1)
        .reverse()
        .map((x) => `Q${num(x + 11.5)} -7 ${x} 0`)
        .join(' ')}Z" fill="${p.primary}"/>` +
      `<path d="M0 -40 Q-14 -20 -23 0 M0 -40 V0 M0 -40 Q14 -20 23 0" stroke="${p.dark}" stroke-opacity=".3" stroke-width="2" fill="none"/>` +
      `<path d="M0 -40 C-20 -36 -30 -20 -23 0 Q-34.5 -7 -46 0 C-46 -24 -26 -40 0 -40Z" fill="${p.secondary}" opacity=".6"/>` +
      `<path d="M0 -40 V-46 M0 0 V40 q0 8 -8 8 q-7 0 -7 -7" stroke="${p.dark}" stroke-width="3.5" fill="none" stroke-linecap="round"/>`
    );
  },
} satisfies Record<string, MotifDrawer>;
