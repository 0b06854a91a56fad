import type { CopyContext, LanguageCopy } from '../copy-types.js';
import { JA_CLOSINGS, JA_SIGNOFFS, JA_SIGNED_BY } from './closings.js';
import { politeAddress } from './helpers.js';
import { JA_DAYS } from './family-days.js';
import { JA_FEELINGS } from './feelings.js';
import { JA_CHANGES } from './life-changes.js';
import { JA_MILESTONES } from './life-milestones.js';
import { JA_LUNAR } from './lunar-calendar.js';
import { JA_WORLD } from './world-holidays.js';
import { REMEMBRANCE } from './remembrance.js';

/** Names as given (さくらさん, ゆうき): two with と, more with 、 and a final と. */
function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join('と');
  return `${names.slice(0, -1).join('、')}と${names[names.length - 1] ?? ''}`;
}

/**
 * あなた is not said up to a superior, a teacher or an elder: a polite card
 * calls them by name or title instead (山田様, 先生, おばあちゃん). Where the
 * card names nobody it can be called by, あなた stays.
 */
function namedForYou(text: string, c: CopyContext): string {
  if (!c.polite || !text.includes('あなた')) return text;
  const who = politeAddress(c);
  return who === null ? text : text.replaceAll('あなた', who);
}

/**
 * Japanese copy, written in Japanese: です・ます and さん/様 on polite cards (elders,
 * teachers, formal tone), plain speech between family and friends.
 */
export const JA_COPY: LanguageCopy = {
  occasions: { ...JA_LUNAR, ...JA_DAYS, ...JA_WORLD, ...JA_MILESTONES, ...JA_CHANGES, ...JA_FEELINGS },
  closings: JA_CLOSINGS,
  signoffs: JA_SIGNOFFS,
  signedBy: JA_SIGNED_BY,
  joinNames,
  finish: namedForYou,
  remembrance: REMEMBRANCE,
};
