/** The colours a motif is drawn with: the concept's palette passed through the rendering style. */
export interface MotifPaint {
  readonly primary: string;
  readonly secondary: string;
  readonly light: string;
  readonly dark: string;
  /**
   * A motif's own colour (a pumpkin's orange, a pine's green) as the style
   * renders it: harmonised with the palette when flat, grey in ink wash, red or
   * paper in papercut.
   */
  readonly tint: (natural: string) => string;
}

/**
 * Draws one motif as SVG elements in a 100×100 box centred on the origin; the
 * scene positions and scales it with a transform. Motifs that stand on the
 * ground touch the bottom edge (y = 50). `rand` is the illustration's seeded
 * PRNG, so scattered details are reproducible.
 */
export type MotifDrawer = (paint: MotifPaint, rand: () => number) => string;

/** Natural colours the drawers share, so one pumpkin and another match. */
export const NATURAL = {
  leaf: '#4f8a3c',
  leafLight: '#7fb35a',
  pine: '#2e6b4a',
  bark: '#7a5230',
  wood: '#a8743f',
  gold: '#d9a93b',
  flame: '#ffb703',
  flameCore: '#fff3c4',
  white: '#fbf8f2',
  snow: '#eef4fb',
  ice: '#8fb8de',
  black: '#2a2a33',
  grey: '#9a9aa3',
  pink: '#f2a7b8',
  red: '#d1495b',
  orange: '#ec8a2f',
  yellow: '#f4c430',
  brown: '#8b5a2b',
  sky: '#7fb7e6',
} as const;
