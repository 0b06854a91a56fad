import type { Relation } from '../../../contracts.js';
import type { CopyContext, Line } from '../copy-types.js';
import type { Write } from '../line-helpers.js';
export { named, aged, placed, keen, dated, type OccasionTable } from '../line-helpers.js';



/** The familiar (tú) or the polite (usted) form of a sentence, as the request calls for. */
export const r = (c: CopyContext, tu: string, usted: string): string => (c.polite ? usted : tu);

/** A fixed line in two registers: tú, or usted for elders, teachers and formal cards. */
export const reg =
  (tu: string, usted: string): Line =>
  (c) =>
    r(c, tu, usted);






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
