import type { Relation } from '../../../contracts.js';
import type { CopyContext, Line } from '../copy-types.js';
import { calendarYear, FAMILY_RELATIONS } from '../line-helpers.js';
import { capitalised, positive, templateLines, type Slot } from '../templates.js';

export { type OccasionTable } from '../line-helpers.js';

/**
 * French copy is written as templates, so the data stays readable:
 * - `{tu form|vous form}` picks the register: "Je {te|vous} souhaite…";
 * - `[slot]` puts in the request's words; a line whose slot is empty
 *   returns null, and the engine picks another.
 * Slots: name, who (the name, else Maman, Papi, mon amour…), age ans
 * ("30 ans", "1 an"), age e ("30e", "1er"), year ("2027"), place,
 * de place / De place ("de Kyoto", "d'Oslo"), de interest ("de jazz",
 * "d'aquarelle"), interest.
 * Lines avoid adjectives that agree with the sender or the recipient:
 * neither's gender is known, and vous may be one person or several.
 */

/** True when the card says vous: to several people, or politely to someone outside the family. */
export function vouvoie(c: CopyContext): boolean {
  const family = c.relation !== null && FAMILY_RELATIONS.has(c.relation);
  return c.several || (c.polite && !family);
}

/** How a card addresses someone it names only by relation. */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: 'Maman',
  father: 'Papa',
  parents: 'Papa et Maman',
  grandmother: 'Mamie',
  grandfather: 'Papi',
  grandparents: 'Papi et Mamie',
  son: 'mon fils',
  daughter: 'ma fille',
  spouse: 'mon amour',
  partner: 'mon amour',
};

/** "de Kyoto", "d'Oslo": de elides before a vowel or a mute h. */
const de = (word: string): string => (/^[aeiouyhàâäéèêëîïôöûüœ]/i.test(word) ? `d’${word}` : `de ${word}`);

const SLOTS = {
  name: (c) => c.name,
  who: (c) => c.name ?? (c.relation === null ? null : (ADDRESS[c.relation] ?? null)),
  'age ans': (c) => {
    const age = positive(c.age);
    return age === null ? null : `${age} ${age === 1 ? 'an' : 'ans'}`;
  },
  'age e': (c) => {
    const age = positive(c.age);
    return age === null ? null : `${age}${age === 1 ? 'er' : 'e'}`;
  },
  year: calendarYear,
  place: (c) => c.place,
  'de place': (c) => (c.place === null ? null : de(c.place)),
  'De place': (c) => (c.place === null ? null : capitalised(de(c.place))),
  interest: (c) => c.interest,
  'de interest': (c) => (c.interest === null ? null : de(c.interest)),
} satisfies Record<string, Slot>;

/** French spacing: a narrow no-break space before ! ? ; and a no-break space before : and inside « ». */
function typography(text: string): string {
  return text
    .replace(/ ([!?;])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** A line of French copy from a template: `{tu|vous}` forms and `[slot]`s, French spacing applied; plain text stays a plain string. */
export const t: (template: string) => Line = templateLines({ forms: 2, form: (c) => (vouvoie(c) ? 1 : 0), slots: SLOTS, typography });

const LIST = new Intl.ListFormat('fr', { type: 'conjunction' });

/** ["Sarah", "Tom"] → "Sarah et Tom"; ["A", "B", "C"] → "A, B et C". */
export const joinNames = (names: readonly string[]): string => LIST.format(names);
