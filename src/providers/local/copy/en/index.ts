import type { LanguageCopy } from '../copy-types.js';
import { CHINESE_CALENDAR } from './chinese-calendar.js';
import { CLOSINGS, SIGNOFFS, SIGNED_BY } from './closings.js';
import { FEELINGS } from './feelings.js';
import { HOLIDAYS } from './holidays.js';
import { LIFE_EVENTS } from './life-events.js';
import { joinNames } from './lines.js';
import { MILESTONES } from './milestones.js';
import { WORLD_HOLIDAYS } from './world-holidays.js';
import { REMEMBRANCE } from './remembrance.js';

/** English copy: warm and plain-spoken, written for English speakers rather than translated. */
export const EN_COPY: LanguageCopy = {
  occasions: { ...CHINESE_CALENDAR, ...HOLIDAYS, ...WORLD_HOLIDAYS, ...LIFE_EVENTS, ...MILESTONES, ...FEELINGS },
  closings: CLOSINGS,
  signoffs: SIGNOFFS,
  signedBy: SIGNED_BY,
  joinNames,
  remembrance: REMEMBRANCE,
};
