import type { Occasion, Relation } from '../../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from '../copy-types.js';

/** A slice of the occasion table, so each file holds a few occasions and the index checks that all are there. */
export type OccasionTable<K extends Occasion> = { readonly [O in K]: OccasionCopy };

type Write<T> = (value: T, c: CopyContext) => string;

/** The familiar (tú) or the polite (usted) form of a sentence, as the request calls for. */
export const r = (c: CopyContext, tu: string, usted: string): string => (c.polite ? usted : tu);

/** A fixed line in two registers: tú, or usted for elders, teachers and formal cards. */
export const reg =
  (tu: string, usted: string): Line =>
  (c) =>
    r(c, tu, usted);

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

/** A line that needs an interest or an object (el jazz, las rosas, el tenis). */
export const keen =
  (write: Write<string>): Line =>
  (c) =>
    c.interest === null ? null : write(c.interest, c);

/** A line that needs a calendar year ("2027"). */
export const dated =
  (write: Write<string>): Line =>
  (c) =>
    c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? write(c.number, c) : null;

/** How a card calls family, teachers and teams it names only by relation ("mamá", "abuela", "profe"). */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: 'mamá',
  father: 'papá',
  parents: 'mamá y papá',
  grandmother: 'abuela',
  grandfather: 'abuelo',
  grandparents: 'abuelos',
  son: 'hijo',
  daughter: 'hija',
  spouse: 'mi amor',
  partner: 'mi amor',
  teacher: 'profe',
  team: 'equipo',
};

/** A line that addresses the recipient by relation ("Feliz Navidad, mamá"). */
export const addressed =
  (write: Write<string>): Line =>
  (c) => {
    const address = c.relation === null ? undefined : ADDRESS[c.relation];
    return address === undefined ? null : write(address, c);
  };

const ANNIVERSARY_NAMES: Readonly<Record<number, string>> = { 1: 'papel', 25: 'plata', 30: 'perla', 40: 'rubí', 50: 'oro', 60: 'diamante' };

/** "bodas de plata" for 25 years, where the anniversary has a well-known name. */
export const anniversaryName = (years: number): string | null => {
  const name = ANNIVERSARY_NAMES[years];
  return name === undefined ? null : `bodas de ${name}`;
};

const LIST = new Intl.ListFormat('es', { type: 'conjunction' });

/** ["Ana", "Luis"] → "Ana y Luis"; "Pedro e Isabel" where Spanish asks for it. */
export const joinNames = (names: readonly string[]): string => LIST.format(names);
