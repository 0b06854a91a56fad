import type { Occasion, Relation } from '../../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from '../copy-types.js';

/** A slice of the occasion table, so each file holds a few occasions and the index checks that all are there. */
export type OccasionTable<K extends Occasion> = { readonly [O in K]: OccasionCopy };

type Write<T> = (value: T, c: CopyContext) => string;

/** A line that needs the recipients' names. */
export const named =
  (write: Write<string>): Line =>
  (c) =>
    c.name === null ? null : write(c.name, c);

/** A line that needs the age or the years. */
export const aged =
  (write: Write<number>): Line =>
  (c) =>
    c.age === null ? null : write(c.age, c);

/** A line that needs a place. */
export const placed =
  (write: Write<string>): Line =>
  (c) =>
    c.place === null ? null : write(c.place, c);

/** A line that needs an interest or an object (jazz, roses, tennis). */
export const keen =
  (write: Write<string>): Line =>
  (c) =>
    c.interest === null ? null : write(c.interest, c);

/** A line that needs a calendar year ("2027"). */
export const dated =
  (write: Write<string>): Line =>
  (c) =>
    c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? write(c.number, c) : null;

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
