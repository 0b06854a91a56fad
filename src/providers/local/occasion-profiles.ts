import type { Occasion } from '../contracts.js';
import { CHINESE_PROFILES } from './profiles/chinese.js';
import { FEELING_PROFILES } from './profiles/feelings.js';
import { LIFE_PROFILES } from './profiles/life.js';
import type { OccasionProfile } from './profiles/profile.js';
import { WORLD_PROFILES } from './profiles/world.js';

export type { OccasionProfile } from './profiles/profile.js';

/** Every occasion's palette, motifs, default tone, labels and brief; the tables live in profiles/. */
export const OCCASION_PROFILES = {
  ...CHINESE_PROFILES,
  ...WORLD_PROFILES,
  ...LIFE_PROFILES,
  ...FEELING_PROFILES,
} satisfies Record<Occasion, OccasionProfile>;
