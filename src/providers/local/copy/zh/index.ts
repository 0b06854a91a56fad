import type { LanguageCopy } from '../copy-types.js';
import { CHINESE_CALENDAR } from './chinese-calendar.js';
import { CLOSINGS, SIGNOFFS, SIGNED_BY } from './closings.js';
import { FEELINGS } from './feelings.js';
import { LIFE_MOMENTS } from './life-moments.js';
import { joinNames } from './lines.js';
import { MILESTONES } from './milestones.js';
import { WORLD_HOLIDAYS } from './world-holidays.js';
import { REMEMBRANCE } from './remembrance.js';

/**
 * Simplified Chinese, written natively rather than translated: 月圆人团圆 for
 * Mid-Autumn, 端午安康, 八十大寿, 您 for elders and teachers, and sign-offs in
 * the sender's own words (爱您的女儿).
 */
export const ZH_COPY: LanguageCopy = {
  occasions: { ...CHINESE_CALENDAR, ...WORLD_HOLIDAYS, ...MILESTONES, ...LIFE_MOMENTS, ...FEELINGS },
  closings: CLOSINGS,
  signoffs: SIGNOFFS,
  signedBy: SIGNED_BY,
  joinNames,
  remembrance: REMEMBRANCE,
};
