import { NATURAL, type MotifDrawer } from '../paint.js';

/** Animals and birds; light-coloured ones carry a soft outline so they read on pale paper. */
export const ANIMAL_DRAWERS = {
  rabbit: (p) => {
    const fur = p.tint(NATURAL.white);
    const line = `stroke="${p.tint('#b9b2a8')}" stroke-width="2"`;
    const pink = p.tint(NATURAL.pink);
    return (
      `<ellipse cx="-10" cy="26" rx="30" ry="22" fill="${fur}" ${line}/>` +
      `<circle cx="-40" cy="20" r="8" fill="${fur}" ${line}/>` +
      `<ellipse cx="12" cy="-28" rx="6" ry="20" fill="${fur}" ${line} transform="rotate(-14 12 -28)"/>` +
      `<ellipse cx="12" cy="-28" rx="2.6" ry="14" fill="${pink}" transform="rotate(-14 12 -28)"/>` +
      `<ellipse cx="24" cy="-28" rx="6" ry="20" fill="${fur}" ${line} transform="rotate(12 24 -28)"/>` +
      `<ellipse cx="24" cy="-28" rx="2.6" ry="14" fill="${pink}" transform="rotate(12 24 -28)"/>` +
      `<ellipse cx="20" cy="2" rx="17" ry="15" fill="${fur}" ${line}/>` +
      `<circle cx="26" cy="-1" r="2.6" fill="${p.tint(NATURAL.black)}"/><circle cx="36" cy="4" r="2" fill="${pink}"/>` +
      `<ellipse cx="14" cy="44" rx="9" ry="4" fill="${fur}" ${line}/>`
    );
  },
  magpie: (p) => {
    const black = p.tint('#1f2733');
    const white = p.tint(NATURAL.white);
    return (
      `<path d="M-14 2 L-48 14 L-46 20 L-12 8Z" fill="${p.tint('#2b4a6b')}"/>` +
      `<path d="M-4 -4 C-12 -20 -18 -34 -12 -44 C2 -38 14 -22 12 -4Z" fill="${black}"/>` +
      `<path d="M-8 -16 C-10 -26 -10 -34 -8 -38 C0 -32 6 -24 6 -14Z" fill="${white}"/>` +
      `<ellipse cx="0" cy="2" rx="19" ry="10" fill="${black}"/><ellipse cx="2" cy="6" rx="11" ry="5" fill="${white}"/>` +
      `<circle cx="18" cy="-5" r="8" fill="${black}"/><path d="M25 -7 L34 -4 L25 -2Z" fill="${black}"/><circle cx="20" cy="-7" r="1.6" fill="${white}"/>` +
      `<path d="M2 -2 C10 10 18 20 20 30 C8 24 0 14 -4 4Z" fill="${black}"/>`
    );
  },
  crane: (p) => {
    const white = p.tint(NATURAL.white);
    const black = p.tint(NATURAL.black);
    const line = `stroke="${p.tint('#b9b2a8')}" stroke-width="1.5"`;
    return (
      `<path d="M-22 6 L-50 14 M-22 8 L-50 18" stroke="${p.tint(NATURAL.black)}" stroke-width="2"/>` +
      `<path d="M-6 0 C-18 -18 -30 -34 -44 -44 C-22 -44 0 -30 8 -4Z" fill="${white}" ${line}/>` +
      `<path d="M-44 -44 C-36 -42 -30 -40 -24 -36 C-28 -32 -34 -32 -40 -36Z" fill="${black}"/>` +
      `<ellipse cx="-4" cy="4" rx="22" ry="8" fill="${white}" ${line}/>` +
      `<path d="M-24 2 L-32 8 L-22 10Z" fill="${black}"/>` +
      `<path d="M14 2 Q28 -2 40 -10" stroke="${black}" stroke-width="4.5" fill="none" stroke-linecap="round"/>` +
      `<circle cx="42" cy="-11" r="4.5" fill="${white}" ${line}/><circle cx="42" cy="-14" r="2.6" fill="${p.tint('#d7263d')}"/>` +
      `<path d="M46 -11 L50 -8" stroke="${p.tint('#8a8a70')}" stroke-width="2" stroke-linecap="round"/>` +
      `<path d="M2 8 C12 24 22 36 32 44 C16 44 2 30 -8 10Z" fill="${white}" ${line}/>` +
      `<path d="M32 44 C26 44 20 42 14 38 C18 36 24 38 28 40Z" fill="${black}"/>`
    );
  },
  dove: (p) => {
    const white = p.tint(NATURAL.white);
    const line = `stroke="${p.tint('#b9b2a8')}" stroke-width="1.5"`;
    return (
      `<path d="M20 4 L46 -6 L48 6 L22 12Z" fill="${white}" ${line}/>` +
      `<path d="M4 -2 C0 -22 8 -38 24 -46 C24 -30 20 -14 14 0Z" fill="${white}" ${line}/>` +
      `<ellipse cx="4" cy="6" rx="22" ry="11" fill="${white}" ${line}/>` +
      `<circle cx="-18" cy="-2" r="9" fill="${white}" ${line}/><circle cx="-20" cy="-4" r="1.6" fill="${p.tint(NATURAL.black)}"/>` +
      `<path d="M-27 -2 L-34 1 L-26 3Z" fill="${p.tint(NATURAL.orange)}"/>` +
      `<path d="M-8 6 C-18 22 -26 32 -34 40 C-18 36 -6 24 0 10Z" fill="${white}" ${line}/>` +
      `<path d="M-32 2 Q-40 12 -46 24" stroke="${p.tint(NATURAL.leaf)}" stroke-width="2" fill="none"/>` +
      `<g fill="${p.tint(NATURAL.leafLight)}"><ellipse cx="-40" cy="10" rx="2.5" ry="5" transform="rotate(40 -40 10)"/><ellipse cx="-44" cy="18" rx="2.5" ry="5" transform="rotate(-30 -44 18)"/><ellipse cx="-36" cy="16" rx="2.5" ry="5" transform="rotate(60 -36 16)"/></g>`
    );
  },
  bat: (p) =>
    `<path d="M0 -6 C-6 -14 -14 -12 -16 -4 C-24 -14 -38 -18 -48 -8 C-40 -6 -36 2 -36 8 C-30 2 -22 4 -20 10 C-14 4 -6 6 -4 12 C-2 8 2 8 4 12 C6 6 14 4 20 10 C22 4 30 2 36 8 C36 2 40 -6 48 -8 C38 -18 24 -14 16 -4 C14 -12 6 -14 0 -6Z" fill="${p.tint('#2d2540')}"/>` +
    `<path d="M-6 -8 L-7 -17 L-2 -10Z M6 -8 L7 -17 L2 -10Z" fill="${p.tint('#2d2540')}"/>` +
    `<circle cx="-3" cy="-5" r="1.4" fill="${p.tint(NATURAL.yellow)}"/><circle cx="3" cy="-5" r="1.4" fill="${p.tint(NATURAL.yellow)}"/>`,
  cat: (p) => {
    const fur = p.tint('#e39b4f');
    const dark = p.tint('#b8692a');
    const black = p.tint(NATURAL.black);
    return (
      `<path d="M18 42 C40 42 44 20 36 8" stroke="${fur}" stroke-width="8" fill="none" stroke-linecap="round"/>` +
      `<path d="M0 2 C-24 2 -28 40 -24 48 L24 48 C28 40 24 2 0 2Z" fill="${fur}"/>` +
      `<ellipse cx="0" cy="34" rx="10" ry="13" fill="${p.tint('#f6d7b0')}"/>` +
      `<path d="M-18 -24 L-16 -46 L-4 -34Z M18 -24 L16 -46 L4 -34Z" fill="${fur}"/><path d="M-15 -28 L-14 -40 L-8 -33Z M15 -28 L14 -40 L8 -33Z" fill="${p.tint(NATURAL.pink)}"/>` +
      `<circle cx="0" cy="-18" r="19" fill="${fur}"/>` +
      `<path d="M-6 -36 l2 7 M0 -37 v7 M6 -36 l-2 7" stroke="${dark}" stroke-width="2.5" stroke-linecap="round"/>` +
      `<ellipse cx="-7" cy="-19" rx="3" ry="4" fill="${black}"/><ellipse cx="7" cy="-19" rx="3" ry="4" fill="${black}"/>` +
      `<path d="M-2 -12 L2 -12 L0 -9Z" fill="${p.tint(NATURAL.pink)}"/>` +
      `<path d="M-4 -8 Q0 -5 0 -9 Q0 -5 4 -8 M-8 -12 L-22 -14 M-8 -10 L-22 -7 M8 -12 L22 -14 M8 -10 L22 -7" stroke="${black}" stroke-width="1" fill="none" opacity=".6"/>`
    );
  },
  dog: (p) => {
    const fur = p.tint('#c58b4e');
    const black = p.tint(NATURAL.black);
    return (
      `<path d="M18 36 C32 34 36 24 40 16" stroke="${fur}" stroke-width="6" fill="none" stroke-linecap="round"/>` +
      `<path d="M0 4 C-24 4 -26 40 -22 48 L22 48 C26 40 24 4 0 4Z" fill="${fur}"/>` +
      `<ellipse cx="-10" cy="46" rx="8" ry="4" fill="${p.tint('#f2e3cc')}"/><ellipse cx="10" cy="46" rx="8" ry="4" fill="${p.tint('#f2e3cc')}"/>` +
      `<rect x="-14" y="2" width="28" height="6" rx="3" fill="${p.primary}"/><circle cx="0" cy="11" r="3" fill="${p.tint(NATURAL.gold)}"/>` +
      `<circle cx="0" cy="-16" r="18" fill="${fur}"/>` +
      `<ellipse cx="-18" cy="-14" rx="7" ry="15" fill="${p.tint('#7a4e2a')}" transform="rotate(18 -18 -14)"/><ellipse cx="18" cy="-14" rx="7" ry="15" fill="${p.tint('#7a4e2a')}" transform="rotate(-18 18 -14)"/>` +
      `<ellipse cx="0" cy="-7" rx="10" ry="7" fill="${p.tint('#f2e3cc')}"/><ellipse cx="0" cy="-11" rx="4" ry="3" fill="${black}"/>` +
      `<circle cx="-7" cy="-20" r="2.6" fill="${black}"/><circle cx="7" cy="-20" r="2.6" fill="${black}"/>` +
      `<path d="M-3 -3 q3 7 6 0z" fill="${p.tint(NATURAL.pink)}"/>`
    );
  },
} satisfies Record<string, MotifDrawer>;
