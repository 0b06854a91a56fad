import type { LanguageCopy } from '../copy-types.js';
import { KO_CLOSINGS, KO_SIGNOFFS, KO_SIGNED_BY } from './closings.js';
import { KO_DAYS } from './family-days.js';
import { KO_FEELINGS } from './feelings.js';
import { josa } from './helpers.js';
import { KO_CHANGES } from './life-changes.js';
import { KO_MILESTONES } from './life-milestones.js';
import { KO_LUNAR } from './lunar-calendar.js';
import { KO_WORLD } from './world-holidays.js';
import { REMEMBRANCE } from './remembrance.js';

/** Names as given: two with 와/과 by the first name's last sound (지민과 수아, 수아와 지민), more with commas. */
function joinNames(names: readonly string[]): string {
  const [first, second] = names;
  if (names.length === 2 && first !== undefined && second !== undefined) return `${josa(first, '과', '와')} ${second}`;
  return names.join(', ');
}

/**
 * Korean copy, written in Korean: 존댓말 (-세요, -습니다, 님, 께) on polite cards
 * (elders, parents, teachers, formal tone: register.ts), 반말 or 해요 between
 * siblings, partners and friends.
 */
export const KO_COPY: LanguageCopy = {
  occasions: { ...KO_LUNAR, ...KO_DAYS, ...KO_WORLD, ...KO_MILESTONES, ...KO_CHANGES, ...KO_FEELINGS },
  closings: KO_CLOSINGS,
  signoffs: KO_SIGNOFFS,
  signedBy: KO_SIGNED_BY,
  joinNames,
  remembrance: REMEMBRANCE,
};
