import type { MotifName } from '../motifs.js';
import type { MotifDrawer } from './paint.js';
import { ANIMAL_DRAWERS } from './shapes/animals.js';
import { CELEBRATION_DRAWERS } from './shapes/celebration.js';
import { FESTIVAL_DRAWERS } from './shapes/festival.js';
import { OBJECT_DRAWERS } from './shapes/objects.js';
import { PLANT_DRAWERS } from './shapes/plants.js';
import { SKY_AND_LAND_DRAWERS } from './shapes/sky-and-land.js';

/** Where a motif belongs in a scene: up in the sky, floating in the air, standing on the ground, or on water. */
export type Zone = 'sky' | 'air' | 'ground' | 'water';

/** How the scene treats one motif. */
export interface MotifSpec {
  readonly zone: Zone;
  /** Ground motifs small enough for a table (food, lamps, cups); a table scene sets only these on it. */
  readonly onTable?: boolean;
  /** Party motifs: a somber card never shows them, even when asked. */
  readonly festive?: boolean;
  /** How many a supporting motif brings: lanterns hang in rows, bats fly in threes. */
  readonly copies?: number;
  /** Size relative to other motifs: a pagoda is drawn larger than a cup. */
  readonly scale?: number;
  /** The part of the 100-unit box the drawing fills (left, top, right, bottom), when much smaller than the box. */
  readonly extent?: Extent;
}

export type Extent = readonly [number, number, number, number];
export const FULL_EXTENT: Extent = [-50, -50, 50, 50];

const SKY: MotifSpec = { zone: 'sky' };
const AIR: MotifSpec = { zone: 'air' };
const GROUND: MotifSpec = { zone: 'ground' };
const TABLE: MotifSpec = { zone: 'ground', onTable: true };
const TALL: MotifSpec = { zone: 'ground', scale: 1.35 };

export const MOTIF_SPECS = {
  cake: { ...TABLE, festive: true },
  balloon: { ...SKY, festive: true },
  confetti: { ...SKY, festive: true, scale: 1.2 },
  firework: { ...SKY, festive: true, copies: 2 },
  lantern: { ...SKY, copies: 3, scale: 0.8 },
  'plum-blossom': AIR,
  heart: { ...AIR, copies: 2, scale: 0.7 },
  rose: GROUND,
  flower: { ...GROUND, copies: 2, scale: 0.8 },
  leaf: { ...AIR, copies: 2, scale: 0.6 },
  sun: SKY,
  moon: SKY,
  star: { ...SKY, copies: 3, scale: 0.5 },
  cloud: { ...SKY, copies: 2, extent: [-42, -31, 42, 24] },
  mountain: { ...GROUND, scale: 1.6 },
  wave: { zone: 'water', scale: 1.1, extent: [-50, -48, 52, 48] },
  plane: { ...SKY, extent: [-50, -31, 43, 35] },
  ribbon: { ...AIR, festive: true, scale: 0.8 },
  gift: { ...TABLE, festive: true },
  'tea-cup': { ...TABLE, extent: [-44, -45, 44, 49] },
  peach: TABLE,
  tree: TALL,
  pine: TALL,
  snowflake: { ...SKY, copies: 3, scale: 0.45 },
  mooncake: { ...TABLE, extent: [-49, -20, 49, 49] },
  rabbit: GROUND,
  zongzi: TABLE,
  'dragon-boat': { zone: 'water', scale: 1.3, extent: [-50, -30, 50, 46] },
  magpie: { ...SKY, copies: 2, scale: 0.8, extent: [-48, -44, 34, 30] },
  torii: TALL,
  pagoda: { ...GROUND, scale: 1.5 },
  'maple-leaf': { ...AIR, copies: 3, scale: 0.55 },
  chrysanthemum: GROUND,
  willow: TALL,
  kite: SKY,
  bamboo: TALL,
  crane: { ...SKY, copies: 2 },
  mortarboard: AIR,
  rings: AIR,
  carnation: { ...GROUND, copies: 2, scale: 0.85 },
  lily: GROUND,
  tulip: { ...GROUND, copies: 2, scale: 0.8 },
  sunflower: GROUND,
  candle: TABLE,
  'music-notes': { ...AIR, scale: 0.8 },
  'tennis-racket': GROUND,
  coffee: { ...TABLE, extent: [-46, -47, 46, 48] },
  'diya-lamp': { ...TABLE, copies: 2, extent: [-41, -18, 50, 48] },
  'crescent-star': SKY,
  menorah: TABLE,
  pumpkin: GROUND,
  bat: { ...SKY, copies: 3, scale: 0.6, extent: [-48, -18, 48, 14] },
  egg: { ...GROUND, copies: 2, scale: 0.7 },
  'baby-bottle': TABLE,
  house: TALL,
  key: AIR,
  suitcase: { ...GROUND, extent: [-42, -33, 42, 48] },
  envelope: { ...AIR, extent: [-45, -29, 45, 33] },
  turkey: TABLE,
  wreath: AIR,
  bell: { ...AIR, scale: 0.8 },
  dove: SKY,
  book: { ...TABLE, extent: [-46, -30, 46, 48] },
  camera: { ...TABLE, extent: [-44, -18, 44, 48] },
  cat: GROUND,
  dog: GROUND,
  apple: { ...TABLE, scale: 0.8 },
  necktie: { ...AIR, extent: [-27, -45, 27, 47] },
  flag: TALL,
  songpyeon: { ...TABLE, extent: [-48, -6, 48, 48] },
  bicycle: { ...GROUND, extent: [-48, -28, 48, 48] },
  umbrella: AIR,
} as const satisfies Record<MotifName, MotifSpec>;

export const MOTIF_DRAWERS = {
  ...CELEBRATION_DRAWERS,
  ...SKY_AND_LAND_DRAWERS,
  ...PLANT_DRAWERS,
  ...FESTIVAL_DRAWERS,
  ...ANIMAL_DRAWERS,
  ...OBJECT_DRAWERS,
} satisfies Record<MotifName, MotifDrawer>;

export function motifSpec(motif: MotifName): MotifSpec {
  return MOTIF_SPECS[motif];
}
