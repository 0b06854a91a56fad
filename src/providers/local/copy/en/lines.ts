import type { Relation } from '../../../contracts.js';
import type { Line } from '../copy-types.js';
import type { Write } from '../line-helpers.js';
export { named, aged, placed, keen, dated, type OccasionTable } from '../line-helpers.js';








/** How a card addresses family it names only by relation; others have no vocative in English. */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: 'Mom',
  father: 'Dad',
  parents: 'Mom and Dad',
  grandmother: 'Grandma',
  grandfather: 'Grandpa',
  grandparents: 'Grandma and Grandpa',
  spouse: 'my love',
  partner: 'my love',
  team: 'team',
};

/** A line that addresses the recipient by relation ("Mom"). */
export const addressed =
  (write: Write<string>): Line =>
  (c) => {
    const address = c.relation === null ? undefined : ADDRESS[c.relation];
    return address === undefined ? null : write(address, c);
  };

const ORDINAL_SUFFIX: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** 1st, 2nd, 3rd, 11th, 21st, 112th. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (ORDINAL_SUFFIX[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The traditional name of a wedding anniversary, where it has a well-known one. */
export function anniversaryName(years: number): string | null {
  const names: Record<number, string> = { 1: 'paper', 10: 'tin', 25: 'silver', 30: 'pearl', 40: 'ruby', 50: 'golden', 60: 'diamond' };
  return names[years] ?? null;
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** ["Sarah", "Tom"] → "Sarah and Tom"; three or more take the serial comma. */
export const joinNames = (names: readonly string[]): string => LIST.format(names);
