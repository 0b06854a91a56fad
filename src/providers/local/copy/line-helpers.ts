import type { Occasion } from '../../contracts.js';
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

/** A line that needs a calendar year ("2027"). */
export const dated =
  (write: Write<string>): Line =>
  (c) =>
    c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? write(c.number, c) : null;
