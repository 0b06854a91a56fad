import type { Occasion, Relation } from '../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from './copy-types.js';

/**
 * Building blocks every language's copy uses: lines that need something from
 * the request (a name, an age, a place…) and return null without it, so the
 * engine picks another line.
 */

/** A slice of the occasion table, so each file holds a few occasions and the index checks that all are there. */
export type OccasionTable<K extends Occasion> = { readonly [O in K]: OccasionCopy };

export type Write<T> = (value: T, c: CopyContext) => string;

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

/** The request's number when it is a calendar year ("2027"), else null. */
export const calendarYear = (c: CopyContext): string | null => (c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? c.number : null);

/** A line that needs a calendar year ("2027"). */
export const dated =
  (write: Write<string>): Line =>
  (c) => {
    const year = calendarYear(c);
    return year === null ? null : write(year, c);
  };

/** Family: addressed familiarly even on a polite card in the languages that have a T–V distinction (du, tu). */
export const FAMILY_RELATIONS: ReadonlySet<Relation> = new Set([
  'mother',
  'father',
  'parents',
  'grandmother',
  'grandfather',
  'grandparents',
  'son',
  'daughter',
  'child',
  'spouse',
  'partner',
  'sibling',
  'relative',
]);

/** Relations that are several people (ihr, vous, ustedes). */
export const GROUP_RELATIONS: ReadonlySet<Relation> = new Set(['parents', 'grandparents', 'team']);
