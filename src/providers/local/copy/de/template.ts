import type { Relation } from '../../../contracts.js';
import type { CopyContext, Line } from '../copy-types.js';
import { calendarYear, FAMILY_RELATIONS } from '../line-helpers.js';
import { positive, templateLines, type Slot } from '../templates.js';

export { type OccasionTable } from '../line-helpers.js';

/**
 * German copy is written as templates, so the data stays readable:
 * - `{du form|Sie form|ihr form}` picks the form of address:
 *   "Ich wünsche {dir|Ihnen|euch} …";
 * - `[slot]` puts in the request's words; a line whose slot is empty
 *   returns null, and the engine picks another.
 * Slots: name, who (the name, else Mama, Oma, mein Schatz…), age ("30",
 * for "zum 30. Geburtstag"), age jahre ("30 Jahre", "1 Jahr"), year
 * ("2027"), place, aus place / Aus place ("aus Kyoto"), interest.
 * Lines avoid "Liebe/Lieber" and other forms that need the recipient's or
 * the sender's gender, which the request rarely gives.
 */

export type Anrede = 'du' | 'Sie' | 'ihr';

/** Sie politely to anyone outside the family; otherwise du, or ihr to several people. */
export function anrede(c: CopyContext): Anrede {
  const family = c.relation !== null && FAMILY_RELATIONS.has(c.relation);
  if (c.polite && !family) return 'Sie';
  return c.several ? 'ihr' : 'du';
}

const FORM_INDEX: Readonly<Record<Anrede, number>> = { du: 0, Sie: 1, ihr: 2 };

/** How a card addresses someone it names only by relation. */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: 'Mama',
  father: 'Papa',
  parents: 'Mama und Papa',
  grandmother: 'Oma',
  grandfather: 'Opa',
  grandparents: 'Oma und Opa',
  spouse: 'mein Schatz',
  partner: 'mein Schatz',
};

const SLOTS = {
  name: (c) => c.name,
  who: (c) => c.name ?? (c.relation === null ? null : (ADDRESS[c.relation] ?? null)),
  age: (c) => {
    const age = positive(c.age);
    return age === null ? null : String(age);
  },
  'age jahre': (c) => {
    const age = positive(c.age);
    return age === null ? null : `${age} ${age === 1 ? 'Jahr' : 'Jahre'}`;
  },
  year: calendarYear,
  place: (c) => c.place,
  'aus place': (c) => (c.place === null ? null : `aus ${c.place}`),
  'Aus place': (c) => (c.place === null ? null : `Aus ${c.place}`),
  interest: (c) => c.interest,
} satisfies Record<string, Slot>;

/** A line of German copy from a template: `{du|Sie|ihr}` forms and `[slot]`s; plain text stays a plain string. */
export const t: (template: string) => Line = templateLines({ forms: 3, form: (c) => FORM_INDEX[anrede(c)], slots: SLOTS });

const LIST = new Intl.ListFormat('de', { type: 'conjunction' });

/** ["Sarah", "Tom"] → "Sarah und Tom"; ["A", "B", "C"] → "A, B und C". */
export const joinNames = (names: readonly string[]): string => LIST.format(names);
