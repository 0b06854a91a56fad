import type { LanguageCopy } from '../copy-types.js';
import { CLOSINGS, SIGNOFFS, SIGNED_BY } from './closings.js';
import { FEELINGS } from './feelings.js';
import { HOLIDAYS } from './holidays.js';
import { LIFE_CHANGES } from './life-changes.js';
import { LIFE_EVENTS } from './life-events.js';
import { LUNAR_CALENDAR } from './lunar-calendar.js';
import { joinNames } from './template.js';
import { WORLD_HOLIDAYS } from './world-holidays.js';
import { REMEMBRANCE } from './remembrance.js';

/** French copy: written in French, tu or vous as the card calls for, with French spacing before ! ? ; and :. */
export const FR_COPY: LanguageCopy = {
  occasions: { ...LUNAR_CALENDAR, ...HOLIDAYS, ...WORLD_HOLIDAYS, ...LIFE_EVENTS, ...LIFE_CHANGES, ...FEELINGS },
  closings: CLOSINGS,
  signoffs: SIGNOFFS,
  signedBy: SIGNED_BY,
  joinNames,
  remembrance: REMEMBRANCE,
};
