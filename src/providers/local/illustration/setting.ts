import type { Occasion, Tone } from '../../contracts.js';
import type { MotifName } from '../motifs.js';
import { motifSpec } from './catalog.js';

export type Sky = 'day' | 'dusk' | 'night';
export type Ground = 'hills' | 'meadow' | 'autumn' | 'snow' | 'sea' | 'table' | 'mist';

/** Where the scene takes place. */
export interface Setting {
  readonly sky: Sky;
  readonly ground: Ground;
  /** The y of the horizon; sky motifs stay above it. */
  readonly horizon: number;
  /** Bands (top and bottom y) where ground motifs may stand: on land, on water, on a table. */
  readonly land: Band;
  readonly water: Band | null;
  readonly table: Band | null;
}

export interface Band {
  readonly top: number;
  readonly bottom: number;
}

const NIGHT_OCCASIONS: ReadonlySet<Occasion> = new Set([
  'mid_autumn', 'lantern_festival', 'diwali', 'eid', 'hanukkah', 'halloween', 'qixi', 'chuseok', 'new_year',
]);
const SNOW_OCCASIONS: ReadonlySet<Occasion> = new Set(['christmas', 'seollal', 'spring_festival', 'hanukkah']);
const AUTUMN_OCCASIONS: ReadonlySet<Occasion> = new Set(['thanksgiving', 'double_ninth', 'chuseok', 'halloween']);
const MEADOW_OCCASIONS: ReadonlySet<Occasion> = new Set([
  'easter', 'mothers_day', 'fathers_day', 'wedding', 'graduation', 'get_well', 'new_baby', 'friendship', 'qingming', 'teachers_day', 'birthday',
]);
const DUSK_OCCASIONS: ReadonlySet<Occasion> = new Set(['valentines', 'love', 'anniversary', 'farewell', 'retirement']);
const NIGHT_MOTIFS: readonly MotifName[] = ['moon', 'crescent-star', 'firework', 'bat', 'lantern', 'diya-lamp', 'menorah'];
const AUTUMN_MOTIFS: readonly MotifName[] = ['maple-leaf', 'pumpkin', 'chrysanthemum', 'turkey'];
const MEADOW_MOTIFS: readonly MotifName[] = ['flower', 'tulip', 'carnation', 'sunflower', 'rabbit', 'egg', 'lily', 'rose'];

/**
 * Picks the sky and the ground from the occasion, the tone and the motifs:
 * a somber card is always a quiet misty landscape; water motifs need the sea;
 * a food or lamp as the focal motif sets the scene on a table.
 */
export function chooseSetting(occasion: Occasion, tone: Tone, motifs: readonly MotifName[], plainPaper: boolean): Setting {
  const has = (list: readonly MotifName[]): boolean => motifs.some((m) => list.includes(m));
  const focal = motifs[0];
  let sky: Sky = 'day';
  if (!plainPaper && tone !== 'somber' && !motifs.includes('sun')) {
    if (NIGHT_OCCASIONS.has(occasion) || has(NIGHT_MOTIFS)) sky = 'night';
    else if (DUSK_OCCASIONS.has(occasion) || tone === 'romantic') sky = 'dusk';
  }
  let ground: Ground;
  if (tone === 'somber') ground = 'mist';
  else if (motifs.some((m) => motifSpec(m).zone === 'water') || occasion === 'dragon_boat') ground = 'sea';
  else if (focal !== undefined && motifSpec(focal).onTable === true) ground = 'table';
  else if (SNOW_OCCASIONS.has(occasion) || motifs.includes('snowflake')) ground = 'snow';
  else if (AUTUMN_OCCASIONS.has(occasion) || has(AUTUMN_MOTIFS)) ground = 'autumn';
  else if (MEADOW_OCCASIONS.has(occasion) || has(MEADOW_MOTIFS)) ground = 'meadow';
  else ground = 'hills';
  return { sky, ground, ...STAGES[ground] };
}

// Ground motifs stand in bands that end at the layout's stage (layout.ts, STAGE.bottom), above the
// title that the full-bleed and classic layouts lay over the picture's bottom fifth.
const STAGES: Readonly<Record<Ground, Omit<Setting, 'sky' | 'ground'>>> = {
  hills: { horizon: 540, land: { top: 590, bottom: 800 }, water: null, table: null },
  meadow: { horizon: 550, land: { top: 600, bottom: 800 }, water: null, table: null },
  autumn: { horizon: 540, land: { top: 590, bottom: 800 }, water: null, table: null },
  snow: { horizon: 560, land: { top: 610, bottom: 800 }, water: null, table: null },
  mist: { horizon: 560, land: { top: 610, bottom: 800 }, water: null, table: null },
  sea: { horizon: 480, land: { top: 730, bottom: 800 }, water: { top: 540, bottom: 700 }, table: null },
  table: { horizon: 500, land: { top: 520, bottom: 580 }, water: null, table: { top: 660, bottom: 800 } },
};
